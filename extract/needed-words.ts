/**
 * Rules that can only match when their sentence holds a word they need.
 *
 * Most of the rules that read a figure's surroundings are regexes tried on a
 * window of its sentence, one figure after another: "khảo sát … với 500 công
 * nhân", "đội văn nghệ gồm 25 nữ đoàn viên". Each can only match where its
 * words are, and most sentences hold none of them. `neededWords` reads, from a
 * regex's own source, a short list of words one of which every match must
 * contain (for `/(?:đội|câu lạc bộ|CLB)[^;]{0,40}gồm\s+$/iu`: "gồm"); a
 * `GatedRegExp` looks those words up once per sentence, in its lower-cased
 * copy, and runs the regex only when one is there. The answer is the regex's
 * own whenever its input is a part of the sentence it is given.
 *
 * The words come from the source, so a rule edited later keeps a sound gate.
 * The reading is conservative: anything it cannot vouch for (classes,
 * escapes such as `\s`, lookarounds, optional parts, letters outside the Latin
 * and Vietnamese blocks) ends a word or leaves the regex ungated.
 *
 * The per-sentence answers are remembered for the last sentence only: a
 * memo, as `lowerCased` keeps; the results never depend on it.
 */
import { lowerCased } from './lower-case.js';

/** At most this many words: a gate that must look for more costs more than it saves. */
const MAX_WORDS = 12;

/**
 * Letters the gates' words may hold (see `_foldsPlainly`) that `/iu` also
 * matches with a letter whose lower case is itself, not theirs: "ſ" (folds to
 * s) and "ẛ" (folds to ṡ). A sentence holding one opens every gate. (Other
 * letters whose folding differs from their lower case, such as ς, fold to
 * Greek letters, which no gate's word holds; the Kelvin sign K and the
 * Ångström sign Å lower-case to the letters they fold to.)
 */
const ODD_FOLDING = ['ſ', 'ẛ'] as const;

/** A set of words, lower case, one of which a regex's every match contains. */
interface Needs {
  /** Shortest first. */
  readonly words: readonly string[];
  /** Each word's number in `_WORD_IDS`: gates that share a word look it up once per sentence. */
  readonly ids: readonly number[];
}

/** Every word a gate needs, numbered. */
const _WORD_IDS = new Map<string, number>();

function _wordId(word: string): number {
  let id = _WORD_IDS.get(word);
  if (id === undefined) {
    id = _WORD_IDS.size;
    _WORD_IDS.set(word, id);
  }
  return id;
}

/** Nodes of a parsed regex, just what the reading needs. */
type Node =
  | { t: 'char'; c: string }
  | { t: 'any' }
  | { t: 'empty' }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; options: Node[] }
  | { t: 'rep'; node: Node; min: number };

class _Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i !== this.src.length) throw new Error(`unexpected ${this.src[this.i]} at ${this.i}`);
    return node;
  }

  private alternation(): Node {
    const options = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0]! : { t: 'alt', options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return { t: 'seq', items };
  }

  private quantified(atom: Node): Node {
    const c = this.src[this.i];
    let min: number | null = null;
    if (c === '*' || c === '?') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/u.exec(this.src.slice(this.i));
      if (m === null) return atom; // a literal "{" (not under the u flag, which the gated regexes use)
      this.i += m[0].length - 1;
      min = Number(m[1]);
    }
    if (min === null) return atom;
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return { t: 'rep', node: atom, min };
  }

  private atom(): Node {
    const src = this.src;
    const c = src[this.i]!;
    if (c === '(') {
      let lookaround = false;
      if (src.startsWith('(?:', this.i)) this.i += 3;
      else if (src.startsWith('(?=', this.i) || src.startsWith('(?!', this.i)) {
        this.i += 3;
        lookaround = true;
      } else if (src.startsWith('(?<=', this.i) || src.startsWith('(?<!', this.i)) {
        this.i += 4;
        lookaround = true;
      } else if (src.startsWith('(?<', this.i)) this.i = src.indexOf('>', this.i) + 1;
      else if (src.startsWith('(?', this.i)) throw new Error(`unknown group at ${this.i}`);
      else this.i++;
      const inner = this.alternation();
      if (src[this.i] !== ')') throw new Error(`unclosed group at ${this.i}`);
      this.i++;
      // A lookaround matches no text of its own: it vouches for no word.
      return lookaround ? { t: 'empty' } : inner;
    }
    if (c === '[') {
      // A class: one character, none vouched for. (Escapes inside may hide a "]".)
      this.i++;
      if (src[this.i] === '^') this.i++;
      while (this.i < src.length && src[this.i] !== ']') this.i += src[this.i] === '\\' ? 2 : 1;
      if (this.i >= src.length) throw new Error('unclosed class');
      this.i++;
      return { t: 'any' };
    }
    if (c === '\\') {
      const rest = src.slice(this.i + 1);
      const m = /^(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z]|k<[^>]*>|\d+|.)/su.exec(rest);
      if (m === null) throw new Error('dangling escape');
      this.i += 1 + m[0].length;
      const e = m[0];
      if (e.length === 1 && /[.\\/()[\]{}|*+?^$\-,:;!'"%&@#<>=~`“”‘’–—…]/u.test(e)) return { t: 'char', c: e };
      if (e.startsWith('u') && e.length === 5) return { t: 'char', c: String.fromCharCode(parseInt(e.slice(1), 16)) };
      if (e.startsWith('x')) return { t: 'char', c: String.fromCharCode(parseInt(e.slice(1), 16)) };
      if (e === 'b' || e === 'B') return { t: 'empty' };
      return { t: 'any' };
    }
    this.i++;
    if (c === '^' || c === '$') return { t: 'empty' };
    if (c === '.') return { t: 'any' };
    return { t: 'char', c };
  }
}

