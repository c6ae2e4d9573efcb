/**
 * The province gazetteer: the 63 pre-2025 provincial units (with their 2024
 * districts, spellings, outlet tags, domains and site banners) and the 34
 * units of the 2025 reorganisation, read from `data/provinces.json` and
 * validated once at module load.
 *
 * Pure: the JSON is imported, not read from disk, so `extract/` stays free of
 * fs. Canonical names are the pre-2025 forms with new-style tone marks
 * ("Khánh Hòa", "Thanh Hóa"), "Hồ Chí Minh" for the city and "Thừa Thiên Huế"
 * for the old province whose 2025 unit is "Huế".
 */
import { z } from 'zod';
import data from '../data/provinces.json' with { type: 'json' };
import { foldDiacritics } from './normalize-text.js';

const DATA_FILE = 'data/provinces.json';

const NonEmpty = z.string().min(1);

/** One pre-2025 provincial unit. */
const ProvinceSchema = z.object({
  /** Canonical pre-2025 name ("Bình Phước", "Hồ Chí Minh", "Thừa Thiên Huế"). */
  name: NonEmpty,
  type: z.enum(['tỉnh', 'thành phố']),
  /** Name of the 2025 unit (a `units_2025[].name`) this province was folded into. */
  unit_2025: NonEmpty,
  /** Other spellings: unaccented, old tone marks ("Khánh Hoà"), dashes, "TP.HCM", "Sài Gòn", "Huế". */
  aliases: z.array(NonEmpty),
  /** Abbreviations seen in real text ("BR-VT", "TP.HCM"); short ones are not used for detection. */
  abbreviations: z.array(NonEmpty),
  /** Lead-paragraph tags of the province's outlets, without brackets: "CTTĐTBP" as in "(CTTĐTBP) - …". */
  source_tags: z.array(NonEmpty),
  /** Hosts of the province's portal, party committee site and papers ("binhphuoc.gov.vn"). */
  domains: z.array(NonEmpty),
  /** District-level units as of 2024 (quận, huyện, thị xã, provincial city), names without the type word. */
  districts: z.array(NonEmpty).min(1),
  /** Site banner phrases that name the place ("Cổng tin tức Thành phố Hải Phòng"). */
  banners: z.array(NonEmpty).optional(),
  /** District-level names not in the 2024 list but found in articles: units merged away 2019–2021 or created on 1 Jan 2025. */
  other_districts: z.array(NonEmpty).optional(),
  /** Spelling variants of districts: variant → the name in `districts` ("Krông Pắk" → "Krông Pắc"). */
  district_aliases: z.record(z.string(), NonEmpty).optional(),
  /** Names in `districts` that stand for two units (a town and a rural district of the same name, e.g. Kỳ Anh). */
  double_units: z.array(NonEmpty).optional(),
});

/** One of the 34 units of 2025 (SITES.md §5). */
const Unit2025Schema = z.object({
  name: NonEmpty,
  type: z.enum(['tỉnh', 'thành phố']),
  /** Canonical pre-2025 provinces merged into it (one for the 11 unchanged units). */
  members: z.array(NonEmpty).min(1),
  /** The pre-2025 province that holds the new political-administrative centre. */
  centre: NonEmpty,
});

const GazetteerSchema = z
  .object({
    provinces: z.array(ProvinceSchema).length(63),
    units_2025: z.array(Unit2025Schema).length(34),
  })
  .superRefine((g, ctx) => {
    const names = new Set(g.provinces.map((p) => p.name));
    if (names.size !== g.provinces.length) ctx.addIssue({ code: 'custom', message: 'duplicate province names', path: ['provinces'] });
    const unitOf = new Map<string, string>();
    g.units_2025.forEach((u, i) => {
      for (const m of u.members) {
        if (!names.has(m)) ctx.addIssue({ code: 'custom', message: `unknown member "${m}"`, path: ['units_2025', i, 'members'] });
        if (unitOf.has(m)) ctx.addIssue({ code: 'custom', message: `"${m}" is in two units`, path: ['units_2025', i, 'members'] });
        unitOf.set(m, u.name);
      }
      if (!u.members.includes(u.centre)) ctx.addIssue({ code: 'custom', message: `centre "${u.centre}" is not a member`, path: ['units_2025', i, 'centre'] });
    });
    g.provinces.forEach((p, i) => {
      if (unitOf.get(p.name) !== p.unit_2025) {
        ctx.addIssue({ code: 'custom', message: `unit_2025 "${p.unit_2025}" does not list "${p.name}" as a member`, path: ['provinces', i, 'unit_2025'] });
      }
      for (const [variant, target] of Object.entries(p.district_aliases ?? {})) {
        if (!p.districts.includes(target)) ctx.addIssue({ code: 'custom', message: `district alias "${variant}" points to unknown "${target}"`, path: ['provinces', i, 'district_aliases'] });
      }
    });
  });

