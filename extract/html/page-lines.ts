/**
 * Step 6 of page extraction: a subtree as lines of text (block elements end
 * lines, inline text is joined as written), then cleaned: templates dropped,
 * normalizeText, tool lines and repeated neighbours out.
 */
import type { AnyNode } from 'domhandler';
import { normalizeText } from '../normalize-text.js';
import { WHITESPACE_RUN, WHITESPACE_TO_COLLAPSE, _collapse, _collapseIfNeeded } from './collapse-space.js';
import { _isElement, _rawText } from './dom-nodes.js';
import { _matchesList, type ComplexSelector } from './match-selector.js';
import { BLOCK_TAGS, BOILERPLATE_LINES, CELL_TAGS, NON_TEXT_TAGS, UNRENDERED_TEMPLATE } from './selectors.js';

/**
 * Block layout of a subtree: block elements and `<br>` end lines, inline
 * text is concatenated exactly as written (so `<b>Đ</b>ảng` stays one word and
 * `<span>Đang truy cập</span><span>1,180</span>` stays glued, as in the
 * seeds), whitespace runs become one space, cells of a table row on one line are
 * separated by " | " (paragraphs inside a data cell are spaces). With `columns`, runs of non-breaking
 * spaces that align a table typed into paragraphs are kept as column marks, tabs once `_cleanLines` runs.
 */
