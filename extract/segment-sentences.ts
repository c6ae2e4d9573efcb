/**
 * Sentences with their offsets in the article text. Lines are paragraphs; a
 * sentence ends at ".", "!", "?", "…" or "./." followed by a space and a
 * capital or an opening mark, never inside "80.689", "TP. Hồ Chí Minh" or
 * "PGS.TS. Nguyễn". ";" and ":" do not end a sentence: a target context
 * governs a whole "Mục tiêu năm 2017 là: …; …; …" list.
 */

export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (line) the sentence belongs to. */
  paragraph: number;
}

/**
 * A sentence break: end punctuation, spaces, then something that starts a
 * sentence (a capital letter, a digit, an opening quote or bracket, a dash).
 * Must match ". Kết nạp" in "cho tổ chức đảng. Kết nạp"; must not match the
 * dot in "80.689" (no space) or ". với" (lower case).
 */
const SENTENCE_BREAK = /([.!?…]+(?:\/\.)?)(\s+)(?=[\p{Lu}\p{N}"“‘'(\[–-])/gu;

/**
 * Abbreviations ending in a dot that do not end a sentence: "TP. Hồ Chí
 * Minh", "Tp. Thủ Dầu Một", "ThS. Nguyễn", "PGS.TS. Trần", "Th.S", "Q. 1",
 * "P. Tân Định", "TX. Bến Cát", "H. Đồng Phú", a page "tr. 12".
 */
const ABBREVIATION_BEFORE_DOT = /(?:^|[\s(])(?:TP|Tp|tp|TX|Tx|ThS|Th\.S|TS|PGS|GS|BS|KS|CN|Q|P|H|X|Ô|Bà|Ông|St|Mr|Mrs|Dr|v\.v|PGS\.TS|GS\.TS|NXB|Nxb|tr|Tr)$/u;

export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let offset = 0;
  let paragraph = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.trim() === '') continue;
    let from = 0;
    SENTENCE_BREAK.lastIndex = 0;
    for (let m = SENTENCE_BREAK.exec(line); m; m = SENTENCE_BREAK.exec(line)) {
      const punctEnd = m.index + m[1]!.length;
      if (m[1] === '.' && ABBREVIATION_BEFORE_DOT.test(line.slice(Math.max(0, m.index - 8), m.index))) continue;
      push(sentences, line, lineStart, from, punctEnd, paragraph);
      from = punctEnd + m[2]!.length;
    }
    push(sentences, line, lineStart, from, line.length, paragraph);
    paragraph++;
  }
  return sentences;
}

/**
 * The longest sentence handed on whole. The rules look back over the
 * sentence for every number in it, so a "sentence" of a megabyte (a table or
 * a list flattened into one line, with no full stop: test/robustness,
 * "single-line-1mb") cost minutes. Real sentences stay far below: the longest
 * in the seeds and corpora is about 1,200 characters.
 */
export const MAX_SENTENCE_CHARS = 4000;

/**
 * Where an over-long sentence is cut, best first: after "; ", after ", ", at a
 * space. Always before a space, so no piece starts inside a token (a piece
 * starting in the middle of "1.000.000.000…" read "000.000" as a count of 0).
 */
const LONG_SENTENCE_CUTS = ['; ', ', ', ' '] as const;

/** Whitespace, to skip a run without any (`\s` as `push` trims it). */
const NEXT_SPACE = /\s/gu;

function push(out: Sentence[], line: string, lineStart: number, from: number, to: number, paragraph: number): void {
  let s = from;
  let e = to;
  while (s < e && /\s/u.test(line[s]!)) s++;
  while (e > s && /\s/u.test(line[e - 1]!)) e--;
  // An over-long sentence is cut into pieces of at most MAX_SENTENCE_CHARS, each after the last separator that keeps it under.
  while (e - s > MAX_SENTENCE_CHARS) {
    const window = line.slice(s, s + MAX_SENTENCE_CHARS + 1);
    let cut = -1;
    for (const separator of LONG_SENTENCE_CUTS) {
      const at = window.lastIndexOf(separator);
      if (at > 0) {
        cut = at + separator.length - 1;
        break;
      }
    }
    if (cut > 0) push(out, line, lineStart, s, s + cut, paragraph);
    else {
      // A run of MAX_SENTENCE_CHARS characters without a space is no sentence: skipped, never read.
      NEXT_SPACE.lastIndex = s;
      cut = (NEXT_SPACE.exec(line)?.index ?? e) - s;
    }
    s = Math.min(e, s + cut);
    while (s < e && /\s/u.test(line[s]!)) s++;
  }
  if (e > s) out.push({ text: line.slice(s, e), start: lineStart + s, end: lineStart + e, paragraph });
}
