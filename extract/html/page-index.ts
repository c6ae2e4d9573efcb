/**
 * Step 1 of page extraction: one pass over the parsed page that records ids,
 * class tokens, meta tags, the canonical link, `<title>`, JSON-LD and the
 * h1/p/time elements, with buckets by id, class and tag from which
 * document-wide selector queries start instead of walking the whole page.
 */
import type { AnyNode, Element } from 'domhandler';
import { WHITESPACE_RUN, _collapse } from './collapse-space.js';
import { _directTextLength, _isElement, _rawText } from './dom-nodes.js';
import { _matchesComplex, _parseSelectorList, _selectWithin, type CompoundSelector } from './match-selector.js';
import { CANDIDATE_TAGS, MIN_SCORED_TEXT } from './selectors.js';

export interface PageIndex {
  root: AnyNode;
  ids: Set<string>;
  classes: Set<string>;
  /** Elements by id, class token and tag name, in document order: document-wide queries start from these buckets. */
  byId: Map<string, Element[]>;
  byClass: Map<string, Element[]>;
  byTag: Map<string, Element[]>;
  /** Document position of every element, to merge buckets back into document order. */
  order: Map<Element, number>;
  /** Lower-cased property/name/itemprop → content, first occurrence. */
  metas: Map<string, string>;
  canonical: string | null;
  titleTag: string | null;
  jsonLd: string[];
  h1s: Element[];
  paragraphs: Element[];
  textBlocks: Element[];
  times: Element[];
  datePublished: Element[];
}

/** Step 1: the whole page in one walk (no selector queries). */
export function _indexDocument(root: AnyNode): PageIndex {
  const index: PageIndex = {
    root,
    ids: new Set(),
    classes: new Set(),
    byId: new Map(),
    byClass: new Map(),
    byTag: new Map(),
    order: new Map(),
    metas: new Map(),
    canonical: null,
    titleTag: null,
    jsonLd: [],
    h1s: [],
    paragraphs: [],
    textBlocks: [],
    times: [],
    datePublished: [],
  };
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!('children' in node)) continue;
    if (_isElement(node)) {
      const { attribs, name } = node;
      index.order.set(node, index.order.size);
      _addToBucket(index.byTag, name, node);
      if (attribs.id) {
        index.ids.add(attribs.id);
        _addToBucket(index.byId, attribs.id, node);
      }
      if (attribs.class)
        for (const token of attribs.class.split(WHITESPACE_RUN))
          if (token) {
            index.classes.add(token);
            _addToBucket(index.byClass, token, node);
          }
      if (attribs.itemprop === 'datePublished') index.datePublished.push(node);
      switch (name) {
        case 'meta': {
          const key = (attribs.property ?? attribs.name ?? attribs.itemprop ?? '').toLowerCase();
          const content = attribs.content;
          if (key && content !== undefined && !index.metas.has(key)) index.metas.set(key, content.trim());
          continue;
        }
        case 'link':
          if (index.canonical === null && (attribs.rel ?? '').toLowerCase().split(WHITESPACE_RUN).includes('canonical') && attribs.href)
            index.canonical = attribs.href.trim();
          continue;
        case 'title':
          if (index.titleTag === null) index.titleTag = _collapse(_rawText(node));
          continue;
        case 'script':
          if ((attribs.type ?? '').toLowerCase() === 'application/ld+json') index.jsonLd.push(_rawText(node));
          continue;
        case 'style':
          continue;
        case 'h1':
          index.h1s.push(node);
          break;
        case 'p':
          index.paragraphs.push(node);
          break;
        // (Old table layouts set each paragraph in a <font> of its own, separated by <br>: a <font> with much text of its
        // own is a paragraph.)
        case 'font':
          if (_directTextLength(node) >= MIN_SCORED_TEXT * 3) index.paragraphs.push(node);
          break;
        case 'time':
          if (attribs.datetime) index.times.push(node);
          break;
        default:
          if (CANDIDATE_TAGS.has(name) && _directTextLength(node) >= MIN_SCORED_TEXT * 3) index.textBlocks.push(node);
      }
    }
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return index;
}

function _addToBucket(buckets: Map<string, Element[]>, key: string, el: Element): void {
  const bucket = buckets.get(key);
  if (bucket) {
    if (bucket[bucket.length - 1] !== el) bucket.push(el);
  } else buckets.set(key, [el]);
}

/** The first non-empty meta value among `keys`, in priority order. */
export function _meta(index: PageIndex, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = index.metas.get(key);
    if (value) return value;
  }
  return null;
}

/** First element matching the first selector (in priority order) that matches anything. */
export function _firstElement(index: PageIndex, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const [el] = _select(index, selector, 1);
    if (el) return el;
  }
  return null;
}

/**
 * Document-wide query, in document order. Each complex selector starts from
 * the index bucket of its rightmost id, class or tag (the smallest class
 * bucket when there are several) instead of walking the whole page; a
 * selector with none of them ("[hidden]") falls back to the walk.
 */
export function _select(index: PageIndex, selector: string, limit = Infinity): Element[] {
  const list = _parseSelectorList(selector);
  const buckets: Element[][] = [];
  for (const complex of list) {
    const bucket = _bucketFor(index, complex.parts[complex.parts.length - 1]!);
    if (!bucket) return _selectWithin(index.root, selector, limit);
    buckets.push(bucket);
  }
  const found: Element[] = [];
  if (buckets.length === 1) {
    for (const el of buckets[0]!) {
      if (_matchesComplex(el, list[0]!)) found.push(el);
      if (found.length >= limit) break;
    }
    return found;
  }
  const seen = new Set<Element>();
  for (const [i, bucket] of buckets.entries()) {
    for (const el of bucket) if (!seen.has(el) && _matchesComplex(el, list[i]!)) seen.add(el);
  }
  return [...seen].sort((a, b) => index.order.get(a)! - index.order.get(b)!).slice(0, limit);
}

const NO_ELEMENTS: Element[] = [];

/** The index bucket a compound starts from, or null when it names no id, class or tag. */
function _bucketFor(index: PageIndex, compound: CompoundSelector): Element[] | null {
  if (compound.ids.length > 0) return index.byId.get(compound.ids[0]!) ?? NO_ELEMENTS;
  if (compound.classes.length > 0) {
    let smallest: Element[] | null = null;
    for (const cls of compound.classes) {
      const bucket = index.byClass.get(cls) ?? NO_ELEMENTS;
      if (!smallest || bucket.length < smallest.length) smallest = bucket;
    }
    return smallest;
  }
  if (compound.tag !== null) return index.byTag.get(compound.tag) ?? NO_ELEMENTS;
  return null;
}
