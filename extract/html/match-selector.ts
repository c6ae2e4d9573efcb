/**
 * The CSS subset of selectors.ts, parsed and matched directly on the tree.
 *
 * cheerio's css-select took ~0.7 ms per whole-document query on a 60 KB portal
 * page, 25× a plain tree walk, and an extraction runs ~15 queries. The
 * selectors in selectors.ts use a small CSS subset, matched here directly:
 * type, `*`, `#id`, `.class`, `[attr]`, `[attr=v]`, `[attr*=v]`, `[attr^=v]`,
 * `[attr$=v]`, `[attr~=v]`, `:not(<selector list>)`, the descendant and child
 * (`>`) combinators and `,` lists. Anything else throws, which the fixture
 * tests catch the first time a selector is added.
 *
 * Document-wide queries start from the page index (`page-index.ts`); this
 * module matches single elements and walks small subtrees.
 */
import type { AnyNode, Element } from 'domhandler';
import { _isElement } from './dom-nodes.js';

interface AttributeTest {
  name: string;
  operator: '' | '=' | '*=' | '^=' | '$=' | '~=';
  value: string;
}

export interface CompoundSelector {
  tag: string | null;
  ids: string[];
  classes: string[];
  attributes: AttributeTest[];
  not: ComplexSelector[][];
}

export interface ComplexSelector {
  /** Left to right. */
  parts: CompoundSelector[];
  /** combinators[i] joins parts[i] and parts[i + 1]. */
  combinators: Array<'descendant' | 'child'>;
}

