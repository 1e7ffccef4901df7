import { request } from '../api/client';
import type { AnalyticsSpec } from './analytics-kinds';
import type {
  AttributionResult,
  ConformanceResult,
  FrictionResult,
  FunnelResult,
  PathsResult,
  RetentionResult,
} from './analytics-results';

/** A query that ran: its spec (the drill-down's `query`) with the answer, typed by kind. */
export type AnalyticsRun =
  | { kind: 'funnel'; spec: Extract<AnalyticsSpec, { kind: 'funnel' }>; result: FunnelResult }
  | { kind: 'paths'; spec: Extract<AnalyticsSpec, { kind: 'paths' }>; result: PathsResult }
  | { kind: 'retention'; spec: Extract<AnalyticsSpec, { kind: 'retention' }>; result: RetentionResult }
  | { kind: 'attribution'; spec: Extract<AnalyticsSpec, { kind: 'attribution' }>; result: AttributionResult }
  | { kind: 'friction'; spec: Extract<AnalyticsSpec, { kind: 'friction' }>; result: FrictionResult }
  | { kind: 'conformance'; spec: Extract<AnalyticsSpec, { kind: 'conformance' }>; result: ConformanceResult };

const path = (workspaceId: string, spec: AnalyticsSpec) =>
  `/api/workspaces/${encodeURIComponent(workspaceId)}/analytics/${spec.kind}`;

/** Runs a journey query: `POST /api/workspaces/:ws/analytics/<kind>` (docs/analytics.md). */
export async function runAnalytics(workspaceId: string, spec: AnalyticsSpec): Promise<AnalyticsRun> {
  const url = path(workspaceId, spec);
  switch (spec.kind) {
    case 'funnel': {
      const result: FunnelResult = await request('POST', url, spec);
      return { kind: spec.kind, spec, result };
    }
    case 'paths': {
      const result: PathsResult = await request('POST', url, spec);
      return { kind: spec.kind, spec, result };
    }
    case 'retention': {
      const result: RetentionResult = await request('POST', url, spec);
      return { kind: spec.kind, spec, result };
    }
    case 'attribution': {
      const result: AttributionResult = await request('POST', url, spec);
      return { kind: spec.kind, spec, result };
    }
    case 'friction': {
      const result: FrictionResult = await request('POST', url, spec);
      return { kind: spec.kind, spec, result };
    }
    case 'conformance': {
      const result: ConformanceResult = await request('POST', url, spec);
      return { kind: spec.kind, spec, result };
    }
  }
}
