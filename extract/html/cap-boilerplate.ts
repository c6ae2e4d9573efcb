/**
 * Step 7 of page extraction: the page's chrome text (menus, banners, footer)
 * cut to a budget, keeping whole lines from the head and the tail.
 */
import { BOILERPLATE_HEAD_CHARS, BOILERPLATE_MAX_CHARS } from './selectors.js';

/** A generous first cut (twice the final budget, head and tail), so that menus the cap drops anyway are not cleaned first. */
export function _preCap(lines: readonly string[]): readonly string[] {
  return _headAndTail(lines, BOILERPLATE_HEAD_CHARS * 2, BOILERPLATE_MAX_CHARS * 2);
}

/** Keeps whole lines from the start (masthead, menus) and the end (footer: the owning agency, address). */
export function _capBoilerplate(lines: readonly string[]): string {
  return _headAndTail(lines, BOILERPLATE_HEAD_CHARS, BOILERPLATE_MAX_CHARS).join('\n');
}

/** Whole lines: from the start up to `headChars`, then from the end up to `maxChars` in all. */
function _headAndTail(lines: readonly string[], headChars: number, maxChars: number): readonly string[] {
  let total = 0;
  for (const line of lines) total += line.length + 1;
  if (total <= maxChars) return lines;
  const head: string[] = [];
  let used = 0;
  for (const line of lines) {
    if (used + line.length + 1 > headChars) break;
    head.push(line);
    used += line.length + 1;
  }
  const tail: string[] = [];
  for (let i = lines.length - 1; i >= head.length; i--) {
    const line = lines[i]!;
    if (used + line.length + 1 > maxChars) break;
    tail.push(line);
    used += line.length + 1;
  }
  return [...head, ...tail.reverse()];
}
