import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { routeHref } from '../../app/useHashRoute';
import { useT } from '../../i18n/useT';
import { CommitField } from '../CommitField';
import { AddPicker } from './AddPicker';
import { setOrClear, type CellProps } from './CellView';

export function ImageCell({ editor, lane, step }: CellProps) {
  const t = useT();
  const content = editor.map.cells[lane.id]?.[step.id];
  const image = content?.shape === 'image' ? content : null;
  return (
    <div className="image-cell">
      {image ? <img src={image.url} alt={image.alt} loading="lazy" /> : null}
      <CommitField
        value={image?.url ?? ''}
        label={t('editor.imageUrl')}
        placeholder="https://"
        onCommit={(url) =>
          setOrClear(
            editor,
            lane,
            step,
            url.trim() ? { shape: 'image', url: url.trim(), alt: image?.alt ?? '' } : null,
          )
        }
      />
    </div>
  );
}

export function MapLinksCell({ editor, lane, step, workspaceId }: CellProps) {
  const t = useT();
  const maps = useQuery({ queryKey: ['maps', workspaceId, ''], queryFn: () => api.maps(workspaceId) });
  const content = editor.map.cells[lane.id]?.[step.id];
  const links = content?.shape === 'map-links' ? content.links : [];
  const titles = new Map(maps.data?.items.map((summary) => [summary.id, summary.title]) ?? []);
  const set = (next: typeof links) =>
    setOrClear(editor, lane, step, next.length ? { shape: 'map-links', links: next } : null);
  return (
    <div className="chips">
      {links.map((link) => (
        <span key={link.mapId} className="chip">
          <a href={routeHref({ page: 'map', workspaceId, mapId: link.mapId })} dir="auto">
            {link.label || titles.get(link.mapId) || link.mapId}
          </a>
          <button
            type="button"
            aria-label={t('editor.removeItem', { name: titles.get(link.mapId) ?? link.mapId })}
            onClick={() => set(links.filter((other) => other.mapId !== link.mapId))}
          >
            ×
          </button>
        </span>
      ))}
      <AddPicker label={t('editor.addMapLink')} onPick={(mapId) => set([...links, { mapId, label: '' }])}>
        {() =>
          maps.data?.items
            .filter(
              (summary) => summary.id !== editor.map.id && !links.some((link) => link.mapId === summary.id),
            )
            .map((summary) => (
              <option key={summary.id} value={summary.id}>
                {summary.title}
              </option>
            ))
        }
      </AddPicker>
    </div>
  );
}
