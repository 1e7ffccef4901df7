import { duplicateLaneOperation, type Lane } from '@safar/core';
import { useT } from '../i18n/useT';
import { CommitField } from './CommitField';
import { useDragAndDrop } from './drag-and-drop';
import type { MapEditor } from './useMapEditor';

export function LaneHeader({ editor, lane, index }: { editor: MapEditor; lane: Lane; index: number }) {
  const t = useT();
  const dnd = useDragAndDrop('lane', lane.id);
  const last = editor.map.lanes.length - 1;
  return (
    <div
      ref={dnd.setNodeRef}
      className={`lane-header${dnd.isOver ? ' drop-target' : ''}`}
      style={dnd.style}
      data-testid="lane-header"
      data-lane-kind={lane.kind}
    >
      <button
        type="button"
        className="drag-handle"
        aria-label={t('editor.dragLane', { name: lane.name })}
        {...dnd.handleProps}
      >
        ⠿
      </button>
      <CommitField
        className="lane-name"
        value={lane.name}
        label={t('editor.laneName')}
        onCommit={(name) =>
          name.trim() &&
          editor.edit([{ type: 'updateLane', laneId: lane.id, changes: { name: name.trim() } }])
        }
      />
      <span className="muted lane-kind">{t(`laneKind.${lane.kind}`)}</span>
      <div className="header-actions">
        <button
          type="button"
          aria-label={t('editor.moveLaneUp', { name: lane.name })}
          disabled={index === 0}
          onClick={() => editor.edit([{ type: 'moveLane', laneId: lane.id, toIndex: index - 1 }])}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={t('editor.moveLaneDown', { name: lane.name })}
          disabled={index === last}
          onClick={() => editor.edit([{ type: 'moveLane', laneId: lane.id, toIndex: index + 1 }])}
        >
          ↓
        </button>
        <button
          type="button"
          aria-label={t('editor.duplicateLane', { name: lane.name })}
          title={t('editor.duplicate')}
          onClick={() =>
            editor.edit([
              duplicateLaneOperation(editor.map, lane.id, t('editor.copyOf', { name: lane.name })),
            ])
          }
        >
          ⧉
        </button>
        <button
          type="button"
          aria-label={t('editor.deleteLane', { name: lane.name })}
          onClick={() => editor.edit([{ type: 'deleteLane', laneId: lane.id }])}
        >
          ×
        </button>
      </div>
    </div>
  );
}
