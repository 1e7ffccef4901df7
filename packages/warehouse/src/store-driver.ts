import type { EventChannel } from '@safar/analytics';
import type { JourneyEngine, PersonSummary } from './event-store.js';
import type { IdentityMapping } from './identity-index.js';
import type { SuggestionEngine } from './query/suggestions.js';
import type { RenderedRows } from './rendered-events.js';

export interface EventFilter {
  /** The ids of one person; absent means every person. */
  readonly distinctIds?: readonly string[] | undefined;
  readonly event?: string | undefined;
  readonly channel?: EventChannel | undefined;
  readonly from?: number | undefined;
  readonly to?: number | undefined;
  /** Keyset position: events strictly after (timestamp, messageId) in `order`. */
  readonly after?: readonly [number, string] | undefined;
  readonly limit: number;
  /** By (timestamp, messageId), ascending unless `desc`. */
  readonly order?: 'asc' | 'desc' | undefined;
}

/** Rendered rows with distinct messageIds, for a store to insert the new ones of. */
export type NewRows = RenderedRows;

/** One id's events on one channel. */
export interface ChannelStats {
  readonly distinctId: string;
  readonly channel: EventChannel;
  readonly events: number;
  readonly firstSeen: number;
  readonly lastSeen: number;
}

/**
 * The SQL each engine runs, and nothing else: the stitching, ordering of writes and paging
 * live once in WarehouseEventStore on top of it.
 */
export interface StoreDriver {
  readonly kind: 'duckdb' | 'clickhouse';
  loadIdentities(workspaceId: string): Promise<IdentityMapping[]>;
  saveIdentities(workspaceId: string, mappings: readonly IdentityMapping[]): Promise<void>;
  /**
   * Inserts the rows whose messageId the workspace lacks (the batches' messageIds are distinct,
   * across batches too); returns how many it inserted.
   */
  insertNew(workspaceId: string, batches: readonly NewRows[]): Promise<number>;
  hasDistinctId(workspaceId: string, distinctId: string): Promise<boolean>;
  selectEvents(workspaceId: string, filter: EventFilter): Promise<Record<string, unknown>[]>;
  /** Persons by last activity, newest first, with the stitching applied. */
  selectPersons(workspaceId: string, page: { limit: number; offset: number }): Promise<PersonSummary[]>;
  /** Per id and channel, for many persons' ids in one query. */
  channelStats(workspaceId: string, distinctIds: readonly string[]): Promise<ChannelStats[]>;
  /** The traits JSON of the ids' identify calls, oldest first, each with the id that sent it. */
  identifyTraits(
    workspaceId: string,
    distinctIds: readonly string[],
  ): Promise<{ readonly distinctId: string; readonly traits: string }[]>;
  counts(workspaceId: string): Promise<{ events: number; persons: number }>;
  /** How many events the workspace holds, without stitching persons. */
  eventCount(workspaceId: string): Promise<number>;
  readonly journeys: JourneyEngine | null;
  readonly suggestions: SuggestionEngine;
  close(): Promise<void>;
}
