/**
 * Varies one sentence of real article prose for the bench corpus: other
 * numbers, dates and years, and the article's own province and districts in
 * place of the source's, so that 5,000 generated articles are not 30 articles
 * repeated. The shapes of the text (dot thousands, decimal comma, zero
 * padding, "tỉnh X", source tags) are kept: they are what the extractor must
 * read.
 *
 * Generation only: nothing here is timed by the bench.
 */
import { PROVINCES, canonicalProvince, type Province } from '../extract/gazetteer.js';
import type { Prng } from './prng.js';

/** The per-article state of the variation: one province and one year shift for the whole article. */
export interface VaryContext {
  prng: Prng;
  /** The province the generated article is about. */
  province: Province;
  /** Added to every year (article year − 2024), so that periods move with the article date. */
  yearShift: number;
  /** Other provinces named in the source → the province named instead, fixed per article. */
  provinceMap: Map<string, Province>;
  /** Source district → a district of the article's province, fixed per article. */
  districtMap: Map<string, string>;
}

export function createVaryContext(prng: Prng, province: Province, year: number): VaryContext {
  return { prng, province, yearShift: year - 2024, provinceMap: new Map(), districtMap: new Map() };
}

/**
 * A number-like token of prose, by kind (named groups):
 *  - dmy: day/month/year, "02/06/2024", "12-6-2021", "25.3.2024";
 *  - my: month/year, "6/2024";
 *  - dm: day/month, "22/2";
 *  - time: "16:05";
 *  - year: 1990–2039, "2024";
 *  - num: "80.689", "1,2", "62", "05".
 * Matches each of those; does not start inside a number ("1.234" is one num),
 * nor vary a name ("Covid-19").
 */
const NUMBER_TOKEN =
  /(?<!\p{N}|Covid-)(?:(?<dmy>(?<d1>\d{1,2})(?<s1>[/.-])(?<m1>\d{1,2})\k<s1>(?<y1>(?:19|20)\d{2}))|(?<my>(?<m2>\d{1,2})\/(?<y2>(?:19|20)\d{2}))|(?<dm>(?<d3>\d{1,2})\/(?<m3>\d{1,2}))|(?<time>(?<hh>\d{1,2}):(?<mi>\d{2}))|(?<year>199\d|20[0-3]\d)|(?<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?))(?!\p{N})/gu;

/** A percent sign or word right after a number: "62%", "62 %", "62 phần trăm". Not "62 đảng viên". */
const PERCENT_AFTER = /^\s?(?:%|phần trăm)/u;

/**
 * A lead source tag of another outlet at the start of a sentence: "(ĐN) - ",
 * "BHP - ", "Baophutho.vn - ". Not "Ông Trần Bá Lợi - Chủ tịch" (two words).
 */
const LEAD_SOURCE_TAG = /^\(?[\p{L}.]{2,14}\)?\s+[-–]\s+/u;

/** Administrative word before a province name: "tỉnh", "Thành phố", "TP.". */
const PROVINCE_PREFIX = String.raw`(?:(?<prefix>[Tt]ỉnh|[Tt]hành phố|TP\.?|Tp\.?)\s*)?`;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** Every spelling of every province, longest first so "Thừa Thiên Huế" wins over "Huế". */
const PROVINCE_SPELLINGS: readonly string[] = [
  ...new Set(PROVINCES.flatMap((p) => [p.name, ...p.aliases, ...p.abbreviations]).filter((s) => s.length >= 3)),
].sort((a, b) => b.length - a.length);

