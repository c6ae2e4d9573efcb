/**
 * The title, text and date of an article page, read just well enough for
 * the topic filter and the archive's hints (never the fact extractor, which
 * reads the archive later): the adapter's (or the registry's) selectors
 * first, `og:title` / `<title>` and the visible body as fallbacks.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { parseDateStamp } from '../../extract/parse-date.js';
import type { ArticleSelectors } from '../adapters/types.js';

export interface ArticleText {
  title: string | null;
  text: string;
  /** "YYYY-MM-DD" from `article:published_time` or `<time datetime>`, if any. */
  published: string | undefined;
}

/** Text beyond this is not read: the topic cues are in the title and the first paragraphs. */
const MAX_TEXT_CHARS = 30_000;

/** Elements whose text is never article text. */
const NON_TEXT = 'script, style, noscript, template, iframe, svg, nav, header, footer, form, aside';

function squash(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export function readArticleText($: CheerioAPI, selectors: ArticleSelectors): ArticleText {
  let title: string | null = null;
  for (const selector of selectors.title) {
    const text = squash($(selector).first().text());
    if (text !== '') {
      title = text;
      break;
    }
  }
  title ??= squash($('meta[property="og:title"]').attr('content') ?? '') || squash($('title').first().text()) || null;

  const taken: AnyNode[] = [];
  const parts: string[] = [];
  for (const selector of selectors.body) {
    $(selector).each((_, el) => {
      // Skip an element inside (or around) one already read: ".news-detail .content" after ".news-detail".
      if (taken.some((t) => t === el || $.contains(t, el) || $.contains(el, t))) return;
      taken.push(el);
      const clone = $(el).clone();
      clone.find(NON_TEXT).remove();
      const text = squash(clone.text());
      if (text !== '') parts.push(text);
    });
  }
  let text = parts.join('\n');
  if (text.length < 200) {
    const body = $('body').clone();
    body.find(NON_TEXT).remove();
    text = squash(body.text());
  }

  const meta = $('meta[property="article:published_time"]').attr('content') ?? $('time[datetime]').first().attr('datetime');
  const published = meta ? (parseDateStamp(meta) ?? undefined) : undefined;
  return { title, text: text.slice(0, MAX_TEXT_CHARS), published };
}
