/**
 * Tables flattened into lines, as scraped reports print them:
 *
 *   STT | Đơn vị | Số CĐCS | Số đoàn viên | Kết nạp mới trong năm
 *   1 | LĐLĐ thành phố Bến Tre | 168 | 9.842 | 726
 *
 * A table is a header line followed by at least one row with the same number
 * of "|"-separated cells (three or more). Each numeric cell is read as the
 * report line "<column header>: <cell>" would be ("Số CĐCS: 168" →
 * union_grassroots stock), with the sentence rules themselves (`readLabel`,
 * extractFacts on that one line), so a table says no more and no less than
 * its headers do. A header that names no counted noun borrows the noun of
 * the nearest header that does ("Kết nạp mới trong năm" beside "Số đoàn viên"
 * reads "Số đoàn viên kết nạp mới trong năm: 726" → union_members flow). When
 * no column header gives a figure its meaning, the row label may
 * ("Số đảng viên | 120 | 135" under "Chỉ tiêu | Năm 2023 | Năm 2024"), and a
 * column header that is a period becomes the figure's period.
 *
 * Each fact's sentence is its row; its scope is the row's label cell
 * ("LĐLĐ thành phố Bến Tre"). A row number (STT) is never a figure.
 */
import { CLASS_CONTEXT } from '../cues.js';
import { findPeriods } from '../find-period.js';
import { parseDigits } from '../parse-number.js';
import type { Sentence } from '../segment-sentences.js';
import type { Fact, Metric } from '../types.js';
import { _firstNounIn, _nounAt } from './cue-scan.js';
import type { Draft } from './draft.js';

/** Reads one synthetic report line ("Số CĐCS: 168") with the sentence rules. */
export type ReadLabel = (line: string) => Fact[];

interface Cell {
  text: string;
  /** Offsets of the trimmed cell in the article text. */
  start: number;
  end: number;
}

interface Line {
  start: number;
  cells: Cell[];
}

interface Table {
  header: Line;
  rows: Line[];
  /** The line right before the header (a caption such as "Số liệu … (đến ngày 30/11/2024):"), if any. */
  caption: string | null;
  /** The line before the caption ("Kết quả phát triển đoàn viên năm 2018" over "(Đơn vị tính: đoàn viên)"), if any. */
  aboveCaption: string | null;
}

/** Fewest cells that make a table row. */
const MIN_CELLS = 3;

