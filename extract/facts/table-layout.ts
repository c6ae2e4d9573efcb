/**
 * Tables as plain text lays them out, made into the "a | b | c" rows that
 * table-rows.ts reads. Reports pasted from Word or PDF keep their tables as
 *
 *   - cells separated by tabs ("LĐLĐ TP Nha Trang⇥412⇥28 640⇥31 210⇥91,8");
 *   - columns aligned with runs of spaces, headers over several lines
 *     ("2019              412                  61                1 108");
 *   - one cell per line (a header of k lines, then rows of k lines);
 *
 * and report lines with dotted leaders ("Tổng số DN đang hoạt động ....... 4.127").
 * Every change keeps the text's length and its line breaks where rows stay
 * rows (a tab or a space becomes "|", the line break inside a one-cell-per-line
 * row becomes "|", a dotted leader becomes ":" and spaces), so every offset into
 * the article stays true and evidence still quotes the article as written.
 */
import { isSpaceCode } from '../word-boundary.js';

/** A cell that is one figure: "9.842", "85,5%", "1 108", "12", "-" (an empty figure). */
const FIGURE = /^(?:\d{1,3}(?: \d{3})+|[+-]?\d[\d.,]*\s*%?|-|–)$/u;

/** A run of four or more dots (or two or more "…") between a label and its figure: "…hoạt động ........ 4.127". */
const DOTTED_LEADER = /(?:\.{4,}|…{2,}|(?:\. ){4,})(?=\s*\d)/gu;

/** Two or more spaces: the gap between aligned columns. */
const COLUMN_GAP = / {2,}/gu;

/** A row number: "1", "12", "I", "II". */
const ROW_NUMBER = /^(?:\d{1,2}|[IVX]{1,4})\.?$/u;

interface LineSpan {
  start: number;
  end: number;
}

function _lines(text: string): LineSpan[] {
  const out: LineSpan[] = [];
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    out.push({ start, end });
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
}

/** The text with its tables laid out as "|" rows and its dotted leaders as ":"; the same length. */
export function _layTables(text: string): string {
  const tabs = text.includes('\t');
  const leaders = text.includes('....') || text.includes('……') || text.includes('. . . .');
  const gaps = text.includes('   ');
  if (!tabs && !leaders && !gaps && !text.includes('\n')) return text;
  const out = new Edits();
  let changed = false;
  if (leaders) {
    DOTTED_LEADER.lastIndex = 0;
    for (let m = DOTTED_LEADER.exec(text); m; m = DOTTED_LEADER.exec(text)) {
      out.set(m.index, ':');
      for (let i = 1; i < m[0].length; i++) out.set(m.index + i, ' ');
      changed = true;
    }
  }
  const lines = _lines(text);
  if (tabs) changed = _tabRows(text, lines, out) || changed;
  if (tabs) changed = _wrappedTabHeader(text, lines, out) || changed;
  if (gaps) changed = _alignedRows(text, lines, out) || changed;
  if (gaps) changed = _labelFigureRows(text, lines, out) || changed;
  changed = _cellPerLineRows(text, lines, out) || changed;
  if (text.includes(':')) changed = _recordBlocks(text, lines, out) || changed;
  changed = _singleSpacedRows(text, lines, out) || changed;
  return changed ? out.applyTo(text) : text;
}

/** A figure as a cell of a table prints it: "118", "58.940", "121,9", "94%". */
const FIGURE_TOKEN = /^\d[\d.,]*%?$/u;
/** A word in title case (a capital, then small letters): where a header cell may start ("Số", "Phát", "Đơn"), not an abbreviation ("CĐCS"). */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}/u;

/** The words of a line with their offsets (split at single spaces). */
function _words(line: string): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  const re = /\S+/gu;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push({ text: m[0], at: m.index });
  return out;
}

/** How many figures end a line of words, after a label with letters (0 when it is not so). */
function _trailingFigures(words: ReadonlyArray<{ text: string }>): number {
  let n = 0;
  while (n < words.length && FIGURE_TOKEN.test(words[words.length - 1 - n]!.text)) n++;
  const label = words.slice(0, words.length - n);
  return n > 0 && label.length > 0 && label.length <= 10 && /\p{L}/u.test(label.map((w) => w.text).join(' ')) && !/[.,;:!?]$/u.test(label[label.length - 1]!.text) ? n : 0;
}

