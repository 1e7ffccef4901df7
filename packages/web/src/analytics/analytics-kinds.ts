import {
  JOURNEY_QUERY_KINDS,
  journeyQuerySchema,
  NON_ACTION_EVENTS,
  type DateRange,
  type JourneyQuery,
  type JourneyQueryKind,
  type JourneyStep,
} from '@safar/core';

export const QUERY_KINDS = JOURNEY_QUERY_KINDS;
export type QueryKind = JourneyQueryKind;

/** A journey query's spec with every default filled in, as the form edits it and the API takes it. */
export type AnalyticsSpec = JourneyQuery;
export type SpecOf<K extends QueryKind> = Extract<AnalyticsSpec, { kind: K }>;
export type Drafts = { [K in QueryKind]: SpecOf<K> };

export const isQueryKind = (value: unknown): value is QueryKind => QUERY_KINDS.some((kind) => kind === value);

/** An event step with no event yet: the form's starting point where a step is required. */
export const EMPTY_EVENT_STEP: JourneyStep = { kind: 'event', matcher: { event: '', filters: [] } };

export interface SpecIssue {
  readonly path: string;
  readonly message: string;
}
export type ParsedSpec = { ok: true; spec: AnalyticsSpec } | { ok: false; issues: SpecIssue[] };

/** Checks a spec with core's schema of its kind (the server's own), filling in defaults. */
export function parseSpec(value: unknown): ParsedSpec {
  const kind = typeof value === 'object' && value !== null && 'kind' in value ? value.kind : undefined;
  if (!isQueryKind(kind)) return { ok: false, issues: [{ path: 'kind', message: 'unknown query kind' }] };
  const parsed = journeyQuerySchema.safeParse(value);
  if (parsed.success) return { ok: true, spec: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  };
}

const scope = (dateRange: DateRange) => ({
  dateRange,
  eventFilters: [],
  personFilters: [],
  personaIds: [],
  channels: [],
});

/** A fresh draft of every kind over one date range: the schemas' defaults, steps still to choose. */
export function defaultDrafts(dateRange: DateRange): Drafts {
  const common = scope(dateRange);
  return {
    funnel: {
      kind: 'funnel',
      steps: [],
      order: 'ordered',
      window: { value: 14, unit: 'day' },
      exclusions: [],
      ...common,
    },
    paths: {
      kind: 'paths',
      direction: 'from',
      depth: 4,
      sessionGapMinutes: 30,
      cleaning: [],
      excludeEvents: [...NON_ACTION_EVENTS],
      // Fewer edges than the API's 100 keep a Sankey readable; the form can raise it.
      maxEdges: 30,
      ...common,
    },
    retention: {
      kind: 'retention',
      startStep: EMPTY_EVENT_STEP,
      returnStep: EMPTY_EVENT_STEP,
      period: 'week',
      periods: 8,
      ...common,
    },
    attribution: {
      kind: 'attribution',
      conversion: EMPTY_EVENT_STEP,
      by: { kind: 'channel' },
      lookback: { value: 30, unit: 'day' },
      models: ['first_touch', 'last_touch', 'linear', 'time_decay', 'position_based', 'markov'],
      halfLife: { value: 7, unit: 'day' },
      ...common,
    },
    friction: {
      kind: 'friction',
      steps: [],
      errors: [],
      stallAfter: { value: 1, unit: 'day' },
      rankBy: 'persons',
      ...common,
    },
    conformance: { kind: 'conformance', steps: [], sessionGapMinutes: null, ...common },
  };
}

/** The scope fields shared by every kind, carried over when the user switches kinds. */
export function withScopeOf<S extends AnalyticsSpec>(target: S, source: AnalyticsSpec): S {
  return {
    ...target,
    dateRange: source.dateRange,
    eventFilters: source.eventFilters,
    personFilters: source.personFilters,
    personaIds: source.personaIds,
    channels: source.channels,
  };
}

/** Puts a spec (e.g. a saved query's) in place of its kind's draft. */
export function withDraft(drafts: Drafts, spec: AnalyticsSpec): Drafts {
  switch (spec.kind) {
    case 'funnel':
      return { ...drafts, funnel: spec };
    case 'paths':
      return { ...drafts, paths: spec };
    case 'retention':
      return { ...drafts, retention: spec };
    case 'attribution':
      return { ...drafts, attribution: spec };
    case 'friction':
      return { ...drafts, friction: spec };
    case 'conformance':
      return { ...drafts, conformance: spec };
  }
}