/** Letters and marks a word may hold: ASCII and the Latin and Vietnamese blocks, where lower case and `/iu`'s folding agree. */
function _foldsPlainly(c: string): boolean {
  const code = c.charCodeAt(0);
  return code < 0x250 || (code >= 0x1e00 && code <= 0x1eff) || (code >= 0x2000 && code <= 0x206f);
}

/**
 * Every match of `node` contains one of the returned strings (lower case),
 * or null when nothing can be vouched for. A sequence's literal letters in a
 * row make one word.
 */
function _needs(node: Node): string[] | null {
  switch (node.t) {
    case 'char':
      return _foldsPlainly(node.c) ? [node.c.toLowerCase()] : null;
    case 'any':
    case 'empty':
      return null;
    case 'rep':
      return node.min >= 1 ? _needs(node.node) : null;
    case 'alt': {
      const out = new Set<string>();
      for (const o of node.options) {
        const words = _needs(o);
        if (words === null) return null;
        for (const w of words) out.add(w);
      }
      return _pruned([...out]);
    }
    case 'seq': {
      // The longest literal runs of the sequence (one word each), and whatever its parts vouch for: the best of them.
      const candidates: string[][] = [];
      let run = '';
      const flush = (): void => {
        if (run.length > 0) candidates.push([run]);
        run = '';
      };
      for (const item of node.items) {
        const single = _singleText(item);
        if (single !== null) {
          run += single;
          continue;
        }
        flush();
        const words = _needs(item);
        if (words !== null) candidates.push(words);
      }
      flush();
      return _best(candidates);
    }
  }
}

/** The text `node` always matches, when it matches exactly one text (a letter, a run, a group of one run). */
function _singleText(node: Node): string | null {
  if (node.t === 'char') return _foldsPlainly(node.c) ? node.c.toLowerCase() : null;
  if (node.t === 'seq') {
    let s = '';
    for (const item of node.items) {
      const one = _singleText(item);
      if (one === null) return null;
      s += one;
    }
    return s;
  }
  return null;
}

/** Words none of which holds another (a text holding "kết nạp" holds "nạp"): the shorter is enough. */
function _pruned(words: string[]): string[] {
  words.sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  const out: string[] = [];
  for (const w of words) if (!out.some((o) => w.includes(o))) out.push(w);
  return out;
}