/**
 * Tables whose cells a scrape separated by single spaces, as PDF text and some saved pages give them ("Đơn vị Số CĐCS Số
 * đoàn viên Phát triển mới năm 2014" over "KCX Tân Thuận 118 58.940 4.215"): three or more lines that each end in the
 * same number (two or more) of figures after a short label, under a header whose words in title case ("Đơn", "Số",
 * "Phát") open exactly one cell more than there are figures. The spaces before each figure and before each header cell
 * become "|"; the same length.
 */
function _singleSpacedRows(text: string, lines: readonly LineSpan[], out: Edits): boolean {
  let changed = false;
  // (Whether a line ends in a digit or "%": a cheap test before its words are split.)
  const endsInFigure = (r: number): boolean => {
    let e = lines[r]!.end;
    while (e > lines[r]!.start && isSpaceCode(text.charCodeAt(e - 1))) e--;
    const c = text.charCodeAt(e - 1);
    return (c >= 0x30 && c <= 0x39) || c === 0x25;
  };
  for (let k = 1; k < lines.length; k++) {
    if (!endsInFigure(k) || k + 2 >= lines.length || !endsInFigure(k + 1) || !endsInFigure(k + 2)) continue;
    const header = text.slice(lines[k - 1]!.start, lines[k - 1]!.end);
    if (header.includes('|') || header.includes('\t') || header.length > 160 || /[.;:!?,]\s*$/u.test(header)) continue;
    const first = _words(text.slice(lines[k]!.start, lines[k]!.end));
    const n = _trailingFigures(first);
    if (n < 2) continue;
    let end = k;
    while (end < lines.length && !text.slice(lines[end]!.start, lines[end]!.end).includes('|') && _trailingFigures(_words(text.slice(lines[end]!.start, lines[end]!.end))) === n) end++;
    if (end - k < 3) continue;
    // The header's cells: a cell opens at each word in title case (but the first word's); no figure but years in it.
    const words = _words(header);
    if (words.length === 0 || words.some((w) => FIGURE_TOKEN.test(w.text) && !/^(?:19|20)\d{2}$/u.test(w.text))) continue;
    const opens = words.filter((w, i) => i > 0 && TITLE_CASE_WORD.test(w.text));
    if (!TITLE_CASE_WORD.test(words[0]!.text) || opens.length !== n) continue;
    for (const w of opens) out.set(lines[k - 1]!.start + w.at - 1, '|');
    for (let r = k; r < end; r++) {
      const row = _words(text.slice(lines[r]!.start, lines[r]!.end));
      for (let x = row.length - n; x < row.length; x++) out.set(lines[r]!.start + row[x]!.at - 1, '|');
    }
    changed = true;
    k = end - 1;
  }
  return changed;
}

/** A line "Key: value" of a record: a short key, then its value ("Chỉ tiêu: 120", "Đơn vị: Công đoàn ngành Y tế"). */
const KEY_VALUE_LINE = /^\s*([^:|\d]{1,40}?)\s*:\s*(\S[^|]{0,120}?)\s*$/u;

/**
 * Records printed as blocks of "Key: value" lines, one block per row, as mobile pages print a table's rows ("Đơn vị:
 * Công đoàn ngành Y tế" / "Chỉ tiêu: 80" / "Đã giới thiệu: 85" / …), with or without blank lines between: two or more
 * blocks of three or more lines, each opening with the same key and holding the same keys in the same order, a figure in
 * each. Each block becomes one "|" row of "Key: value" cells, the rows adjacent (table-rows.ts reads the keys as the
 * header); the same length.
 */
