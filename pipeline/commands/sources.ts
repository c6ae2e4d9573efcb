/**
 * `vntally sources`: lists the registered news sources (data/sources.json) as
 * a table or JSON lines, filtered by province, kind or id; or validates a
 * registry file and prints each problem with the entry's id and the field.
 */
import { z } from 'zod';
import {
  DEFAULT_REGISTRY_URL,
  RegistryError,
  SOURCE_KINDS,
  displayPath,
  formatProblem,
  isKnownProvinceName,
  readRegistryFile,
  selectSources,
  validateRegistry,
  type Source,
} from '../../crawlers/registry.js';
import { CliError } from '../cli-error.js';
import type { Command } from '../command.js';
import { parseCommandFlags } from '../command-flags.js';

const HELP = `Usage: vntally sources [--province P] [--kind K] [--source ID] [--verified-only] [--json]
       vntally sources --validate FILE

Lists the news sources of the registry (data/sources.json): id, kind,
province → 2025 unit, CMS family, verification and base URL, then a count.
The registry is validated first; if it has problems they are printed instead.

Options:
  --province P     sources of province P: a pre-2025 province ("Bình Phước")
                   or a 2025 unit ("Đồng Nai" also gives Bình Phước's sources);
                   diacritics and "tỉnh"/"TP" optional. Repeatable.
  --kind K         provincial_portal, party_committee, labour_federation,
                   newspaper or national. Repeatable.
  --source ID      the source with this id. Repeatable.
  --verified-only  only sources marked verified (✔ in SITES.md).
  --json           one JSON object per source and line instead of the table.
  --validate FILE  check FILE against the registry schema instead of listing;
                   each problem is printed as
                     <file>: source "<id>" (entry N): <field>: <message>
                   with N counted from 0, as in "sources"[N].
  -h, --help       this text

Repeated values of one option are alternatives; different options all apply.
Exit code 0 when all is well, 1 when the registry has problems, 2 for wrong
usage or a file that cannot be read.`;

/** Flags as parseArgs returns them, validated and given defaults. */
const FlagsSchema = z.object({
  province: z
    .array(z.string().refine(isKnownProvinceName, { error: (issue) => `unknown province "${String(issue.input)}": give a pre-2025 province or a 2025 unit, e.g. "Bình Phước" or "Đồng Nai"` }))
    .default([]),
  kind: z.array(z.enum(SOURCE_KINDS)).default([]),
  source: z.array(z.string().min(1)).default([]),
  'verified-only': z.boolean().default(false),
  json: z.boolean().default(false),
  validate: z.string().min(1, { error: 'needs a file name' }).optional(),
});
type Flags = z.infer<typeof FlagsSchema>;

function parseFlags(argv: string[]): Flags {
  return parseCommandFlags('sources', argv, {
    province: { type: 'string', multiple: true },
    kind: { type: 'string', multiple: true },
    source: { type: 'string', multiple: true },
    'verified-only': { type: 'boolean' },
    json: { type: 'boolean' },
    validate: { type: 'string' },
  }, FlagsSchema).flags;
}

/** Reads a registry file; an unreadable or non-JSON file is the user's problem (exit 2), with the cause kept. */
async function readOrFail(path: string | URL): Promise<unknown> {
  try {
    return await readRegistryFile(path);
  } catch (error) {
    if (error instanceof RegistryError) throw new CliError('registry_unreadable', error.message, { cause: error });
    throw error;
  }
}

function provinceCell(source: Source): string {
  if (source.province === null) return '—';
  return source.province === source.province_2025 ? source.province : `${source.province} → ${source.province_2025}`;
}

/** Columns padded to their widest cell. Names are NFC (the registry is normalised on read), so length is width. */
export function formatSourceTable(sources: readonly Source[]): string {
  const header = ['id', 'kind', 'province → 2025', 'cms', 'verified', 'base_url'];
  const rows = sources.map((s) => [s.id, s.kind, provinceCell(s), s.cms, s.verified, s.base_url]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

async function runValidate(file: string): Promise<number> {
  const { sources, problems } = validateRegistry(await readOrFail(file));
  for (const problem of problems) console.log(formatProblem(file, problem));
  if (problems.length > 0) {
    console.log(`${file}: ${problems.length} problem(s); ${sources.length} entr${sources.length === 1 ? 'y' : 'ies'} valid`);
    return 1;
  }
  console.log(`${file}: ${sources.length} source${sources.length === 1 ? '' : 's'}, no problems`);
  return 0;
}

export const sourcesCommand: Command = {
  name: 'sources',
  summary: 'list or validate the registered news sources',
  help: HELP,
  async run(argv: string[]): Promise<number> {
    const flags = parseFlags(argv);
    if (flags.validate !== undefined) return runValidate(flags.validate);

    const shown = displayPath(DEFAULT_REGISTRY_URL);
    const { sources, problems } = validateRegistry(await readOrFail(DEFAULT_REGISTRY_URL));
    if (problems.length > 0) {
      for (const problem of problems) console.log(formatProblem(shown, problem));
      console.log(`${shown}: ${problems.length} problem(s)`);
      return 1;
    }
    const known = new Set(sources.map((s) => s.id));
    const unknown = flags.source.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new CliError('unknown_source', `unknown source id ${unknown.map((id) => `"${id}"`).join(', ')} (see vntally sources)`);
    }
    const selected = selectSources(
      { sources },
      { ids: flags.source, provinces: flags.province, kinds: flags.kind, verifiedOnly: flags['verified-only'] },
    );
    if (flags.json) {
      for (const source of selected) console.log(JSON.stringify(source));
      return 0;
    }
    if (selected.length > 0) console.log(formatSourceTable(selected));
    const filtered = selected.length !== sources.length;
    console.log(filtered ? `${selected.length} of ${sources.length} sources` : `${sources.length} sources`);
    return 0;
  },
};
