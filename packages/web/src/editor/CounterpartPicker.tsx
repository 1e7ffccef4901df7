import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { useT } from '../i18n/useT';
import type { MapEditor } from './useMapEditor';

/** Links a current-state map with its future-state map (or the other way round). */
export function CounterpartPicker({ editor, workspaceId }: { editor: MapEditor; workspaceId: string }) {
  const t = useT();
  const maps = useQuery({ queryKey: ['maps', workspaceId, ''], queryFn: () => api.maps(workspaceId) });
  const { map } = editor;
  return (
    <label>
      {map.kind === 'future-state' ? t('editor.currentStateMap') : t('editor.futureStateMap')}
      <select
        value={map.counterpartMapId ?? ''}
        data-testid="counterpart"
        onChange={(event) =>
          editor.edit([{ type: 'updateMap', changes: { counterpartMapId: event.target.value || null } }])
        }
      >
        <option value="">{t('editor.noCounterpart')}</option>
        {maps.data?.items
          .filter((summary) => summary.id !== map.id)
          .map((summary) => (
            <option key={summary.id} value={summary.id}>
              {summary.title} ({t(`mapKind.${summary.kind}`)})
            </option>
          ))}
      </select>
    </label>
  );
}
