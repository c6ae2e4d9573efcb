/**
 * The seed articles scored by the project's own scorer, exactly as a user runs
 * it (`node ../shared/eval/score.mjs`, which calls `npx vntally extract
 * --json`): CI fails if a score drops below its floor in test/eval/baseline.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const scorer = fileURLToPath(new URL('../../shared/eval/score.mjs', import.meta.url));
const baseline = JSON.parse(readFileSync(new URL('./eval/baseline.json', import.meta.url), 'utf8')) as {
  seeds: { f1: number; kind: number; province: number; published: number };
};

describe('seed articles through the scorer', () => {
  it('finds ../shared/eval/score.mjs beside the project (CI clones it there)', () => {
    expect(existsSync(scorer), `missing ${scorer}`).toBe(true);
  });

  it.runIf(existsSync(scorer))('keeps F1, kind, province and published at or above their floors', () => {
    const out = execFileSync('node', [scorer, '--verbose'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    const summary = out.trim().split('\n').at(-1) ?? '';
    const m = /F1 ([\d.]+).*kind ([\d.]+); province (\d+)\/(\d+); published (\d+)\/(\d+)/u.exec(summary);
    expect(m, `unexpected scorer output:\n${out}`).not.toBeNull();
    const [, f1, kind, province, , published] = m!;
    expect(Number(f1), out).toBeGreaterThanOrEqual(baseline.seeds.f1);
    expect(Number(kind), out).toBeGreaterThanOrEqual(baseline.seeds.kind);
    expect(Number(province), out).toBeGreaterThanOrEqual(baseline.seeds.province);
    expect(Number(published), out).toBeGreaterThanOrEqual(baseline.seeds.published);
    // Seed 004 states no figure at all.
    expect(out).toMatch(/004_f1d979f0bbc4477b\.txt: 0 right, 0 missed, 0 wrong/u);
  });
});