/** A row-number header: "STT", "TT", "Số TT". */
const ROW_NUMBER_HEADER = /^(?:S\.?\s?TT|TT|Số TT|#)$/iu;

/** A cell holding a figure and a second one in brackets: "3.418 (57,6%)", "64 (21)". */
const PAIRED_CELL = /^(\d{1,3}(?:[. ]\d{3})+|\d+)\s*\((\d[\d.,]*\s*%?)\)$/u;

/** The bracket at the end of a header, naming what a bracketed figure is: "(tỷ lệ)", "(được kết nạp)". */
const HEADER_BRACKET = /\s*\(([^()]*)\)\s*$/u;

/** A cell that is one figure, possibly with a percent sign: "9.842", "85,5%", "12". Dashes and blanks are empty cells. */
const NUMBER_CELL = /^(?:\d{1,3}(?: \d{3})+|\d[\d.,]*\s*%?)(?:\s+trở lên)?$/u;

/** A floor after a cell's figure: "800 trở lên", "95% trở lên". */
const FLOOR_CELL_END = /\s+trở lên$/u;

/** A unit cell none of our metrics counts in: gifts, visits, homes, events, money, land, goods, times. */
const OTHER_UNIT_CELL = /^(?:suất|phần quà|xuất|lượt khám|căn|nhà|chương trình|cuộc|buổi|hội nghị|đợt|lần|vụ|sáng kiến|công trình|(?:nghìn |triệu |tỷ |tỉ )?đồng|trđ|tr\.đ|ha|tấn|m2|m²|km|giờ|ngày|tháng|năm)$/iu;

/** A column of units: "Đơn vị tính", "ĐVT". */
const UNIT_COLUMN_HEADER = /^(?:đơn vị tính|ĐVT)$/iu;

/** A note's mark after a figure ending a cell: " (*)", "*", " (**)". */
const FOOTNOTE_MARK_END = /(?<=\d%?)\s*(?:\(\*{1,3}\)|\*{1,3})$/u;

/** A cell in markdown bold or italics: "**197**", "__Cộng__", "*12*" (group 1 the marks, group 2 the text). */
const BOLD_CELL = /^(\*\*|__|\*|_)(\S(?:.*\S)?)\1$/u;

/** A markdown rule row: "|---|:--:|". */
const RULE_ROW = /^[\s|:–—-]+$/u;

function _cellsOf(text: string, start: number, end: number, minCells = MIN_CELLS, keepOuter = false): Cell[] | null {
  const line = text.slice(start, end);
  if (!line.includes('|') || RULE_ROW.test(line)) return null;
  const cells: Cell[] = [];
  let from = 0;
  for (;;) {
    const bar = line.indexOf('|', from);
    const to = bar === -1 ? line.length : bar;
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    // ("15.326 (*)", "87,4%*": a figure with the mark of a note below the table is the figure.)
    let cell = raw.trim();
    // ("**197**", "__Cộng__": a markdown table's bold cell is its text.)
    const bold = cell.length > 2 ? BOLD_CELL.exec(cell) : null;
    const shift = bold !== null ? bold[1]!.length : 0;
    if (bold !== null) cell = bold[2]!;
    cell = cell.replace(FOOTNOTE_MARK_END, '');
    cells.push({ text: cell, start: start + from + lead + shift, end: start + from + lead + shift + cell.length });
    if (bar === -1) break;
    from = bar + 1;
  }
  // "| a | b |" (bars at both ends): the empty cells outside the outer bars are not columns.
  // " | Tổng cộng | 1.082" keeps its empty first cell: the row number left blank.
  if (!keepOuter && cells.length > 2 && line.trimStart().startsWith('|') && line.trimEnd().endsWith('|')) {
    cells.shift();
    cells.pop();
  }
  return cells.length >= minCells ? cells : null;
}

/**
 * The cells of a line that may continue a header of `width` cells. An aligned header line that stops
 * early and starts with an empty cell ("|về Đảng" under "|Số quần chúng |…") hangs under its columns:
 * its missing cells are empty.
 */
function _continuationCells(text: string, start: number, end: number, width: number): Cell[] | null {
  let cells = _cellsOf(text, start, end, 2);
  // ("| | Đoàn cơ sở | Chi đoàn cơ sở | |" under six columns: a saved page's row whose first and last cells are blank,
  // the rowspans of the line above, not the bars of "| a | b |"; read so when that makes the header's width.)
  if (cells !== null && cells.length + 2 === width) {
    const whole = _cellsOf(text, start, end, 2, true);
    if (whole !== null && whole.length === width) cells = whole;
  }
  if (cells === null || cells.length >= width) return cells !== null && cells.length >= MIN_CELLS ? cells : null;
  if (cells[0]!.text !== '') return null;
  while (cells.length < width) cells.push({ text: '', start: end, end });
  return cells;
}

/** A short piece of a header on a line of its own: letters, no "|", no figure, at most 40 characters. */
function _isWrappedHeaderPiece(line: string): boolean {
  const t = line.trim();
  return t !== '' && t.length <= 40 && !t.includes('|') && !/\d/u.test(t) && /\p{L}/u.test(t);
}

/** A header line: no figure, and two or more cells with letters (one, for a line continuing a header: "| | về Đảng | |", or years). */
function _isHeader(cells: readonly Cell[], continued = false): boolean {
  // (A line of years continues a header over columns of years: "Kết quả theo năm" over "2021 | 2022 | 2023".)
  const year = (c: Cell): boolean => continued && YEAR_CELL.test(c.text);
  // ("Năm | 2021 | 2022 | 2023" over "Số CĐCS | 142 | 151 | 158": a header of years after the label column's name.)
  if (!continued && cells.length >= 3 && /\p{L}/u.test(cells[0]!.text) && !/\d/u.test(cells[0]!.text) && cells.slice(1).every((c) => YEAR_CELL.test(c.text.trim()))) return true;
  return cells.every((c) => !NUMBER_CELL.test(c.text) || year(c)) && cells.filter((c) => /\p{L}/u.test(c.text) || year(c)).length >= (continued ? 1 : 2);
}

/**
 * The columns of a header whose first line ends with group cells spanning the second line's cells:
 * "TT | Khu công nghiệp | Số DN | Số lao động | Tổ chức đảng | Công đoàn" over "Số chi bộ | Số đảng viên |
 * Số CĐCS | Số ĐVCĐ", above rows of 8 cells, has 2 groups of 2. A sub-header that names what it counts
 * stands alone ("Số chi bộ"); one that does not takes its group's name ("Kết nạp mới" under "Đoàn viên"
 * → "Kết nạp mới đoàn viên"); a group that names what happened heads it ("Phát triển mới 9 tháng" over
 * "Đoàn viên" is "Số đoàn viên phát triển mới 9 tháng"). Null unless the cells add up to `columns` with groups of equal width.
 */
function _spannedHeader(first: readonly Cell[], second: readonly Cell[], columns: number): Cell[] | null {
  const groups = first.length + second.length - columns;
  if (groups < 1 || groups >= first.length || second.length % groups !== 0 || second.length === groups) return null;
  const width = second.length / groups;
  const out = first.slice(0, first.length - groups);
  second.forEach((sub, k) => {
    const group = first[first.length - groups + Math.floor(k / width)]!;
    out.push({ ...sub, text: _composeSubHeader(group.text, sub.text) });
  });
  return out;
}

/**
 * A header over two lines whose second line leaves blank the columns of the first that span both lines (printed with tabs:
 * "TT ⇥ Đơn vị ⇥ Phát triển đoàn viên ⇥ Thành lập CĐCS mới" over "⇥ ⇥ Kế hoạch ⇥ Thực hiện ⇥ Đạt (%) ⇥"): each blank
 * column is the next cell of the first line, each run of sub-headers falls to the next groups of the first line, evenly
 * (blank columns the line lost at its end are added back); null when the cells do not fall so.
 */
function _alignedSpannedHeader(first: readonly Cell[], second: readonly Cell[], columns: number): Cell[] | null {
  if (second.length > columns || second.length === 0 || !second.some((c) => c.text === '') || first.length >= columns) return null;
  const last = second[second.length - 1]!;
  const sub = [...second];
  while (sub.length < columns) sub.push({ text: '', start: last.end, end: last.end });
  const out: Cell[] = [];
  let g = 0;
  for (let k = 0; k < columns; ) {
    if (g >= first.length) return null;
    if (sub[k]!.text === '') {
      out.push(first[g]!);
      g++;
      k++;
      continue;
    }
    let end = k;
    while (end < columns && sub[end]!.text !== '') end++;
    let blanksAfter = 0;
    for (let x = end; x < columns; x++) if (sub[x]!.text === '') blanksAfter++;
    const groups = first.length - g - blanksAfter;
    const run = end - k;
    if (groups < 1 || run % groups !== 0) return null;
    const width = run / groups;
    for (let x = 0; x < run; x++) out.push({ ...sub[k + x]!, text: _composeSubHeader(first[g + Math.floor(x / width)]!.text, sub[k + x]!.text) });
    g += groups;
    k = end;
  }
  return g === first.length ? out : null;
}

/**
 * Whether the run of equal header texts around column k is one group over its sub-headers: it says what happened
 * ("Phát triển mới 9 tháng"), or every sub-header under it opens with what it counts ("Công đoàn" over "CĐCS | Đoàn
 * viên"). Two headers that merely begin alike ("Số quần chúng | Số quần chúng" over "học lớp nhận thức | được kết
 * nạp") are continued instead.
 */
function _isGroupOver(top: readonly string[], sub: readonly string[], k: number): boolean {
  if (GROUP_VERB.test(top[k]!)) return true;
  let from = k;
  while (from > 0 && top[from - 1] === top[k]) from--;
  let to = k;
  while (to + 1 < top.length && top[to + 1] === top[k]) to++;
  for (let j = from; j <= to; j++) if (!_standsAlone((sub[j] ?? '').trim())) return false;
  return true;
}

/**
 * Whether a sub-header says what it counts on its own: it opens with the noun ("Đoàn viên được kết nạp Đảng"), with "Số"
 * and the noun ("Số chi đoàn"), or with a deed done to a noun it names ("Giới thiệu ĐVƯT cho Đảng").
 */
function _standsAlone(sub: string): boolean {
  if (_nounAt(sub) !== null) return true;
  if (/^số\s/iu.test(sub)) return _nounAt(sub.slice(3)) !== null;
  return DEED_OPENS.test(sub) && _firstNounIn(sub) !== null;
}

/** A deed at the head of a sub-header: "Giới thiệu …", "Kết nạp …", "Thành lập mới …". */
const DEED_OPENS = /^(?:(?:được|đã)\s+)?(?:kết nạp|phát triển|thành lập|giới thiệu|giải thể)(?![\p{L}])/iu;

/**
 * A sub-header under a group: one that names what it counts stands alone ("Chi bộ" under "Tổ chức đảng"), one that
 * does not takes its group's name ("Kết nạp mới" under "Đoàn viên" → "Kết nạp mới đoàn viên"); a group that says what
 * happened is said of its sub-headers ("Phát triển mới 9 tháng" over "Đoàn viên" is "Số đoàn viên phát triển mới 9 tháng").
 */
function _composeSubHeader(group: string, sub: string): string {
  // ("Năm 2016", "Giai đoạn 2016 - 2020" under "Chỉ tiêu kết nạp": the group's figure of each period, "Chỉ tiêu kết nạp năm
  // 2016"; "Thực hiện" under "9 tháng năm 2016": the sub-header's figure of the group's period, "Thực hiện 9 tháng năm 2016".)
  if (_isPeriodOnly(sub)) return `${group} ${_lowerFirst(sub)}`;
  if (_isPeriodOnly(group) && !_standsAlone(sub)) return `${sub} ${_lowerFirst(group)}`;
  // ("KH năm", "Thực hiện", "Tỷ lệ (%)" under "Phát triển đoàn viên": a plan or a result of what the group names, and a
  // rate of the plan met, which the count before it in the row is read with.)
  if (RATE_SUB.test(sub)) return `${sub} so với kế hoạch`;
  if (PLAN_RESULT_RATE_SUB.test(sub)) return `${sub.replace(/^KH(?![\p{L}])/u, 'Kế hoạch').replace(/\s+(?:\d{1,2}\s+)?(?:năm|tháng|quý)(?:\s+(?:đầu|cuối)(?:\s+năm)?)?(?:\s+(?:19|20)\d{2})?$/iu, '')} ${_lowerFirst(group)}`;
  const counted = /^số\s/iu.test(sub) ? sub : `Số ${_lowerFirst(sub)}`;
  return GROUP_VERB.test(group) ? `${counted} ${_lowerFirst(group)}` : _firstNounIn(sub) !== null ? sub : `${sub} ${_lowerFirst(group)}`;
}

/** A header without the periods it names: "Thực hiện 9 tháng năm 2016" → "Thực hiện". */
function _withoutPeriods(header: string): string {
  return header.replace(PERIOD_IN_HEADER, ' ').replace(/\s+/gu, ' ').trim();
}

/** A header with words added before the periods it ends with: "Số lớp năm 2017" + "bồi dưỡng" → "Số lớp bồi dưỡng năm 2017". */
function _beforePeriods(header: string, words: string): string {
  const periods = [...header.matchAll(PERIOD_IN_HEADER)].map((m) => m[0]).join(' ');
  return periods === '' ? `${header} ${words}` : `${_withoutPeriods(header)} ${words} ${periods}`;
}

/** Whether a header names a period and nothing else: "Năm 2016", "9 tháng năm 2016", "Giai đoạn 2016 - 2020". */
function _isPeriodOnly(header: string): boolean {
  const text = header.trim();
  return text !== '' && text.replace(PERIOD_IN_HEADER, '').trim() === '';
}

/** A group over columns that names no more than figures: "Giá trị", "Số liệu", "Số lượng". */
const VALUE_GROUP = /^(?:giá trị|số liệu|số lượng)$/iu;

/** A rate sub-header naming its whole: "Tỷ lệ so với lao động (%)", "Tỉ lệ so với số CNLĐ" (group 1: the rate word). */
const RATE_AGAINST_SUB = /^(tỷ lệ|tỉ lệ)\s+(so với\s+(?!kế hoạch|KH|chỉ tiêu|cùng kỳ)\S.*)$/iu;

/** "ĐV" standing alone: đảng viên or đoàn viên, as the table says. */
const MEMBER_ABBREVIATION = /(?<![\p{L}])ĐV(?![\p{L}])/gu;

/** The number of a group of rows: "I", "II", "A", "B". */
const GROUP_ROW_NUMBER = /^(?:[IVX]{1,4}|[A-D])\.?$/u;

/** A group's heading on a line of its own between rows: "II. Khối ngành, khu công nghiệp", "B. Khối doanh nghiệp" (no figure). */
const GROUP_HEADING_LINE = /^\s*(?:[IVX]{1,4}|[A-D])[.)]\s+[^\d|]{3,90}$/u;

/** A cell that is a year: "2019". */
const YEAR_CELL = /^(?:19|20)\d{2}$/u;

/** A header of rates: "Tỷ lệ ĐV/LĐ (%)", "Tỉ lệ", "(%)", "Đạt % KH năm". */
const PERCENT_HEADER = /\(%\)|(?:^|\s)%(?:\s|$)|(?<![\p{L}])(?:tỷ lệ|tỉ lệ)(?![\p{L}])/iu;

/** A verb of what happened in a period, in a group header: "Phát triển mới", "Kết nạp", "Thành lập mới". */
const GROUP_VERB = /(?<![\p{L}])(?:kết nạp|phát triển|thành lập|giới thiệu|giải thể|tăng|giảm)(?![\p{L}])/iu;