export function _linesOf(
  node: AnyNode,
  skip?: ReadonlySet<AnyNode> | null,
  stopAt?: AnyNode | null,
  skipMatching?: readonly ComplexSelector[],
  columns = false,
): string[] {
  const lines: string[] = [];
  let current = '';
  let stopped = false;
  const flush = () => {
    const line = current.trim();
    if (line) lines.push(line);
    current = '';
  };
  const space = () => {
    if (current !== '' && !current.endsWith(' ')) current += ' ';
  };
  // An explicit stack, not recursion: a hostile or broken page nests tens of
  // thousands of unclosed tags (test/robustness: "nested-divs-100k"), which
  // overflowed the call stack. An element is pushed again as an `exit` marker
  // so its closing flush happens after its children, as before.
  // (Markers carry a `type` no node has, so one string comparison tells them from nodes.)
  const stack: Array<AnyNode | typeof EXIT | typeof LEAVE_CELL | SpanCells> = [node];
  // Inside a data cell, paragraphs and line breaks are spaces: "<td><p>52</p></td>" stays on its row's line.
  let inDataCell = 0;
  while (stack.length > 0 && !stopped) {
    const item = stack.pop()!;
    if (item.type === LEAVE_CELL.type) {
      inDataCell--;
      continue;
    }
    if (item.type === EXIT.type) {
      flush();
      continue;
    }
    if (item.type === 'vntally-span-cells') {
      const { count, text } = item as SpanCells;
      for (let k = 0; k < count; k++) current = `${current.trimEnd()} | ${text}`;
      continue;
    }
    const n = item as AnyNode;
    if (n === stopAt) {
      stopped = true;
      break;
    }
    if (skip?.has(n)) continue;
    if (n.type === 'text') {
      // Most text nodes between tags are pure indentation: one space, no regex.
      if (n.data.trim() === '') {
        space();
        continue;
      }
      // (Runs of non-breaking spaces align the columns of tables typed into paragraphs: they become a
      // column mark, a tab in the end, and do not collapse.)
      // (So does a tab between two cells of a row pasted from a spreadsheet, "1⇥LĐLĐ huyện Ý Yên⇥600"; not the tabs that
      // indent the page's source.)
      let raw = columns && n.data.includes('\u00a0') ? n.data.replace(NBSP_COLUMN_GAP, COLUMN_MARK) : n.data;
      if (columns && raw.includes('\t')) raw = raw.replace(SOURCE_LINE, (line) => (TAB_BETWEEN_CELLS.test(line) ? line.replace(TAB_RUN, COLUMN_MARK) : line));
      let data = WHITESPACE_TO_COLLAPSE.test(raw) ? raw.replace(WHITESPACE_RUN, ' ') : raw;
      if (data.startsWith(' ') && (current === '' || current.endsWith(' '))) data = data.slice(1);
      current += data;
      continue;
    }
    if (!_isElement(n)) {
      if (n.type === 'root') for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
      continue;
    }
    if (NON_TEXT_TAGS.has(n.name) || (skipMatching && _matchesList(n, skipMatching))) continue;
    // A footnote mark "<sup>1</sup>", "<sup>(3)</sup>" is written "(1)", as text keeps it: no figure glued to its word.
    if (n.name === 'sup') {
      const mark = _footnoteMark(n);
      // (Not the power of a unit: "m<sup>2</sup>".)
      if (mark !== null && !((mark === '2' || mark === '3') && UNIT_BEFORE_POWER.test(current))) {
        current += `(${mark})`;
        continue;
      }
    }
    if (n.name === 'br') {
      if (inDataCell > 0) space();
      else flush();
      continue;
    }
    const block = BLOCK_TAGS.has(n.name);
    // A data table laid out with rowspan and colspan keeps its columns: the cells a span covers are written out.
    const spans = (CELL_TAGS.has(n.name) || n.name === 'tr') ? _spanLayoutOf(n) : null;
    if (CELL_TAGS.has(n.name)) {
      // (The cells that rowspans from the rows above hold before this one: empty.)
      // (Each ends with the separator the cell after it would write: " | ", " |  | X", "A |  | X".)
      for (let k = spans?.before.get(n) ?? 0; k > 0; k--) current = `${current.trimEnd()} | `;
      // A cell after a cell on the same line: " | ", so a data table reads as the rows of a
      // scraped report ("1 | LĐLĐ thành phố Bến Tre | 168 | 9.842"; extract/facts/table-rows.ts).
      if (current.trim() !== '' && _followsCell(n)) current = `${current.trimEnd()} | `;
      else space();
      // (The columns of a colspan after it: a header's text again, "Kết quả theo năm" over three years; a data cell once.)
      // (A group heading that spans the whole row alone, "I. Khối quận, huyện", stands as a line of its own.)
      const copies = _aloneInRow(n) ? 0 : (spans?.copies.get(n) ?? 0);
      if (copies > 0) {
        const text = _collapse(_rawText(n)).trim();
        stack.push({ type: 'vntally-span-cells', count: copies, text: _isHeaderCell(n) ? text : '' });
      }
      if (_isDataCell(n)) {
        inDataCell++;
        stack.push(LEAVE_CELL);
      }
    }
    if (block && inDataCell > 0 && !CELL_TAGS.has(n.name)) {
      space();
    } else if (block) {
      flush();
      stack.push(EXIT);
      // (The cells of rowspans from above after a row's last cell.)
      const after = n.name === 'tr' ? (spans?.after.get(n) ?? 0) : 0;
      if (after > 0) stack.push({ type: 'vntally-span-cells', count: after, text: '' });
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  flush();
  return lines;
}

/** Whether a cell is the only cell of its row. */
function _aloneInRow(cell: AnyNode): boolean {
  const row = cell.parent;
  if (row === null || !_isElement(row)) return false;
  let cells = 0;
  for (const c of row.children) if (_isElement(c) && CELL_TAGS.has(c.name)) cells++;
  return cells === 1;
}

/** The end of a block element (its lines flush) and the end of a data cell, on _linesOf's stack. */
const EXIT = { type: 'vntally-exit' } as const;
const LEAVE_CELL = { type: 'vntally-leave-cell' } as const;
/** After a cell with a colspan or at the end of a row under rowspans: the cells it stands for, on _linesOf's stack. */
interface SpanCells {
  type: 'vntally-span-cells';
  /** How many cells, and what each holds ("" for the rows a rowspan covers). */
  count: number;
  text: string;
}

/** A unit that takes a power: "m", "km", "cm", "dm". */
const UNIT_BEFORE_POWER = /(?<![\p{L}])[kcd]?m$/u;

/** The number of a footnote mark in a <sup> (1 or 2 digits, maybe bracketed), or null. */
function _footnoteMark(n: AnyNode): string | null {
  const text = _rawText(n);
  if (text.length > 8) return null;
  const m = /^\s*[([]?(\d{1,2})[)\]]?\s*$/u.exec(text);
  return m === null ? null : m[1]!;
}

/** Two or more non-breaking spaces (or tabs), maybe mixed with spaces: a gap between aligned columns. */
const NBSP_COLUMN_GAP = /[\u00a0\t][\u00a0\t ]*[\u00a0\t]/gu;

/**
 * A line of the page's source with a tab between two of its characters: a row pasted from a spreadsheet, whose every
 * tab (leading ones too: empty cells) is a column gap. Other tabs indent the source.
 */
const TAB_BETWEEN_CELLS = /\S\t+\S/u;
const SOURCE_LINE = /[^\n]+/gu;
const TAB_RUN = /\t/gu;

/** Spaces at either end of a line. */
const EDGE_SPACES = /^ +| +$/gu;
/** A column gap between two characters of a line. */
const INNER_GAP = /\S\t+\S/u;

/** What a column gap becomes until the lines are cleaned: a private-use character no whitespace rule touches. */
const COLUMN_MARK = '\ue000';

/** The longest text a data cell holds; a longer cell, or one with a table inside, lays out a page. */
const MAX_DATA_CELL_TEXT = 160;

/**
 * Whether a table cell holds data (a figure, a label), not a page's layout: no table inside, little text,
 * in a table with a figure in some cell ("<td><p>52</p></td>"; not "<td><p>Tin chính</p></td>").
 */
function _isDataCell(cell: AnyNode): boolean {
  if (!_isShortCell(cell)) return false;
  const table = _tableOf(cell);
  return table !== null && _remembered(FIGURE_TABLES, table, _hasFigureCell);
}

/** The table a cell or a row belongs to: its row's parent, or the tbody's (thead's, tfoot's); null outside a table. */
function _tableOf(n: AnyNode): AnyNode | null {
  let table: AnyNode | null = n.parent;
  for (let k = 0; k < 2 && table !== null && !(_isElement(table) && table.name === 'table'); k++) table = table.parent;
  return table !== null && _isElement(table) && table.name === 'table' ? table : null;
}

/** What `compute` says of a table, computed once per table. */
function _remembered<T>(memo: WeakMap<AnyNode, T>, table: AnyNode, compute: (table: AnyNode) => T): T {
  if (memo.has(table)) return memo.get(table)!;
  const value = compute(table);
  memo.set(table, value);
  return value;
}

/** Tables already asked about: whether some cell of theirs is a figure. */
const FIGURE_TABLES = new WeakMap<AnyNode, boolean>();

/** Whether a cell of `table` (its own rows, not nested tables) is a figure. */
function _hasFigureCell(table: AnyNode): boolean {
  const stack: AnyNode[] = [table];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!_isElement(n)) continue;
    if (CELL_TAGS.has(n.name)) {
      if (FIGURE_CELL.test(_rawText(n).trim()) || _opensWithFigure(n)) return true;
      continue;
    }
    if (n !== table && n.name === 'table') continue;
    for (const c of n.children) stack.push(c);
  }
  return false;
}