export type Province = Readonly<z.infer<typeof ProvinceSchema>>;
export type Unit2025 = Readonly<z.infer<typeof Unit2025Schema>>;

function _loadGazetteer(raw: unknown): z.infer<typeof GazetteerSchema> {
  const parsed = GazetteerSchema.safeParse(raw);
  if (!parsed.success) {
    // A broken data file is a bug in the repository, not a property of an article: fail loudly at load.
    throw new Error(`${DATA_FILE} is invalid: ${z.prettifyError(parsed.error)}`, { cause: parsed.error });
  }
  return parsed.data;
}

const GAZETTEER = _loadGazetteer(data);

/** The 63 pre-2025 provinces, in Vietnamese alphabetical order. */
export const PROVINCES: readonly Province[] = Object.freeze(GAZETTEER.provinces.map((p) => Object.freeze(p)));

/** The 34 units of 2025. */
export const UNITS_2025: readonly Unit2025[] = Object.freeze(GAZETTEER.units_2025.map((u) => Object.freeze(u)));

/**
 * Administrative words in front of a name, after folding: "tỉnh", "thành
 * phố", "TP", "TP.", "Tp.".
 * Strips: "thanh pho ho chi minh" → "ho chi minh", "tp. hcm" → "hcm".
 * Keeps: "tay ninh", "thanh hoa" (names that merely start like a prefix).
 */
const ADMIN_PREFIX = /^(?:tinh|thanh pho|tp)(?:\s+|\.\s*)/u;

/** Everything that is not an ASCII letter or digit, after folding: spaces, dashes, dots, apostrophes. */
const NON_ALNUM = /[^a-z0-9]+/gu;

/**
 * The comparison key of a place name: folded (no diacritics, either tone-mark
 * style, lower case), administrative prefix dropped, letters and digits only.
 * "TP. Hồ Chí Minh" → "hochiminh"; "Bà Rịa–Vũng Tàu" and "BR-VT" stay distinct
 * keys ("bariavungtau", "brvt") that both sit in the index.
 */
export function nameKey(name: string): string {
  const folded = foldDiacritics(name.normalize('NFC')).trim();
  return folded.replace(ADMIN_PREFIX, '').replace(NON_ALNUM, '');
}

function _indexBy(entries: Iterable<readonly [string, string]>): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [key, value] of entries) if (key !== '' && !map.has(key)) map.set(key, value);
  return map;
}

const PROVINCE_BY_KEY = _indexBy(
  PROVINCES.flatMap((p) => [p.name, ...p.aliases, ...p.abbreviations].map((n) => [nameKey(n), p.name] as const)),
);
const PROVINCE_BY_NAME: ReadonlyMap<string, Province> = new Map(PROVINCES.map((p) => [p.name, p]));
const UNIT_BY_KEY: ReadonlyMap<string, Unit2025> = new Map(UNITS_2025.map((u) => [nameKey(u.name), u]));

/**
 * The canonical pre-2025 name for any spelling of a province, or null.
 * Accent-, case- and tone-style-insensitive; "tỉnh", "thành phố" and "TP."
 * in front are ignored. "tp.hcm" → "Hồ Chí Minh"; "Khánh Hoà" → "Khánh Hòa";
 * "Huế" → "Thừa Thiên Huế"; "Trung ương" → null.
 */
export function canonicalProvince(nameOrAlias: string): string | null {
  return PROVINCE_BY_KEY.get(nameKey(nameOrAlias)) ?? null;
}

/** The whole record of a province, from any spelling of its name, or null. */
export function provinceRecord(nameOrAlias: string): Province | null {
  const name = canonicalProvince(nameOrAlias);
  return name === null ? null : (PROVINCE_BY_NAME.get(name) ?? null);
}

/** The 2025 unit a pre-2025 province (any spelling) was folded into, or null. "Bình Phước" → "Đồng Nai". */
export function provinceTo2025(name: string): string | null {
  return provinceRecord(name)?.unit_2025 ?? null;
}

/**
 * The pre-2025 provinces that make up a 2025 unit (any spelling of the unit's
 * name, "TP" prefixes ignored), or [] for an unknown name.
 * "Đồng Nai" → ["Đồng Nai", "Bình Phước"]; "TP.HCM" → ["Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"].
 */
export function membersOf2025(unit: string): string[] {
  const direct = UNIT_BY_KEY.get(nameKey(unit));
  if (direct !== undefined) return [...direct.members];
  // Spellings of an old name that is also a unit name ("TP.HCM", "Sài Gòn"); "Huế" is a unit name itself.
  const old = canonicalProvince(unit);
  const viaOld = old === null ? undefined : UNIT_BY_KEY.get(nameKey(old));
  return viaOld === undefined ? [] : [...viaOld.members];
}
