import {
  durationMs,
  touchpointLocations,
  type AttributionQuery,
  type ConformanceQuery,
  type EventMatcher,
  type FrictionQuery,
  type FunnelQuery,
  type JourneyStep,
  type PathsQuery,
  type RetentionQuery,
} from '@safar/core';
import type {
  ResolvedAttribution,
  ResolvedConformance,
  ResolvedFriction,
  ResolvedFunnel,
  ResolvedPaths,
  ResolvedRetention,
  ResolvedStep,
} from '@safar/analytics';
import { designedStepsOfStoredMap } from './designed-journey.js';
import { personaRules } from './engine-scope-resolver.js';
import type { MapService } from './map-service.js';
import type { PersonaService } from './persona-service.js';
import { InvalidInputError, NotFoundError } from './service-errors.js';
import type { TouchpointService } from './touchpoint-service.js';

/**
 * Turns journey query specs into what engines run: touchpoint and stage steps become the event
 * matchers of the workspace's catalogue and maps, durations milliseconds, personas their rules.
 * Anything that does not resolve is a 400 naming the spec's field.
 */
export class JourneySpecResolver {
  constructor(
    private readonly maps: MapService,
    private readonly touchpoints: TouchpointService,
    private readonly personas: PersonaService,
  ) {}

  async paths(workspaceId: string, query: PathsQuery): Promise<ResolvedPaths> {
    const anchor = query.anchor ? await this.step(workspaceId, query.anchor, 'anchor') : undefined;
    return {
      ...(anchor ? { anchor } : {}),
      direction: query.direction,
      depth: query.depth,
      sessionGapMs: query.sessionGapMinutes === null ? null : query.sessionGapMinutes * 60_000,
      cleaning: query.cleaning,
      excludeEvents: query.excludeEvents,
      maxEdges: query.maxEdges,
    };
  }

  async retention(workspaceId: string, query: RetentionQuery): Promise<ResolvedRetention> {
    const [startStep, returnStep] = await Promise.all([
      this.step(workspaceId, query.startStep, 'startStep'),
      this.step(workspaceId, query.returnStep, 'returnStep'),
    ]);
    return { startStep, returnStep, period: query.period, periods: query.periods };
  }

  async funnel(workspaceId: string, query: FunnelQuery): Promise<ResolvedFunnel> {
    const steps = await Promise.all(
      query.steps.map((step, index) => this.step(workspaceId, step, `steps.${index}`)),
    );
    const exclusions = await Promise.all(
      query.exclusions.map(async (exclusion, index) => ({
        step: await this.step(workspaceId, exclusion.step, `exclusions.${index}.step`),
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

  /** The designed order: the spec's steps, or the map's (designed-journey.ts). */
  async conformance(workspaceId: string, query: ConformanceQuery): Promise<ResolvedConformance> {
    const designed = query.steps
      ? await Promise.all(query.steps.map((step, index) => this.step(workspaceId, step, `steps.${index}`)))
      : await designedStepsOfStoredMap(this.maps, this.touchpoints, workspaceId, query.mapId ?? '');
    return {
      designed,
      sessionGapMs: query.sessionGapMinutes === null ? null : query.sessionGapMinutes * 60_000,
    };
  }

  /** Steps, errors and the conversion (the last step when the spec names none) as matchers. */
  async friction(workspaceId: string, query: FrictionQuery): Promise<ResolvedFriction> {
    const [steps, errors, conversion] = await Promise.all([
      Promise.all(query.steps.map((step, index) => this.step(workspaceId, step, `steps.${index}`))),
      Promise.all(query.errors.map((error, index) => this.step(workspaceId, error, `errors.${index}`))),
      query.conversion ? this.step(workspaceId, query.conversion, 'conversion') : undefined,
    ]);
    return {
      steps,
      conversion: conversion ?? (steps[steps.length - 1] as ResolvedStep),
      errors,
      stallAfterMs: durationMs(query.stallAfter),
      rankBy: query.rankBy,
    };
  }

  async attribution(workspaceId: string, query: AttributionQuery): Promise<ResolvedAttribution> {
    const by = query.by;
    const [conversion, touchpoints] = await Promise.all([
      this.step(workspaceId, query.conversion, 'conversion'),
      by.kind === 'touchpoints'
        ? Promise.all(
            by.touchpoints.map((step, index) => this.step(workspaceId, step, `by.touchpoints.${index}`)),
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

  async step(workspaceId: string, step: JourneyStep, path: string): Promise<ResolvedStep> {
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

export function refusal(path: string, message: string): InvalidInputError {
  return new InvalidInputError(`${path}: ${message}`, [{ path, message }]);
}