/**
 * Whether a cell opens with a figure in an element of its own, its label after it: a data box laid out as a table,
 * "<td><strong>176</strong><br>ĐV đang sinh hoạt</td>".
 */
function _opensWithFigure(cell: AnyNode): boolean {
  if (!_isElement(cell)) return false;
  for (const c of cell.children) {
    if (c.type === 'text') {
      if (c.data.trim() === '') continue;
      return false;
    }
    return _isElement(c) && c.name !== 'br' && FIGURE_CELL.test(_rawText(c).trim());
  }
  return false;
}

/** The text of a cell that is a figure: "52", "31.406", "21 560", "91,8%" (a data table has one). */
const FIGURE_CELL = /^\d[\d.,\s]*%?$/u;

/** A cell with little text and no table inside. */
function _isShortCell(cell: AnyNode): boolean {
  let length = 0;
  const stack: AnyNode[] = [cell];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      length += n.data.trim().length;
      if (length > MAX_DATA_CELL_TEXT) return false;
    } else if (_isElement(n)) {
      if (n !== cell && n.name === 'table') return false;
      for (const c of n.children) stack.push(c);
    }
  }
  return true;
}

/** How the rowspans and colspans of a data table lay out its rows (`_spanLayout`). */
interface SpanLayout {
  /** Cells that spans from the rows above cover before each cell. */
  before: Map<AnyNode, number>;
  /** The extra columns of each cell with a colspan. */
  copies: Map<AnyNode, number>;
  /** Cells that spans from above cover after each row's last cell. */
  after: Map<AnyNode, number>;
}

/** Tables already laid out (null: no span, or not a data table). */
const SPAN_LAYOUTS = new WeakMap<AnyNode, SpanLayout | null>();

/** The span layout of the table a cell or row belongs to, or null. */
function _spanLayoutOf(n: AnyNode): SpanLayout | null {
  const table = _tableOf(n);
  return table === null ? null : _remembered(SPAN_LAYOUTS, table, _spanLayout);
}

/** A cell of a header row: a th, or a cell of a row with no figure ("Tổng cộng" spanning two columns of a row of figures is none). */
function _isHeaderCell(cell: AnyNode): boolean {
  if (_isElement(cell) && cell.name === 'th') return true;
  const row = cell.parent;
  return row !== null && _isElement(row) && !row.children.some((c) => _isElement(c) && CELL_TAGS.has(c.name) && FIGURE_CELL.test(_rawText(c).trim()));
}

/** The rows of a table (its own, in thead/tbody/tfoot too; not those of nested tables). */
function _rowsOf(table: AnyNode): AnyNode[] {
  const rows: AnyNode[] = [];
  if (!_isElement(table)) return rows;
  for (const c of table.children) {
    if (!_isElement(c)) continue;
    if (c.name === 'tr') rows.push(c);
    else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') for (const r of c.children) if (_isElement(r) && r.name === 'tr') rows.push(r);
  }
  return rows;
}

