/**
 * The source-selection flags shared by `vntally crawl` and `vntally run`
 * (and, through `run`, `vntally schedule`): which registered sources to
 * visit, or one site that is not registered.
 *
 *   --source ID…  --province P…  --kind K…     registry sources (filters all apply)
 *   --start-url URL [--cms auto|FAMILY]         one unregistered site
 *
 * `SELECTION_FLAG_OPTIONS` goes into `parseArgs`, `SELECTION_FLAG_FIELDS`
 * into the command's zod object and `refineSelection` into its
 * `superRefine`; `resolveSelection` turns the checked flags into what
 * `crawl()` takes, with one `CliError` for an unknown id or an empty match.
 */
import type { ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import type { AdhocTarget } from '../crawlers/engine/index.js';
import { CMS_FAMILIES, RegistryError, SOURCE_KINDS, isKnownProvinceName, loadRegistry, selectSources } from '../crawlers/registry.js';
import type { Source } from '../crawlers/registry.js';
import { CliError } from './cli-error.js';

export const SELECTION_FLAG_OPTIONS = {
  source: { type: 'string', multiple: true },
  province: { type: 'string', multiple: true },
  kind: { type: 'string', multiple: true },
  'start-url': { type: 'string' },
  cms: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export const SELECTION_FLAG_FIELDS = {
  source: z.array(z.string().min(1)).default([]),
  province: z
    .array(z.string().refine(isKnownProvinceName, { error: (issue) => `unknown province "${String(issue.input)}"` }))
    .default([]),
  kind: z.array(z.enum(SOURCE_KINDS)).default([]),
  'start-url': z
    .string()
    .refine((u) => URL.canParse(u) && ['http:', 'https:'].includes(new URL(u).protocol), { error: 'expected an absolute http(s) URL' })
    .optional(),
  cms: z.enum(['auto', ...CMS_FAMILIES]).optional(),
};

const SelectionObject = z.object(SELECTION_FLAG_FIELDS);
export type SelectionFlags = z.infer<typeof SelectionObject>;

/** The rules between the flags; pass to the command schema's `superRefine`. */
export function refineSelection(flags: SelectionFlags, ctx: z.RefinementCtx): void {
  if (flags['start-url'] !== undefined && isFiltered(flags)) {
    ctx.addIssue({ code: 'custom', path: ['start-url'], message: 'cannot be combined with --source, --province or --kind' });
  }
  if (flags.cms !== undefined && flags['start-url'] === undefined) {
    ctx.addIssue({ code: 'custom', path: ['cms'], message: 'only applies with --start-url' });
  }
}

function isFiltered(flags: SelectionFlags): boolean {
  return flags.source.length + flags.province.length + flags.kind.length > 0;
}

export const SELECTION_FLAGS_HELP = `Selecting sources (repeatable; different options all apply):
  --source ID        the registered source with this id
  --province P       sources of a pre-2025 province or a 2025 unit
  --kind K           ${SOURCE_KINDS.join(', ')}

An unregistered site:
  --start-url URL    crawl this site (its own host only)
  --cms FAMILY       auto (default: detected from the start page), or one of
                     ${CMS_FAMILIES.join(', ')}`;

/** What the flags asked for, as recorded in a run's manifest and the `runs` table. */
export function describeSelection(flags: SelectionFlags): Record<string, unknown> {
  const startUrl = flags['start-url'];
  if (startUrl !== undefined) return { start_url: startUrl, cms: flags.cms ?? 'auto' };
  return { sources: flags.source, provinces: flags.province, kinds: flags.kind };
}

/** Registry sources (`registry` for tests: default data/sources.json) or the ad-hoc site the flags select. */
export async function resolveSelection(flags: SelectionFlags, registry?: string | URL): Promise<readonly Source[] | AdhocTarget> {
  const startUrl = flags['start-url'];
  if (startUrl !== undefined) return { startUrl, cms: flags.cms ?? 'auto' };
  let sources: Source[];
  try {
    ({ sources } = await loadRegistry(registry));
  } catch (error) {
    if (error instanceof RegistryError) throw new CliError('registry_invalid', `${error.message} (see vntally sources)`, { cause: error, exitCode: 1 });
    throw error;
  }
  const known = new Set(sources.map((s) => s.id));
  const unknown = flags.source.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new CliError('unknown_source', `unknown source id ${unknown.map((id) => `"${id}"`).join(', ')} (see vntally sources)`);
  const selected = selectSources({ sources }, { ids: flags.source, provinces: flags.province, kinds: flags.kind });
  if (selected.length === 0) throw new CliError('no_sources', 'no registered source matches these filters (see vntally sources)');
  return selected;
}