/** The tables of a text: a header line and the rows under it with as many cells. */
export function _findTables(text: string): Table[] {
  if (!text.includes('|')) return [];
  const lines: Array<{ start: number; end: number }> = [];
  for (let start = 0; start <= text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end });
    if (nl === -1) break;
    start = nl + 1;
  }
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    // Rows of "Key: value" cells with the same keys (records laid out by table-layout.ts): the keys are the header.
    const records = _keyValueTable(text, lines, i);
    if (records !== null) {
      tables.push(records.table);
      i = records.next - 1;
      continue;
    }
    const headerCells = _cellsOf(text, lines[i]!.start, lines[i]!.end);
    if (headerCells === null || !_isHeader(headerCells)) continue;
    // A header printed over two lines ("Kết nạp đoàn viên" / "mới (tỷ lệ)"): the second line's cells continue the first's.
    // (Up to three more lines, as aligned tables print "Số quần chúng" / "học lớp nhận thức" / "về Đảng".)
    let j = i + 1;
    const continuation = (k: number): Cell[] | null => (k < lines.length ? _continuationCells(text, lines[k]!.start, lines[k]!.end, headerCells.length) : null);
    let next = continuation(j);
    const gapped = headerCells.some((c) => c.text === '');
    // (A first line whose last spanning cell lost its trailing tabs has fewer cells than the lines under it.)
    if (gapped && next !== null && next.length > headerCells.length) {
      const end = headerCells[headerCells.length - 1]!.end;
      while (headerCells.length < next.length) headerCells.push({ text: '', start: end, end });
    }
    let merged = false;
    // (Groups over sub-headers printed over several lines are composed once every line is read: "KH" / "năm" is "KH năm".)
    const groupOf: Array<string | undefined> = [];
    const subOf: Array<string | undefined> = [];
    while (next !== null && j - i <= 3 && next.length === headerCells.length && _isHeader(next, true) && (gapped || next.some((c) => c.text === ''))) {
      const top = headerCells.map((c) => c.text);
      const sub = next.map((c) => c.text);
      // (A group printed once over the blank cells of its span, "Phát triển đoàn viên ⇥ ⇥" over "KH ⇥ Thực hiện ⇥
      // Tỷ lệ": its text over each column it spans, when its own column has a sub-header too.)
      for (let k = 1; k < top.length; k++) {
        if (top[k] !== '' || sub[k] === '' || sub[k] === undefined) continue;
        let g = k - 1;
        while (g > 0 && top[g] === '' && sub[g] !== '') g--;
        if (top[g] !== '' && sub[g] !== '' && sub[g] !== undefined) {
          top[k] = top[g]!;
          headerCells[k] = { ...headerCells[k]!, text: top[g]! };
        }
      }
      next.forEach((c, k) => {
        if (c.text === '') return;
        // (A group spanning columns, its text repeated over each, heads its sub-headers as _spannedHeader composes
        // them: "Công đoàn" over "CĐCS | Đoàn viên"; years go after it: "Kết quả theo năm 2021".)
        const group = top[k] !== '' && (top[k - 1] === top[k] || top[k + 1] === top[k]) && !YEAR_CELL.test(c.text) && _isGroupOver(top, sub, k);
        if (group) groupOf[k] = top[k]!;
        if (groupOf[k] !== undefined) subOf[k] = `${subOf[k] ?? ''} ${c.text}`.trim();
        else {
          // ("Tỷ lệ so với lao động (%)" under "Đoàn viên công đoàn": "Tỷ lệ đoàn viên công đoàn so với lao động (%)", the
          // rate of what the line above names against the whole the sub-header names.)
          const rate = RATE_AGAINST_SUB.exec(c.text);
          const above = headerCells[k]!.text;
          // ("Kết quả nhiệm kỳ 2020 - 2025" under "Giá trị": a group that says only that figures follow names nothing.)
          headerCells[k] = { ...headerCells[k]!, text: rate !== null && above !== '' ? `${rate[1]} ${_lowerFirst(above)} ${rate[2]}` : VALUE_GROUP.test(above) ? c.text : _isPeriodOnly(above) && !_standsAlone(c.text) ? `${c.text} ${_lowerFirst(above)}` : `${above} ${c.text}`.trim() };
        }
      });
      merged = true;
      j++;
      next = continuation(j);
    }
    groupOf.forEach((g, k) => {
      if (g !== undefined && subOf[k] !== undefined) headerCells[k] = { ...headerCells[k]!, text: _composeSubHeader(g, subOf[k]!) };
    });
    // A header over two lines whose first line groups columns ("… | Tổ chức đảng | Công đoàn" over
    // "Số chi bộ | Số đảng viên | Số CĐCS | Số ĐVCĐ", as HTML tables with rowspan and colspan flatten).
    // (The second line may have two cells only: "Đoàn viên | CĐCS" under "… | Phát triển mới 9 tháng".)
    if (!merged && next === null && j < lines.length) next = _cellsOf(text, lines[j]!.start, lines[j]!.end, 2);
    if (!merged && next !== null && _isHeader(next) && j + 1 < lines.length) {
      const firstRow = _cellsOf(text, lines[j + 1]!.start, lines[j + 1]!.end);
      const spanned = firstRow === null ? null : (_alignedSpannedHeader(headerCells, next, firstRow.length) ?? _spannedHeader(headerCells, next, firstRow.length));
      if (spanned !== null) {
        headerCells.splice(0, headerCells.length, ...spanned);
        j++;
      }
    }
    // A header cell wrapped onto a line of its own ("Số DN đang" / "hoạt động") is passed over.
    if (j + 1 < lines.length && _isWrappedHeaderPiece(text.slice(lines[j]!.start, lines[j]!.end)) && _cellsOf(text, lines[j + 1]!.start, lines[j + 1]!.end)?.length === headerCells.length) j++;
    const rows: Line[] = [];
    for (; j < lines.length; j++) {
      const { start, end } = lines[j]!;
      if (RULE_ROW.test(text.slice(start, end)) && text.slice(start, end).includes('-')) continue;
      let cells = _cellsOf(text, start, end);
      // "Tổng cộng | 512 | 185.000 | …" under "TT | Khu công nghiệp | …": a total row whose label spans the
      // row-number column too.
      if (cells !== null && cells.length === headerCells.length - 1 && ROW_NUMBER_HEADER.test(headerCells[0]!.text) && /\p{L}/u.test(cells[0]!.text)) {
        cells = [{ text: '', start: cells[0]!.start, end: cells[0]!.start }, ...cells];
      }
      // ("1 | 2012 | 68 | 29" under "TT | Năm | … | Ghi chú": a last column of notes left empty.)
      if (cells !== null && cells.length === headerCells.length - 1 && /^ghi chú$/iu.test(headerCells[headerCells.length - 1]!.text.trim())) {
        const last = cells[cells.length - 1]!;
        cells = [...cells, { text: '', start: last.end, end: last.end }];
      }
      // ("I | Huyện Đức Hòa |" between rows: a group's heading, passed over when rows follow it.)
      const group = cells ?? _cellsOf(text, start, end, 2);
      const rowFollows = (): boolean => j + 1 < lines.length && _cellsOf(text, lines[j + 1]!.start, lines[j + 1]!.end)?.length === headerCells.length;
      if (group !== null && group.length < headerCells.length && !group.some((c) => NUMBER_CELL.test(c.text)) && GROUP_ROW_NUMBER.test(group[0]!.text) && rowFollows()) continue;
      // ("II. Khối ngành, khu công nghiệp và trực thuộc" alone between rows: a saved page's group heading spanning the row.)
      if (group === null && rows.length > 0 && GROUP_HEADING_LINE.test(text.slice(start, end)) && rowFollows()) continue;
      if (cells === null || cells.length !== headerCells.length || !cells.some((c) => NUMBER_CELL.test(c.text))) break;
      rows.push({ start, cells });
    }
    if (rows.length === 0) continue;
    tables.push({ header: { start: lines[i]!.start, cells: headerCells }, rows, ..._captionsAbove(text, lines, i) });
    i = j - 1;
  }
  return tables;
}

/** A cell "Key: value" (group 1 the key, group 2 the value). */
const KEY_VALUE_CELL = /^([^:|\d]{1,40}?)\s*:\s*(\S.*)$/u;

/** The keys and the values of a row of "Key: value" cells, or null when a cell is not one. */
function _keyValueRow(cells: readonly Cell[] | null): { keys: Cell[]; values: Cell[] } | null {
  if (cells === null) return null;
  const keys: Cell[] = [];
  const values: Cell[] = [];
  for (const c of cells) {
    const m = KEY_VALUE_CELL.exec(c.text);
    if (m === null) return null;
    const valueAt = c.text.length - m[2]!.length;
    keys.push({ text: m[1]!, start: c.start, end: c.start + m[1]!.length });
    values.push({ text: m[2]!, start: c.start + valueAt, end: c.end });
  }
  return { keys, values };
}

/**
 * Two or more adjacent rows of "Key: value" cells with the same keys, from line `i` ("Đơn vị: Công đoàn ngành Y tế |
 * Chỉ tiêu: 80 | Đã giới thiệu: 85 | Đạt (%): 106,3"): a table whose header is the keys (at the first row's keys'
 * offsets) and whose rows are the values; with the index of the line after it. Null otherwise.
 */
function _keyValueTable(text: string, lines: ReadonlyArray<{ start: number; end: number }>, i: number): { table: Table; next: number } | null {
  const first = _keyValueRow(_cellsOf(text, lines[i]!.start, lines[i]!.end));
  if (first === null) return null;
  const keyText = (row: { keys: Cell[] }): string => row.keys.map((c) => c.text.toLowerCase()).join('|');
  const rows: Line[] = [{ start: lines[i]!.start, cells: first.values }];
  let j = i + 1;
  for (; j < lines.length; j++) {
    const row = _keyValueRow(_cellsOf(text, lines[j]!.start, lines[j]!.end));
    if (row === null || keyText(row) !== keyText(first)) break;
    rows.push({ start: lines[j]!.start, cells: row.values });
  }
  if (rows.length < 2 || !rows.every((r) => r.cells.some((c) => NUMBER_CELL.test(c.text)))) return null;
  return { table: { header: { start: lines[i]!.start, cells: first.keys }, rows, ..._captionsAbove(text, lines, i) }, next: j };
}

