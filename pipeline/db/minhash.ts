/**
 * MinHash signatures of article texts, for finding the same story re-posted
 * with small edits (a different lead line, a byline, a site footer).
 *
 * Choice (issue 4 leaves it open): Jaccard similarity of word 5-shingles,
 * estimated with one-permutation MinHash (Li, Owen & Zhang 2012) and
 * densified by rotation (Shrivastava & Li 2014). One hash per shingle
 * instead of one per shingle *and* permutation keeps it at ~10 µs per
 * article. DuckDB's `jaccard()` was the alternative; it compares sets of
 * characters, which cannot tell two articles of one site apart.
 *
 * - Words: maximal runs of word characters (`_isWordChar`) after NFC and
 *   lower-casing, so punctuation and spacing differences do not matter.
 * - 128 bins; two articles are near-duplicates when ≥ 80% of bins agree
 *   (estimated Jaccard ≥ 0.8; standard error ±0.035 at 0.8).
 * - Candidates come from LSH: 21 bands of 6 bins. A pair at Jaccard 0.8
 *   shares a band with probability 0.998, a pair at 0.3 with 0.015. The
 *   band keys are computed in SQL from the signature's hex (syndication.ts).
 * - A text of fewer than MIN_WORDS words gets no signature: its copies are
 *   still grouped by exact `text_hash`.
 */

export const SIGNATURE_BINS = 128;
export const SHINGLE_WORDS = 5;
export const BAND_ROWS = 6;
export const BANDS = Math.floor(SIGNATURE_BINS / BAND_ROWS);
export const NEAR_DUPLICATE_SIMILARITY = 0.8;
export const MIN_WORDS = 2 * SHINGLE_WORDS;

/**
 * The name of this scheme, recorded in run.json beside signatures the extract
 * stage computed: the loader trusts a run's signatures only when the name is
 * its own. Change it with any change to the signature (words, shingles,
 * hashes, bins, densification).
 */
export const MINHASH_SCHEME = 'minhash-oph-128x5w-v1';

const EMPTY = 0xffffffff;
/** Bits of a shingle hash that choose its bin (128 = 2^7). */
const BIN_BITS = 7;

/**
 * Whether a UTF-16 code unit belongs to a word: ASCII letters and digits, and
 * everything from U+00C0 up except the multiplication and division signs and
 * the punctuation and symbol blocks (U+2000–U+2BFF, U+3000–U+303F,
 * U+FE30–U+FE4F, U+FF00–U+FF0F). That covers Vietnamese letters (Latin-1,
 * Latin Extended-A/B and Additional, combining marks) without a Unicode
 * property regex, which costs 60 µs per article against ~5 µs for this scan
 * (measured on the bench corpus). "đảng", "2024", "ĐVCĐ" are words; "–",
 * "“", "…" are not.
 */
function _isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xfe30 && c <= 0xfe4f) return false;
  return !(c >= 0xff00 && c <= 0xff0f);
}

/** FNV-1a hashes of the words of a (normalised, lower-cased) text, in order. */
function _hashWords(text: string): Uint32Array {
  const n = text.length;
  // At most one word per two characters (a letter and a separator): no bounds checks or growth in the loop.
  const out = new Uint32Array((n >>> 1) + 1);
  let count = 0;
  let h = 0x811c9dc5 | 0;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (_isWordChar(c)) {
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
    } else if (inWord) {
      out[count++] = h;
      h = 0x811c9dc5 | 0;
      inWord = false;
    }
  }
  if (inWord) out[count++] = h;
  return out.subarray(0, count);
}

/** MurmurHash3's finaliser: spreads every input bit over the output. */
function _mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The signature of a text, or null when it has fewer than MIN_WORDS words. */
export function minhashSignature(text: string): Uint32Array | null {
  const wordHashes = _hashWords(text.normalize('NFC').toLowerCase());
  if (wordHashes.length < MIN_WORDS) return null;

  const bins = new Uint32Array(SIGNATURE_BINS).fill(EMPTY);
  for (let i = 0; i + SHINGLE_WORDS <= wordHashes.length; i++) {
    let h = wordHashes[i]!;
    for (let k = 1; k < SHINGLE_WORDS; k++) h = Math.imul(h ^ wordHashes[i + k]!, 0x9e3779b1) + k;
    h = _mix(h >>> 0);
    const bin = h >>> (32 - BIN_BITS);
    const value = h & ((1 << (32 - BIN_BITS)) - 1);
    if (value < bins[bin]!) bins[bin] = value;
  }
  // Densify: an empty bin borrows the value of the next filled bin to its right (circularly),
  // offset by the distance so that two texts agree there only if they agree on the donor.
  for (let b = 0; b < SIGNATURE_BINS; b++) {
    if (bins[b] !== EMPTY) continue;
    for (let d = 1; d < SIGNATURE_BINS; d++) {
      const donor = bins[(b + d) % SIGNATURE_BINS]!;
      if (donor !== EMPTY && donor < 1 << (32 - BIN_BITS)) {
        bins[b] = (donor + d * (1 << (32 - BIN_BITS))) >>> 0;
        break;
      }
    }
  }
  return bins;
}

/** Estimated Jaccard similarity of the two texts: the share of bins that agree. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < SIGNATURE_BINS; i++) if (a[i] === b[i]) same += 1;
  return same / SIGNATURE_BINS;
}

/** Hex digits per bin in `signatureHex` (8: one 32-bit value). */
export const HEX_PER_BIN = 8;

/** The signature as 1,024 hex digits, bin by bin, each bin big-endian: the CSV form the loader bulk-reads. */
export function signatureHex(signature: Uint32Array): string {
  const bytes = Buffer.alloc(SIGNATURE_BINS * 4);
  for (let i = 0; i < SIGNATURE_BINS; i++) bytes.writeUInt32BE(signature[i]!, i * 4);
  return bytes.toString('hex');
}

/** The signature of a text as `signatureHex`, or null when the text is too short to sign. */
export function signatureHexOf(text: string): string | null {
  const signature = minhashSignature(text);
  return signature === null ? null : signatureHex(signature);
}

/** A signature back from its 512 bytes (the BLOB column: `unhex` of `signatureHex`, bins big-endian). */
export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  if (bytes.length !== SIGNATURE_BINS * 4) throw new Error(`a MinHash signature has ${SIGNATURE_BINS * 4} bytes, not ${bytes.length}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = new Uint32Array(SIGNATURE_BINS);
  for (let i = 0; i < SIGNATURE_BINS; i++) signature[i] = view.getUint32(i * 4, false);
  return signature;
}
