/**
 * Case-insensitive scans without the `i` flag. V8 runs a regex with `i` (and
 * `u`) about twice as slowly as the same regex without it, because every
 * character is case-folded as it is compared. A sentence is scanned by a
 * dozen such regexes, so it is lower-cased once (`lowerCased`, remembered for
 * the last text) and each regex is also compiled as its lower-case twin
 * (`lowerTwin`), to run on that copy. Lower-casing keeps every offset of
 * Vietnamese text, so the matches sit at the same places; when it would not
 * (a dotted capital İ becomes two code units), `lowerCased` says so and the
 * callers run the original regex on the original text.
 */

let lastText = '';
let lastLower: string | null = '';

/**
 * `text` in lower case, or null when lower-casing would move offsets. The
 * last answer is remembered: the scans of one sentence ask for the same text
 * one after another.
 */
export function lowerCased(text: string): string | null {
  if (text === lastText) return lastLower;
  const lower = text.toLowerCase();
  lastText = text;
  lastLower = lower.length === text.length ? lower : null;
  return lastLower;
}

/**
 * Code units that make a part of a text lower-case otherwise than the same part of the text's
 * lower case: Σ, whose lower case depends on what follows it (the final "ς"), and surrogates
 * (a cut may split a pair). Without them every code unit is a code point of its own, lowered by
 * itself; and when the lower case keeps the text's length, each one's lower case is one code unit
 * (none lowers to nothing), so a part of the lower case is the lower case of the part.
 */
const UNSLICEABLE = /[\u03a3\ud800-\udfff]/;

let sliceText = '';
/** The lower case of `sliceText` when its parts may be read from it, else null. */
let sliceLower: string | null = null;

/**
 * `lowerCased(text.slice(from, to))`, read as a part of `text`'s lower case when that is the same
 * (see UNSLICEABLE), without lower-casing the part: for the scans of each figure's clause. The
 * last `text` is remembered apart from `lowerCased`'s, so lower-casing other texts in between
 * does not evict it.
 */
export function lowerCasedSlice(text: string, from: number, to: number): string | null {
  if (text !== sliceText) {
    sliceText = text;
    const lower = lowerCased(text);
    sliceLower = lower !== null && !UNSLICEABLE.test(text) ? lower : null;
  }
  return sliceLower !== null ? sliceLower.slice(from, to) : lowerCased(text.slice(from, to));
}

/** Property escapes that name a case: their meaning changes once the text is lower case. */
const CASED_PROPERTY = /^[pP]\{(?:Lu|Ll|Lt|LC|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Cased_Letter|Uppercase|Lowercase)\}/u;

/**
 * The regex `re` (compiled with `i`) as a case-sensitive regex for lower-case
 * text: its literal letters lower-cased, its escapes (`\p{L}`, `\S`, `\u00A0`,
 * `\k<name>`) and group names kept. Throws when a construct would change its
 * meaning: a case property (`\p{Lu}`) or a class range other than A-Z whose
 * ends change case. The result matches `lowerCased(s)` exactly where `re`
 * matches `s`, for text whose lower-casing keeps its length.
 */
export function lowerTwin(re: RegExp): RegExp {
  if (!re.flags.includes('i')) throw new Error(`lowerTwin: /${re.source}/${re.flags} is not case-insensitive`);
  const src = re.source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const rest = src.slice(i + 1);
      if (CASED_PROPERTY.test(rest)) throw new Error(`lowerTwin: /${src}/ uses a case property at ${i}`);
      // \p{…}, \P{…}, \u{…}, \k<…>: copied whole; any other escape: the backslash and one character (\uXXXX and \xXX are hex digits either way).
      const whole = /^(?:[pPu]\{[^}]*\}|k<[^>]*>|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z]|.)/su.exec(rest)![0];
      out += `\\${whole}`;
      i += whole.length;
      continue;
    }
    if (!inClass && c === '(' && src.startsWith('(?<', i) && src[i + 3] !== '=' && src[i + 3] !== '!') {
      const close = src.indexOf('>', i);
      out += src.slice(i, close + 1);
      i = close;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    else if (inClass && c === '-' && out.length > 0 && src[i + 1] !== ']' && src[i - 1] !== '[') {
      const from = src[i - 1]!;
      const to = src[i + 1]!;
      const plainAscii = from === 'A' && to === 'Z';
      if (!plainAscii && (from.toLowerCase() !== from || to.toLowerCase() !== to)) throw new Error(`lowerTwin: /${src}/ has a class range ${from}-${to} whose ends change case`);
    }
    const lower = c.toLowerCase();
    if (lower.length !== c.length) throw new Error(`lowerTwin: /${src}/ has ${c}, whose lower case is longer`);
    out += lower;
  }
  const twin = new RegExp(out, re.flags.replace('i', ''));
  _TWINS.push([re, twin]);
  return twin;
}

/** Every regex given to lowerTwin with its twin, in order: the tests check each pair on random text. */
export const _TWINS: Array<readonly [RegExp, RegExp]> = [];
