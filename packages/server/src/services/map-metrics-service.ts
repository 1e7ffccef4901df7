import {
  MAP_FUNNEL_WINDOW,
  MAP_UNMAPPED_SUGGESTIONS,
  type JourneyMap,
  type JourneyStep,
  type MapMetrics,
  type MapMetricsQuery,
} from '@safar/core';
import type { EventStore } from '@safar/warehouse';
import type { IngestPipeline } from '../ingest/ingest-pipeline.js';
import { resolveEngineScope } from './engine-scope-resolver.js';
import { UnsupportedQueryError, type JourneyQueryService } from './journey-query-service.js';
import {
  frictionPlan,
  measuredStageIds,
  placedTouchpoints,
  suggestedMatcher,
  type PlacedTouchpoint,
} from './map-metrics-plan.js';
import { computeKpis, kpiPlans } from './map-kpis.js';
import { designedStepIds, mapFlow } from './map-flow.js';
import type { MapService } from './map-service.js';
import type { PersonaService } from './persona-service.js';
import type { TouchpointService } from './touchpoint-service.js';

/**
 * The living map: one map's measures in one call (docs/architecture.md). Touchpoint volumes and
 * unmapped events run as one engine query (`volumes`); the stage funnel, touchpoints per journey
 * and friction are the journey queries of JourneyQueryService, built from the map, so their
 * numbers equal what the analytics API answers for the same specs.
 */
export class MapMetricsService {
  constructor(
    private readonly events: EventStore,
    private readonly ingest: IngestPipeline,
    private readonly touchpoints: TouchpointService,
    private readonly maps: MapService,
    private readonly personas: PersonaService,
    private readonly journeys: JourneyQueryService,
  ) {}

  async metrics(workspaceId: string, mapId: string, query: MapMetricsQuery): Promise<MapMetrics> {
    const { map } = await this.maps.get(workspaceId, mapId);
    const engine = this.events.journeys;
    if (!engine)
      throw new UnsupportedQueryError(`the ${this.events.kind} event store does not run journey queries yet`);
    const catalogue = (await this.touchpoints.list(workspaceId)).map((entry) => entry.touchpoint);
    const placed = placedTouchpoints(map, catalogue);
    const measured = measuredStageIds(map, catalogue);
    const scope = await resolveEngineScope(this.personas, workspaceId, query);
    await this.ingest.flushNow();
    // One after another: the embedded engine reads on one connection.
    const volumes = await engine.volumes(scope, {
      steps: placed.map((entry) => ({ label: entry.touchpoint.name, matchers: [entry.matcher] })),
      unmappedLimit: MAP_UNMAPPED_SUGGESTIONS,
    });
    const conformance = await this.conformance(workspaceId, map, placed, query);
    return {
      touchpoints: placed.map((entry, index) => ({
        touchpointId: entry.touchpoint.id,
        persons: volumes.steps[index]?.persons ?? 0,
        events: volumes.steps[index]?.events ?? 0,
      })),
      stageFunnel: await this.stageFunnel(workspaceId, map, measured, query),
      touchpointsPerJourney: conformance?.touchpointsPerJourney ?? null,
      friction: await this.friction(workspaceId, map, placed, measured, query),
      kpis: await computeKpis(kpiPlans(map, catalogue, measured), (steps) =>
        this.kpiFunnel(workspaceId, steps, query),
      ),
      flow: conformance?.flow ?? null,
      unmapped: volumes.unmapped.map((event) => ({ ...event, matcher: suggestedMatcher(event) })),
    };
  }

