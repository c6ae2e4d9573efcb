/**
 * Whitespace collapsing for page text: HTML's runs of spaces, tabs and
 * newlines become one space. The `IfNeeded` form skips the regex replace for
 * the usual line that has nothing to collapse.
 */

/** Any run of whitespace (HTML's inter-element whitespace included). */
export const WHITESPACE_RUN = /\s+/gu;

/**
 * Whitespace a plain single space does not already stand for: two in a row,
 * or any other space character. Matches: "a  b", "a\nb", "a\u00A0b". Does not match: "a b".
 */
export const WHITESPACE_TO_COLLAPSE = /\s\s|[^\S ]/u;

/** Every whitespace run as one space, trimmed. */
export function _collapse(text: string): string {
  return text.replace(WHITESPACE_RUN, ' ').trim();
}

/** `_collapse`, skipped for the usual line that has nothing to collapse. */
export function _collapseIfNeeded(text: string): string {
  return WHITESPACE_TO_COLLAPSE.test(text) || text.startsWith(' ') || text.endsWith(' ') ? _collapse(text) : text;
}
