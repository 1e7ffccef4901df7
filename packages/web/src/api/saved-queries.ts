import type { JourneyQueryKind, SavedQuery, SavedQueryInput } from '@safar/core';
import { request } from './client';

export type { SavedQuery, SavedQueryInput };

/**
 * What a save sends. `query` is checked by the server against the schema of `kind`
 * (`savedQueryInputSchema` in core; a bad spec is an ApiError 400 naming the field, e.g.
 * `body.query.steps.0.kind`), so a spec held as a union of kinds can be passed as it is.
 */
export type SavedQueryWrite = SavedQueryInput | { name: string; kind: JourneyQueryKind; query: unknown };

const base = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}/saved-queries`;
const one = (workspaceId: string, id: string) => `${base(workspaceId)}/${encodeURIComponent(id)}`;

/** A workspace's saved queries, most recently updated first. */
export async function listSavedQueries(workspaceId: string): Promise<SavedQuery[]> {
  return (await request<{ items: SavedQuery[] }>('GET', base(workspaceId))).items;
}

export function getSavedQuery(workspaceId: string, id: string): Promise<SavedQuery> {
  return request<SavedQuery>('GET', one(workspaceId, id));
}

/** Saves `{ name, kind, query }`; a spec invalid for its kind is refused with an ApiError (400). */
export function createSavedQuery(workspaceId: string, body: SavedQueryWrite): Promise<SavedQuery> {
  return request<SavedQuery>('POST', base(workspaceId), body);
}

/** Replaces the name, kind and spec of a saved query. */
export function updateSavedQuery(
  workspaceId: string,
  id: string,
  body: SavedQueryWrite,
): Promise<SavedQuery> {
  return request<SavedQuery>('PUT', one(workspaceId, id), body);
}

export async function deleteSavedQuery(workspaceId: string, id: string): Promise<void> {
  await request<undefined>('DELETE', one(workspaceId, id));
}
