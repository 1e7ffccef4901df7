import type {
  EventChannel,
  FunnelResult,
  MessageType,
  NormalizedEvent,
  PathsResult,
  ResolvedPaths,
  ResolvedRetention,
  RetentionResult,
  ResolvedFunnel,
} from '@safar/analytics';
import type { EngineScope } from './query/engine-scope.js';

/** An event as read back: the stored event plus the person it is stitched to now. */
export interface StoredEvent extends NormalizedEvent {
  readonly personId: string;
}

export interface EventQuery {
  /** Any id of the person (`u:<userId>`, `a:<anonymousId>` or the person id itself). */
  readonly person?: string | undefined;
  readonly event?: string | undefined;
  readonly channel?: EventChannel | undefined;
  /** Inclusive, epoch milliseconds. */
  readonly from?: number | undefined;
  /** Exclusive, epoch milliseconds. */
  readonly to?: number | undefined;
  readonly limit: number;
  /** Opaque position returned as `nextCursor` by the previous page. */
  readonly cursor?: string | undefined;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

export interface PersonSummary {
  readonly personId: string;
  readonly firstSeen: number;
  readonly lastSeen: number;
  readonly eventCount: number;
  readonly channels: readonly EventChannel[];
}

export interface PersonDetail extends PersonSummary {
  /** Every id merged into the person: `u:` user ids first, then `a:` anonymous ids. */
  readonly ids: readonly string[];
  /** Traits from identify calls, merged key by key, latest wins. */
  readonly traits: Readonly<Record<string, unknown>>;
  readonly channelCounts: Readonly<Partial<Record<EventChannel, number>>>;
}

export interface AppendResult {
  readonly stored: number;
  /** Messages whose messageId the workspace already had (redeliveries), skipped. */
  readonly duplicates: number;
}

/**
 * Where events live. Two adapters implement it (DuckDB embedded, ClickHouse over HTTP) and pass
 * the same suite. A store has one writer: appends are serialised inside it, which is what makes
 * the messageId check-then-insert exact.
 */
export interface EventStore {
  readonly kind: 'duckdb' | 'clickhouse';
  /** Stores the events once per (workspace, messageId) and stitches the identities they carry. */
  append(workspaceId: string, events: readonly NormalizedEvent[]): Promise<AppendResult>;
  events(workspaceId: string, query: EventQuery): Promise<Page<StoredEvent>>;
  persons(
    workspaceId: string,
    query: { limit: number; cursor?: string | undefined },
  ): Promise<Page<PersonSummary>>;
  /** The person any of whose ids is `id`, or null. */
  person(workspaceId: string, id: string): Promise<PersonDetail | null>;
  counts(workspaceId: string): Promise<{ events: number; persons: number }>;
  /** Journey queries computed inside the engine; null where the engine has none yet. */
  readonly journeys: JourneyEngine | null;
  close(): Promise<void>;
}

/** Journey queries compiled to the engine's SQL (docs/analytics.md); results equal the reference engine's. */
export interface JourneyEngine {
  funnel(scope: EngineScope, funnel: ResolvedFunnel): Promise<FunnelResult>;
  retention(scope: EngineScope, retention: ResolvedRetention): Promise<RetentionResult>;
  /** Absent where the engine has no paths yet. */
  readonly paths?: (scope: EngineScope, paths: ResolvedPaths) => Promise<PathsResult>;
}

export type { MessageType };