/** The two lines above a table's header at line `i` (Table.caption, Table.aboveCaption), null when blank or missing. */
function _captionsAbove(text: string, lines: ReadonlyArray<{ start: number; end: number }>, i: number): { caption: string | null; aboveCaption: string | null } {
  const line = (k: number): string | null => {
    const t = k >= 0 ? text.slice(lines[k]!.start, lines[k]!.end).trim() : '';
    return t === '' ? null : t;
  };
  return { caption: line(i - 1), aboveCaption: line(i - 2) };
}

/** Whether `offset` lies on a line of one of the tables (header or row). */
export function _inTable(tables: readonly Table[], offset: number): boolean {
  for (const t of tables) {
    const first = t.header.start;
    const lastRow = t.rows[t.rows.length - 1]!;
    const last = lastRow.cells[lastRow.cells.length - 1]!.end;
    if (offset >= first && offset <= last) return true;
  }
  return false;
}

/** The noun a header names, as written ("đoàn viên" in "Số đoàn viên"), or null. */
function _nounText(header: string): string | null {
  const noun = _firstNounIn(header);
  if (noun === null) return null;
  const rest = header.slice(noun.index);
  const m = /^[^\s,;:()]+(?:\s+[^\s,;:()]+)?/u.exec(rest);
  return m ? m[0] : null;
}