/** The most selective of several sets (each vouched for on its own): its shortest word longest, then fewest words. */
function _best(candidates: string[][]): string[] | null {
  let best: string[] | null = null;
  let bestScore = -1;
  for (const c of candidates) {
    if (c.length === 0 || c.length > MAX_WORDS) continue;
    const shortest = Math.min(...c.map((w) => w.trim().length));
    const score = Math.min(shortest, 8) * 100 - c.length;
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The words (lower case) one of which every match of `re` contains, or null
 * when the source vouches for none worth looking up (a word shorter than two
 * letters, more than twelve words, or a construct the reading does not know).
 */
export function neededWords(re: RegExp): readonly string[] | null {
  if (!re.flags.includes('u') && re.flags.includes('i')) return null; // non-Unicode /i folds by upper case
  let words: string[] | null;
  try {
    words = _needs(new _Parser(re.source).parse());
  } catch {
    return null;
  }
  if (words === null || words.length === 0 || words.length > MAX_WORDS) return null;
  if (words.some((w) => w.trim().length < 2)) return null;
  return words;
}

let _sentence = '';
let _lower = '';
let _open = false;
let _epoch = 0;
/** Per word (by id): the epoch of the sentence it was looked up in, and whether that sentence holds it. */
let _wordEpoch = new Int32Array(64);
let _wordFound = new Uint8Array(64);

/** Whether the sentence holds one of the gate's words (each word looked up once per sentence, the gate's answer remembered too). */
function _holds(sentence: string, gate: GatedRegExp): boolean {
  if (sentence !== _sentence) {
    _sentence = sentence;
    _lower = lowerCased(sentence) ?? sentence.toLowerCase();
    _open = _lower.includes(ODD_FOLDING[0]) || _lower.includes(ODD_FOLDING[1]);
    _epoch++;
  }
  if (_open) return true;
  if (gate._epoch === _epoch) return gate._found;
  const { words, ids } = gate.needs!;
  if (_wordEpoch.length < _WORD_IDS.size) {
    const grown = new Int32Array(_WORD_IDS.size * 2);
    grown.set(_wordEpoch);
    _wordEpoch = grown;
    const found = new Uint8Array(_WORD_IDS.size * 2);
    found.set(_wordFound);
    _wordFound = found;
  }
  let found = false;
  for (let i = 0; i < words.length; i++) {
    const id = ids[i]!;
    if (_wordEpoch[id] !== _epoch) {
      _wordEpoch[id] = _epoch;
      _wordFound[id] = _lower.includes(words[i]!) ? 1 : 0;
    }
    if (_wordFound[id] === 1) {
      found = true;
      break;
    }
  }
  gate._epoch = _epoch;
  gate._found = found;
  return found;
}

let _checking = false;

/**
 * Tests only: while on, a gate that would skip its regex runs it anyway and
 * throws if it matches, or if the input is not a part of the sentence.
 */
export function _checkGates(on: boolean): void {
  _checking = on;
}

/** Every gate made, for the tests. */
export const _GATES: GatedRegExp[] = [];

/**
 * A regex that runs only when the sentence its input comes from holds a word
 * every match needs. Not for `g` or `y` regexes (their `lastIndex` is state).
 */
export class GatedRegExp {
  readonly needs: Needs | null;
  /** The per-sentence memo (see `_holds`). */
  _epoch = -1;
  _found = false;

  constructor(readonly re: RegExp) {
    if (re.global || re.sticky) throw new Error(`GatedRegExp: /${re.source}/${re.flags} keeps a lastIndex`);
    const words = neededWords(re);
    this.needs = words === null ? null : { words, ids: words.map(_wordId) };
    _GATES.push(this);
  }

  /** `re.test(input)`, where `input` is a part of `sentence`. */
  test(input: string, sentence: string): boolean {
    if (this.needs === null || _holds(sentence, this)) return this.re.test(input);
    if (_checking) this._check(input, sentence);
    return false;
  }

  /** `re.exec(input)`, where `input` is a part of `sentence`. */
  exec(input: string, sentence: string): RegExpExecArray | null {
    if (this.needs === null || _holds(sentence, this)) return this.re.exec(input);
    if (_checking) this._check(input, sentence);
    return null;
  }

  private _check(input: string, sentence: string): void {
    if (!sentence.includes(input)) throw new Error(`GatedRegExp /${this.re.source}/: its input is not a part of the sentence given: ${JSON.stringify(input.slice(0, 80))}`);
    if (this.re.test(input)) throw new Error(`GatedRegExp /${this.re.source}/ skipped a match (needs ${JSON.stringify(this.needs!.words)}) in ${JSON.stringify(input.slice(0, 120))}`);
  }
}

/** A gated twin of `re`. */
export function gated(re: RegExp): GatedRegExp {
  return new GatedRegExp(re);
}
