/**
 * Templates made from real pages: the page's own text with slots where the
 * generated article goes (title, lead, body, author, padding, the page's
 * date in the format the page wrote it). Rendering is string concatenation.
 */

export type Slot = 'TITLE' | 'LEAD' | 'BODY' | 'AUTHOR' | 'HEADPAD' | 'SIDEPAD' | 'DATE';

/** Date formats found in the stamps of the seeds, goldens and fixtures ("m/d/yyyy": SharePoint's "6/27/2025 4:15 PM"). */
export const DATE_FORMATS = ['dd/mm/yyyy', 'd/m/yyyy', 'dd-mm-yyyy', 'yyyy-mm-dd', 'dd.mm.yyyy', 'vn-long', 'm/d/yyyy'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export type TemplatePart = string | { slot: Slot; format?: DateFormat };

/** Slot marks use NUL, which no page text contains. */
const MARK = '\u0000';
const SLOT_MARK = /\u0000([A-Z]+)(?::([a-z/.-]+))?\u0000/u;

export function slotMark(slot: Slot, format?: DateFormat): string {
  return `${MARK}${slot}${format ? `:${format}` : ''}${MARK}`;
}

export function parseTemplate(marked: string): TemplatePart[] {
  const pieces = marked.split(new RegExp(SLOT_MARK.source, 'gu'));
  const parts: TemplatePart[] = [];
  // split with two capture groups: literal, slot, format, literal, slot, format, …
  for (let i = 0; i < pieces.length; i += 3) {
    const literal = pieces[i] ?? '';
    if (literal) parts.push(literal);
    const slot = pieces[i + 1];
    if (slot) parts.push({ slot: slot as Slot, ...(pieces[i + 2] ? { format: pieces[i + 2] as DateFormat } : {}) });
  }
  return parts;
}

export function formatDate(iso: string, format: DateFormat): string {
  const [y = '', m = '', d = ''] = iso.split('-');
  const dn = String(Number(d));
  const mn = String(Number(m));
  switch (format) {
    case 'dd/mm/yyyy': return `${d}/${m}/${y}`;
    case 'd/m/yyyy': return `${dn}/${mn}/${y}`;
    case 'dd-mm-yyyy': return `${d}-${m}-${y}`;
    case 'yyyy-mm-dd': return iso;
    case 'dd.mm.yyyy': return `${d}.${m}.${y}`;
    case 'vn-long': return `ngày ${dn} tháng ${mn} năm ${y}`;
    case 'm/d/yyyy': return `${mn}/${dn}/${y}`;
  }
}

/** Replaces every way `iso` is written in `text` (not inside a longer number) with a date slot of that format. */
export function markDates(text: string, iso: string | null): string {
  if (!iso) return text;
  let out = text;
  for (const format of DATE_FORMATS) {
    const literal = formatDate(iso, format).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    out = out.replace(new RegExp(`(?<!\\d)${literal}(?!\\d)`, 'giu'), slotMark('DATE', format));
  }
  return out;
}

/** Replaces every occurrence of `literal` with a slot. */
export function markLiteral(text: string, literal: string | null, slot: Slot): string {
  if (!literal || literal.length < 4) return text;
  return text.split(literal).join(slotMark(slot));
}

export function renderTemplate(parts: readonly TemplatePart[], values: Partial<Record<Slot, string>>, iso: string): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') out += part;
    else if (part.slot === 'DATE') out += formatDate(iso, part.format ?? 'dd/mm/yyyy');
    else out += values[part.slot] ?? '';
  }
  return out;
}

export function hasSlot(parts: readonly TemplatePart[], slot: Slot): boolean {
  return parts.some((p) => typeof p !== 'string' && p.slot === slot);
}