function _recordBlocks(text: string, lines: readonly LineSpan[], out: Edits): boolean {
  let changed = false;
  const lineText = (k: number): string => text.slice(lines[k]!.start, lines[k]!.end);
  for (let k = 0; k < lines.length; k++) {
    // A run of "Key: value" lines (blank lines inside it allowed), from a line that opens a record.
    const run: Array<{ line: number; key: string; figure: boolean }> = [];
    let at = k;
    for (; at < lines.length; at++) {
      const t = lineText(at);
      if (t.trim() === '') continue;
      const m = t.includes(':') ? KEY_VALUE_LINE.exec(t) : null;
      if (m === null) break;
      run.push({ line: at, key: m[1]!.toLowerCase(), figure: /^\d[\d.,]*\s*%?$/u.test(m[2]!) });
    }
    if (run.length < 6) continue;
    // Records open with the run's first key.
    const records: Array<typeof run> = [];
    for (const r of run) {
      if (r.key === run[0]!.key) records.push([]);
      records[records.length - 1]!.push(r);
    }
    const keys = (rec: typeof run): string => rec.map((r) => r.key).join('\u0000');
    const width = records[0]!.length;
    if (records.length < 2 || width < 3 || !records.every((rec) => keys(rec) === keys(records[0]!) && rec.some((r) => r.figure))) {
      k = Math.max(k, at - 1);
      continue;
    }
    for (let b = 0; b < records.length; b++) {
      const rec = records[b]!;
      for (let x = 0; x + 1 < rec.length; x++) for (let j = rec[x]!.line; j < rec[x + 1]!.line; j++) out.set(lines[j]!.end, j === rec[x + 1]!.line - 1 ? '|' : ' ');
      // (Blank lines up to the next record become spaces, so that its row follows this one.)
      const next = records[b + 1];
      if (next !== undefined) for (let j = rec[rec.length - 1]!.line; j < next[0]!.line - 1; j++) out.set(lines[j]!.end, ' ');
    }
    changed = true;
    k = at - 1;
  }
  return changed;
}

/** Single code units of the text to replace (by code-unit offset), applied at the end in one pass. */
class Edits {
  private readonly at = new Map<number, string>();
  set(index: number, char: string): void {
    this.at.set(index, char);
  }
  applyTo(text: string): string {
    const keys = [...this.at.keys()].sort((a, b) => a - b);
    let out = '';
    let from = 0;
    for (const k of keys) {
      out += text.slice(from, k) + this.at.get(k)!;
      from = k + 1;
    }
    return out + text.slice(from);
  }
}

/** Whether a line is already a "|" row or blank. */
function _skip(text: string, line: LineSpan): boolean {
  return line.start === line.end || text.slice(line.start, line.end).includes('|');
}

/** Cells separated by tabs, in blocks of two or more such lines (one line apart at most): each tab becomes "|". */
function _tabRows(text: string, lines: readonly LineSpan[], out: Edits): boolean {
  let changed = false;
  const isTabRow = (k: number): boolean => {
    const l = lines[k];
    return l !== undefined && !_skip(text, l) && text.slice(l.start, l.end).includes('\t') && /\S/u.test(text.slice(l.start, l.end));
  };
  for (let k = 0; k < lines.length; k++) {
    // (A header cell wrapped onto a line of its own may stand between the header and the first row.)
    if (!isTabRow(k) || !(isTabRow(k - 1) || isTabRow(k + 1) || isTabRow(k - 2) || isTabRow(k + 2))) continue;
    const { start, end } = lines[k]!;
    // Tabs at the end of a line close no cell.
    let last = end;
    while (last > start && (text.charCodeAt(last - 1) === 0x09 || text.charCodeAt(last - 1) === 0x20)) last--;
    for (let i = start; i < last; i++) {
      if (text.charCodeAt(i) === 0x09) {
        out.set(i, '|');
        changed = true;
      }
    }
  }
  return changed;
}

/** The cells of a tab-separated line, tabs and spaces at its end closing none. */
function _tabCells(line: string): string[] {
  return line.replace(/[\t ]+$/u, '').split('\t').map((c) => c.trim());
}