/** "Kết nạp mới" → "kết nạp mới": a header continued after a borrowed noun; an acronym ("CĐCS") stays. */
function _lowerFirst(s: string): string {
  const second = s.charAt(1);
  if (second !== '' && second === second.toUpperCase() && second !== second.toLowerCase()) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** The fact `readLabel` finds for the figure of "<label>: <value>", or null. */
function _readCell(readLabel: ReadLabel, label: string, value: string): Fact | null {
  const line = `${label}: ${value}`;
  const at = line.length - value.length;
  const fact = readLabel(line).find((f) => f.mention.start <= at && f.mention.end >= at + 1) ?? null;
  if (fact !== null) return fact;
  // ("Giới thiệu (người)": the unit in a header's bracket is said after each figure of its column, "Giới thiệu: 58 người".)
  const unit = UNIT_BRACKET_END.exec(label);
  if (unit === null || unit.index === 0) return null;
  const moved = `${label.slice(0, unit.index)}: ${value} ${unit[1]}`;
  const from = moved.length - value.length - unit[1]!.length - 1;
  return readLabel(moved).find((f) => f.mention.start <= from && f.mention.end >= from + 1) ?? null;
}

/** A unit in brackets ending a header (group 1): " (người)", " (đồng chí)", " (ĐV)", " (đơn vị)". */
const UNIT_BRACKET_END = /\s*\((người|đồng chí|ĐV|đơn vị|lượt người|lượt|lớp|DN|doanh nghiệp|CĐCS|chi bộ|tổ chức|cơ sở|học viên|quần chúng)\)\s*$/u;

/** Facts of every table, as drafts on the sentences of their rows. */
export function _tableDrafts(tables: readonly Table[], sentences: readonly Sentence[], readLabel: ReadLabel, published: string | null): Draft[] {
  const drafts: Draft[] = [];
  for (const table of tables) {
    // ("ĐV" of a table that counts "đoàn viên" and no "đảng viên" is a đoàn viên: "Tỷ lệ ĐV/LĐ (%)".)
    // ("Kế hoạch PTĐV": the abbreviations of report headers, spelt out.)
    const spelt = table.header.cells.map((c) => _spellHeader(c.text));
    const unionTable = spelt.some((h) => /đoàn viên/iu.test(h)) && !spelt.some((h) => /đảng viên/iu.test(h));
    // ("Số lớp" beside "Tổng số học viên": a table of political classes names the class once; each class header is read as one.)
    const classTable = spelt.some((h) => CLASS_CONTEXT.test(h)) || (table.caption !== null && CLASS_CONTEXT.test(table.caption));
    const headers = spelt.map((h) => (unionTable ? h.replace(MEMBER_ABBREVIATION, 'đoàn viên') : h)).map((h) => (classTable && CLASS_HEADER.test(h) && !CLASS_CONTEXT.test(h) ? _beforePeriods(h, 'bồi dưỡng') : h));
    const nouns = headers.map((h) => (ROW_NUMBER_HEADER.test(h) ? null : _nounText(h)));
    // ("Thời điểm 7/2020": a month of a year alone is that month.)
    // ("2021" alone over its column: that year.)
    const columnPeriods = headers.map((h) => findPeriods(YEAR_CELL.test(h.trim()) ? `năm ${h.trim()}` : h.replace(BARE_MONTH_OF_YEAR, 'tháng $1'), published)[0] ?? null);
    const captionPeriod = table.caption === null ? null : (findPeriods(table.caption, published).at(-1) ?? null);
    // A table whose rows are Youth Union bodies ("Thành đoàn …", "Huyện đoàn …") counts Youth Union
    // members: its "Kết nạp đoàn viên mới" is Youth recruitment, though the header alone reads as the union's.
    const youthTable = _isYouthTable(table) || _hasYouthHeaders(headers);
    const plan = _planColumns(table, headers);
    // (The title over a table of plans and results, for results whose header and row say not what they count.)
    const title = plan === null ? null : _tableTitle(table);
    // ("Phụ lục: Phân bổ chỉ tiêu thành lập chi bộ và kết nạp đảng viên … giai đoạn 2022-2025" over "STT | Đơn vị | Thành lập
    // chi bộ | Kết nạp đảng viên": a table its caption calls quotas or a plan holds goals, but in a column of results.)
    const planTable = plan === null && table.caption !== null && PLAN_CAPTION.test(table.caption) && !RESULT_CAPTION.test(table.caption);
    // (A column of units, "Đơn vị tính": "%" there makes the row's figures rates.)
    const unitColumn = headers.findIndex((h) => UNIT_COLUMN_HEADER.test(h.trim()));
    for (const row of table.rows) {
      // ("Đối thoại … | cuộc | 9", "Tặng quà | suất | 3.500": a row whose unit is none of ours counts nothing of ours.)
      const rowUnit = unitColumn >= 0 ? (row.cells[unitColumn]?.text ?? '') : '';
      if (rowUnit !== '' && OTHER_UNIT_CELL.test(rowUnit)) continue;
      // The row label: the first cell with letters ("LĐLĐ thành phố Bến Tre", "Tổng cộng"), or the last before the
      // first figure when a group stands before it ("Tổ chức đảng | Kết nạp đảng viên | 41 | 47").
      const firstFigure = row.cells.findIndex((c) => NUMBER_CELL.test(c.text));
      let labelIndex = row.cells.findIndex((c) => /\p{L}/u.test(c.text));
      // (Not a unit column's cell: "Kết nạp đoàn viên mới | Người | 3.500".)
      for (let j = labelIndex + 1; labelIndex >= 0 && j < firstFigure; j++) if (/\p{L}/u.test(row.cells[j]!.text) && row.cells[j]!.text.length > 12) labelIndex = j;
      // A row labelled by its period ("2019", "6 tháng 2024" under "Năm") is that period's.
      // ("1 | 2012 | 68" under "TT | Năm": past the row's number.)
      const first = (ROW_NUMBER_HEADER.test(headers[0]?.trim() ?? '') && YEAR_CELL.test(row.cells[1]?.text.trim() ?? '') ? row.cells[1]?.text : row.cells[0]?.text) ?? '';
      const rowPeriod = YEAR_CELL.test(first) ? (findPeriods(`năm ${first}`, published)[0] ?? null) : /\d{4}/u.test(first) ? (findPeriods(first, published)[0] ?? null) : null;
      const label = labelIndex >= 0 ? row.cells[labelIndex]!.text : null;
      // ("Công đoàn cơ sở | 39 | 2,146", "Đoàn Thanh niên | 32 | 718", "Hội Cựu chiến binh | 21 | 304" under "Số tổ chức
      // cơ sở | Số đoàn viên, hội viên": the body a row names says whose organisations and members its cells count.)
      const body = label === null ? null : _rowBody(label);
      // In a table of plans and results, the result says what the row counts; its plan and share of the plan
      // count the same.
      // The count read in the last numeric cell of the row, and its column.
      type CountCell = { column: number; fact: Fact; byLabel: boolean };
      let previous: CountCell | null = null;
      let beforePrevious: CountCell | null = null;
      // The column of the plan last read for the count before it in the row ("Kết nạp | Chỉ tiêu năm"), or -1.
      let planAt = -1;
      const result = plan === null ? null : _resultOf(row.cells[plan.result]?.text ?? '', readLabel, headers[plan.result] ?? '', nouns, plan.result, label, title, headers[plan.plans[0]!] ?? '');
      row.cells.forEach((cell, j) => {
        // "+5", "-146" under "Tăng (+), giảm (-)": the change of what the count before it counts.
        const change = CHANGE_CELL.exec(cell.text);
        if (change !== null && CHANGE_HEADER.test(headers[j] ?? '') && previous?.column === j - 1) {
          const size = parseDigits(change[1]!);
          const s = sentences.findIndex((x) => x.start <= cell.start && x.end >= cell.end);
          if (size !== null && s >= 0) {
            const base = previous.fact;
            drafts.push({ metric: base.metric, value: size, unit: 'count', kind: 'flow', approx: 'exact', scope: previous.byLabel ? base.scope : label, period: null, as_of: null, confidence: 0.6, sentenceIndex: s, mentionStart: cell.start - sentences[s]!.start, mentionEnd: cell.end - sentences[s]!.start, verb: null, parentIndex: null, pendingParent: false, isDelta: true });
          }
          return;
        }
        const paired = PAIRED_CELL.exec(cell.text);
        if (j === labelIndex || ROW_NUMBER_HEADER.test(headers[j] ?? '') || (!NUMBER_CELL.test(cell.text) && paired === null)) return;
        if (j === 0 && labelIndex > 0) return; // a leading number before the label is the row number
        if (j === 0 && rowPeriod !== null) return; // the period labelling the row ("2020 | 18 | 4.126")
        const sentenceIndex = sentences.findIndex((s) => s.start <= cell.start && s.end >= cell.end);
        if (sentenceIndex < 0) return;
        const sentence = sentences[sentenceIndex]!;
        const period = columnPeriods[j] ?? rowPeriod ?? captionPeriod;
        const push = (fact: Fact, byLabel: boolean, start: number, end: number): void => {
          // (In a Youth Union table, "Kết nạp mới (người)" with no Party in its header admits to the Youth Union.)
          const youthMetric = fact.metric === 'union_members' || (fact.metric === 'party_admissions' && !PARTY_WORD.test(headers[j] ?? '')) ? 'youth_members' : fact.metric;
          const metric = _metricOfRowBody(youthTable ? youthMetric : fact.metric, body, headers[j] ?? '');
          if (metric === null) return;
          const draft: Draft = {
            metric,
            value: fact.value,
            unit: fact.unit,
            kind: planTable && !RESULT_COLUMN.test(headers[j] ?? '') ? 'target' : fact.kind,
            approx: fact.approx,
            scope: label !== null && !byLabel ? label : fact.scope,
            period: period?.period ?? fact.period,
            as_of: fact.kind === 'stock' ? (period?.asOf ?? fact.as_of) : null,
            confidence: Math.min(fact.confidence, 0.7),
            sentenceIndex,
            mentionStart: start - sentence.start,
            mentionEnd: end - sentence.start,
            verb: null,
            parentIndex: null,
            pendingParent: false,
            isDelta: false,
          };
          if (fact.value_max !== undefined) draft.value_max = fact.value_max;
          drafts.push(draft);
        };
        const header = headers[j] ?? '';
        if (paired === null) {
          // ("91,8" under "Tỷ lệ ĐV/LĐ (%)": a rate written without its sign.)
          // ("800 trở lên" under "Mục tiêu đến năm 2030": at least the figure. "82,5" on a row whose unit is "%": a rate.)
          const floor = FLOOR_CELL_END.test(cell.text);
          const figure = floor ? cell.text.replace(FLOOR_CELL_END, '') : cell.text;
          const percentRow = unitColumn >= 0 && row.cells[unitColumn]?.text === '%';
          const value = (PERCENT_HEADER.test(header) || j === plan?.rate || percentRow) && !figure.endsWith('%') && /\d$/u.test(figure) ? `${figure}%` : figure;
          if (plan !== null && result !== null && (plan.plans.includes(j) || j === plan.rate)) {
            const percent = value.endsWith('%');
            const figure = parseDigits(value.replace(/\s*%$/u, ''));
            if (figure !== null && percent === (j === plan.rate)) {
              push({ ...result.fact, value: figure, unit: percent ? 'percent' : 'count', kind: percent ? 'achievement' : 'target', approx: 'exact', period: null, as_of: null }, result.byLabel, cell.start, cell.end);
            }
            return;
          }
          // A column of something else ("Diện tích (ha)", "Vốn đầu tư (triệu USD)") reads as nothing.
          if (OTHER_MEASURE_HEADER.test(header)) return;
          // ("Tổng số học viên | Trong đó: CNLĐ trong doanh nghiệp": a column headed "Trong đó" holds parts of the count
          // before it in the row, counted as it is.)
          if (!value.endsWith('%') && PART_COLUMN_HEADER.test(header) && previous !== null && previous.column === j - 1 && previous.fact.unit === 'count') {
            const figure = parseDigits(value);
            if (figure !== null && figure <= previous.fact.value) push({ ...previous.fact, value: figure, approx: 'exact' }, previous.byLabel, cell.start, cell.end);
            return;
          }
          // A rate with no noun of its own is of the count just before it in the row: "Kết nạp | Đạt % KH năm" is
          // that count's achievement, "Tổng số lao động | Số ĐVCĐ | Tỷ lệ (%)" the members' share.
          // (A share needs the whole in the column before the part: "Số đảng viên | Tỷ lệ (%)" alone says not of what.)
          const before = previous?.column === j - 1 ? previous.fact : null;
          const older = beforePrevious as CountCell | null;
          // ("Giới thiệu (người) | Được kết nạp (người) | Tỷ lệ (%)": those admitted, a share of those referred.)
          const referredThenAdmitted = older !== null && older.fact.metric === 'referrals' && before?.metric === 'party_admissions';
          const whole = previous?.column === j - 1 && older !== null && older.column === j - 2 && (WHOLE_METRICS.has(older.fact.metric) || referredThenAdmitted);
          // ("Kết nạp (ĐV) | Chỉ tiêu năm | Tỷ lệ đạt": a rate right after the plan of the count before is the share of
          // the plan that count met.)
          if (value.endsWith('%') && nouns[j] === null && previous !== null && previous.column === j - 2 && planAt === j - 1 && RATE_COLUMN.test(header.trim())) {
            const rate = parseDigits(value.replace(/\s*%$/u, ''));
            if (rate !== null) push({ ...previous.fact, value: rate, unit: 'percent', kind: 'achievement', approx: 'exact', period: null, as_of: null }, previous.byLabel, cell.start, cell.end);
            return;
          }
          if (value.endsWith('%') && nouns[j] === null && before !== null && before.unit === 'count') {
            const rate = parseDigits(value.replace(/\s*%$/u, ''));
            // ("Chỉ tiêu giới thiệu | Số đoàn viên ưu tú đã giới thiệu | Tỷ lệ (%)": a rate after a count and its plan before
            // it is the share of the plan met.)
            const afterPlan = older !== null && older.column === j - 2 && older.fact.kind === 'target' && older.fact.metric === before.metric && before.kind !== 'target';
            // ("Số DN | Số DN đã có CĐCS | Tỷ lệ (%)": firms with a body, a share of all firms.)
            const firmsWithBody = before.metric === 'enterprises' && older !== null && older.fact.metric === 'enterprises';
            const kind = PLAN_HEADER.test(header) || (afterPlan && PERCENT_HEADER.test(header)) ? 'achievement' : whole && (SHARE_METRICS.has(before.metric) || referredThenAdmitted || firmsWithBody) && PERCENT_HEADER.test(header) ? 'share' : null;
            if (rate !== null && kind !== null) {
              push({ ...before, value: rate, unit: 'percent', kind, approx: 'exact', period: null, as_of: null }, previous!.byLabel, cell.start, cell.end);
              return;
            }
          }
          // ("Chỉ tiêu | Đã giới thiệu | Đạt (%)": a plan with no noun of its own right before the row's first count, a flow,
          // is that count's plan.)
          if (!value.endsWith('%') && nouns[j] === null && previous === null && PLAN_COLUMN.test(header.trim()) && !RATE_COLUMN.test(header.trim())) {
            const nextCell = row.cells[j + 1];
            const next = nextCell !== undefined && NUMBER_CELL.test(nextCell.text) && !nextCell.text.endsWith('%') ? _readCellOf(readLabel, headers[j + 1] ?? '', nouns, j + 1, label, nextCell.text) : null;
            const figure = parseDigits(value);
            if (next !== null && next.fact.unit === 'count' && next.fact.kind === 'flow' && figure !== null) {
              const planned: Fact = { ...next.fact, value: figure, kind: 'target', approx: 'exact', period: null, as_of: null };
              push(planned, next.byLabel, cell.start, cell.end);
              beforePrevious = previous;
              previous = { column: j, fact: planned, byLabel: next.byLabel };
              return;
            }
          }
          // A plan with no noun of its own after a count of the row is that count's plan: "Kết nạp 6 tháng | Chỉ
          // tiêu năm 2020" (a table without a "Thực hiện" column, so not _planColumns').
          if (!value.endsWith('%') && nouns[j] === null && before !== null && before.unit === 'count' && before.kind === 'flow' && PLAN_COLUMN.test(header)) {
            const figure = parseDigits(value);
            if (figure !== null) push({ ...before, value: figure, kind: 'target', approx: 'exact', period: null, as_of: null }, previous!.byLabel, cell.start, cell.end);
            planAt = j;
            return;
          }
          const read = j === plan?.result ? result : _readCellOf(readLabel, header, nouns, j, label, value);
          if (read !== null) {
            push(floor ? { ...read.fact, approx: 'at_least' } : read.fact, read.byLabel, cell.start, cell.end);
            if (read.fact.unit === 'count') {
              beforePrevious = previous;
              previous = { column: j, fact: read.fact, byLabel: read.byLabel };
            }
          }
          return;
        }
        // "3.418 (57,6%)" under "Kết nạp đoàn viên mới (tỷ lệ)": the count, and its share of the column;
        // "64 (21)" under "ĐV ưu tú giới thiệu cho Đảng (được kết nạp)": two counts, the second named by
        // the header's bracket.
        const [, first, second] = paired;
        const bracketAt = cell.start + cell.text.lastIndexOf(second!);
        const headerMain = header.replace(HEADER_BRACKET, '').trim();
        const headerBracket = HEADER_BRACKET.exec(header)?.[1] ?? '';
        const main = _readCellOf(readLabel, headerMain, nouns, j, label, first!);
        if (main !== null) push(main.fact, main.byLabel, cell.start, cell.start + first!.length);
        if (second!.endsWith('%')) {
          if (main !== null) {
            const value = Number(second!.replace('%', '').trim().replace(',', '.'));
            if (Number.isFinite(value)) push({ ...main.fact, value, unit: 'percent', kind: 'share', approx: 'exact' }, main.byLabel, bracketAt, bracketAt + second!.length);
          }
        } else if (headerBracket !== '') {
          const inner = _readCellOf(readLabel, headerBracket, nouns, j, label, second!);
          if (inner !== null) push(inner.fact, inner.byLabel, bracketAt, bracketAt + second!.length);
        }
      });
    }
  }
  return drafts;
}

/**
 * The reading of a result cell: by its header as any cell, else by the row label alone ("Thành lập mới CĐCS: 52"), else
 * by the table's title ("Kết quả phát triển đoàn viên công đoàn năm 2018: 3.612" over "Đơn vị | Kế hoạch | Thực hiện"
 * and "LĐLĐ thị xã Thuận An | 7.000 | 7.245"); counts only.
 */
function _resultOf(text: string, readLabel: ReadLabel, header: string, nouns: readonly (string | null)[], j: number, label: string | null, title: string | null, planHeader: string): { fact: Fact; byLabel: boolean } | null {
  if (!NUMBER_CELL.test(text) || text.endsWith('%')) return null;
  // ("1.946" under "Thực hiện" beside "Kế hoạch PTĐV": the result of what the plan names, "Thực hiện phát triển đoàn viên".)
  const plannedWords = nouns[j] === null ? planHeader.replace(PLAN_WORDS_OPEN, '').trim() : '';
  // ("46" under "Kết quả" beside "Chỉ tiêu kết nạp năm 2023" on a table of Party committees: those the plan admits are the
  // members of the bodies the table names, as in a plan's own column.)
  const admitted = plannedWords !== '' && _firstNounIn(plannedWords) === null && ADMIT_HEADER.test(plannedWords) ? (_nearest(nouns, j, (noun) => !BODY_NOUN_TEXT.test(noun)) ?? _membersOfBody(_nearest(nouns, j))) : null;
  const planned = admitted === null ? plannedWords : plannedWords.replace(ADMIT_HEADER, (deed) => `${deed} ${admitted}`);
  // ("Thực hiện 9 tháng năm 2016" beside "Chỉ tiêu kết nạp năm 2016": "Thực hiện kết nạp … 9 tháng năm 2016", the periods
  // after the deed, as a sentence says them.)
  const ofPlan = planned !== '' && _firstNounIn(planned) !== null ? _readCell(readLabel, _beforePeriods(header, _lowerFirst(_withoutPeriods(planned))), text) : null;
  if (ofPlan !== null && ofPlan.unit === 'count') return { fact: ofPlan, byLabel: false };
  const read = _readCellOf(readLabel, header, nouns, j, label, text);
  if (read !== null) return read.fact.unit === 'count' ? read : null;
  const fact = label === null ? null : _readCell(readLabel, label, text);
  if (fact !== null) return fact.unit === 'count' ? { fact, byLabel: true } : null;
  const titled = title === null ? null : _readCell(readLabel, title, text);
  return titled !== null && titled.unit === 'count' ? { fact: titled, byLabel: false } : null;
}

/** The words that open a plan's header, up to what is planned: "Kế hoạch ", "KH năm 2024 ", "Chỉ tiêu giao ". */
const PLAN_WORDS_OPEN = /^(?:kế hoạch|chỉ tiêu|KH)(?:\s+giao)?(?:\s+(?:năm|giai đoạn|nhiệm kỳ)?\s*(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?\s*/iu;

/** A line that gives only a table's unit: "(Đơn vị tính: đoàn viên)", "ĐVT: người". */
const UNIT_LINE = /^\(?\s*(?:đơn vị tính|ĐVT)\s*:\s*([^()]{1,30}?)\s*\)?$/iu;

/**
 * The title over a table: the line right above its header, or above the unit line there ("Kết quả phát triển đoàn viên
 * công đoàn năm 2018" over "(Đơn vị tính: đoàn viên)"); a short line with no figure but years, else null.
 */
function _tableTitle(table: Table): string | null {
  const unit = table.caption === null ? null : UNIT_LINE.exec(table.caption);
  const title = unit !== null ? table.aboveCaption : table.caption;
  if (title === null || title.length > 120 || /\d/u.test(title.replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu, '')) || /[.;]$/u.test(title)) return null;
  return title.replace(/\s*:\s*$/u, '');
}

/** Abbreviations of what a column counts, as report headers write them: "PTĐV", "PTĐVCĐ", "TLCĐCS", "KNĐV". */
const HEADER_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![\p{L}])PTĐVCĐ(?![\p{L}])/gu, 'phát triển đoàn viên công đoàn'],
  [/(?<![\p{L}])PTĐV(?![\p{L}])/gu, 'phát triển đoàn viên'],
  [/(?<![\p{L}])TL\s?CĐCS(?![\p{L}])/gu, 'thành lập CĐCS'],
  [/(?<![\p{L}])KNĐV(?![\p{L}])/gu, 'kết nạp đảng viên'],
  // (A bulletin's deeds and bodies, word by word: "ĐVCĐ ưu tú được KN Đảng", "GT ĐVCĐ ưu tú cho Đảng", "PT ĐVCĐ mới".)
  [/(?<![\p{L}])BDNTVĐ(?![\p{L}])/gu, 'bồi dưỡng nhận thức về Đảng'],
  [/(?<![\p{L}])KN(?![\p{L}])/gu, 'kết nạp'],
  [/(?<![\p{L}])GT(?![\p{L}])/gu, 'giới thiệu'],
  [/(?<![\p{L}])PT(?![\p{L}])/gu, 'phát triển'],
  [/(?<![\p{L}])TL(?=\s+(?:mới\s+)?(?:CĐCS|TCCSĐ|TCĐ|chi bộ|CB|chi đoàn|công đoàn|CĐ)(?![\p{L}]))/gu, 'thành lập'],
  [/(?<=đoàn viên )CĐ(?![\p{L}])/gu, 'công đoàn'],
];

