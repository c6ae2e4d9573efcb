/**
 * A saved page turned into a template: the page's chrome kept byte for byte,
 * its article body (and lead, title, date, author) replaced by slots. The
 * body container is found by a rule of its own (most paragraph text), not by
 * the extractor's selectors, so the bench does not grade the extractor on
 * pages shaped by the extractor.
 */
import * as cheerio from 'cheerio';
import { isTag, isText, type Element } from 'domhandler';
import { markDates, markLiteral, parseTemplate, renderTemplate, slotMark, type TemplatePart } from './template-parts.js';

export interface PageTemplate {
  /** File name of the page it was made from ("nukeviet4.html"). */
  name: string;
  parts: TemplatePart[];
  /** How the page separates paragraphs in its body: `<p>` elements or `<br>` runs. */
  paragraphStyle: 'p' | 'br';
  /** Whether the page has a lead (sapo) block apart from the body. */
  hasLead: boolean;
  /** UTF-8 size of the page with every slot empty. */
  baseBytes: number;
}

export interface PageFacts {
  title: string | null;
  published: string | null;
  author: string | null;
}

/** htmlparser2 with source offsets, so slots are cut from the original bytes. */
const PARSE_OPTIONS = { xml: { xmlMode: false, decodeEntities: true, withStartIndices: true, withEndIndices: true } } as const;

/**
 * ids and classes of a lead block outside the body.
 * Matches "hometext", "sapo", "news-lead", "entry-summary". Not "leader", "menu".
 */
const LEAD_MARKER = /(?:^|[\s_-])(?:hometext|sapo|lead|summary|excerpt|chapeau|tomtat|description)(?:$|[\s_-])/iu;

/** A body needs this much paragraph text to be taken as the article. */
const MIN_BODY_TEXT = 100;

/** Where the padding goes: inline CSS/JS before `</head>`, sidebar blocks before `</body>`. */
const HEAD_CLOSE = /<\/head\s*>/iu;
const BODY_CLOSE = /<\/body\s*>(?![\s\S]*<\/body\s*>)/iu;

export function buildPageTemplate(name: string, html: string, facts: PageFacts): PageTemplate | null {
  const $ = cheerio.load(html, PARSE_OPTIONS);
  const container = findBodyContainer($);
  if (!container) return null;

  const edits: { start: number; end: number; mark: string }[] = [];
  const bodyRange = innerRange(html, container);
  if (!bodyRange) return null;
  edits.push({ ...bodyRange, mark: slotMark('BODY') });

  const lead = findLead($, container);
  const leadRange = lead ? innerRange(html, lead) : null;
  if (leadRange) edits.push({ ...leadRange, mark: slotMark('LEAD') });

  let marked = html;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    marked = marked.slice(0, edit.start) + edit.mark + marked.slice(edit.end);
  }
  marked = markLiteral(marked, facts.title, 'TITLE');
  marked = markLiteral(marked, facts.title ? escapeHtml(facts.title) : null, 'TITLE');
  marked = markLiteral(marked, facts.author, 'AUTHOR');
  marked = markDates(marked, facts.published);
  marked = HEAD_CLOSE.test(marked) ? marked.replace(HEAD_CLOSE, (tag) => slotMark('HEADPAD') + tag) : slotMark('HEADPAD') + marked;
  marked = BODY_CLOSE.test(marked) ? marked.replace(BODY_CLOSE, (tag) => slotMark('SIDEPAD') + tag) : marked + slotMark('SIDEPAD');

  const parts = parseTemplate(marked);
  const hasParagraphs = container.children.some((c) => isTag(c) && c.name === 'p');
  return {
    name,
    parts,
    paragraphStyle: hasParagraphs ? 'p' : 'br',
    hasLead: leadRange !== null,
    baseBytes: Buffer.byteLength(renderTemplate(parts, {}, '2024-01-01')),
  };
}

/** The element whose own paragraphs and text runs hold the most text. */
function findBodyContainer($: cheerio.CheerioAPI): Element | null {
  let best: Element | null = null;
  let bestScore = MIN_BODY_TEXT - 1;
  $('body *').each((_i, el) => {
    if (el.name === 'p' || el.name === 'script' || el.name === 'style') return;
    let score = 0;
    for (const child of el.children) {
      if (isText(child)) score += child.data.trim().length;
      else if (isTag(child) && child.name === 'p') score += $(child).text().trim().length;
    }
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  });
  return best;
}

/** A lead block between the page's h1 and the body container. */
function findLead($: cheerio.CheerioAPI, container: Element): Element | null {
  const h1 = $('h1').first()[0];
  if (!h1 || h1.startIndex == null || container.startIndex == null) return null;
  const after = h1.startIndex;
  const before = container.startIndex;
  let found: Element | null = null;
  $('body [id], body [class]').each((_i, el) => {
    if (found || el.startIndex == null || el.endIndex == null) return;
    if (el.startIndex <= after || el.endIndex >= before) return;
    const marker = `${el.attribs.id ?? ''} ${el.attribs.class ?? ''}`;
    if (LEAD_MARKER.test(marker) && $(el).text().trim().length > 40) found = el;
  });
  return found;
}

/** Source offsets of an element's content: after its start tag, before its end tag. */
function innerRange(html: string, el: Element): { start: number; end: number } | null {
  if (el.startIndex == null || el.endIndex == null) return null;
  const start = html.indexOf('>', el.startIndex) + 1;
  const end = html.lastIndexOf('</', el.endIndex);
  return start > 0 && end >= start ? { start, end } : null;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}
