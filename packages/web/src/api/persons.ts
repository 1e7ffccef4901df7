import type { EventChannel } from '@safar/core';
import type { TimelineEvent } from '../persons/event-details';
import { request } from './client';

/** A person after identity stitching, as the persons list returns them. */
export interface PersonSummary {
  personId: string;
  firstSeen: string;
  lastSeen: string;
  eventCount: number;
  channels: EventChannel[];
}

/** One person with every merged id, merged traits and events per channel. */
export interface PersonDetail extends PersonSummary {
  ids: string[];
  traits: Record<string, unknown>;
  channelCounts: Partial<Record<EventChannel, number>>;
}

export type DrillDownKind = 'funnel' | 'paths' | 'retention' | 'attribution' | 'friction' | 'conformance';

const base = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;
const query = (params: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(params).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]])),
  ).toString();

/** Persons, most recently active first. */
export function listPersons(workspaceId: string, page: { limit: number; cursor?: string | undefined }) {
  return request<{ items: PersonSummary[]; nextCursor: string | null; total: number }>(
    'GET',
    `${base(workspaceId)}/persons?${query(page)}`,
  );
}

/** The person any of whose ids is `id`; an ApiError with status 404 when nobody has it. */
export function getPerson(workspaceId: string, id: string) {
  return request<PersonDetail>('GET', `${base(workspaceId)}/persons/${encodeURIComponent(id)}`);
}

/** Up to MAX_LOOKUP_IDS (core) persons in one call, in the order asked; null for an id nobody has. */
export async function lookupPersons(workspaceId: string, ids: readonly string[]) {
  const answer = await request<{ items: { id: string; person: PersonDetail | null }[] }>(
    'POST',
    `${base(workspaceId)}/persons/lookup`,
    { ids },
  );
  return answer.items;
}

/** One page of a person's events (every id of theirs), oldest or newest first, maybe of one channel. */
export function personEvents(
  workspaceId: string,
  options: {
    person: string;
    order: 'asc' | 'desc';
    channel?: EventChannel | undefined;
    limit: number;
    cursor?: string | undefined;
  },
) {
  return request<{ items: TimelineEvent[]; nextCursor: string | null }>(
    'GET',
    `${base(workspaceId)}/events?${query(options)}`,
  );
}

/** The persons behind one number of a journey query (docs/analytics.md, drill-down). */
export function drillDownPersons(
  workspaceId: string,
  kind: DrillDownKind,
  body: { query: unknown; select: unknown; limit: number; offset: number },
) {
  return request<{ personIds: string[]; total: number }>(
    'POST',
    `${base(workspaceId)}/analytics/${kind}/persons`,
    body,
  );
}