/** A header of bodies said to be new: "CĐCS mới", "Số chi bộ mới" (those founded). */
const NEW_BODIES_HEADER = /^((?:số\s+)?(?:CĐCS|công đoàn cơ sở|chi bộ|tổ chức đảng|TCCSĐ|tổ chức cơ sở đảng|chi đoàn))\s+mới$/iu;

/** A header with its abbreviations spelt out (HEADER_ABBREVIATIONS), and bodies said to be new said to be founded. */
function _spellHeader(header: string): string {
  const founded = NEW_BODIES_HEADER.exec(header.trim());
  if (founded !== null) return `${founded[1]} thành lập mới`;
  if (!/[A-ZĐ]{2}/u.test(header)) return header;
  let out = header;
  for (const [re, words] of HEADER_ABBREVIATIONS) out = out.replace(re, words);
  return out;
}

/** A signed change in a cell: "+5", "-146", "– 2". */
const CHANGE_CELL = /^[+\-–]\s?(\d[\d.]*)$/u;
/** The header of a column of changes: "+/-", "Tăng (+), giảm (-)", "Tăng/giảm", "So sánh", "Chênh lệch". */
const CHANGE_HEADER = /^\s*\+\s*\/\s*-\s*$|tăng\s*(?:\(\+\))?\s*[,/]?\s*giảm|chênh lệch|so sánh/iu;

/** Headers of measures none of ours: areas, money, capital, occupancy, income. */
const OTHER_MEASURE_HEADER = /\((?:ha|km2?|m2|m²|tấn|đồng|triệu đồng|tỷ đồng|USD|triệu USD|tỷ USD)\)|(?<![\p{L}])(?:diện tích|vốn|doanh thu|lợi nhuận|lấp đầy|ngân sách|thu nhập|tiền lương|mức lương)(?![\p{L}])/iu;

/** Wholes that members and bodies are shares of: workers, enterprises. */
const WHOLE_METRICS: ReadonlySet<Fact['metric']> = new Set<Fact['metric']>(['workers', 'enterprises']);

/** Counts of members and bodies whose share of the column before them a bare "Tỷ lệ (%)" gives. */
const SHARE_METRICS: ReadonlySet<Fact['metric']> = new Set<Fact['metric']>(['union_members', 'party_members', 'youth_members', 'union_grassroots', 'party_organizations', 'youth_organizations']);

/** A result column: "Thực hiện", "Kết quả", "Thực hiện 9 tháng", "TH". */
const RESULT_COLUMN = /^(?:thực hiện|kết quả|đã thực hiện|TH)(?![\p{L}])/iu;
/** A plan column: "Kế hoạch (giai đoạn)", "Chỉ tiêu Chỉ thị", "Nghị quyết đề ra", "Nghị quyết (2023-2028)", "KH năm 2024", "Chỉ tiêu giao". */
const PLAN_COLUMN = /kế hoạch|chỉ tiêu|(?<![\p{L}])KH(?![\p{L}])|đề ra|(?<![\p{L}])giao(?![\p{L}])|^nghị quyết(?![\p{L}])|^NQ(?![\p{L}])/iu;
/** A column of the share of the plan met: "Tỷ lệ", "Tỷ lệ đạt", "Tỷ lệ (%)", "Đạt (%)", "%". */
const RATE_COLUMN = /^(?:tỷ lệ|tỉ lệ|đạt|%|\(%\))/iu;

/**
 * The plan, result and rate columns of a table that sets results against plans (each other than the
 * label column), or null: "TT | Chỉ tiêu | Kế hoạch giai đoạn | Thực hiện | Tỷ lệ (%)".
 */
