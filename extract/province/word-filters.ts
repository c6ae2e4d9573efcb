/**
 * Bit filters over the hashes of folded words (`_hashWord`), so that the
 * word scanner can tell with a few bit tests which words may start a name of
 * the index: a word whose bit is clear starts none. Built once by the index
 * (`name-index.ts`) and read by the scanner (`fold-words.ts`).
 */

/** Bits of each filter: a name can start at a word only if its bit is set. */
const FILTER_BITS = 16;
export const FILTER_MASK = (1 << FILTER_BITS) - 1;

/** The filters of the names of an index. */
export interface WordFilters {
  /** Bit set of the hashes of one-word keys. */
  single: Uint32Array;
  /** Bit set of the pair hashes (`_pairHash`) of the first two words of longer keys. */
  pair: Uint32Array;
}

/** Empty filters, to be filled with `_setBit`. */
export function _newFilters(): WordFilters {
  const words = (FILTER_MASK + 1) / 32;
  return { single: new Uint32Array(words), pair: new Uint32Array(words) };
}

/** The filter bit of a name's first two words, from their hashes. */
export function _pairHash(h1: number, h2: number): number {
  return (Math.imul(h1, 0x9e3779b1) ^ h2) & FILTER_MASK;
}

export function _setBit(bits: Uint32Array, n: number): void {
  bits[n >>> 5] = (bits[n >>> 5] ?? 0) | (1 << (n & 31));
}

/** Bit n of `bits`, as 0 or 1. */
export function _bit(bits: Uint32Array, n: number): number {
  return ((bits[n >>> 5] ?? 0) >>> (n & 31)) & 1;
}