/** A province named in prose: "tỉnh Bình Phước", "TP HCM", "Khánh Hoà". Not "Phước" alone. */
const PROVINCE_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])${PROVINCE_PREFIX}(?<name>${PROVINCE_SPELLINGS.map(escapeRegex).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

const PROVINCE_BY_NAME = new Map(PROVINCES.map((p) => [p.name, p]));
const DISTRICT_PATTERNS = new Map<string, RegExp | null>();

/** The district names of one source province as a regex (cached): "Tiên Lãng", "Đồng Xoài". */
function districtPattern(sourceProvince: string): RegExp | null {
  if (DISTRICT_PATTERNS.has(sourceProvince)) return DISTRICT_PATTERNS.get(sourceProvince)!;
  const record = PROVINCE_BY_NAME.get(sourceProvince);
  const names = record
    ? [...new Set([...record.districts, ...(record.other_districts ?? []), ...Object.keys(record.district_aliases ?? {})])]
        .filter((d) => d !== record.name && d.length >= 3)
        .sort((a, b) => b.length - a.length)
    : [];
  const pattern = names.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegex).join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;
  DISTRICT_PATTERNS.set(sourceProvince, pattern);
  return pattern;
}

/**
 * One sentence of a source article (whose province is `sourceProvince`),
 * rewritten for the generated article.
 */
export function varySentence(text: string, sourceProvince: string | null, ctx: VaryContext): string {
  let out = text.replace(LEAD_SOURCE_TAG, '');
  out = out.replace(PROVINCE_NAME, (_whole, ...args: unknown[]) => {
    const groups = args.at(-1) as { prefix?: string; name: string };
    const source = canonicalProvince(groups.name);
    const target = source === null || source === sourceProvince ? ctx.province : otherProvince(source, ctx);
    if (!groups.prefix) return target.name;
    const type = /^\p{Lu}/u.test(groups.prefix) ? capitalise(target.type) : target.type;
    return `${type} ${target.name}`;
  });
  const districts = sourceProvince ? districtPattern(sourceProvince) : null;
  if (districts) out = out.replace(districts, (name) => districtFor(name, ctx));
  return out.replace(NUMBER_TOKEN, (whole, ...args: unknown[]) => varyNumberToken(whole, args, ctx));
}

function otherProvince(source: string, ctx: VaryContext): Province {
  let target = ctx.provinceMap.get(source);
  if (!target) {
    do target = ctx.prng.pick(PROVINCES);
    while (target.name === ctx.province.name);
    ctx.provinceMap.set(source, target);
  }
  return target;
}

function districtFor(source: string, ctx: VaryContext): string {
  let target = ctx.districtMap.get(source);
  if (!target) {
    target = ctx.prng.pick(ctx.province.districts);
    ctx.districtMap.set(source, target);
  }
  return target;
}

interface NumberGroups {
  dmy?: string; d1?: string; s1?: string; m1?: string; y1?: string;
  my?: string; m2?: string; y2?: string;
  dm?: string; d3?: string; m3?: string;
  time?: string; hh?: string; mi?: string;
  year?: string;
  num?: string;
}

function varyNumberToken(whole: string, args: unknown[], ctx: VaryContext): string {
  const groups = args.at(-1) as NumberGroups;
  const offset = args.at(-3) as number;
  const input = args.at(-2) as string;
  const { prng } = ctx;
  if (groups.dmy) return `${padLike(groups.d1!, prng.int(1, 28))}${groups.s1}${padLike(groups.m1!, prng.int(1, 12))}${groups.s1}${shiftYear(groups.y1!, ctx)}`;
  if (groups.my) return `${padLike(groups.m2!, prng.int(1, 12))}/${shiftYear(groups.y2!, ctx)}`;
  if (groups.dm) return `${padLike(groups.d3!, prng.int(1, 28))}/${padLike(groups.m3!, prng.int(1, 12))}`;
  if (groups.time) return `${padLike(groups.hh!, prng.int(6, 21))}:${String(prng.int(0, 59)).padStart(2, '0')}`;
  if (groups.year) return shiftYear(groups.year, ctx);
  const isPercent = PERCENT_AFTER.test(input.slice(offset + whole.length, offset + whole.length + 12));
  return varyQuantity(whole, isPercent, prng);
}

function shiftYear(year: string, ctx: VaryContext): string {
  const shifted = Number(year) + ctx.yearShift;
  return shifted >= 1990 && shifted <= 2035 ? String(shifted) : year;
}

function padLike(original: string, value: number): string {
  return original.length === 2 && original.startsWith('0') ? String(value).padStart(2, '0') : String(value);
}

/** A count or percent scaled by 0.5–2×, written the way the original was. */
function varyQuantity(original: string, isPercent: boolean, prng: Prng): string {
  const [intPart = '', decimals] = original.split(',');
  const value = Number(`${intPart.replaceAll('.', '')}.${decimals ?? '0'}`);
  if (value === 0) return original;
  let next = value * Math.exp((prng.next() * 2 - 1) * Math.LN2);
  if (isPercent && value <= 100) next = Math.min(next, 100);
  if (decimals !== undefined) return next.toFixed(decimals.length).replace('.', ',');
  const rounded = Math.max(1, Math.round(next));
  if (intPart.includes('.')) return groupThousands(rounded);
  return padLike(intPart, rounded);
}

/** 1234567 → "1.234.567" (Vietnamese dot thousands). */
function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(?:\d{3})+$)/gu, '.');
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
