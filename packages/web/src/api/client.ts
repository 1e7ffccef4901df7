import type {
  JourneyMap,
  LocalizedText,
  MapMetricsAnswer,
  MapMetricsRequestInput,
  MapOperation,
  Persona,
  Touchpoint,
  Locale,
} from '@safar/core';

/** An answer other than 2xx, carrying the server's error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** One JSON call to the API; a non-2xx answer throws an ApiError with the server's error body. */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
  };
  if (body !== undefined) init.body = JSON.stringify(body);
  const response = await fetch(path, init);
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = isErrorBody(payload) ? payload.error : { code: 'http_error', message: response.statusText };
    throw new ApiError(response.status, error.code, error.message, error.details ?? {});
  }
  return payload as T;
}

function isErrorBody(
  value: unknown,
): value is { error: { code: string; message: string; details?: Record<string, unknown> } } {
  return typeof value === 'object' && value !== null && 'error' in value;
}

export interface StoredMap {
  map: JourneyMap;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface MapSummary {
  id: string;
  title: string;
  kind: JourneyMap['kind'];
  journeyType: JourneyMap['journeyType'];
  status: JourneyMap['status'];
  locale: Locale;
  tags: string[];
  personaIds: string[];
  stageCount: number;
  revision: number;
  updatedAt: string;
}

export interface TemplateSummary {
  id: string;
  kind: JourneyMap['kind'];
  journeyType: JourneyMap['journeyType'];
  name: LocalizedText;
  description: LocalizedText;
  stageCount: number;
  stepCount: number;
  laneCount: number;
}

export interface Workspace {
  id: string;
  name: string;
}

const ws = (workspaceId: string) => `/api/workspaces/${encodeURIComponent(workspaceId)}`;

export const api = {
  workspaces: () => request<{ items: Workspace[] }>('GET', '/api/workspaces'),
  createWorkspace: (name: string) => request<Workspace>('POST', '/api/workspaces', { name }),
  templates: () => request<{ items: TemplateSummary[] }>('GET', '/api/templates'),
  maps: (workspaceId: string, q?: string) =>
    request<{ items: MapSummary[] }>(
      'GET',
      `${ws(workspaceId)}/maps${q ? `?q=${encodeURIComponent(q)}` : ''}`,
    ),
  map: (workspaceId: string, id: string) =>
    request<StoredMap>('GET', `${ws(workspaceId)}/maps/${encodeURIComponent(id)}`),
  createMap: (workspaceId: string, body: { templateId?: string; locale?: Locale; title?: string }) =>
    request<StoredMap>('POST', `${ws(workspaceId)}/maps`, body),
  deleteMap: (workspaceId: string, id: string) =>
    request<undefined>('DELETE', `${ws(workspaceId)}/maps/${encodeURIComponent(id)}`),
  applyOperations: (workspaceId: string, id: string, baseRevision: number, operations: MapOperation[]) =>
    request<StoredMap>('POST', `${ws(workspaceId)}/maps/${encodeURIComponent(id)}/operations`, {
      baseRevision,
      operations,
    }),
  personas: (workspaceId: string) =>
    request<{ items: { persona: Persona; revision: number }[] }>('GET', `${ws(workspaceId)}/personas`),
  createTouchpoint: (workspaceId: string, touchpoint: unknown) =>
    request<{ touchpoint: Touchpoint; revision: number }>(
      'POST',
      `${ws(workspaceId)}/touchpoints`,
      touchpoint,
    ),
  replaceTouchpoint: (workspaceId: string, id: string, baseRevision: number, touchpoint: unknown) =>
    request<{ touchpoint: Touchpoint; revision: number }>(
      'PUT',
      `${ws(workspaceId)}/touchpoints/${encodeURIComponent(id)}`,
      {
        baseRevision,
        touchpoint,
      },
    ),
  deleteTouchpoint: (workspaceId: string, id: string) =>
    request<undefined>('DELETE', `${ws(workspaceId)}/touchpoints/${encodeURIComponent(id)}`),
  touchpointUsage: (workspaceId: string, id: string) =>
    request<{
      items: {
        mapId: string;
        title: string;
        locations: { stageId: string; stepId: string; laneId: string }[];
      }[];
    }>('GET', `${ws(workspaceId)}/touchpoints/${encodeURIComponent(id)}/usage`),
  createPersona: (workspaceId: string, persona: unknown) =>
    request<{ persona: Persona; revision: number }>('POST', `${ws(workspaceId)}/personas`, persona),
  replacePersona: (workspaceId: string, id: string, baseRevision: number, persona: unknown) =>
    request<{ persona: Persona; revision: number }>(
      'PUT',
      `${ws(workspaceId)}/personas/${encodeURIComponent(id)}`,
      {
        baseRevision,
        persona,
      },
    ),
  deletePersona: (workspaceId: string, id: string) =>
    request<undefined>('DELETE', `${ws(workspaceId)}/personas/${encodeURIComponent(id)}`),
  /** The living map: a map's measures in a date range, optionally for some personas. */
  mapMetrics: (workspaceId: string, id: string, query: MapMetricsRequestInput) =>
    request<MapMetricsAnswer>('POST', `${ws(workspaceId)}/maps/${encodeURIComponent(id)}/metrics`, query),
  touchpoints: (workspaceId: string) =>
    request<{ items: { touchpoint: Touchpoint; revision: number }[] }>(
      'GET',
      `${ws(workspaceId)}/touchpoints`,
    ),
};
