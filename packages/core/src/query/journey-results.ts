import { z } from 'zod';
import type { AttributionModel } from './attribution-query.js';
import { dfgNodeSchema, type ConformanceDeviation } from './conformance-query.js';
import { FRICTION_KINDS } from './friction-query.js';

/**
 * What `POST /api/workspaces/:ws/analytics/<kind>` answers: the API's contract, which the server
 * declares its responses with and the web app reads charts from (docs/analytics.md).
 */
const int = z.number().int();

const funnelStepResult = z.object({
  label: z.string(),
  persons: int,
  conversionFromFirst: z.number(),
  conversionFromPrevious: z.number(),
  droppedOff: int,
  timeToConvert: z
    .object({ averageMs: z.number(), medianMs: z.number(), histogram: z.array(int) })
    .nullable(),
});
export const funnelResultSchema = z
  .object({
    steps: z.array(funnelStepResult),
    breakdown: z.array(z.object({ value: z.string().nullable(), steps: z.array(funnelStepResult) })),
  })
  .meta({ id: 'FunnelResult' });

export const retentionResultSchema = z
  .object({
    cohorts: z.array(
      z.object({ cohort: z.string(), persons: int, returned: z.array(int), rates: z.array(z.number()) }),
    ),
  })
  .meta({ id: 'RetentionResult' });

export const pathsResultSchema = z
  .object({
    edges: z.array(z.object({ level: int, source: z.string(), target: z.string(), persons: int })),
  })
  .meta({ id: 'PathsResult' });

const credit = z.number().optional();
export const attributionResultSchema = z
  .object({
    conversions: int,
    rows: z.array(
      z.object({
        key: z.string(),
        label: z.string(),
        conversionsTouched: int,
        /** Only the models the query asked for. */
        credits: z.object({
          first_touch: credit,
          last_touch: credit,
          linear: credit,
          time_decay: credit,
          position_based: credit,
          markov: credit,
        } satisfies Record<AttributionModel, typeof credit>),
      }),
    ),
  })
  .meta({ id: 'AttributionResult' });

export const frictionResultSchema = z
  .object({
    persons: int,
    convertedPersons: int,
    conversionRate: z.number(),
    items: z.array(
      z.object({
        kind: z.enum(FRICTION_KINDS),
        index: int,
        label: z.string(),
        persons: int,
        convertedPersons: int,
        conversionRate: z.number(),
        unaffectedConversionRate: z.number().nullable(),
        conversionLost: z.number(),
      }),
    ),
  })
  .meta({ id: 'FrictionResult' });

const deviationCount = z.object({ journeys: int, occurrences: int });
export const conformanceResultSchema = z
  .object({
    steps: z.array(z.string()),
    journeys: int,
    fitting: int,
    fitShare: z.number(),
    complete: int,
    completeShare: z.number(),
    deviations: z.object({
      skipped: deviationCount,
      outOfOrder: deviationCount,
      loops: deviationCount,
      unmapped: deviationCount,
    } satisfies Record<ConformanceDeviation, typeof deviationCount>),
    edges: z.array(
      z.object({
        source: dfgNodeSchema,
        target: dfgNodeSchema,
        journeys: int,
        occurrences: int,
        designed: z.boolean(),
      }),
    ),
    touchpointCount: z.object({
      expected: int,
      fewer: int,
      equal: int,
      more: int,
      average: z.number().nullable(),
      median: int.nullable(),
      histogram: z.array(z.object({ touches: int, journeys: int })),
    }),
  })
  .meta({ id: 'ConformanceResult' });

/** A page of the persons behind a number (drill-down), by person id. */
export const personsPageSchema = z.object({ personIds: z.array(z.string()), total: int });

export type FunnelAnswer = z.infer<typeof funnelResultSchema>;
export type RetentionAnswer = z.infer<typeof retentionResultSchema>;
export type PathsAnswer = z.infer<typeof pathsResultSchema>;
export type AttributionAnswer = z.infer<typeof attributionResultSchema>;
export type FrictionAnswer = z.infer<typeof frictionResultSchema>;
export type ConformanceAnswer = z.infer<typeof conformanceResultSchema>;