/** A span attribute as a count: 1 when absent or unreadable, at most 50. */
function _span(cell: AnyNode, name: 'rowspan' | 'colspan'): number {
  const value = _isElement(cell) ? Number.parseInt(cell.attribs[name] ?? '1', 10) : 1;
  return Number.isFinite(value) && value > 1 ? Math.min(value, 50) : 1;
}

/**
 * The grid of a data table with a rowspan or colspan (short cells, a figure somewhere): which cells of each row the
 * spans of the rows above cover, before each cell and after the last. Null for other tables: layout tables of a page
 * span whole articles.
 */
function _spanLayout(table: AnyNode): SpanLayout | null {
  const rows = _rowsOf(table);
  const cellsOf = (row: AnyNode): AnyNode[] => (_isElement(row) ? row.children.filter((c) => _isElement(c) && CELL_TAGS.has(c.name)) : []);
  if (!rows.some((r) => cellsOf(r).some((c) => _span(c, 'rowspan') > 1 || _span(c, 'colspan') > 1))) return null;
  if (!_hasFigureCell(table) || !rows.every((r) => cellsOf(r).every(_isShortCell))) return null;
  const layout: SpanLayout = { before: new Map(), copies: new Map(), after: new Map() };
  const pending: number[] = [];
  for (const row of rows) {
    let col = 0;
    for (const cell of cellsOf(row)) {
      let covered = 0;
      while ((pending[col] ?? 0) > 0) {
        pending[col]!--;
        col++;
        covered++;
      }
      if (covered > 0) layout.before.set(cell, covered);
      const cols = _span(cell, 'colspan');
      const down = _span(cell, 'rowspan');
      if (cols > 1) layout.copies.set(cell, cols - 1);
      for (let c = col; c < col + cols; c++) pending[c] = down - 1;
      col += cols;
    }
    let trailing = 0;
    for (let c = col; c < pending.length; c++) {
      if ((pending[c] ?? 0) > 0) {
        pending[c]!--;
        trailing = c - col + 1;
      }
    }
    if (trailing > 0) layout.after.set(row, trailing);
  }
  return layout;
}

/** Whether the element right before `n` (blank text skipped) is a table cell. */
function _followsCell(n: AnyNode): boolean {
  let p = n.prev;
  while (p !== null && p.type === 'text' && p.data.trim() === '') p = p.prev;
  return p !== null && _isElement(p) && CELL_TAGS.has(p.name);
}

/** Body lines: templates out, normalizeText, tool lines and repeated neighbours dropped. */
export function _cleanLines(lines: readonly string[]): string[] {
  const joined = normalizeText(lines.join('\n').replace(UNRENDERED_TEMPLATE, ' '));
  const out: string[] = [];
  for (const rawLine of joined.split('\n')) {
    const collapsed = _collapseIfNeeded(rawLine);
    // (Leading and trailing column gaps of a row are empty cells: only spaces are trimmed. A line with no gap between two
    // of its characters is indented, not a row.)
    const marked = collapsed.includes(COLUMN_MARK) ? collapsed.replaceAll(COLUMN_MARK, '\t') : collapsed;
    const line = marked === collapsed ? collapsed : INNER_GAP.test(marked) ? marked.replace(EDGE_SPACES, '') : marked.trim();
    if (!line) continue;
    if (BOILERPLATE_LINES.some((pattern) => pattern.test(line))) continue;
    if (out.length > 0 && out[out.length - 1] === line) continue;
    out.push(line);
  }
  return out;
}

/**
 * Chrome lines, cleaned lightly: NFC, templates out, repeated neighbours
 * dropped, but no normalizeText. Province detection, the only reader, folds
 * diacritics itself, and the tone rules cost a pass per rule over every menu.
 */
export function _cleanChromeLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const rawLine of lines) {
    const line = _collapseIfNeeded((rawLine.includes('{{') ? rawLine.replace(UNRENDERED_TEMPLATE, ' ') : rawLine).normalize('NFC'));
    if (!line) continue;
    if (out.length > 0 && out[out.length - 1] === line) continue;
    out.push(line);
  }
  return out;
}

/** Without the leading lines that repeat the title (pages often print it again atop the body). */
export function _dropLeadingTitle(lines: string[], title: string): string[] {
  let start = 0;
  while (start < lines.length && lines[start] === title) start++;
  return start === 0 ? lines : lines.slice(start);
}

/** Text of an element as one line: templates dropped, normalised, spaces collapsed. */
export function _inlineText(el: AnyNode): string {
  return _cleanInline(_linesOf(el).join(' '));
}

/** One-line text from the page (element text, meta content): templates dropped, normalizeText, spaces collapsed. */
export function _cleanInline(text: string): string {
  return _collapse(normalizeText(text.replace(UNRENDERED_TEMPLATE, ' ')));
}