/**
 * A tab-separated header whose cells wrap onto the lines under it, as text copied from a Word table gives it
 * ("STT⇥Khu công nghiệp⇥Số doanh nghiệp" / "đang hoạt động⇥Số lao động" / "(người)⇥Tổ chức đảng" / …, then rows of 8
 * cells): each line after the first opens with the rest of the cell the line before ended with. When the header's
 * lines so joined have as many cells as the rows under it, their line breaks become spaces (or "|", where the lines
 * break between cells instead); the same length. The rows must follow right under it, two or more of them.
 */
function _wrappedTabHeader(text: string, lines: readonly LineSpan[], out: Edits): boolean {
  let changed = false;
  const lineText = (k: number): string => text.slice(lines[k]!.start, lines[k]!.end);
  const isRow = (k: number): boolean => {
    if (k >= lines.length) return false;
    const t = lineText(k);
    return t.includes('\t') && _tabCells(t).filter((c) => FIGURE.test(c) && c !== '-' && c !== '–').length >= 2;
  };
  for (let k = 0; k + 2 < lines.length; k++) {
    const head = lineText(k);
    // (From the header's first line: not from a line inside it.)
    if (!head.includes('\t') || isRow(k) || (k > 0 && lineText(k - 1).includes('\t') && !isRow(k - 1))) continue;
    const first = _tabCells(head);
    if (first.length < 2 || first.some((c) => FIGURE.test(c) && !/^(?:19|20)\d{2}$/u.test(c))) continue;
    // The header's other lines: up to six short lines with no figure, then the first row.
    let r = k + 1;
    while (r < lines.length && r - k <= 7 && !isRow(r) && lineText(r).trim() !== '' && lineText(r).length <= 80) r++;
    if (r === k + 1 || r - k > 7 || !isRow(r) || !isRow(r + 1)) continue;
    const width = _tabCells(lineText(r)).length;
    if (_tabCells(lineText(r + 1)).length !== width) continue;
    let wrapped = first.length;
    let split = first.length;
    for (let i = k + 1; i < r; i++) {
      const n = _tabCells(lineText(i)).length;
      wrapped += n - 1;
      split += n;
    }
    const joiner = wrapped === width ? ' ' : split === width ? '|' : null;
    if (joiner === null) continue;
    for (let i = k; i < r - 1; i++) out.set(lines[i]!.end, joiner);
    changed = true;
    k = r;
  }
  return changed;
}

/** The cells of a line split at runs of two or more spaces, with their starts (relative to the line). */
function _gapCells(line: string): Array<{ text: string; at: number }> {
  const cells: Array<{ text: string; at: number }> = [];
  let from = 0;
  COLUMN_GAP.lastIndex = 0;
  for (let m = COLUMN_GAP.exec(line); ; m = COLUMN_GAP.exec(line)) {
    const to = m === null ? line.length : m.index;
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim() !== '') cells.push({ text: raw.trim(), at: from + lead });
    if (m === null) break;
    from = m.index + m[0].length;
  }
  return cells;
}

/** A data row of an aligned table: three or more cells, one with letters or a year first, then figures. */
function _isAlignedRow(cells: ReadonlyArray<{ text: string }>): boolean {
  if (cells.length < 3) return false;
  let figures = 0;
  for (let j = 1; j < cells.length; j++) if (FIGURE.test(cells[j]!.text)) figures++;
  if (figures >= cells.length - 2 && figures >= 2) return true;
  // ("1    Kết nạp đoàn viên mới    Người    3.500    4.215    120,4": a row number, a label and a unit before the figures.)
  return cells.length >= 5 && figures === cells.length - 3 && ROW_NUMBER.test(cells[0]!.text) && UNIT_CELL.test(cells[2]!.text) && _figureTail(cells) === figures;
}

/** The cell of a unit column ("Đơn vị", "ĐVT"): "Người", "CĐCS", "Tổ chức", "Đơn vị", "%". */
const UNIT_CELL = /^(?:%|\p{L}[\p{L} ]{0,11})$/u;

/** How many cells at the end of a row are figures. */
function _figureTail(cells: ReadonlyArray<{ text: string }>): number {
  let n = 0;
  while (n < cells.length - 1 && FIGURE.test(cells[cells.length - 1 - n]!.text)) n++;
  return n;
}

