import {
  durationMs,
  touchpointLocations,
  type AttributionPersonsRequest,
  type AttributionQuery,
  type EventMatcher,
  type ConformancePersonsRequest,
  type ConformanceQuery,
  type FrictionPersonsRequest,
  type FrictionQuery,
  type FunnelPersonsRequest,
  type FunnelQuery,
  type PersonsPage,
  type PathsPersonsRequest,
  type PathsQuery,
  type RetentionPersonsRequest,
  type RetentionQuery,
  type JourneyStep,
} from '@safar/core';
import type {
  AttributionResult,
  ConformanceResult,
  FrictionResult,
  FunnelResult,
  PathsResult,
  ResolvedAttribution,
  ResolvedConformance,
  ResolvedFriction,
  ResolvedFunnel,
  ResolvedPaths,
  ResolvedRetention,
  ResolvedStep,
  RetentionResult,
} from '@safar/analytics';
import type { EventStore } from '@safar/warehouse';
import type { IngestPipeline } from '../ingest/ingest-pipeline.js';
import { resolveEngineScope, personaRules, type QueryScopeInput } from './engine-scope-resolver.js';
import { designedStepsOfStoredMap } from './designed-journey.js';
import type { MapService } from './map-service.js';
import type { PersonaService } from './persona-service.js';
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
    private readonly personas: PersonaService,
  ) {}

  /** The engine, once the workspace exists. */
  private async engineFor(workspaceId: string) {
    await this.workspaces.get(workspaceId);
    const engine = this.events.journeys;
    if (!engine)
      throw new UnsupportedQueryError(`the ${this.events.kind} event store does not run journey queries yet`);
    return engine;
  }

  private scopeOf(workspaceId: string, query: QueryScopeInput) {
    return resolveEngineScope(this.personas, workspaceId, query);
  }

  async paths(workspaceId: string, query: PathsQuery): Promise<PathsResult> {
    const engine = await this.engineFor(workspaceId);
    const paths = await this.resolvePaths(workspaceId, query);
    const scope = await this.scopeOf(workspaceId, query);
    await this.ingest.flushNow();
    return engine.paths(scope, paths);
  }

  async pathsPersons(workspaceId: string, request: PathsPersonsRequest): Promise<PersonsPage> {
    const engine = await this.engineFor(workspaceId);
    const paths = await this.resolvePaths(workspaceId, request.query);
    const scope = await this.scopeOf(workspaceId, request.query);
    await this.ingest.flushNow();
    return engine.pathsPersons(scope, paths, request.select, request);
  }

  private async resolvePaths(workspaceId: string, query: PathsQuery): Promise<ResolvedPaths> {
    const anchor = query.anchor ? await this.resolve(workspaceId, query.anchor, 'anchor') : undefined;
    return {
      ...(anchor ? { anchor } : {}),
      direction: query.direction,
      depth: query.depth,
      sessionGapMs: query.sessionGapMinutes === null ? null : query.sessionGapMinutes * 60_000,
      cleaning: query.cleaning,
      maxEdges: query.maxEdges,
    };
  }

  async retention(workspaceId: string, query: RetentionQuery): Promise<RetentionResult> {
    const engine = await this.engineFor(workspaceId);
    const retention = await this.resolveRetention(workspaceId, query);
    const scope = await this.scopeOf(workspaceId, query);
    await this.ingest.flushNow();
    return engine.retention(scope, retention);
  }

  async retentionPersons(workspaceId: string, request: RetentionPersonsRequest): Promise<PersonsPage> {
    const engine = await this.engineFor(workspaceId);
    const retention = await this.resolveRetention(workspaceId, request.query);
    const scope = await this.scopeOf(workspaceId, request.query);
    await this.ingest.flushNow();
    return engine.retentionPersons(scope, retention, request.select, request);
  }

  private async resolveRetention(workspaceId: string, query: RetentionQuery): Promise<ResolvedRetention> {
    const [startStep, returnStep] = await Promise.all([
      this.resolve(workspaceId, query.startStep, 'startStep'),
      this.resolve(workspaceId, query.returnStep, 'returnStep'),
    ]);
    return { startStep, returnStep, period: query.period, periods: query.periods };
  }

  async funnel(workspaceId: string, query: FunnelQuery): Promise<FunnelResult> {
    const engine = await this.engineFor(workspaceId);
    const funnel = await this.resolveFunnel(workspaceId, query);
    const scope = await this.scopeOf(workspaceId, query);
    await this.ingest.flushNow();
    return engine.funnel(scope, funnel);
  }

  async funnelPersons(workspaceId: string, request: FunnelPersonsRequest): Promise<PersonsPage> {
    const engine = await this.engineFor(workspaceId);
    const funnel = await this.resolveFunnel(workspaceId, request.query);
    const scope = await this.scopeOf(workspaceId, request.query);
    await this.ingest.flushNow();
    return engine.funnelPersons(scope, funnel, request.select, request);
  }

  private async resolveFunnel(workspaceId: string, query: FunnelQuery): Promise<ResolvedFunnel> {
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
    const breakdown =
      query.breakdown?.kind === 'persona'
        ? { kind: 'persona' as const, personas: await personaRules(this.personas, workspaceId) }
        : query.breakdown;
    return {
      steps,
      order: query.order,
      windowMs: durationMs(query.window),
      exclusions,
      ...(breakdown ? { breakdown } : {}),
    };
  }

  async conformance(workspaceId: string, query: ConformanceQuery): Promise<ConformanceResult> {
    const engine = await this.engineFor(workspaceId);
    const conformance = await this.resolveConformance(workspaceId, query);
    const scope = await this.scopeOf(workspaceId, query);
    await this.ingest.flushNow();
    return engine.conformance(scope, conformance);
  }

  async conformancePersons(workspaceId: string, request: ConformancePersonsRequest): Promise<PersonsPage> {
    const engine = await this.engineFor(workspaceId);
    const conformance = await this.resolveConformance(workspaceId, request.query);
    const { select } = request;
    for (const end of ['source', 'target'] as const) {
      const node = select.kind === 'edge' ? select[end] : null;
      if (typeof node === 'number' && node > conformance.designed.length)
        throw refusal(
          `select.${end}`,
          `the designed order has ${conformance.designed.length} steps, not ${node}`,
        );
    }
    const scope = await this.scopeOf(workspaceId, request.query);
    await this.ingest.flushNow();
    return engine.conformancePersons(scope, conformance, select, request);
  }

  /** The designed order: the spec's steps, or the map's (designed-journey.ts). */
  private async resolveConformance(
    workspaceId: string,
    query: ConformanceQuery,
  ): Promise<ResolvedConformance> {
    const designed = query.steps
      ? await Promise.all(query.steps.map((step, index) => this.resolve(workspaceId, step, `steps.${index}`)))
      : await designedStepsOfStoredMap(this.maps, this.touchpoints, workspaceId, query.mapId ?? '');
    return {
      designed,
      sessionGapMs: query.sessionGapMinutes === null ? null : query.sessionGapMinutes * 60_000,
    };
  }

  async friction(workspaceId: string, query: FrictionQuery): Promise<FrictionResult> {
    const engine = await this.engineFor(workspaceId);
    const friction = await this.resolveFriction(workspaceId, query);
    const scope = await this.scopeOf(workspaceId, query);
    await this.ingest.flushNow();
    return engine.friction(scope, friction);
  }

  async frictionPersons(workspaceId: string, request: FrictionPersonsRequest): Promise<PersonsPage> {
    const engine = await this.engineFor(workspaceId);
    const friction = await this.resolveFriction(workspaceId, request.query);
    const scope = await this.scopeOf(workspaceId, request.query);
    await this.ingest.flushNow();
    return engine.frictionPersons(scope, friction, request.select, request);
  }

  /** Steps, errors and the conversion (the last step when the spec names none) as matchers. */
  private async resolveFriction(workspaceId: string, query: FrictionQuery): Promise<ResolvedFriction> {
    const [steps, errors, conversion] = await Promise.all([
      Promise.all(query.steps.map((step, index) => this.resolve(workspaceId, step, `steps.${index}`))),
      Promise.all(query.errors.map((error, index) => this.resolve(workspaceId, error, `errors.${index}`))),
      query.conversion ? this.resolve(workspaceId, query.conversion, 'conversion') : undefined,
    ]);
    return {
      steps,
      conversion: conversion ?? (steps[steps.length - 1] as ResolvedStep),
      errors,
      stallAfterMs: durationMs(query.stallAfter),
      rankBy: query.rankBy,
    };
  }

  async attribution(workspaceId: string, query: AttributionQuery): Promise<AttributionResult> {
    const engine = await this.engineFor(workspaceId);
    const attribution = await this.resolveAttribution(workspaceId, query);
    const scope = await this.scopeOf(workspaceId, query);
    await this.ingest.flushNow();
    return engine.attribution(scope, attribution);
  }

  async attributionPersons(workspaceId: string, request: AttributionPersonsRequest): Promise<PersonsPage> {
    const engine = await this.engineFor(workspaceId);
    const attribution = await this.resolveAttribution(workspaceId, request.query);
    const scope = await this.scopeOf(workspaceId, request.query);
    await this.ingest.flushNow();
    return engine.attributionPersons(scope, attribution, request.select, request);
  }

  private async resolveAttribution(
    workspaceId: string,
    query: AttributionQuery,
  ): Promise<ResolvedAttribution> {
    const by = query.by;
    const [conversion, touchpoints] = await Promise.all([
      this.resolve(workspaceId, query.conversion, 'conversion'),
      by.kind === 'touchpoints'
        ? Promise.all(
            by.touchpoints.map((step, index) => this.resolve(workspaceId, step, `by.touchpoints.${index}`)),
          )
        : null,
    ]);
    return {
      conversion,
      by: touchpoints ? { kind: 'touchpoints', touchpoints } : { kind: 'channel' },
      lookbackMs: durationMs(query.lookback),
      halfLifeMs: durationMs(query.halfLife),
      models: query.models,
    };
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
