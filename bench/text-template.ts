/**
 * A scraped plain-text article (seed or golden) turned into a template: the
 * masthead, stamp line and trailing chrome kept as scraped, the body replaced
 * by a slot, the title, author and date stamp by theirs.
 */
import { markDates, markLiteral, parseTemplate, renderTemplate, type TemplatePart } from './template-parts.js';

export interface TextTemplate {
  /** File name of the article it was made from. */
  name: string;
  parts: TemplatePart[];
  /** "\n" or "\n\n": how the source separated its paragraphs. */
  paragraphSeparator: string;
  /** UTF-8 size of the chrome (every slot empty). */
  baseBytes: number;
}

export interface TextFacts {
  title: string | null;
  published: string | null;
  author: string | null;
  /** The extracted body, one paragraph per line. */
  body: string;
}

/** `text` must be the normalised text the body was extracted from. */
export function buildTextTemplate(name: string, text: string, facts: TextFacts): TextTemplate | null {
  const lines = facts.body.split('\n').filter((l) => l.trim() !== '');
  const first = lines[0];
  const last = lines.at(-1);
  if (!first || !last) return null;
  const start = text.indexOf(first);
  const lastAt = text.lastIndexOf(last);
  if (start < 0 || lastAt < start) return null;
  const end = lastAt + last.length;

  let head = text.slice(0, start);
  head = markLiteral(head, facts.title, 'TITLE');
  head = markDates(head, facts.published);
  let tail = text.slice(end);
  tail = markLiteral(tail, facts.author, 'AUTHOR');
  tail = markDates(tail, facts.published);

  const parts = parseTemplate(`${head}\u0000BODY\u0000${tail}`);
  return {
    name,
    parts,
    paragraphSeparator: text.slice(start, end).includes('\n\n') ? '\n\n' : '\n',
    baseBytes: Buffer.byteLength(renderTemplate(parts, {}, '2024-01-01')),
  };
}