/**
 * Columns aligned with spaces: a block of two or more data rows with the same figure columns (a total
 * row may lack the row number: "     Cộng    2.157    43    110"), with the header lines right above
 * it. Figures may be aligned left or right, and headers centred over them, so a column boundary is
 * found where every line of the block has a space: between the widest cell of one column and the
 * leftmost cell of the next. A "|" goes there on every line where it falls on a space.
 */
function _alignedRows(text: string, lines: readonly LineSpan[], out: Edits): boolean {
  let changed = false;
  for (let k = 0; k < lines.length; k++) {
    const first = lines[k]!;
    if (_skip(text, first)) continue;
    const cells = _gapCells(text.slice(first.start, first.end));
    if (!_isAlignedRow(cells)) continue;
    const n = cells.length;
    const tail = _figureTail(cells);
    // lo[j]: the rightmost end of column j-1's cells; hi[j]: the leftmost start of column j's, for j = 1 … n-1.
    const lo = cells.map((c) => c.at + c.text.length);
    const hi = cells.map((c) => c.at);
    let last = k;
    while (last + 1 < lines.length && !_skip(text, lines[last + 1]!)) {
      const next = _gapCells(text.slice(lines[last + 1]!.start, lines[last + 1]!.end));
      if (_figureTail(next) !== tail || (next.length !== n && !(next.length === n - 1 && n - 1 >= tail + 1))) break;
      const shift = n - next.length;
      const nlo = lo.slice();
      const nhi = hi.slice();
      next.forEach((c, i) => {
        const j = i + shift;
        nlo[j] = Math.max(nlo[j]!, c.at + c.text.length);
        nhi[j] = Math.min(nhi[j]!, c.at);
      });
      if (nhi.some((h, j) => j > 0 && h <= nlo[j - 1]!)) break;
      for (let j = 0; j < n; j++) {
        lo[j] = nlo[j]!;
        hi[j] = nhi[j]!;
      }
      last++;
    }
    if (last === k) continue;
    // The header lines above: up to four non-blank lines that are not prose (they hold a gap or start with spaces).
    let top = k;
    while (top > 0 && k - top < 4) {
      const above = lines[top - 1]!;
      const line = text.slice(above.start, above.end);
      if (_skip(text, above) || line.length > 200 || !(line.includes('  ') || line.startsWith(' '))) break;
      top--;
    }
    const spaceAt = (r: number, col: number): boolean => {
      const { start, end } = lines[r]!;
      return start + col >= end || isSpaceCode(text.charCodeAt(start + col));
    };
    // The rightmost column in the gap before column j where lines from..k-1 all have a space, or -1.
    // (In a header line the space must be in a gap, the column before it a space too: in "Đảng viên    Kết nạp 2022"
    // over right-aligned figures, the space inside "Kết nạp" divides no cells.)
    const clearColumn = (j: number, from: number): number => {
      for (let col = hi[j]! - 1; col > lo[j - 1]!; col--) {
        let clear = true;
        for (let r = from; r < k && clear; r++) clear = spaceAt(r, col) && (col === 0 || spaceAt(r, col - 1));
        if (clear) return col;
      }
      return -1;
    };
    // (A title above the header, "KẾT QUẢ KẾT NẠP ĐẢNG VIÊN 6 THÁNG ĐẦU NĂM 2020", runs across the columns: it is no header line.)
    while (top < k && !cells.every((_, j) => j === 0 || clearColumn(j, top) >= 0)) top++;
    for (let j = 1; j < n; j++) {
      const at = clearColumn(j, top);
      if (at < 0) continue;
      for (let r = top; r <= last; r++) {
        const { start, end } = lines[r]!;
        // (The column before the "|" must be a space too, or the start of the line: the "|" sits in a gap.)
        if (start + at < end && spaceAt(r, at) && (at === 0 || spaceAt(r, at - 1))) {
          out.set(start + at, '|');
          changed = true;
        }
      }
    }
    k = last;
  }
  return changed;
}

