import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api, ApiError, type StoredMap } from '../api/client';
import { routeHref } from '../app/useHashRoute';
import { useT } from '../i18n/useT';
import { MapGrid } from './MapGrid';
import { MapHeader } from './MapHeader';
import { EditorToolbar } from './EditorToolbar';
import { MapMetricsProvider, useMapMetrics } from './metrics/MapMetricsContext';
import { useMapEditor } from './useMapEditor';
import { useUndoShortcuts } from './useUndoShortcuts';

export function MapEditorPage({ workspaceId, mapId }: { workspaceId: string; mapId: string }) {
  const t = useT();
  const stored = useQuery({
    queryKey: ['map', workspaceId, mapId],
    queryFn: () => api.map(workspaceId, mapId),
    // The editor always starts from what the server has now (a cached copy from an earlier
    // visit would be edited on top of an old revision); after that it keeps its own state.
    staleTime: Infinity,
    gcTime: 0,
    refetchOnMount: 'always',
    retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
  });
  if (stored.isFetching) return <p className="muted">{t('common.loading')}</p>;
  if (stored.error || !stored.data) {
    const missing = stored.error instanceof ApiError && stored.error.status === 404;
    return (
      <div role="alert" className="panel" data-testid="map-missing">
        <p>
          {missing ? t('editor.notFound') : t('editor.loadFailed', { reason: stored.error?.message ?? '' })}
        </p>
        <a href={routeHref({ page: 'home', workspaceId })}>{t('editor.backToMaps')}</a>
      </div>
    );
  }
  return (
    <MapEditorView key={`${mapId}:${stored.dataUpdatedAt}`} workspaceId={workspaceId} stored={stored.data} />
  );
}

function MapEditorView({ workspaceId, stored }: { workspaceId: string; stored: StoredMap }) {
  const editor = useMapEditor(workspaceId, stored);
  useUndoShortcuts(editor);
  return (
    <MapMetricsProvider editor={editor} workspaceId={workspaceId}>
      <EditorLayout>
        <EditorToolbar editor={editor} workspaceId={workspaceId} />
        <MapHeader editor={editor} workspaceId={workspaceId} />
        <MapGrid editor={editor} workspaceId={workspaceId} />
      </EditorLayout>
    </MapMetricsProvider>
  );
}

/** The editor's frame; with metrics shown, headers make room for them (living-map.css). */
function EditorLayout({ children }: { children: ReactNode }) {
  const metrics = useMapMetrics();
  return <div className={`editor${metrics?.metrics ? ' metrics-on' : ''}`}>{children}</div>;
}
