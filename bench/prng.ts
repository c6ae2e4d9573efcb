/**
 * The bench corpus's seeds: `hashSeed` mixes numbers into one seed for the
 * seeded generator `Prng` (test/helpers/seeded-random.ts), so the corpus is
 * the same on every machine and every run: never `Math.random`.
 */

/** Mixes numbers into one 32-bit seed (FNV-1a over their 32-bit words). */
export function hashSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    let x = part >>> 0;
    for (let i = 0; i < 4; i++) {
      h ^= x & 0xff;
      h = Math.imul(h, 0x01000193);
      x >>>= 8;
    }
  }
  return h >>> 0;
}

export { Prng } from '../test/helpers/seeded-random.js';
