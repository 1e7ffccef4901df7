import { z } from 'zod';
import { eventMatcherSchema, type EventMatcher } from '../event-matcher.js';
import { KPI_STANDINGS } from '../map/metric-measure.js';
import { FRICTION_KINDS } from './friction-query.js';
import { durationSchema, queryScopeFields, type Duration } from './query-scope.js';

/**
 * The living map (issue 6): the measures drawn on a journey map, asked for with the scope every
 * journey query takes (docs/analytics.md, "Map metrics").
 */
export const mapMetricsQuerySchema = z.object({ ...queryScopeFields });
export type MapMetricsQuery = z.infer<typeof mapMetricsQuerySchema>;
export type MapMetricsQueryInput = z.input<typeof mapMetricsQuerySchema>;

/**
 * The stage funnel's conversion window. A purchase journey (awareness to loyalty) runs over
 * days or weeks; 30 days holds most of it without joining a person's unrelated visits months apart.
 */
export const MAP_FUNNEL_WINDOW: Duration = { value: 30, unit: 'day' };

/** How many of the most frequent unmapped events the map suggests as touchpoints. */
export const MAP_UNMAPPED_SUGGESTIONS = 8;

const ERROR_EVENT_NAME = /fail|error|declin|exception|crash|not found/i;

/**
 * Whether a touchpoint's matcher is an error event (a friction source): its event is named like
 * one (`Payment Failed`, `Checkout Error`) or it asks for an HTTP error status (`page` with
 * `status` 404). A heuristic until touchpoints say so themselves.
 */
export function isErrorMatcher(matcher: EventMatcher): boolean {
  if (ERROR_EVENT_NAME.test(matcher.event)) return true;
  return matcher.filters.some(
    (filter) =>
      /(^|\.)status(_?code)?$/i.test(filter.property) &&
      (filter.operator === 'equals' ||
        filter.operator === 'greater_or_equal' ||
        filter.operator === 'greater_than') &&
      Number(filter.value) >= 400,
  );
}

const count = z.number().int().min(0);

/** Why a KPI cell has no value: no definition, one that no event can show, or nobody to measure. */
export const KPI_UNAVAILABLE_REASONS = ['no-definition', 'not-measurable', 'no-data'] as const;

/** How many of the most travelled directly-follows edges the map shows: between steps (drawn), and others. */
export const MAP_FLOW_EDGES = { betweenSteps: 16, other: 6 } as const;

/** A directly-follows node on the map: a map step, or where journeys start, end or leave the map. */
const flowNode = z.union([
  z.object({ kind: z.literal('step'), stepId: z.string() }),
  z.object({ kind: z.enum(['start', 'end', 'unmapped']) }),
]);
export type MapFlowNode = z.infer<typeof flowNode>;

export const mapMetricsResultSchema = z
  .object({
    /** Per touchpoint placed on the map that has an event matcher. */
    touchpoints: z.array(z.object({ touchpointId: z.string(), persons: count, events: count })),
    /** The funnel over the map's measurable stages (those with a touchpoint that has a matcher), in order. */
    stageFunnel: z.object({
      window: durationSchema,
      stages: z.array(
        z.object({
          stageId: z.string(),
          label: z.string(),
          persons: count,
          conversionFromFirst: z.number(),
          conversionFromPrevious: z.number(),
          /** Reached the previous stage but not this one. */
          droppedOff: count,
          /** From the previous stage; null for the first and when nobody reached it. */
          medianMsFromPrevious: z.number().nullable(),
        }),
      ),
    }),
    /** Touches per journey against the map's measurable steps; null when fewer than two steps can be measured. */
    touchpointsPerJourney: z
      .object({
        expected: count,
        journeys: count,
        fewer: count,
        equal: count,
        more: count,
        average: z.number().nullable(),
        median: z.number().nullable(),
      })
      .nullable(),
    /** Friction on the map's stages; items placed on a step (errors) or a stage (loops, stalls). */
    friction: z
      .object({
        persons: count,
        conversionLabel: z.string(),
        conversionRate: z.number(),
        items: z.array(
          z.object({
            kind: z.enum(FRICTION_KINDS),
            label: z.string(),
            stepId: z.string().nullable(),
            stageId: z.string().nullable(),
            persons: count,
            conversionRate: z.number(),
            conversionLost: z.number(),
          }),
        ),
      })
      .nullable(),
    /** Per metric item of a metrics cell, in map order: its value (in its measure's unit) against its target. */
    kpis: z.array(
      z.object({
        laneId: z.string(),
        stepId: z.string(),
        metricId: z.string(),
        value: z.number().nullable(),
        standing: z.enum(KPI_STANDINGS).nullable(),
        /** Set when value is null. */
        unavailable: z.enum(KPI_UNAVAILABLE_REASONS).nullable(),
      }),
    ),
    /** Designed vs actual: conformance on the map and its most travelled moves; null as touchpointsPerJourney. */
    flow: z
      .object({
        journeys: count,
        fitShare: z.number(),
        completeShare: z.number(),
        /** Journeys with at least one of each deviation. */
        deviations: z.object({ skipped: count, outOfOrder: count, loops: count, unmapped: count }),
        edges: z.array(
          z.object({ source: flowNode, target: flowNode, journeys: count, designed: z.boolean() }),
        ),
      })
      .nullable(),
    /** Frequent events no touchpoint of the map matches, each with a matcher to make it one. */
    unmapped: z.array(
      z.object({
        event: z.string(),
        /** What tells the event apart: a page's `path`, a screen's `name`; null when it has none. */
        property: z.string().nullable(),
        value: z.string().nullable(),
        persons: count,
        events: count,
        matcher: eventMatcherSchema,
      }),
    ),
  })
  .meta({ id: 'MapMetrics' });
export type MapMetrics = z.infer<typeof mapMetricsResultSchema>;
