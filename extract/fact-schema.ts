/**
 * The zod schema of a fact, for validation at the edges: before the CLI prints
 * facts and before the pipeline loads them (STYLE.md point 8).
 */
import { z } from 'zod';
import { APPROX, KINDS, METRICS, UNITS } from './types.js';

const SpanSchema = z.object({ text: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

export const FactSchema = z
  .object({
    id: z.string().regex(/^f\d+$/u),
    metric: z.enum(METRICS),
    value: z.number().finite().nonnegative(),
    value_max: z.number().finite().nonnegative().optional(),
    unit: z.enum(UNITS),
    kind: z.enum(KINDS),
    approx: z.enum(APPROX),
    scope: z.string().nullable(),
    period: z.string().nullable(),
    as_of: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).nullable(),
    parent: z.string().nullable(),
    parts_sum_match: z.boolean().optional(),
    confidence: z.number().min(0).max(1),
    evidence: SpanSchema,
    mention: SpanSchema,
  })
  .refine((f) => (f.unit === 'count' ? ['stock', 'flow', 'target'] : ['achievement', 'share', 'target']).includes(f.kind), {
    message: 'kind does not fit the unit (stock/flow/target for counts; achievement/share/target for percents)',
    path: ['kind'],
  })
  .refine((f) => f.value_max === undefined || f.value_max > f.value, { message: 'value_max must exceed value', path: ['value_max'] });

export type ValidFact = z.infer<typeof FactSchema>;