/** Sticky tokens of the selector subset. Each matches at the parser's position only. */
const SELECTOR_TOKENS = {
  /** "div", "h1", "*". */
  tag: /\*|[a-zA-Z][a-zA-Z0-9-]*/y,
  /** "#news-bodyhtml". */
  id: /#([\w-]+)/y,
  /** ".content-fck". */
  className: /\.([\w-]+)/y,
  /** '[itemprop=headline]', '[style*="display:none"]', "[hidden]". */
  attribute: /\[\s*([\w:-]+)\s*(?:([*^$~]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s"']+))\s*)?\]/y,
  /** ":not(". */
  notOpen: /:not\(/y,
  /** " > " or a run of spaces between compounds. */
  combinator: /\s*>\s*|\s+(?![\s,)>]|$)/y,
  /** ", " between complex selectors. */
  comma: /\s*,\s*/y,
  /** Spaces before ")" or the end. */
  trailing: /\s*/y,
} as const;

/** Internal, exported for the test that every selector in selectors.ts is in the supported subset. */
export function _parseSelectorList(text: string): ComplexSelector[] {
  const known = PARSED.get(text);
  if (known !== undefined) return known;
  const state = { text, at: 0 };
  const list = _parseList(state);
  if (state.at !== text.length) throw new Error(`unsupported selector syntax at ${state.at} in "${text}"`);
  if (PARSED.size >= PARSED_LIMIT) PARSED.clear();
  PARSED.set(text, list);
  return list;
}

/**
 * Selector lists already parsed: the families' selectors are a few hundred constant strings that every page
 * asks for again. The parsed lists are shared, so nobody may change them.
 */
const PARSED = new Map<string, ComplexSelector[]>();
const PARSED_LIMIT = 2048;

function _eat(state: { text: string; at: number }, pattern: RegExp): RegExpExecArray | null {
  pattern.lastIndex = state.at;
  const match = pattern.exec(state.text);
  if (match) state.at = pattern.lastIndex;
  return match;
}

function _parseList(state: { text: string; at: number }): ComplexSelector[] {
  const list: ComplexSelector[] = [];
  _eat(state, SELECTOR_TOKENS.trailing);
  do {
    const complex: ComplexSelector = { parts: [_parseCompound(state)], combinators: [] };
    for (let combinator = _eat(state, SELECTOR_TOKENS.combinator); combinator; combinator = _eat(state, SELECTOR_TOKENS.combinator)) {
      complex.combinators.push(combinator[0].includes('>') ? 'child' : 'descendant');
      complex.parts.push(_parseCompound(state));
    }
    list.push(complex);
  } while (_eat(state, SELECTOR_TOKENS.comma));
  _eat(state, SELECTOR_TOKENS.trailing);
  return list;
}

function _parseCompound(state: { text: string; at: number }): CompoundSelector {
  const compound: CompoundSelector = { tag: null, ids: [], classes: [], attributes: [], not: [] };
  const start = state.at;
  const tag = _eat(state, SELECTOR_TOKENS.tag);
  if (tag && tag[0] !== '*') compound.tag = tag[0].toLowerCase();
  for (;;) {
    let match: RegExpExecArray | null;
    if ((match = _eat(state, SELECTOR_TOKENS.id))) compound.ids.push(match[1]!);
    else if ((match = _eat(state, SELECTOR_TOKENS.className))) compound.classes.push(match[1]!);
    else if ((match = _eat(state, SELECTOR_TOKENS.attribute)))
      compound.attributes.push({
        name: match[1]!.toLowerCase(),
        operator: (match[2] ?? '') as AttributeTest['operator'],
        value: match[3] ?? match[4] ?? match[5] ?? '',
      });
    else if (_eat(state, SELECTOR_TOKENS.notOpen)) {
      compound.not.push(_parseList(state));
      if (state.text[state.at] !== ')') throw new Error(`unclosed :not( in "${state.text}"`);
      state.at++;
    } else break;
  }
  if (state.at === start) throw new Error(`unsupported selector syntax at ${start} in "${state.text}"`);
  return compound;
}

function _matchesCompound(el: Element, compound: CompoundSelector): boolean {
  if (compound.tag !== null && el.name !== compound.tag) return false;
  const { attribs } = el;
  for (const id of compound.ids) if (attribs.id !== id) return false;
  for (const cls of compound.classes) if (!_hasToken(attribs.class, cls)) return false;
  for (const { name, operator, value } of compound.attributes) {
    const actual = attribs[name];
    if (actual === undefined) return false;
    if (operator === '=' && actual !== value) return false;
    if (operator === '*=' && !actual.includes(value)) return false;
    if (operator === '^=' && !actual.startsWith(value)) return false;
    if (operator === '$=' && !actual.endsWith(value)) return false;
    if (operator === '~=' && !_hasToken(actual, value)) return false;
  }
  for (const list of compound.not) if (_matchesList(el, list)) return false;
  return true;
}

/** Whether a space-separated attribute value contains `token`, without splitting (this runs per element per selector). */
function _hasToken(value: string | undefined, token: string): boolean {
  if (!value) return false;
  for (let at = value.indexOf(token); at !== -1; at = value.indexOf(token, at + 1)) {
    const before = at === 0 ? ' ' : value[at - 1]!;
    const after = at + token.length === value.length ? ' ' : value[at + token.length]!;
    if (before.trim() === '' && after.trim() === '') return true;
  }
  return false;
}

export function _matchesComplex(el: Element, complex: ComplexSelector): boolean {
  const last = complex.parts.length - 1;
  return _matchesCompound(el, complex.parts[last]!) && _matchesLeftOf(el, complex, last);
}

/** `el` matched parts[index]; do its ancestors match the parts to the left? (backtracks over descendant combinators) */
function _matchesLeftOf(el: Element, complex: ComplexSelector, index: number): boolean {
  if (index === 0) return true;
  const part = complex.parts[index - 1]!;
  if (complex.combinators[index - 1] === 'child') {
    const parent = el.parent;
    return !!parent && _isElement(parent) && _matchesCompound(parent, part) && _matchesLeftOf(parent, complex, index - 1);
  }
  for (let ancestor = el.parent; ancestor && _isElement(ancestor); ancestor = ancestor.parent) {
    if (_matchesCompound(ancestor, part) && _matchesLeftOf(ancestor, complex, index - 1)) return true;
  }
  return false;
}

/**
 * Descendants of `root` (not root itself) matching `selector`, in document
 * order, as jQuery's `find`: ancestors named in the selector may lie above
 * root. Walks the subtree: for bodies and other small scopes.
 */
export function _selectWithin(root: AnyNode, selector: string, limit = Infinity): Element[] {
  const list = _parseSelectorList(selector);
  const found: Element[] = [];
  if (!('children' in root)) return found;
  const stack: AnyNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length > 0 && found.length < limit) {
    const node = stack.pop()!;
    if (!_isElement(node)) continue;
    if (_matchesList(node, list)) found.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return found;
}

export function _matchesList(el: Element, list: readonly ComplexSelector[]): boolean {
  for (const complex of list) if (_matchesComplex(el, complex)) return true;
  return false;
}
