import {
  durationMs,
  touchpointLocations,
  type EventMatcher,
  type FunnelQuery,
  type PathsQuery,
  type RetentionQuery,
  type JourneyStep,
} from '@safar/core';
import type { FunnelResult, PathsResult, ResolvedStep, RetentionResult } from '@safar/analytics';
import type { EventStore } from '@safar/warehouse';
import type { IngestPipeline } from '../ingest/ingest-pipeline.js';
import type { MapService } from './map-service.js';
import { InvalidInputError, NotFoundError } from './service-errors.js';
import type { TouchpointService } from './touchpoint-service.js';
import type { WorkspaceService } from './workspace-service.js';

/** A journey query the running engine cannot compute yet: named, not guessed at. */
export class UnsupportedQueryError extends Error {}

/**
 * Journey queries: resolves touchpoint and stage steps to event matchers from the workspace's
 * catalogue and maps, then runs the query inside the event engine.
 */
export class JourneyQueryService {
  constructor(
    private readonly events: EventStore,
    private readonly ingest: IngestPipeline,
    private readonly workspaces: WorkspaceService,
    private readonly touchpoints: TouchpointService,
    private readonly maps: MapService,
  ) {}

  /** The engine, once the workspace exists and the query asks only what the engine can do. */
  private async engineFor(
    workspaceId: string,
    query: { personFilters: readonly unknown[]; personaIds: readonly unknown[] },
  ) {
    await this.workspaces.get(workspaceId);
    const engine = this.events.journeys;
    if (!engine)
      throw new UnsupportedQueryError(`the ${this.events.kind} event store does not run journey queries yet`);
    if (query.personFilters.length > 0 || query.personaIds.length > 0)
      throw new UnsupportedQueryError(
        'person filters and persona filters are not supported by the engine yet',
      );
    return engine;
  }

  private scopeOf(workspaceId: string, query: FunnelQuery | RetentionQuery | PathsQuery) {
    return {
      workspaceId,
      from: Date.parse(query.dateRange.from),
      to: Date.parse(query.dateRange.to),
      channels: query.channels,
      eventFilters: query.eventFilters,
    };
  }

  async paths(workspaceId: string, query: PathsQuery): Promise<PathsResult> {
    const engine = await this.engineFor(workspaceId, query);
    if (!engine.paths)
      throw new UnsupportedQueryError(`the ${this.events.kind} engine does not run paths yet`);
    const anchor = query.anchor ? await this.resolve(workspaceId, query.anchor, 'anchor') : undefined;
    await this.ingest.flushNow();
    return engine.paths(this.scopeOf(workspaceId, query), {
      ...(anchor ? { anchor } : {}),
      direction: query.direction,
      depth: query.depth,
      sessionGapMs: query.sessionGapMinutes === null ? null : query.sessionGapMinutes * 60_000,
      cleaning: query.cleaning,
      maxEdges: query.maxEdges,
    });
  }

  async retention(workspaceId: string, query: RetentionQuery): Promise<RetentionResult> {
    const engine = await this.engineFor(workspaceId, query);
    const [startStep, returnStep] = await Promise.all([
      this.resolve(workspaceId, query.startStep, 'startStep'),
      this.resolve(workspaceId, query.returnStep, 'returnStep'),
    ]);
    await this.ingest.flushNow();
    return engine.retention(this.scopeOf(workspaceId, query), {
      startStep,
      returnStep,
      period: query.period,
      periods: query.periods,
    });
  }

  async funnel(workspaceId: string, query: FunnelQuery): Promise<FunnelResult> {
    const engine = await this.engineFor(workspaceId, query);
    const steps = await Promise.all(
      query.steps.map((step, index) => this.resolve(workspaceId, step, `steps.${index}`)),
    );
    const exclusions = await Promise.all(
      query.exclusions.map(async (exclusion, index) => ({
        step: await this.resolve(workspaceId, exclusion.step, `exclusions.${index}.step`),
        from: exclusion.from,
        to: exclusion.to,
      })),
    );
    await this.ingest.flushNow();
    try {
      return await engine.funnel(this.scopeOf(workspaceId, query), {
        steps,
        order: query.order,
        windowMs: durationMs(query.window),
        exclusions,
        ...(query.breakdown ? { breakdown: query.breakdown } : {}),
      });
    } catch (error) {
      if (error instanceof Error && /does not (run|break down)/.test(error.message))
        throw new UnsupportedQueryError(error.message);
      throw error;
    }
  }

  private async resolve(workspaceId: string, step: JourneyStep, path: string): Promise<ResolvedStep> {
    if (step.kind === 'event') return { label: step.label ?? step.matcher.event, matchers: [step.matcher] };
    if (step.kind === 'touchpoint') {
      const touchpoint = await this.touchpointOrRefuse(workspaceId, step.touchpointId, path);
      return { label: step.label ?? touchpoint.name, matchers: [this.matcherOf(touchpoint, path)] };
    }
    const stored = await this.maps.get(workspaceId, step.mapId).catch((error: unknown) => {
      if (error instanceof NotFoundError) throw refusal(path, `map ${step.mapId} does not exist`);
      throw error;
    });
    const stage = stored.map.stages.find((candidate) => candidate.id === step.stageId);
    if (!stage) throw refusal(path, `map ${step.mapId} has no stage ${step.stageId}`);
    const stepIds = new Set(stage.steps.map((mapStep) => mapStep.id));
    const matchers: EventMatcher[] = [];
    const catalogue = await this.touchpoints.list(workspaceId);
    for (const { touchpoint } of catalogue) {
      const inStage = touchpointLocations(stored.map, touchpoint.id).some((location) =>
        stepIds.has(location.stepId),
      );
      if (inStage && touchpoint.eventMatcher) matchers.push(touchpoint.eventMatcher);
    }
    if (matchers.length === 0)
      throw refusal(
        path,
        `stage ${step.stageId} has no touchpoint with an event matcher, so no event can show it happened`,
      );
    return { label: step.label ?? stage.name, matchers };
  }

  private async touchpointOrRefuse(workspaceId: string, touchpointId: string, path: string) {
    try {
      return (await this.touchpoints.get(workspaceId, touchpointId)).touchpoint;
    } catch (error) {
      if (error instanceof NotFoundError) throw refusal(path, `touchpoint ${touchpointId} does not exist`);
      throw error;
    }
  }

  private matcherOf(
    touchpoint: { id: string; eventMatcher: EventMatcher | null },
    path: string,
  ): EventMatcher {
    if (!touchpoint.eventMatcher)
      throw refusal(
        path,
        `touchpoint ${touchpoint.id} has no event matcher, so no event can show it happened`,
      );
    return touchpoint.eventMatcher;
  }
}

function refusal(path: string, message: string): InvalidInputError {
  return new InvalidInputError(`${path}: ${message}`, [{ path, message }]);
}
