import {
  MAP_METRICS_DEFAULT_DAYS,
  type JourneyMap,
  type MapMetrics,
  type MapMetricsFreshness,
} from '@safar/core';
import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../../api/client';
import type { MapEditor } from '../useMapEditor';
import { rangeOfDays, type RangeDays } from './living-map-range';

export interface MapMetricsState {
  readonly enabled: boolean;
  setEnabled(enabled: boolean): void;
  readonly days: RangeDays;
  setDays(days: RangeDays): void;
  /** Only persons of this persona; null: everyone. */
  readonly personaId: string | null;
  setPersonaId(personaId: string | null): void;
  /** Designed vs actual: the flow overlay over the step headers and its panel. */
  readonly flowShown: boolean;
  setFlowShown(shown: boolean): void;
  readonly range: { from: string; to: string };
  readonly metrics: MapMetrics | undefined;
  /** When the metrics shown were computed, and whether newer ones are on their way. */
  readonly freshness: MapMetricsFreshness | undefined;
  readonly loading: boolean;
  readonly error: string | null;
}

const STALE_POLL_MS = 3_000;

const MapMetricsContext = createContext<MapMetricsState | null>(null);

/**
 * What the measures depend on, unlike text and emotions: where touchpoints sit, and the KPIs'
 * measures, targets and directions (the server compares values with targets).
 */
function touchpointLayout(map: JourneyMap): string {
  return JSON.stringify(
    map.lanes.flatMap((lane) =>
      Object.entries(map.cells[lane.id] ?? {}).flatMap(([stepId, cell]): unknown[] => {
        if (cell.shape === 'touchpoints') return [[stepId, cell.touchpointIds]];
        if (cell.shape !== 'metrics') return [];
        return [[stepId, cell.items.map((item) => [item.id, item.measure, item.target, item.direction])]];
      }),
    ),
  );
}

/**
 * The living map's state: whether measures are shown, for which days and persona, and the
 * measures themselves. They are asked for again when touchpoints move, once the move is saved
 * (the server measures the saved map), not on every keystroke elsewhere on the map.
 */
export function MapMetricsProvider({
  editor,
  workspaceId,
  children,
}: {
  editor: MapEditor;
  workspaceId: string;
  children: ReactNode;
}) {
  const [enabled, setEnabled] = useState(false);
  const [days, setDays] = useState<RangeDays>(MAP_METRICS_DEFAULT_DAYS);
  const [personaId, setPersonaId] = useState<string | null>(null);
  const [flowShown, setFlowShown] = useState(false);
  const layout = touchpointLayout(editor.map);
  const [savedLayout, setSavedLayout] = useState(layout);
  useEffect(() => {
    if (editor.status === 'saved') setSavedLayout(layout);
  }, [editor.status, layout]);
  const range = useMemo(() => rangeOfDays(days), [days]);
  const mapId = editor.map.id;
  const query = useQuery({
    queryKey: ['map-metrics', workspaceId, mapId, range, personaId, savedLayout],
    queryFn: () =>
      api.mapMetrics(workspaceId, mapId, { dateRange: range, personaIds: personaId ? [personaId] : [] }),
    enabled,
    placeholderData: (previous) => previous,
    // A stale answer is being recomputed on the server: ask again until the fresh one is there.
    refetchInterval: (current) => (current.state.data?.freshness.stale ? STALE_POLL_MS : false),
  });
  const state = useMemo<MapMetricsState>(
    () => ({
      enabled,
      setEnabled,
      days,
      setDays,
      personaId,
      setPersonaId,
      flowShown,
      setFlowShown,
      range,
      metrics: enabled ? query.data : undefined,
      freshness: enabled ? query.data?.freshness : undefined,
      loading: enabled && query.isFetching,
      error: enabled && query.error ? query.error.message : null,
    }),
    [enabled, days, personaId, flowShown, range, query.data, query.isFetching, query.error],
  );
  return <MapMetricsContext.Provider value={state}>{children}</MapMetricsContext.Provider>;
}

/** The living map's state; outside the editor (presentation, side by side) metrics are off. */
export function useMapMetrics(): MapMetricsState | null {
  return useContext(MapMetricsContext);
}
