#!/usr/bin/env node
// Builds a corpus's gold.jsonl from the *.expected.json files beside its
// articles, one line per article with a `file` field first, in file-name
// order (the format of test/blind2/gold.jsonl). Run it after editing any
// expected file of that corpus:
//
//   node test/eval/build-gold.mjs test/blind3
//
// Never edit gold.jsonl by hand.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

if (process.argv.length !== 3) {
  console.error('usage: node test/eval/build-gold.mjs CORPUS_DIR   (e.g. test/blind3)');
  process.exit(2);
}
const here = resolve(process.argv[2]);
const SUFFIX = '.expected.json';
const ARTICLE_EXTS = ['.txt', '.html'];

// JSON with ", " and ": " separators, as in the gold files of the other corpora.
const toLine = (v) => {
  if (Array.isArray(v)) return `[${v.map(toLine).join(', ')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}: ${toLine(x)}`).join(', ')}}`;
  }
  return JSON.stringify(v);
};

const lines = [];
for (const name of readdirSync(here).filter((n) => n.endsWith(SUFFIX)).sort()) {
  const stem = name.slice(0, -SUFFIX.length);
  const articles = ARTICLE_EXTS.map((ext) => stem + ext).filter((f) => existsSync(join(here, f)));
  if (articles.length !== 1) {
    throw new Error(`${name}: expected exactly one article beside it, found ${articles.length}`);
  }
  const expected = JSON.parse(readFileSync(join(here, name), 'utf8'));
  if (!Array.isArray(expected.facts)) throw new Error(`${name}: "facts" must be an array`);
  lines.push(toLine({ file: articles[0], ...expected }));
}
writeFileSync(join(here, 'gold.jsonl'), lines.join('\n') + '\n');
console.log(`wrote ${lines.length} articles to ${join(here, 'gold.jsonl')}`);
