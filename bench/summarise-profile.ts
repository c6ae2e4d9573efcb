/**
 * Where the time goes: the top self-time functions of a V8 `.cpuprofile`,
 * with their file:line, and the self time per file.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/vntally-prof --import tsx bench/run.ts --only text --articles 2000
 *   node --import tsx bench/summarise-profile.ts /tmp/vntally-prof [--top 10] [--within extractFromText]
 *
 * `--within` keeps only the time spent inside the named functions (and what
 * they call), leaving out corpus generation, module loading and GC outside.
 *
 * A directory means its largest profile (the main thread; tsx's loader
 * thread writes a small one beside it).
 *
 * Lines: tsx compiles TypeScript with esbuild, which reprints the code, so
 * the profile's positions are those of the compiled module. A named
 * function is located in the .ts source by its declaration; an arrow
 * function and a regex are shown with the named function that runs them.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const REPO = fileURLToPath(new URL('../', import.meta.url));

const CallFrame = z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number(), columnNumber: z.number() });
const CpuProfile = z.object({
  nodes: z.array(z.object({ id: z.number(), callFrame: CallFrame, children: z.array(z.number()).optional() })),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
  startTime: z.number(),
  endTime: z.number(),
});
type CpuProfile = z.infer<typeof CpuProfile>;

export interface HotFunction {
  name: string;
  /** "extract/extract-facts.ts:587", or a built-in/library location. */
  location: string;
  selfMs: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Garbage collection in the whole profile (V8 does not attribute it to a caller). */
  gcMs: number;
  /** Time matching regexes (inside `within`), and the number of patterns. */
  regexMs: number;
  regexPatterns: number;
  profileMs: number;
  functions: HotFunction[];
  files: { file: string; selfMs: number; share: number }[];
}

/** Declarations a function name can come from: `function name(`, `name(…) {` (method), `const name =`. */
function declarationPatterns(name: string): RegExp[] {
  const n = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return [new RegExp(`\\bfunction\\s*\\*?\\s*${n}\\s*[<(]`, 'u'), new RegExp(`\\b(?:const|let|var)\\s+${n}\\s*[=:]`, 'u'), new RegExp(`^\\s*(?:(?:private|public|protected|static|async|readonly)\\s+)*${n}\\s*[<(]`, 'u')];
}

const sourceCache = new Map<string, string[] | null>();

