import { duplicateStepOperation, MILESTONES, type Stage, type Step } from '@safar/core';
import { useT } from '../i18n/useT';
import { useState } from 'react';
import { CommitField } from './CommitField';
import { useDragAndDrop } from './drag-and-drop';
import { FrictionMarker } from './metrics/FrictionMarker';
import type { MapEditor } from './useMapEditor';

export function StepHeader({
  editor,
  stage,
  step,
  index,
  gridColumn,
}: {
  editor: MapEditor;
  stage: Stage;
  step: Step;
  index: number;
  /** The grid column it occupies in the header row (MapGrid places headers explicitly). */
  gridColumn: number;
}) {
  const t = useT();
  const dnd = useDragAndDrop('step', step.id);
  const stageIndex = editor.map.stages.findIndex((candidate) => candidate.id === stage.id);
  const update = (changes: Partial<Pick<Step, 'name' | 'milestone' | 'momentOfTruth'>>) =>
    editor.edit([{ type: 'updateStep', stepId: step.id, changes }]);
  const move = (direction: -1 | 1) => {
    const target = index + direction;
    if (target >= 0 && target < stage.steps.length) {
      editor.edit([{ type: 'moveStep', stepId: step.id, toStageId: stage.id, toIndex: target }]);
      return;
    }
    // Past the stage edge the step moves into the neighbouring stage.
    const neighbour = editor.map.stages[stageIndex + direction];
    if (neighbour) {
      editor.edit([
        {
          type: 'moveStep',
          stepId: step.id,
          toStageId: neighbour.id,
          toIndex: direction < 0 ? neighbour.steps.length : 0,
        },
      ]);
    }
  };

  return (
    <div
      ref={dnd.setNodeRef}
      className={`step-header${step.momentOfTruth ? ' moment-of-truth' : ''}${step.milestone ? ' milestone' : ''}${dnd.isOver ? ' drop-target' : ''}`}
      style={{ ...dnd.style, gridRow: 2, gridColumn }}
      data-testid="step-header"
      data-step-id={step.id}
    >
      <button
        type="button"
        className="drag-handle"
        aria-label={t('editor.dragStep', { name: step.name })}
        {...dnd.handleProps}
      >
        ⠿
      </button>
      <CommitField
        className="step-name"
        value={step.name}
        label={t('editor.stepName')}
        onCommit={(name) => name.trim() && update({ name: name.trim() })}
      />
      <div className="step-badges">
        {step.milestone ? (
          <span className="badge milestone-badge">⚑ {t(`milestone.${step.milestone}`)}</span>
        ) : null}
        {step.momentOfTruth ? <span className="badge truth-badge">★ {t('editor.momentOfTruth')}</span> : null}
        <FrictionMarker stepId={step.id} />
      </div>
      <div className="header-actions">
        <button
          type="button"
          aria-label={t('editor.moveStepEarlier', { name: step.name })}
          title={t('editor.moveEarlier')}
          onClick={() => move(-1)}
        >
          <span className="flip-rtl" aria-hidden="true">
            ←
          </span>
        </button>
        <button
          type="button"
          aria-label={t('editor.moveStepLater', { name: step.name })}
          title={t('editor.moveLater')}
          onClick={() => move(1)}
        >
          <span className="flip-rtl" aria-hidden="true">
            →
          </span>
        </button>
        <button
          type="button"
          aria-pressed={step.momentOfTruth}
          aria-label={t('editor.toggleMomentOfTruth', { name: step.name })}
          title={t('editor.momentOfTruth')}
          onClick={() => update({ momentOfTruth: !step.momentOfTruth })}
        >
          ★
        </button>
        <MilestonePicker value={step.milestone} onChange={(milestone) => update({ milestone })} />
        <button
          type="button"
          aria-label={t('editor.duplicateStep', { name: step.name })}
          title={t('editor.duplicate')}
          onClick={() =>
            editor.edit([
              duplicateStepOperation(editor.map, step.id, t('editor.copyOf', { name: step.name })),
            ])
          }
        >
          ⧉
        </button>
        <button
          type="button"
          aria-label={t('editor.deleteStep', { name: step.name })}
          title={t('editor.delete')}
          onClick={() => editor.edit([{ type: 'deleteStep', stepId: step.id }])}
        >
          ×
        </button>
      </div>
    </div>
  );
}

/** The milestone of a step; the list is rendered only when asked, to keep a large map light. */
function MilestonePicker({
  value,
  onChange,
}: {
  value: Step['milestone'];
  onChange: (value: Step['milestone']) => void;
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button
        type="button"
        aria-label={t('editor.milestone')}
        title={t('editor.milestone')}
        aria-pressed={value !== null}
        onClick={() => setOpen(true)}
      >
        ⚑
      </button>
    );
  }
  return (
    <select
      aria-label={t('editor.milestone')}
      autoFocus
      value={value ?? ''}
      onBlur={() => setOpen(false)}
      onChange={(event) => {
        onChange(MILESTONES.find((milestone) => milestone === event.target.value) ?? null);
        setOpen(false);
      }}
    >
      <option value="">{t('editor.noMilestone')}</option>
      {MILESTONES.map((milestone) => (
        <option key={milestone} value={milestone}>
          {t(`milestone.${milestone}`)}
        </option>
      ))}
    </select>
  );
}
