import {
  type AttributionPersonsRequest,
  type AttributionQuery,
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
} from '@safar/core';
import type {
  AttributionResult,
  ConformanceResult,
  FrictionResult,
  FunnelResult,
  PathsResult,
  RetentionResult,
} from '@safar/analytics';
import type { EventStore } from '@safar/warehouse';
import type { IngestPipeline } from '../ingest/ingest-pipeline.js';
import { resolveEngineScope, type QueryScopeInput } from './engine-scope-resolver.js';
import { JourneySpecResolver, refusal } from './journey-spec-resolver.js';
import type { MapService } from './map-service.js';
import type { PersonaService } from './persona-service.js';
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
  ) {
    this.specs = new JourneySpecResolver(maps, touchpoints, personas);
  }

  private readonly specs: JourneySpecResolver;

  /** The engine, once the workspace exists. */
  private async engineFor(workspaceId: string) {
    await this.workspaces.get(workspaceId);
    const engine = this.events.journeys;
    if (!engine)
      throw new UnsupportedQueryError(`the ${this.events.kind} event store does not run journey queries yet`);
    return engine;
  }

  /** The engine and the query's scope, once every acknowledged event is readable. */
  private async ready(workspaceId: string, query: QueryScopeInput) {
    const engine = await this.engineFor(workspaceId);
    const scope = await resolveEngineScope(this.personas, workspaceId, query);
    await this.ingest.flushNow();
    return { engine, scope };
  }

  async paths(workspaceId: string, query: PathsQuery): Promise<PathsResult> {
    const { engine, scope } = await this.ready(workspaceId, query);
    const paths = await this.specs.paths(workspaceId, query);
    return engine.paths(scope, paths);
  }

  async pathsPersons(workspaceId: string, request: PathsPersonsRequest): Promise<PersonsPage> {
    const { engine, scope } = await this.ready(workspaceId, request.query);
    const paths = await this.specs.paths(workspaceId, request.query);
    return engine.pathsPersons(scope, paths, request.select, request);
  }

  async retention(workspaceId: string, query: RetentionQuery): Promise<RetentionResult> {
    const { engine, scope } = await this.ready(workspaceId, query);
    const retention = await this.specs.retention(workspaceId, query);
    return engine.retention(scope, retention);
  }

  async retentionPersons(workspaceId: string, request: RetentionPersonsRequest): Promise<PersonsPage> {
    const { engine, scope } = await this.ready(workspaceId, request.query);
    const retention = await this.specs.retention(workspaceId, request.query);
    return engine.retentionPersons(scope, retention, request.select, request);
  }

  async funnel(workspaceId: string, query: FunnelQuery): Promise<FunnelResult> {
    const { engine, scope } = await this.ready(workspaceId, query);
    const funnel = await this.specs.funnel(workspaceId, query);
    return engine.funnel(scope, funnel);
  }

  async funnelPersons(workspaceId: string, request: FunnelPersonsRequest): Promise<PersonsPage> {
    const { engine, scope } = await this.ready(workspaceId, request.query);
    const funnel = await this.specs.funnel(workspaceId, request.query);
    return engine.funnelPersons(scope, funnel, request.select, request);
  }

  async conformance(workspaceId: string, query: ConformanceQuery): Promise<ConformanceResult> {
    const { engine, scope } = await this.ready(workspaceId, query);
    const conformance = await this.specs.conformance(workspaceId, query);
    return engine.conformance(scope, conformance);
  }

  async conformancePersons(workspaceId: string, request: ConformancePersonsRequest): Promise<PersonsPage> {
    const { engine, scope } = await this.ready(workspaceId, request.query);
    const conformance = await this.specs.conformance(workspaceId, request.query);
    const { select } = request;
    for (const end of ['source', 'target'] as const) {
      const node = select.kind === 'edge' ? select[end] : null;
      if (typeof node === 'number' && node > conformance.designed.length)
        throw refusal(
          `select.${end}`,
          `the designed order has ${conformance.designed.length} steps, not ${node}`,
        );
    }
    return engine.conformancePersons(scope, conformance, select, request);
  }

  async friction(workspaceId: string, query: FrictionQuery): Promise<FrictionResult> {
    const { engine, scope } = await this.ready(workspaceId, query);
    const friction = await this.specs.friction(workspaceId, query);
    return engine.friction(scope, friction);
  }

  async frictionPersons(workspaceId: string, request: FrictionPersonsRequest): Promise<PersonsPage> {
    const { engine, scope } = await this.ready(workspaceId, request.query);
    const friction = await this.specs.friction(workspaceId, request.query);
    return engine.frictionPersons(scope, friction, request.select, request);
  }

  async attribution(workspaceId: string, query: AttributionQuery): Promise<AttributionResult> {
    const { engine, scope } = await this.ready(workspaceId, query);
    const attribution = await this.specs.attribution(workspaceId, query);
    return engine.attribution(scope, attribution);
  }

  async attributionPersons(workspaceId: string, request: AttributionPersonsRequest): Promise<PersonsPage> {
    const { engine, scope } = await this.ready(workspaceId, request.query);
    const attribution = await this.specs.attribution(workspaceId, request.query);
    return engine.attributionPersons(scope, attribution, request.select, request);
  }
}
