import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { useT } from '../i18n/useT';
import { AddPicker } from './cells/AddPicker';
import type { MapEditor } from './useMapEditor';

/** The personas a map is drawn for, as avatars; attach and detach from the workspace's personas. */
export function MapPersonas({ editor, workspaceId }: { editor: MapEditor; workspaceId: string }) {
  const t = useT();
  const personas = useQuery({
    queryKey: ['personas', workspaceId],
    queryFn: () => api.personas(workspaceId),
  });
  const byId = new Map(personas.data?.items.map(({ persona }) => [persona.id, persona]) ?? []);
  const ids = editor.map.personaIds;
  const set = (personaIds: string[]) => editor.edit([{ type: 'updateMap', changes: { personaIds } }]);
  return (
    <div className="map-personas" aria-label={t('editor.personas')} role="group" data-testid="map-personas">
      <span className="muted">{t('editor.personas')}:</span>
      {ids.map((id) => {
        const persona = byId.get(id);
        const name = persona?.name ?? id;
        return (
          <span key={id} className="chip persona-chip" dir="auto">
            {persona?.avatarUrl ? (
              <img className="avatar small" src={persona.avatarUrl} alt="" />
            ) : (
              <span className="avatar small placeholder" aria-hidden="true">
                {name.slice(0, 1)}
              </span>
            )}
            <bdi>{name}</bdi>
            <button
              type="button"
              aria-label={t('editor.removeItem', { name })}
              onClick={() => set(ids.filter((other) => other !== id))}
            >
              ×
            </button>
          </span>
        );
      })}
      <AddPicker label={t('editor.attachPersona')} onPick={(id) => set([...ids, id])}>
        {() =>
          personas.data?.items
            .filter(({ persona }) => !ids.includes(persona.id))
            .map(({ persona }) => (
              <option key={persona.id} value={persona.id}>
                {persona.name}
              </option>
            ))
        }
      </AddPicker>
    </div>
  );
}
