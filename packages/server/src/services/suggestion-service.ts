import type { Coverage, DateRange, EventMatcher, MatchPreview, SegmentRule } from '@safar/core';
import { ALL_TIME, type EngineScope, type EventStore } from '@safar/warehouse';
import type { IngestPipeline } from '../ingest/ingest-pipeline.js';
import { UnsupportedQueryError } from './journey-query-service.js';
import type { PersonaService } from './persona-service.js';
import type { WorkspaceService } from './workspace-service.js';

/** `[from, to)` in epoch ms; either end may be left open. */
export interface OptionalRange {
  readonly from?: number | undefined;
  readonly to?: number | undefined;
}

const rangeOf = (range: OptionalRange) => ({
  from: range.from ?? ALL_TIME.from,
  to: range.to ?? ALL_TIME.to,
});

/**
 * The binding pickers (docs/analytics.md, "Suggestions"): event names, property keys and values
 * and person traits seen in the data, with counts; how many events a matcher matches, counted as
 * the living map counts a touchpoint (`JourneyEngine.volumes`); and how many persons a segment
 * rule covers, selected as journey queries select a persona's persons.
 */
export class SuggestionService {
  constructor(
    private readonly events: EventStore,
    private readonly ingest: IngestPipeline,
    private readonly workspaces: WorkspaceService,
    private readonly personas: PersonaService,
  ) {}

  /** The engine's suggestions once the workspace exists and every acknowledged event is readable. */
  private async ready(workspaceId: string) {
    await this.workspaces.get(workspaceId);
    await this.ingest.flushNow();
    return this.events.suggestions;
  }

  async eventNames(workspaceId: string, query: { search: string; limit: number } & OptionalRange) {
    return (await this.ready(workspaceId)).eventNames(workspaceId, { ...query, ...rangeOf(query) });
  }

  async eventProperties(workspaceId: string, query: { event: string; limit: number } & OptionalRange) {
    return (await this.ready(workspaceId)).eventProperties(workspaceId, { ...query, ...rangeOf(query) });
  }

  async propertyValues(
    workspaceId: string,
    query: { event: string; key: string; search: string; limit: number } & OptionalRange,
  ) {
    return (await this.ready(workspaceId)).propertyValues(workspaceId, { ...query, ...rangeOf(query) });
  }

  async traitKeys(workspaceId: string, query: { limit: number }) {
    return (await this.ready(workspaceId)).traitKeys(workspaceId, query);
  }

  async traitValues(workspaceId: string, query: { key: string; search: string; limit: number }) {
    return (await this.ready(workspaceId)).traitValues(workspaceId, query);
  }

  /** The events and persons a matcher matches: the numbers the living map shows for a touchpoint with it. */
  async matchPreview(
    workspaceId: string,
    request: { matcher: EventMatcher; dateRange?: DateRange | undefined },
  ): Promise<MatchPreview> {
    await this.ready(workspaceId);
    const engine = this.events.journeys;
    if (!engine)
      throw new UnsupportedQueryError(`the ${this.events.kind} event store does not run journey queries yet`);
    const range = request.dateRange
      ? { from: Date.parse(request.dateRange.from), to: Date.parse(request.dateRange.to) }
      : ALL_TIME;
    const scope: EngineScope = {
      workspaceId,
      ...range,
      channels: [],
      eventFilters: [],
      persons: { filters: [], segments: [] },
    };
    const volumes = await engine.volumes(scope, {
      steps: [{ label: request.matcher.event, matchers: [request.matcher] }],
      unmappedLimit: 0,
    });
    return volumes.steps[0] ?? { events: 0, persons: 0 };
  }

  async coverage(workspaceId: string, rule: SegmentRule): Promise<Coverage> {
    return (await this.ready(workspaceId)).coverage(workspaceId, rule);
  }

  /** A saved persona's coverage, by its current segment rule. */
  async personaCoverage(workspaceId: string, personaId: string): Promise<Coverage> {
    const { persona } = await this.personas.get(workspaceId, personaId);
    return this.coverage(workspaceId, persona.segmentRule);
  }
}
