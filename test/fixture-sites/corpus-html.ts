/**
 * Reads a saved article page (the golden `.html` files) into title, date and
 * paragraphs. Deliberately rough: it only has to give the fixture sites some
 * more realistic text, not to be the project's extractor.
 */
import * as cheerio from 'cheerio';
import { isBodyEnd, parseDateLine, stripLeadTag } from './corpus.js';
import type { ParsedArticle } from './corpus.js';
import type { ArticleBlock } from './types.js';

/** Page parts that are never the article. */
const NOT_ARTICLE = 'script, style, noscript, header, footer, nav, aside, form, [class*="related"], [class*="comment"], [class*="sidebar"], [class*="breadcrumb"], [id*="footer"], [id*="sidebar"]';
/** Elements whose text is usually the visible publication date. */
const DATE_CANDIDATES = 'span.h5, time, .pubdate, [class*="date"], [class*="time"]';
/** Paragraphs shorter than this are captions, bylines or chrome. */
const MIN_PARAGRAPH_LENGTH = 40;
/** "2024-03-07T09:15:00+07:00", not NukeViet's "2024-06-11+0715:20:00". */
const STRICT_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/u;
/** Drupal translation suffix on titles: "… (Tiếng Việt)". */
const LANGUAGE_SUFFIX = /\s*\(Tiếng Việt\)$/u;
const MIN_TITLE_WORDS = 4;

const clean = (text: string): string => text.replace(/\s+/gu, ' ').trim();

export function parseArticleHtml(page: string): ParsedArticle {
  const $ = cheerio.load(page);
  const ogTitle = clean($('meta[property="og:title"]').attr('content') ?? '');
  const h1 = $('h1')
    .toArray()
    .map((el) => clean($(el).text()))
    .find((t) => t.split(' ').length >= MIN_TITLE_WORDS);
  const docTitle = clean($('title').text()).split(/ \| | - /u)[0] ?? '';
  const title = (ogTitle || h1 || docTitle).replace(LANGUAGE_SUFFIX, '');

  let published: Date | undefined;
  for (const el of $(DATE_CANDIDATES).toArray()) {
    published = parseDateLine(clean($(el).text()));
    if (published) break;
  }
  const meta = $('meta[property="article:published_time"]').attr('content') ?? '';
  if (!published && STRICT_ISO.test(meta)) published = new Date(meta);

  $(NOT_ARTICLE).remove();
  const blocks: ArticleBlock[] = [];
  const seen = new Set<string>([title]);
  for (const el of $('p').toArray()) {
    const text = clean($(el).text());
    if (blocks.length > 0 && isBodyEnd(text)) break;
    if (text.length < MIN_PARAGRAPH_LENGTH || seen.has(text)) continue;
    seen.add(text);
    blocks.push({ kind: 'paragraph', text });
  }
  return { title, published, author: undefined, blocks: stripLeadTag(blocks) };
}