function _planColumns(table: Table, headers: readonly string[]): { plans: number[]; result: number; rate: number } | null {
  const labelColumn = table.rows[0]?.cells.findIndex((c) => /\p{L}/u.test(c.text)) ?? -1;
  const find = (re: RegExp, not: readonly number[]): number => headers.findIndex((h, j) => j !== labelColumn && !not.includes(j) && re.test(h.trim()));
  const result = find(RESULT_COLUMN, []);
  if (result < 0) return null;
  // (Results of two things side by side, "Thực hiện phát triển đoàn viên | … | Thực hiện thành lập CĐCS", are read
  // column by column, each by its own header.)
  if (find(RESULT_COLUMN, [result]) >= 0) return null;
  // (Every plan column: "Kế hoạch 2023 | Thực hiện 2023 | Tỷ lệ | Kế hoạch 2024" plans next year too.)
  const plans = headers.flatMap((h, j) => (j !== labelColumn && j !== result && PLAN_COLUMN.test(h.trim()) && !RATE_COLUMN.test(h.trim()) ? [j] : []));
  if (plans.length === 0) return null;
  return { plans, result, rate: find(RATE_COLUMN, [result, ...plans]) };
}

/**
 * The fact of one numeric cell, read from its column header, in this order:
 *  1. a header without a noun of its own, with its neighbour's ("Kết nạp mới" alone would be Party
 *     admissions; beside "Số đoàn viên" it is union recruitment), for counts only;
 *  2. the header alone ("Số CĐCS: 168");
 *  3. for counts, the header before the row label ("Kế hoạch kết nạp đảng viên: 100",
 *     "Năm 2024 số đảng viên: 1.350"): the label then says what is counted (`byLabel`).
 * A percent cell is read from its own header only: "Tỷ lệ (%)" beside counts says nothing of which.
 */
function _readCellOf(
  readLabel: ReadLabel,
  header: string,
  nouns: readonly (string | null)[],
  j: number,
  label: string | null,
  value: string,
): { fact: Fact; byLabel: boolean } | null {
  // ("ĐVCĐ ưu tú được KN Đảng": a row label's abbreviations spelt out, as a header's are.)
  if (label !== null) label = _spellHeader(label);
  // ("2016" under "Năm thành lập": the year a body was founded, no count.)
  if (YEAR_CELL.test(value) && YEAR_HEADER.test(header)) return null;
  // ("9" under "Cơ cấu đại hội" over "Cấp ủy (dự kiến)", "Đại biểu chính thức": a congress's seats and delegates, no count of ours.)
  if (CONGRESS_SEATS_HEADER.test(header)) return null;
  // ("Số đảng viên khi thành lập": when the members were counted, not what was done; the members a body started with.)
  if (WHEN_DONE_HEADER.test(header)) header = header.replace(WHEN_DONE_HEADER, '');
  const percent = value.endsWith('%');
  // ("36" under "DN ngoài NN" on the row "TCCSĐ", "741" on the row "ĐV": a column of a sector of firms says where the row's
  // count is, the row what it counts.)
  // (So does the column of their total, "Cộng", a header with no noun of its own.)
  // (And a column of a place, "Khu vực Hưng Yên (cũ)", "Huyện Đức Hòa", with no noun of its own.)
  if (!percent && label !== null && (FIRM_SECTOR_HEADER.test(header.trim()) || (nouns[j] === null && (TOTAL_HEADER.test(header.trim()) || PLACE_HEADER.test(header.trim()))))) {
    const own = _readCell(readLabel, label, value);
    // (Its scope is the column's place or sector: "Khu vực Hưng Yên (cũ)"; a total's, what the row says.)
    if (own !== null && own.metric !== 'enterprises') return { fact: TOTAL_HEADER.test(header.trim()) ? own : { ...own, scope: header.trim() }, byLabel: true };
  }
  // (People are admitted, never bodies: "Kết nạp 6 tháng" beside "TCCSĐ" counts Party members, beside "CĐCS" union members.)
  const admit = !percent && nouns[j] === null && ADMIT_HEADER.test(header);
  const borrowed = !percent && nouns[j] === null ? (admit ? (_nearest(nouns, j, (noun) => !BODY_NOUN_TEXT.test(noun)) ?? _membersOfBody(_nearest(nouns, j))) : _nearest(nouns, j)) : null;
  const fact = (borrowed === null ? null : _readCell(readLabel, `Số ${borrowed} ${_lowerFirst(header)}`, value)) ?? _readCell(readLabel, header, value);
  if (fact !== null) return { fact, byLabel: false };
  if (label === null) return null;
  if (percent) {
    // "70,3%" under "Tỷ lệ so với kế hoạch" on the row "Kết nạp đoàn viên": the row's achievement.
    if (!PLAN_HEADER.test(header)) return null;
    const line = `${label} đạt ${value} kế hoạch`;
    const achieved = readLabel(line).find((f) => f.unit === 'percent' && f.mention.start === label.length + 5) ?? null;
    return achieved === null ? null : { fact: achieved, byLabel: true };
  }
  // ("Kế hoạch năm 2025" reads as "Kế hoạch": its period is the column's, kept apart.)
  // ("Tăng (+), giảm (-)": the signs a change column explains are no words of it.)
  const plain = header.replace(PERIOD_IN_HEADER, ' ').replace(/\s*\([+-]\)/gu, '').replace(/\s+/gu, ' ').trim();
  // ("41" under "Kết quả theo năm 2021" on the row "Kết nạp đảng viên": a column of results or of a period says no
  // more than the row label does.)
  // ("1.250" under "Số lượng" on the row "Kết nạp đoàn viên công đoàn": a header that says only "how many" adds nothing.)
  const byLabel = (VALUE_GROUP.test(plain) ? _readCell(readLabel, label, value) : null) ?? _readCell(readLabel, `${plain} ${_lowerFirst(label)}`, value) ?? (plain === '' || plain !== header.trim() || RESULT_WORDS_HEADER.test(plain) ? _readCell(readLabel, label, value) : null);
  return byLabel === null ? null : { fact: byLabel, byLabel: true };
}

/** A column of a sector of firms: "DNNN", "DN ngoài NN", "Doanh nghiệp FDI", "DN có vốn đầu tư nước ngoài". */
const FIRM_SECTOR_HEADER = /^(?:DNNN|DN|doanh nghiệp)(?:\s+(?:nhà nước|NN|ngoài (?:khu vực\s+)?(?:nhà nước|NN)|FDI|có vốn (?:đầu tư nước ngoài|ĐTNN|nhà nước)|tư nhân|dân doanh))?$/iu;

/** A column of a congress's make-up: its delegates or the seats of the committee it elects ("Cơ cấu đại hội", "Cấp ủy (dự kiến)", "Đại biểu chính thức", "Số ủy viên BCH"). */
const CONGRESS_SEATS_HEADER = /(?<![\p{L}])(?:cơ cấu đại hội|cấp ủy|cấp uỷ|đại biểu|ủy viên|uỷ viên|ban chấp hành|BCH|ban thường vụ|BTV)(?![\p{L}])/iu;

/** A table's caption naming quotas or goals: "Phân bổ chỉ tiêu …", "Chỉ tiêu giao …", "Mục tiêu đến năm 2025". */
// (Not "chỉ tiêu" alone, which also means an indicator: "Một số chỉ tiêu chủ yếu năm 2019".)
// ("Chỉ tiêu thành lập tổ chức đảng, kết nạp đảng viên …": a quota of a deed.)
const PLAN_CAPTION = /(?<![\p{L}])(?:(?:phân bổ|giao|phân giao)\s+chỉ tiêu|chỉ tiêu\s+(?:được\s+)?(?:giao|phân bổ|phấn đấu|thành lập|kết nạp|phát triển|giới thiệu)|mục tiêu|dự kiến|phấn đấu)(?![\p{L}])/iu;
/** A caption naming results: "Kết quả thực hiện chỉ tiêu …", "… đã đạt được". */
const RESULT_CAPTION = /(?<![\p{L}])(?:kết quả|thực hiện|đã đạt|đạt được|tình hình)(?![\p{L}])/iu;

/** A column of a place: "Khu vực Hưng Yên (cũ)", "Huyện Đức Hòa", "TP Vinh", "KCN Quế Võ". */
const PLACE_HEADER = /^(?:khu vực|huyện|thị xã|thành phố|TP\.?|quận|tỉnh|phường|xã|KCN|khu công nghiệp|KKT|khu kinh tế)\s+\p{Lu}/iu;

/** A column of totals: "Cộng", "Tổng", "Tổng cộng", "Toàn tỉnh". */
const TOTAL_HEADER = /^(?:cộng|tổng|tổng cộng|toàn tỉnh|toàn thành phố|chung)$/iu;

/** A header of the parts of the column before it: "Trong đó: CNLĐ trong doanh nghiệp", "Trong đó nữ". */
const PART_COLUMN_HEADER = /^\s*trong đó(?![\p{L}])/iu;

/** A header of classes: "Số lớp", "Lớp". */
const CLASS_HEADER = /(?<![\p{L}])lớp$/iu;

/** A header of the years something was done: "Năm thành lập", "Năm kết nạp". */
const YEAR_HEADER = /^\s*năm(?![\p{L}])(?!\s+(?:19|20)\d{2})/iu;
/** A time clause ending a header: " khi thành lập", " lúc mới thành lập", " khi ra đời". */
const WHEN_DONE_HEADER = /\s+(?:khi|lúc)\s+(?:mới\s+)?(?:thành lập|ra đời|ra mắt|kết nạp)(?![\p{L}]).*$/iu;