/** A line of two aligned columns, a label and one figure: " - Đảng viên dự bị                 96" (group 1: up to the gap). */
const LABEL_GAP_FIGURE = /^(\s*(?:[-+•*]\s*)?\p{L}[^\d|:;.]{0,80}?[\p{L})])(?: {3,}|\t+)(?:\d{1,3}(?:[. ]\d{3})+|\d[\d,]*\s*%?)\s*$/u;

/**
 * Two columns aligned with spaces, a label and its figure, in blocks of two or more such lines ("Tổng số đảng
 * viên          2.157" / "  - Đảng viên dự bị          96"): the gap starts with ":", so that each line reads
 * as the report line "Đảng viên dự bị: 96" would.
 */
function _labelFigureRows(text: string, lines: readonly LineSpan[], out: Edits): boolean {
  let changed = false;
  const labelEnd = (k: number): number => {
    const l = lines[k];
    if (l === undefined || _skip(text, l)) return -1;
    const m = LABEL_GAP_FIGURE.exec(text.slice(l.start, l.end));
    return m === null ? -1 : l.start + m[1]!.length;
  };
  for (let k = 0; k < lines.length; k++) {
    const at = labelEnd(k);
    if (at < 0 || (labelEnd(k - 1) < 0 && labelEnd(k + 1) < 0)) continue;
    out.set(at, ':');
    changed = true;
  }
  return changed;
}

/** A short line that can be a header cell: letters, no figure, at most 60 characters, not ending like a sentence or a caption. */
function _isHeaderCell(line: string): boolean {
  // (A year may name a column: "Kế hoạch năm 2017".)
  return line.length > 0 && line.length <= 60 && /\p{L}/u.test(line) && !/\d{2}/u.test(line.includes('20') || line.includes('19') ? line.replace(HEADER_YEAR, '') : line) && !/[.:;!?]$/u.test(line);
}

/** A year in a header cell. */
const HEADER_YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/gu;

/** A column of notes: "Ghi chú". */
const NOTES_HEADER = /^ghi chú$/iu;

/** A period alone on a header line: "7/2020", "2023". */
const PERIOD_CELL = /^(?:\d{1,2}\/)?(?:19|20)\d{2}$/u;

/** A count word alone on a header line, the cell going on below it: "Số", "Tổng số". */
const COUNT_WORD_ALONE = /^(?:số|tổng số|số lượng)$/iu;

/** A header line of row numbers: "TT", "STT", "Số TT". */
const ROW_NUMBER_HEADER_LINE = /^(?:S\.?\s?TT|TT|Số TT)$/iu;

/**
 * One cell per line: k header lines (k ≥ 3: a label column and figures), then two or more rows of
 * k lines, each a label (or a row number and a label) and figures. The line breaks inside the
 * header and inside each row become "|".
 */
