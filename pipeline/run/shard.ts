/**
 * `--shard K/N`: splits the sources between N machines, each running
 * `vntally run --shard K/N` on its own archive and database.
 *
 * A source belongs to shard
 *
 *     1 + (the first 4 bytes of SHA-256(source id, UTF-8), read as a big-endian unsigned integer) mod N
 *
 * so the split depends only on the id and N: not on the registry's order,
 * the other sources, the machine or the Node version, and a source added to
 * the registry moves no other source. Any language can recompute it, e.g.
 * Python `1 + int.from_bytes(hashlib.sha256(id.encode()).digest()[:4], 'big') % n`.
 */
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based. */
  k: number;
  n: number;
}

/** "2/3". Matches "1/1", "12/40"; not "0/3", "3", "a/b" (range checked apart). */
const SHARD_SPEC = /^(\d{1,4})\/(\d{1,4})$/u;

/** Parses "K/N"; problems are returned as data. */
export function parseShard(text: string): { ok: true; shard: Shard } | { ok: false; problem: string } {
  const match = SHARD_SPEC.exec(text.trim());
  if (!match) return { ok: false, problem: `expected K/N such as 1/3, got "${text}"` };
  const k = Number(match[1]);
  const n = Number(match[2]);
  if (n < 1) return { ok: false, problem: `N must be at least 1, got ${n}` };
  if (k < 1 || k > n) return { ok: false, problem: `K must be between 1 and ${n}, got ${k}` };
  return { ok: true, shard: { k, n } };
}

/** The shard (1..n) a source id belongs to. */
export function shardOf(sourceId: string, n: number): number {
  const digest = createHash('sha256').update(sourceId, 'utf8').digest();
  return 1 + (digest.readUInt32BE(0) % n);
}

/** The items of shard K/N, in their order. */
export function selectShard<T extends { id: string }>(items: readonly T[], shard: Shard): T[] {
  return items.filter((item) => shardOf(item.id, shard.n) === shard.k);
}

/** "shard-2-of-3": the export directory name of a shard. */
export function shardLabel(shard: Shard): string {
  return `shard-${shard.k}-of-${shard.n}`;
}