/** A sub-header of rates: "Tỷ lệ (%)", "Tỉ lệ", "Đạt (%)", "%". */
const RATE_SUB = /^(?:tỷ lệ|tỉ lệ|đạt|%|\(%\))(?![\p{L}])/iu;

/** A sub-header of plans, results or rates: "KH năm", "Kế hoạch", "Thực hiện", "Kết quả", "Tỷ lệ (%)", "Đạt". */
const PLAN_RESULT_RATE_SUB = /^(?:KH|kế hoạch|chỉ tiêu|thực hiện|TH|kết quả|tỷ lệ|tỉ lệ|đạt|%|\(%\))(?![\p{L}])/iu;

/** A header that says only that its figures are results: "Kết quả", "Kết quả theo năm", "Thực hiện", "Số liệu". */
const RESULT_WORDS_HEADER = /^(?:kết quả|thực hiện|số liệu|số lượng|(?:tại\s+)?thời điểm)(?:\s+(?:theo|đạt được|thực hiện))?(?:\s+(?:năm|tháng|quý))?$/iu;

/** A header of the share of a plan met: "Tỷ lệ so với kế hoạch", "% so với KH", "Đạt (%)". */
const PLAN_HEADER = /kế hoạch|chỉ tiêu|(?<![\p{L}])KH(?![\p{L}])|(?<![\p{L}])đạt(?![\p{L}])/iu;

/** A month of a year, "tháng" not before it: "7/2020" (group 1). */
const BARE_MONTH_OF_YEAR = /(?<!tháng\s*)(?<![\d/])(\d{1,2}\/(?:19|20)\d{2})(?![\d/])/gu;

/** A period in a header: "năm 2025", "9 tháng", "6 tháng đầu năm", "quý III/2024". */
const PERIOD_IN_HEADER = /(?<![\p{L}\d])(?:\d{1,2}\/(?:19|20)\d{2}(?![\d/])|\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?(?:\s+năm)?(?:\s+(?:19|20)\d{2})?|(?:năm|quý\s+[IV]+\/?)\s*(?:19|20)\d{2}|quý\s+[IV]+|(?:(?:đến|cuối)\s+)?tháng\s+\d{1,2}(?:\/|\s+năm\s+)(?:19|20)\d{2}|(?:(?:đến|ngày)\s+)?\d{1,2}\/\d{1,2}\/(?:19|20)\d{2}|(?:nhiệm kỳ|giai đoạn)\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}|(?:đến|tới)\s+năm\s+(?:19|20)\d{2})(?![\p{L}\d])/giu;

/** The kind of body a row label names: the Party, a union, the Youth Union, or another association (none of ours). */
type RowBody = 'party' | 'union' | 'youth' | 'other';

/** Row labels that name a body of one kind, at their head. */
const ROW_BODIES: ReadonlyArray<readonly [RowBody, RegExp]> = [
  ['union', /^(?:Công đoàn|công đoàn|CĐCS|LĐLĐ|Liên đoàn Lao động|Nghiệp đoàn|nghiệp đoàn)(?![\p{L}])/u],
  ['youth', /^(?:Đoàn Thanh niên|Đoàn thanh niên|Đoàn TN|Chi đoàn|chi đoàn|Cơ sở đoàn|cơ sở đoàn|Đoàn cơ sở|Thành đoàn|Tỉnh đoàn|Huyện đoàn)(?![\p{L}])/u],
  ['party', /^(?:Đảng bộ|Chi bộ|Đảng ủy|TCCSĐ|Tổ chức đảng|Tổ chức cơ sở đảng)(?![\p{L}])/u],
  ['other', /^(?:Hội(?!\s+(?:đồng|nghị|thi|diễn|thao|viên)(?![\p{L}]))|Chi hội)(?![\p{L}])/u],
];

function _rowBody(label: string): RowBody | null {
  for (const [body, re] of ROW_BODIES) if (re.test(label)) return body;
  return null;
}

/** A header that counts organisations without saying whose: "Số tổ chức cơ sở", "Số tổ chức", "Số cơ sở", "Số đơn vị". */
const GENERIC_ORG_HEADER = /^(?:tổng\s+)?số\s+(?:tổ chức(?:\s+cơ sở)?|cơ sở|đơn vị)\s*$/iu;

const ORGANISATIONS_OF: Record<RowBody, Metric | null> = { party: 'party_organizations', union: 'union_grassroots', youth: 'youth_organizations', other: null };
const MEMBERS_OF_BODY: Record<RowBody, Metric | null> = { party: 'party_members', union: 'union_members', youth: 'youth_members', other: null };

/**
 * A cell's metric as the body of its row has it: organisations under a header that does not say whose are the row
 * body's; union and Youth Union members and organisations are those of the body the row names, and another
 * association has none of ours. Null drops the cell.
 */
function _metricOfRowBody(metric: Metric, body: RowBody | null, header: string): Metric | null {
  if (body === null) return metric;
  if (GENERIC_ORG_HEADER.test(header.trim())) return ORGANISATIONS_OF[body];
  const unionOrYouth = metric === 'union_members' || metric === 'youth_members' ? 'members' : metric === 'union_grassroots' || metric === 'youth_organizations' ? 'organisations' : null;
  if (unionOrYouth === null || body === 'party') return metric;
  return unionOrYouth === 'members' ? MEMBERS_OF_BODY[body] : ORGANISATIONS_OF[body];
}

/** Row labels that name Youth Union bodies. */
const YOUTH_BODY_LABEL = /^(?:Thành đoàn|Tỉnh đoàn|Huyện đoàn|Thị đoàn|Quận đoàn|Đoàn (?:Khối|Thanh niên|TN|cơ sở|xã|phường|trường))(?![\p{L}])/u;

/** Youth Union bodies and members in a header: "Đoàn cơ sở", "Chi đoàn cơ sở", "Tổ chức đoàn", "ĐVTN". */
const YOUTH_HEADER = /(?<![\p{L}])(?:(?:chi|tổ chức|cơ sở) đoàn|đoàn (?:cơ sở|thanh niên|TNCS)|đoàn viên thanh niên|ĐVTN)(?![\p{L}])/iu;
/** The trade union or the Party in a header: a table of theirs, or of several bodies. */
const UNION_OR_PARTY_HEADER = /(?<![\p{L}])(?:công đoàn|CĐCS|ĐVCĐ|đảng|chi bộ|TCCSĐ)(?![\p{L}])/iu;
/** The Party as where members are sent or admitted: "cho Đảng", "vào Đảng", "kết nạp Đảng". */
const TO_THE_PARTY = /(?<![\p{L}])(?:cho|vào|kết nạp)\s+Đảng(?![\p{L}])/gu;
/** The Party named in a header ("Kết nạp đảng viên", "được kết nạp Đảng"). */
const PARTY_WORD = /(?<![\p{L}])(?:đảng|ĐV mới|QCƯT)(?![\p{L}])/iu;

/** Whether a table's headers name Youth Union bodies or members, and neither the union nor the Party: a Youth Union table. */
function _hasYouthHeaders(headers: readonly string[]): boolean {
  // (The Party as where members go is no Party table: "Giới thiệu ĐV ưu tú cho Đảng", "Đoàn viên được kết nạp Đảng".)
  return headers.some((h) => YOUTH_HEADER.test(h)) && !headers.some((h) => UNION_OR_PARTY_HEADER.test(h.replace(TO_THE_PARTY, '')));
}

/** Whether most row labels of a table name Youth Union bodies. */
function _isYouthTable(table: Table): boolean {
  let youth = 0;
  let labelled = 0;
  for (const row of table.rows) {
    const label = row.cells.find((c) => /\p{L}/u.test(c.text));
    if (label === undefined) continue;
    labelled++;
    if (YOUTH_BODY_LABEL.test(label.text)) youth++;
  }
  return labelled > 0 && youth * 2 >= labelled;
}

/** The noun of the nearest header to column j that names one (and that `fits`, if given), left first. */
function _nearest(nouns: readonly (string | null)[], j: number, fits: (noun: string) => boolean = () => true): string | null {
  for (let d = 1; d < nouns.length; d++) {
    const left = nouns[j - d];
    if (left && fits(left)) return left;
    const right = nouns[j + d];
    if (right && fits(right)) return right;
  }
  return null;
}

/** The members a body noun of a header admits: "TCCSĐ" → "đảng viên", "CĐCS" → "đoàn viên công đoàn"; else null. */
function _membersOfBody(noun: string | null): string | null {
  if (noun === null) return null;
  if (/^(?:TCCSĐ|TCĐ|chi bộ|đảng bộ|tổ chức (?:cơ sở )?đảng)(?![\p{L}])/iu.test(noun)) return 'đảng viên';
  if (/^(?:CĐCS|công đoàn cơ sở)(?![\p{L}])/iu.test(noun)) return 'đoàn viên công đoàn';
  return null;
}

/** A header of admissions: "Kết nạp 6 tháng", "Kết nạp mới". */
const ADMIT_HEADER = /(?<![\p{L}])kết nạp(?![\p{L}])/iu;
/** A noun of bodies, as a header writes it: "TCCSĐ", "Chi bộ", "CĐCS", "Doanh nghiệp". */
const BODY_NOUN_TEXT = /^(?:TCCSĐ|TCĐ|tổ chức|chi bộ|đảng bộ|CĐCS|công đoàn cơ sở|chi đoàn|doanh nghiệp|DN)(?![\p{L}])/iu;
