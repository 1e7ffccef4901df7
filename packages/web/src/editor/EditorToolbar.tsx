import { routeHref } from '../app/useHashRoute';
import { useT } from '../i18n/useT';
import type { MapEditor } from './useMapEditor';

export function EditorToolbar({ editor, workspaceId }: { editor: MapEditor; workspaceId: string }) {
  const t = useT();
  return (
    <div className="toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      <button type="button" onClick={editor.undo} disabled={!editor.canUndo} aria-keyshortcuts="Control+Z">
        <span className="flip-rtl" aria-hidden="true">
          ↶
        </span>{' '}
        {t('editor.undo')}
      </button>
      <button
        type="button"
        onClick={editor.redo}
        disabled={!editor.canRedo}
        aria-keyshortcuts="Control+Shift+Z"
      >
        <span className="flip-rtl" aria-hidden="true">
          ↷
        </span>{' '}
        {t('editor.redo')}
      </button>
      <a
        className="button-link"
        href={routeHref({ page: 'present', workspaceId, mapId: editor.map.id })}
        data-testid="present"
      >
        {t('editor.present')}
      </a>
      {editor.map.counterpartMapId ? (
        <a
          className="button-link"
          href={routeHref({
            page: 'compare',
            workspaceId,
            mapId: editor.map.id,
            otherMapId: editor.map.counterpartMapId,
          })}
          data-testid="side-by-side-link"
        >
          {t('editor.sideBySide')}
        </a>
      ) : null}
      <span
        className={`save-status save-${editor.status}`}
        role="status"
        data-testid="save-status"
        data-status={editor.status}
      >
        {t(`editor.status.${editor.status}`)}
      </span>
      {editor.status === 'conflict' ? (
        <div className="conflict" role="alert">
          <p>{t('editor.conflict', { revision: editor.conflictRevision ?? 0 })}</p>
          <button type="button" onClick={() => void editor.resolveConflict(true)}>
            {t('editor.conflictKeepMine')}
          </button>
          <button type="button" onClick={() => void editor.resolveConflict(false)}>
            {t('editor.conflictTakeTheirs')}
          </button>
        </div>
      ) : null}
      {editor.error ? (
        <p className="error" role="alert">
          {editor.error}
        </p>
      ) : null}
    </div>
  );
}
