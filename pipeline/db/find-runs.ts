/**
 * Finds run directories under `data/runs/` (the extract stage writes one per
 * run): `vntally load --latest` loads the one that started last.
 */
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CliError } from '../cli-error.js';
import { RUN_FILES, RunManifestSchema } from './run-artefacts.js';

export const DEFAULT_RUNS_DIR = 'data/runs';

export interface RunDirEntry {
  dir: string;
  runId: string;
  startedAt: string;
}

export interface RunDirListing {
  /** Directories with a valid run.json, oldest first (by started_at, then name). */
  runs: RunDirEntry[];
  /** Directories with a run.json that cannot be read or is invalid, with the reason. */
  skipped: { dir: string; reason: string }[];
}

async function readManifest(path: string): Promise<{ ok: true; runId: string; startedAt: string } | { ok: false; reason: string }> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  const parsed = RunManifestSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
  return { ok: true, runId: parsed.data.run_id, startedAt: new Date(parsed.data.started_at).toISOString() };
}

export async function listRunDirs(runsDir: string = DEFAULT_RUNS_DIR): Promise<RunDirListing> {
  const listing: RunDirListing = { runs: [], skipped: [] };
  if (!existsSync(runsDir)) return listing;
  for (const entry of await readdir(runsDir, { withFileTypes: true })) {
    // "<run_id>.tmp" is a run the extract stage is still writing (it renames the directory when done).
    if (!entry.isDirectory() || entry.name.endsWith('.tmp')) continue;
    const dir = join(runsDir, entry.name);
    const manifestPath = join(dir, RUN_FILES.manifest);
    // No run.json: not a finished run (the extract stage writes the manifest with its final counts).
    if (!existsSync(manifestPath)) continue;
    const manifest = await readManifest(manifestPath);
    if (manifest.ok) listing.runs.push({ dir, runId: manifest.runId, startedAt: manifest.startedAt });
    else listing.skipped.push({ dir, reason: manifest.reason });
  }
  listing.runs.sort((a, b) => (a.startedAt === b.startedAt ? a.dir.localeCompare(b.dir) : a.startedAt.localeCompare(b.startedAt)));
  return listing;
}

/** The run that started last; CliError when there is none. */
export async function findLatestRunDir(runsDir: string = DEFAULT_RUNS_DIR): Promise<string> {
  const { runs, skipped } = await listRunDirs(runsDir);
  const latest = runs.at(-1);
  if (latest === undefined) {
    const note = skipped.length > 0 ? ` (${skipped.length} with an invalid manifest, e.g. ${skipped[0]!.dir}: ${skipped[0]!.reason})` : '';
    throw new CliError('no_runs', `no run directories with a valid ${RUN_FILES.manifest} under ${runsDir}${note}: run \`vntally extract\` first`);
  }
  return latest.dir;
}