function _cellPerLineRows(text: string, lines: readonly LineSpan[], out: Edits): boolean {
  let changed = false;
  const lineText = (k: number): string => {
    const l = lines[k];
    return l === undefined ? '' : text.slice(l.start, l.end).trim();
  };
  // A row of `w` lines at `at`: a label (after a row number, if any), then figures only.
  // (After a numbered label, a unit cell may come before the figures: "1" / "Kết nạp đảng viên mới" / "đảng viên" / "120" / …)
  const rowAt = (at: number, w: number, years = false): boolean => {
    const numbered = ROW_NUMBER.test(lineText(at));
    const labelAt = numbered ? at + 1 : at;
    const label = lineText(labelAt);
    // (A numbered row may be labelled by its year: "1" / "2012" / "68" / "29".)
    if ((!/\p{L}/u.test(label) && !(years && numbered && PERIOD_CELL.test(label))) || label.length > 100 || labelAt + 1 >= at + w) return false;
    const unit = numbered && labelAt + 2 < at + w && !FIGURE.test(lineText(labelAt + 1)) && UNIT_CELL.test(lineText(labelAt + 1)) ? 1 : 0;
    for (let j = labelAt + 1 + unit; j < at + w; j++) if (!FIGURE.test(lineText(j))) return false;
    return true;
  };
  // (A header cell wrapped onto the next line goes on with a small letter or a bracket: "Kết nạp" / "đảng viên", "Học viên" /
  // "(người)"; with the period it is of: "Kết nạp" / "6 tháng", "Thời điểm" / "7/2020"; or after a count word alone: "Số" /
  // "TCCSĐ".)
  const goesOn = (k: number): boolean => /^[\p{Ll}(\d]/u.test(lineText(k)) || (k > 0 && COUNT_WORD_ALONE.test(lineText(k - 1)));
  for (let k = 0; k < lines.length; k++) {
    if (!_isHeaderCell(lineText(k))) continue;
    // A header whose cells wrap: its lines hold `w` cells, each line that goes on joining the one before; rows of `w` lines follow.
    // (It may start below a caption that reads as a header cell, "PHỤ LỤC" / "TT" / …: each start is tried.)
    if (!goesOn(k)) {
      let h = k;
      let cells = 0;
      let wraps = 0;
      // (The block ends where a row of as many lines as it has cells starts.)
      // (A period alone goes on the cell above it: "Thời điểm" / "7/2020".)
      // (A notes column's header, "Ghi chú", is no row's label.)
      while (h < lines.length && h - k < 24 && (_isHeaderCell(lineText(h)) || (h > k && PERIOD_CELL.test(lineText(h)))) && !(cells >= 3 && !goesOn(h) && !NOTES_HEADER.test(lineText(h)) && rowAt(h, cells))) {
        if (goesOn(h)) wraps++;
        else cells++;
        h++;
      }
      let rows = 0;
      if (wraps > 0 && cells >= 3 && cells <= 8) for (let at = h; rowAt(at, cells, true); at += cells) rows++;
      // (A last column of notes, "Ghi chú", left empty in every row: rows one cell short.)
      let width = cells;
      if (rows < 2 && wraps > 0 && cells >= 4 && cells <= 9 && NOTES_HEADER.test(lineText(h - 1))) {
        width = cells - 1;
        rows = 0;
        for (let at = h; rowAt(at, width, true); at += width) rows++;
      }
      if (rows >= 2) {
        for (let j = k; j < h - 1; j++) out.set(lines[j]!.end, goesOn(j + 1) ? ' ' : '|');
        for (let r = 0; r < rows; r++) {
          const from = h + r * width;
          for (let j = from; j < from + width - 1; j++) out.set(lines[j]!.end, '|');
        }
        // (A total row, "Cộng" / "402" / "176", one line short under rows numbered in a "TT" column.)
        const after = h + rows * width;
        const total = ROW_NUMBER_HEADER_LINE.test(lineText(k)) && !ROW_NUMBER.test(lineText(after)) && rowAt(after, width - 1);
        if (total) for (let j = after; j < after + width - 2; j++) out.set(lines[j]!.end, '|');
        // (The header's last line and the first row stay apart.)
        changed = true;
        k = h + rows * width - 1 + (total ? width - 1 : 0);
        continue;
      }
    }
    for (let w = 3; w <= 8; w++) {
      let header = true;
      for (let j = k; j < k + w; j++) if (!_isHeaderCell(lineText(j))) header = false;
      if (!header) break;
      let rows = 0;
      for (let at = k + w; rowAt(at, w); at += w) rows++;
      if (rows < 2) continue;
      for (let r = 0; r <= rows; r++) {
        const from = k + r * w;
        for (let j = from; j < from + w - 1; j++) {
          out.set(lines[j]!.end, '|');
          changed = true;
        }
      }
      // ("Toàn tỉnh" / "1.040" / "1.142" / "109,8" under rows numbered in a "TT" column: a total row, one line short.)
      const after = k + (rows + 1) * w;
      const total = ROW_NUMBER_HEADER_LINE.test(lineText(k)) && !ROW_NUMBER.test(lineText(after)) && rowAt(after, w - 1);
      if (total) for (let j = after; j < after + w - 2; j++) out.set(lines[j]!.end, '|');
      k += (rows + 1) * w - 1 + (total ? w - 1 : 0);
      break;
    }
  }
  return changed;
}
