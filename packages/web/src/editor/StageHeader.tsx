import { createId, duplicateStageOperation, type Stage } from '@safar/core';
import { useT } from '../i18n/useT';
import { CommitField } from './CommitField';
import { useDragAndDrop } from './drag-and-drop';
import { StageFunnel } from './metrics/StageFunnel';
import type { MapEditor } from './useMapEditor';

export function StageHeader({
  editor,
  stage,
  index,
  span,
}: {
  editor: MapEditor;
  stage: Stage;
  index: number;
  span: number;
}) {
  const t = useT();
  const dnd = useDragAndDrop('stage', stage.id);
  const last = editor.map.stages.length - 1;
  return (
    <div
      ref={dnd.setNodeRef}
      className={`stage-header${dnd.isOver ? ' drop-target' : ''}`}
      style={{ gridColumn: `span ${span}`, borderBlockStartColor: stage.colour, ...dnd.style }}
      data-testid="stage-header"
      data-stage-id={stage.id}
    >
      <button
        type="button"
        className="drag-handle"
        aria-label={t('editor.dragStage', { name: stage.name })}
        {...dnd.handleProps}
      >
        ⠿
      </button>
      <CommitField
        className="stage-name"
        value={stage.name}
        label={t('editor.stageName')}
        onCommit={(name) =>
          name.trim() &&
          editor.edit([{ type: 'updateStage', stageId: stage.id, changes: { name: name.trim() } }])
        }
      />
      <div className="header-actions">
        <button
          type="button"
          title={t('editor.moveEarlier')}
          aria-label={t('editor.moveStageEarlier', { name: stage.name })}
          disabled={index === 0}
          onClick={() => editor.edit([{ type: 'moveStage', stageId: stage.id, toIndex: index - 1 }])}
        >
          <span className="flip-rtl" aria-hidden="true">
            ←
          </span>
        </button>
        <button
          type="button"
          title={t('editor.moveLater')}
          aria-label={t('editor.moveStageLater', { name: stage.name })}
          disabled={index === last}
          onClick={() => editor.edit([{ type: 'moveStage', stageId: stage.id, toIndex: index + 1 }])}
        >
          <span className="flip-rtl" aria-hidden="true">
            →
          </span>
        </button>
        <button
          type="button"
          title={t('editor.addStep')}
          aria-label={t('editor.addStepTo', { name: stage.name })}
          data-testid="add-step"
          onClick={() =>
            editor.edit([
              {
                type: 'addStep',
                stageId: stage.id,
                index: stage.steps.length,
                step: {
                  id: createId(),
                  name: t('editor.newStep'),
                  description: '',
                  milestone: null,
                  momentOfTruth: false,
                },
                cells: {},
              },
            ])
          }
        >
          +
        </button>
        <button
          type="button"
          title={t('editor.duplicate')}
          aria-label={t('editor.duplicateStage', { name: stage.name })}
          onClick={() =>
            editor.edit([
              duplicateStageOperation(editor.map, stage.id, t('editor.copyOf', { name: stage.name })),
            ])
          }
        >
          ⧉
        </button>
        <button
          type="button"
          title={t('editor.delete')}
          aria-label={t('editor.deleteStage', { name: stage.name })}
          onClick={() => editor.edit([{ type: 'deleteStage', stageId: stage.id }])}
        >
          ×
        </button>
      </div>
      <StageFunnel stageId={stage.id} />
    </div>
  );
}