  private async stageFunnel(
    workspaceId: string,
    map: JourneyMap,
    measured: readonly string[],
    query: MapMetricsQuery,
  ): Promise<MapMetrics['stageFunnel']> {
    if (measured.length === 0) return { window: MAP_FUNNEL_WINDOW, stages: [] };
    const result = await this.journeys.funnel(workspaceId, {
      ...query,
      kind: 'funnel',
      steps: measured.map((stageId) => ({ kind: 'stage', mapId: map.id, stageId })),
      order: 'ordered',
      window: MAP_FUNNEL_WINDOW,
      exclusions: [],
    });
    return {
      window: MAP_FUNNEL_WINDOW,
      stages: result.steps.map((step, index) => ({
        stageId: measured[index] ?? '',
        label: step.label,
        persons: step.persons,
        conversionFromFirst: step.conversionFromFirst,
        conversionFromPrevious: step.conversionFromPrevious,
        droppedOff: step.droppedOff,
        medianMsFromPrevious: step.persons > 0 ? (step.timeToConvert?.medianMs ?? null) : null,
      })),
    };
  }

  /** A KPI's funnel (map-kpis.ts), with the stage funnel's window so the two agree. */
  private kpiFunnel(workspaceId: string, steps: readonly JourneyStep[], query: MapMetricsQuery) {
    return this.journeys.funnel(workspaceId, {
      ...query,
      kind: 'funnel',
      steps: [...steps],
      order: 'ordered',
      window: MAP_FUNNEL_WINDOW,
      exclusions: [],
    });
  }

  /**
   * Conformance on the map with a person's whole history as one journey (its default): touches
   * per journey, and designed vs actual (fitness, deviations, the most travelled moves).
   */
  private async conformance(
    workspaceId: string,
    map: JourneyMap,
    placed: readonly PlacedTouchpoint[],
    query: MapMetricsQuery,
  ): Promise<Pick<MapMetrics, 'touchpointsPerJourney' | 'flow'> | null> {
    // Conformance needs two designed steps (map steps with a measurable touchpoint).
    const stepIds = designedStepIds(placed);
    if (stepIds.length < 2) return null;
    const result = await this.journeys.conformance(workspaceId, {
      ...query,
      kind: 'conformance',
      mapId: map.id,
      sessionGapMinutes: null,
    });
    const { histogram: _histogram, ...count } = result.touchpointCount;
    return {
      touchpointsPerJourney: { ...count, journeys: result.journeys },
      flow: mapFlow(result, stepIds),
    };
  }

  private async friction(
    workspaceId: string,
    map: JourneyMap,
    placed: readonly PlacedTouchpoint[],
    measured: readonly string[],
    query: MapMetricsQuery,
  ): Promise<MapMetrics['friction']> {
    const plan = frictionPlan(map, placed, measured);
    if (plan.stageIds.length === 0) return null;
    const result = await this.journeys.friction(workspaceId, {
      ...query,
      kind: 'friction',
      steps: plan.stageIds.map((stageId) => ({ kind: 'stage', mapId: map.id, stageId })),
      ...(plan.conversion
        ? { conversion: { kind: 'touchpoint', touchpointId: plan.conversion.touchpoint.id } }
        : {}),
      errors: plan.errors.map((entry) => ({ kind: 'touchpoint', touchpointId: entry.touchpoint.id })),
      stallAfter: { value: 1, unit: 'day' },
      rankBy: 'persons',
    });
    const lastStage = map.stages.find((stage) => stage.id === plan.stageIds.at(-1));
    return {
      persons: result.persons,
      conversionLabel: plan.conversion?.touchpoint.name ?? lastStage?.name ?? '',
      conversionRate: result.conversionRate,
      items: result.items.map((item) => {
        const onStep = item.kind === 'error' || item.kind === 'abandon_after_error';
        const error = onStep ? plan.errors[item.index] : undefined;
        return {
          kind: item.kind,
          label: item.label,
          stepId: error?.stepId ?? null,
          stageId: error?.stageId ?? (onStep ? null : (plan.stageIds[item.index] ?? null)),
          persons: item.persons,
          conversionRate: item.conversionRate,
          conversionLost: item.conversionLost,
        };
      }),
    };
  }
}