function sourceLines(path: string): string[] | null {
  if (!sourceCache.has(path)) {
    let lines: string[] | null = null;
    try {
      lines = readFileSync(path, 'utf8').split('\n');
    } catch (error) {
      // A file gone since the run: the compiled line is shown instead.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    sourceCache.set(path, lines);
  }
  return sourceCache.get(path)!;
}

function locate(frame: z.infer<typeof CallFrame>): string {
  if (!frame.url) return '(native)';
  if (!frame.url.startsWith('file://')) return `${frame.url}:${frame.lineNumber + 1}`;
  const path = fileURLToPath(frame.url);
  const shown = path.startsWith(REPO) ? relative(REPO, path) : path;
  // Plain JavaScript runs as written: the profile's line is the file's line.
  if (!path.endsWith('.ts')) return `${shown}:${frame.lineNumber + 1}`;
  const lines = frame.functionName ? sourceLines(path) : null;
  if (lines) {
    for (const pattern of declarationPatterns(frame.functionName)) {
      const index = lines.findIndex((line) => pattern.test(line));
      if (index >= 0) return `${shown}:${index + 1}`;
    }
  }
  return `${shown}:~${frame.lineNumber + 1}`;
}

type ProfileNode = CpuProfile['nodes'][number];

/** V8 names regex execution "RegExp: <pattern>": the time spent matching that pattern. */
const REGEXP_FRAME = /^RegExp: /u;
const MAX_NAME = 90;

export function summariseProfile(profile: CpuProfile, options: { top: number; within: ReadonlySet<string> }): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node);

  const isWithin = new Map<number, boolean>();
  const within = (node: ProfileNode): boolean => {
    if (options.within.size === 0) return true;
    let known = isWithin.get(node.id);
    if (known === undefined) {
      const parent = parentOf.get(node.id);
      known = options.within.has(node.callFrame.functionName) || (parent ? within(parent) : false);
      isWithin.set(node.id, known);
    }
    return known;
  };

  /** The closest caller that is a named function of a file: where a regex or an arrow function runs. */
  const namedCaller = (node: ProfileNode): ProfileNode | null => {
    for (let p = parentOf.get(node.id); p; p = parentOf.get(p.id)) {
      if (p.callFrame.functionName && p.callFrame.url.startsWith('file://') && !REGEXP_FRAME.test(p.callFrame.functionName)) return p;
    }
    return null;
  };

  const describe = (node: ProfileNode): { name: string; location: string } => {
    const frame = node.callFrame;
    const caller = REGEXP_FRAME.test(frame.functionName) || (!frame.functionName && frame.url.startsWith('file://')) ? namedCaller(node) : null;
    if (REGEXP_FRAME.test(frame.functionName)) {
      const pattern = frame.functionName.replace(REGEXP_FRAME, '');
      const name = `regex /${pattern.length > MAX_NAME ? `${pattern.slice(0, MAX_NAME)}…` : pattern}/`;
      return { name, location: caller ? `run by ${caller.callFrame.functionName} ${locate(caller.callFrame)}` : '(native)' };
    }
    if (!frame.functionName && caller) return { name: `(arrow fn in ${caller.callFrame.functionName})`, location: locate(caller.callFrame) };
    return { name: frame.functionName || '(anonymous)', location: locate(frame) };
  };

  const selfById = new Map<number, number>();
  // timeDeltas[i] is the gap before sample i: the time until the next sample belongs to sample i.
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i]!;
    selfById.set(id, (selfById.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  }

  let totalUs = 0;
  let gcUs = 0;
  let profileUs = 0;
  let regexUs = 0;
  const patterns = new Set<string>();
  const byFunction = new Map<string, { name: string; location: string; us: number }>();
  const byFile = new Map<string, number>();
  for (const [id, us] of selfById) {
    const node = byId.get(id)!;
    profileUs += us;
    if (node.callFrame.functionName === '(garbage collector)') gcUs += us;
    if (!within(node)) continue;
    totalUs += us;
    if (REGEXP_FRAME.test(node.callFrame.functionName)) {
      regexUs += us;
      patterns.add(node.callFrame.functionName);
    }
    const { name, location } = describe(node);
    const file = location.replace(/^run by \S+ /u, '').replace(/:~?\d+$/u, '');
    byFile.set(file, (byFile.get(file) ?? 0) + us);
    const key = `${name}@${location}`;
    const entry = byFunction.get(key) ?? { name, location, us: 0 };
    entry.us += us;
    byFunction.set(key, entry);
  }

  return {
    totalMs: totalUs / 1000,
    gcMs: gcUs / 1000,
    regexMs: regexUs / 1000,
    regexPatterns: patterns.size,
    profileMs: profileUs / 1000,
    functions: [...byFunction.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, options.top)
      .map((f) => ({ name: f.name, location: f.location, selfMs: f.us / 1000, share: f.us / totalUs })),
    files: [...byFile.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, options.top)
      .map(([file, us]) => ({ file, selfMs: us / 1000, share: us / totalUs })),
  };
}

function readProfile(path: string): { path: string; profile: CpuProfile } {
  let file = path;
  if (statSync(path).isDirectory()) {
    const candidates = readdirSync(path)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => join(path, f))
      .sort((a, b) => statSync(b).size - statSync(a).size);
    if (!candidates[0]) throw new Error(`no .cpuprofile in ${path}`);
    file = candidates[0];
  }
  const parsed = CpuProfile.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file} is not a V8 CPU profile: ${z.prettifyError(parsed.error)}`, { cause: parsed.error });
  return { path: file, profile: parsed.data };
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string' }, within: { type: 'string' } } });
  const top = z.coerce.number().int().positive().default(10).parse(values.top);
  const target = positionals[0];
  if (!target) {
    console.error('usage: node --import tsx bench/summarise-profile.ts PROFILE_OR_DIR [--top N] [--within extractFromText,extractFromHtml]');
    process.exitCode = 2;
    return;
  }
  const { path, profile } = readProfile(target);
  const within = new Set((values.within ?? '').split(',').filter((x) => x !== ''));
  const summary = summariseProfile(profile, { top, within });
  const pct = (share: number) => `${(share * 100).toFixed(1).padStart(5)}%`;
  console.log(`${path}: ${(summary.profileMs / 1000).toFixed(2)} s sampled, of which garbage collection ${(summary.gcMs / 1000).toFixed(2)} s`);
  if (within.size > 0) console.log(`inside ${[...within].join(', ')}: ${(summary.totalMs / 1000).toFixed(2)} s (shares below are of this)`);
  console.log(`regex matching: ${(summary.regexMs / 1000).toFixed(2)} s (${pct(summary.regexMs / summary.totalMs).trim()}) in ${summary.regexPatterns} patterns`);
  console.log('');
  console.log(`Top ${top} functions by self time (a regex's matching time is its own line, with the function that runs it)`);
  summary.functions.forEach((f, i) => console.log(`${String(i + 1).padStart(3)}. ${f.selfMs.toFixed(0).padStart(7)} ms ${pct(f.share)}  ${f.name}  ${f.location}`));
  console.log('');
  console.log('Self time by file');
  for (const f of summary.files) console.log(`${f.selfMs.toFixed(0).padStart(12)} ms ${pct(f.share)}  ${f.file}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
