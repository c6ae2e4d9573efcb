/** URL aliases the way Vietnamese CMSs make them (NukeViet `change_alias`, WordPress `sanitize_title`). */

const COMBINING_MARKS = /[\u0300-\u036f]/gu;
const NOT_ALNUM = /[^a-z0-9]+/gu;
const EDGE_DASHES = /^-+|-+$/gu;

/**
 * "Bình Phước - Khánh Hòa trao đổi…" → "binh-phuoc-khanh-hoa-trao-doi…".
 * `maxLength` cuts at a dash, as SharePoint slugs are cut ("585-chu-tich-pho-chu-tich-hdnd-tp-ho-chi-minh-mo").
 */
export function slugify(text: string, maxLength = 120): string {
  const ascii = text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .toLowerCase()
    .replace(NOT_ALNUM, '-')
    .replace(EDGE_DASHES, '');
  if (ascii.length <= maxLength) return ascii || 'bai-viet';
  const cut = ascii.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut) || 'bai-viet';
}
