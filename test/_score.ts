/**
 * The scorer's matching rules (../shared/eval/score.mjs), in-process, for the
 * golden corpus: facts match gold on (metric or alt, value, unit), each gold
 * fact at most once, preferring a gold fact of the same kind; optional gold
 * facts change no score.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { foldDiacritics } from '../extract/normalize-text.js';

export interface GoldFact {
  metric: string;
  value: number;
  unit: string;
  kind: string;
  approx?: string;
  value_max?: number;
  optional?: boolean;
  alt?: string[];
  note?: string;
}

export interface GoldArticle {
  file: string;
  path: string;
  province: string | null;
  published: string | null;
  facts: GoldFact[];
}

export interface GotFact {
  metric: string;
  value: number;
  unit: string;
  kind: string;
  approx?: string;
}

export interface ArticleScore {
  file: string;
  tp: number;
  fp: number;
  fn: number;
  kindOk: number;
  approxOk: number;
  provinceOk: boolean;
  publishedOk: boolean;
  missed: GoldFact[];
  wrong: GotFact[];
}

const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;

export function foldProvince(s: string | null | undefined): string {
  return foldDiacritics(s ?? '').replace(/^(tinh|thanh pho|tp\.?)\s+/u, '').replace(/\s+/gu, ' ').trim();
}

export function scoreArticle(gold: GoldArticle, got: { province: string | null; published: string | null; facts: GotFact[] }): ArticleScore {
  const used = new Set<number>();
  const wrong: GotFact[] = [];
  let tp = 0;
  let kindOk = 0;
  let approxOk = 0;
  for (const f of got.facts) {
    const fits = (x: GoldFact): boolean => same(x.value, f.value) && (x.unit ?? 'count') === (f.unit ?? 'count') && [x.metric, ...(x.alt ?? [])].includes(f.metric);
    let best = -1;
    gold.facts.forEach((x, i) => {
      if (used.has(i) || !fits(x)) return;
      const b = gold.facts[best];
      if (best < 0 || (x.kind === f.kind && b!.kind !== f.kind) || (!x.optional && b!.optional && x.kind === f.kind)) best = i;
    });
    if (best < 0) {
      wrong.push(f);
      continue;
    }
    used.add(best);
    const x = gold.facts[best]!;
    if (x.optional) continue;
    tp++;
    if (x.kind === f.kind) kindOk++;
    if ((x.approx ?? 'exact') === (f.approx ?? 'exact')) approxOk++;
  }
  const missed = gold.facts.filter((x, i) => !used.has(i) && !x.optional);
  return {
    file: gold.file,
    tp,
    fp: wrong.length,
    fn: missed.length,
    kindOk,
    approxOk,
    provinceOk: foldProvince(got.province) === foldProvince(gold.province),
    publishedOk: (got.published ?? null) === (gold.published ?? null),
    missed,
    wrong,
  };
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
  kind: number;
  approx: number;
  province: number;
  published: number;
  articles: ArticleScore[];
}

export function summarize(articles: ArticleScore[]): CorpusScore {
  const sum = (k: 'tp' | 'fp' | 'fn' | 'kindOk' | 'approxOk'): number => articles.reduce((s, a) => s + a[k], 0);
  const tp = sum('tp');
  const p = tp + sum('fp') ? tp / (tp + sum('fp')) : 0;
  const r = tp + sum('fn') ? tp / (tp + sum('fn')) : 0;
  return {
    precision: p,
    recall: r,
    f1: p + r ? (2 * p * r) / (p + r) : 0,
    kind: tp ? sum('kindOk') / tp : 0,
    approx: tp ? sum('approxOk') / tp : 0,
    province: articles.filter((a) => a.provinceOk).length / Math.max(1, articles.length),
    published: articles.filter((a) => a.publishedOk).length / Math.max(1, articles.length),
    articles,
  };
}

/** The golden corpus: every article in `dir` beside its `.expected.json`. */
export function loadGolden(dir: string): GoldArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => {
      const stem = f.replace(/\.expected\.json$/u, '');
      const article = readdirSync(dir).find((g) => g.startsWith(`${stem}.`) && !g.endsWith('.expected.json'));
      if (!article) throw new Error(`${join(dir, f)}: no article file beside it`);
      const expected = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Omit<GoldArticle, 'file' | 'path'>;
      return { ...expected, file: basename(article), path: join(dir, article) };
    });
}

export function describeMisses(a: ArticleScore): string {
  const lines = [`${a.file}: ${a.tp} right, ${a.fn} missed, ${a.fp} wrong${a.provinceOk ? '' : '; province wrong'}${a.publishedOk ? '' : '; published wrong'}`];
  for (const m of a.missed) lines.push(`  missed ${m.metric} ${m.value} ${m.unit} ${m.kind}${m.note ? ` (${m.note})` : ''}`);
  for (const w of a.wrong) lines.push(`  wrong  ${w.metric} ${w.value} ${w.unit} ${w.kind}`);
  return lines.join('\n');
}
