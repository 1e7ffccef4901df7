import type {
  Coverage,
  CoverageRequest,
  EventNameSuggestion,
  MatchPreview,
  MatchPreviewRequest,
  PropertyKeySuggestion,
  PropertyValueSuggestion,
  TraitKeySuggestion,
  TraitValueSuggestion,
} from '@safar/core';
import { request } from './client';

const ws = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;
const query = (fields: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, String(v)])).toString();

/** The binding pickers' calls (docs/analytics.md, "Suggestions"): what the data holds, with counts. */
export const suggestionsApi = {
  eventNames: async (workspaceId: string, search: string, limit = 12) =>
    (
      await request<{ items: EventNameSuggestion[] }>(
        'GET',
        `${ws(workspaceId)}/events/names?${query({ search, limit })}`,
      )
    ).items,
  eventProperties: async (workspaceId: string, event: string, limit = 100) =>
    (
      await request<{ items: PropertyKeySuggestion[] }>(
        'GET',
        `${ws(workspaceId)}/events/properties?${query({ event, limit })}`,
      )
    ).items,
  propertyValues: async (workspaceId: string, event: string, key: string, search: string, limit = 12) =>
    (
      await request<{ items: PropertyValueSuggestion[] }>(
        'GET',
        `${ws(workspaceId)}/events/properties/values?${query({ event, key, search, limit })}`,
      )
    ).items,
  traitKeys: async (workspaceId: string, limit = 100) =>
    (
      await request<{ items: TraitKeySuggestion[] }>(
        'GET',
        `${ws(workspaceId)}/persons/traits?${query({ limit })}`,
      )
    ).items,
  traitValues: async (workspaceId: string, key: string, search: string, limit = 12) =>
    (
      await request<{ items: TraitValueSuggestion[] }>(
        'GET',
        `${ws(workspaceId)}/persons/traits/values?${query({ key, search, limit })}`,
      )
    ).items,
  matchPreview: (workspaceId: string, body: MatchPreviewRequest) =>
    request<MatchPreview>('POST', `${ws(workspaceId)}/events/match-preview`, body),
  coverage: (workspaceId: string, body: CoverageRequest) =>
    request<Coverage>('POST', `${ws(workspaceId)}/personas/coverage`, body),
  personaCoverage: (workspaceId: string, personaId: string) =>
    request<Coverage>('GET', `${ws(workspaceId)}/personas/${encodeURIComponent(personaId)}/coverage`),
};
