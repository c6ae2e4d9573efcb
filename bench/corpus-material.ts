/**
 * The real text the bench corpus is recombined from: the sentences of the
 * seed and golden articles (with the province each came from), their titles,
 * and templates made from their scraped text and from the saved pages of
 * each CMS family. Read once, at start, with whatever files exist: the
 * golden articles and fixture pages are written while the bench is used.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeBytes } from '../extract/html/decode-bytes.js';
import { extractFromHtml, extractFromText, normalizeText } from '../extract/index.js';
import { buildPageTemplate, type PageTemplate } from './page-template.js';
import { buildTextTemplate, type TextTemplate } from './text-template.js';

export interface MaterialPaths {
  seeds: string;
  golden: string;
  fixtures: string;
}

const REPO = fileURLToPath(new URL('../', import.meta.url));

export const DEFAULT_MATERIAL_PATHS: MaterialPaths = {
  seeds: join(REPO, '../shared/seeds'),
  golden: join(REPO, 'test/golden'),
  fixtures: join(REPO, 'test/fixtures/html'),
};

/** One paragraph of a source article, as sentences. */
export interface MaterialParagraph {
  sentences: string[];
  /** The province of the article it came from (the extractor's reading), if any. */
  province: string | null;
}

export interface CorpusMaterial {
  /** Paragraphs that state numbers: the fact-bearing part of the corpus. */
  figures: MaterialParagraph[];
  /** Paragraphs without a digit: context, quotes, conclusions. */
  fillers: MaterialParagraph[];
  titles: { text: string; province: string | null }[];
  textTemplates: TextTemplate[];
  pageTemplates: PageTemplate[];
  /** What was read, for the report. */
  counts: { seeds: number; goldenText: number; goldenHtml: number; fixturePages: number };
  /** Files that could not be used, with the reason. */
  skipped: string[];
}

/**
 * The end of a sentence: ". ", "! ", "? ", "… " before a capital or an opening
 * quote. Splits "…hội nghị. Đồng chí…"; does not split "TP. Hồ Chí Minh"
 * badly often enough to matter here (generation only), nor "1.234".
 */
const SENTENCE_END = /(?<=[.!?…])\s+(?=[\p{Lu}"“])/u;

/** Any digit. */
const DIGIT = /\p{N}/u;

/** Lines too short to be prose (captions, bylines). */
const MIN_PARAGRAPH_CHARS = 60;

export function loadCorpusMaterial(paths: MaterialPaths = DEFAULT_MATERIAL_PATHS): CorpusMaterial {
  const material: CorpusMaterial = {
    figures: [],
    fillers: [],
    titles: [],
    textTemplates: [],
    pageTemplates: [],
    counts: { seeds: 0, goldenText: 0, goldenHtml: 0, fixturePages: 0 },
    skipped: [],
  };

  for (const file of listFiles(paths.seeds, '.txt')) if (addTextArticle(material, paths.seeds, file)) material.counts.seeds++;
  for (const file of listFiles(paths.golden, '.txt')) if (addTextArticle(material, paths.golden, file)) material.counts.goldenText++;
  for (const file of listFiles(paths.golden, '.html')) if (addPage(material, paths.golden, file, true)) material.counts.goldenHtml++;
  for (const file of listFiles(paths.fixtures, '.html')) if (addPage(material, paths.fixtures, file, false)) material.counts.fixturePages++;

  if (material.figures.length === 0 || material.textTemplates.length === 0 || material.pageTemplates.length === 0) {
    throw new Error(
      `bench corpus: not enough material (${material.figures.length} paragraphs with figures, ${material.textTemplates.length} text templates, ${material.pageTemplates.length} page templates) in ${paths.seeds}, ${paths.golden}, ${paths.fixtures}`,
    );
  }
  return material;
}

function listFiles(dir: string, extension: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith(extension)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`bench corpus: cannot list ${dir}`, { cause: error });
  }
}

function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new Error(`bench corpus: cannot read ${path}`, { cause: error });
  }
}

/** Reads UTF-8, or null when the file is not valid UTF-8. */
function readUtf8(path: string): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(readBytes(path));
  } catch (error) {
    if (error instanceof TypeError) return null;
    throw error;
  }
}

function addTextArticle(material: CorpusMaterial, dir: string, file: string): boolean {
  const raw = readUtf8(join(dir, file));
  if (raw === null) return skip(material, file, 'not UTF-8');
  const text = normalizeText(raw);
  const result = extractFromText(text);
  if (result.text.trim() === '') return skip(material, file, 'no body found');
  addBody(material, result.text, result.meta.province);
  if (result.meta.title) material.titles.push({ text: result.meta.title, province: result.meta.province });
  const template = buildTextTemplate(file, text, { ...result.meta, body: result.text });
  if (template) material.textTemplates.push(template);
  else material.skipped.push(`${file}: body not found in its text (no text template)`);
  return true;
}

function addPage(material: CorpusMaterial, dir: string, file: string, isArticle: boolean): boolean {
  // Pages are decoded as the extractor does (a Windows-1258 page becomes a template like any other).
  const html = decodeBytes(readBytes(join(dir, file))).text;
  const result = extractFromHtml(html);
  // Fixture pages are short stand-ins; their bodies are used as prose only when they are articles of the project's own.
  if (isArticle && result.text.trim() !== '') {
    addBody(material, result.text, result.meta.province);
    if (result.meta.title) material.titles.push({ text: result.meta.title, province: result.meta.province });
  }
  const template = buildPageTemplate(file, html, result.meta);
  if (!template) return skip(material, file, 'no body container found');
  material.pageTemplates.push(template);
  return true;
}

function addBody(material: CorpusMaterial, body: string, province: string | null): void {
  for (const line of body.split('\n')) {
    const text = line.trim();
    if (text.length < MIN_PARAGRAPH_CHARS) continue;
    const paragraph = { sentences: text.split(SENTENCE_END), province };
    (DIGIT.test(text) ? material.figures : material.fillers).push(paragraph);
  }
}

function skip(material: CorpusMaterial, file: string, reason: string): false {
  material.skipped.push(`${file}: ${reason}`);
  return false;
}
