/** Small HTML helpers shared by the site renderers. */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const HTML_SPECIAL = /[&<>"']/gu;

/** Escapes text for element content and attribute values. */
export function esc(text: string | number): string {
  return String(text).replace(HTML_SPECIAL, (ch) => HTML_ESCAPES[ch] ?? ch);
}

/** Escapes text for a CDATA section (RSS descriptions). */
export function cdata(text: string): string {
  return `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
}

/** Deterministic pseudo-random integer from a seed string (counters, view counts). */
export function hashNumber(seed: string, max: number): number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % max;
}

/** PHP `number_format`: thousands separated by commas, "1,180". */
export function numberFormat(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/gu, ',');
}

/** A 1×1 GIF, served for every image path so that a browser crawl gets no 404s. */
export const PIXEL_GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
