import type { Lane } from '@safar/core';
import { useRef, useState, type PointerEvent } from 'react';
import { useLocale } from '../../i18n/LocaleProvider';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { CommitField } from '../CommitField';
import type { GridColumn } from '../grid-columns';
import type { MapEditor } from '../useMapEditor';
import { columnCentre, CURVE_HEIGHT, scoreToY, smoothPath, STEP_WIDTH, yToScore } from './emotion-geometry';

/**
 * The emotion lane: one smooth curve across the steps on the map's own scale. Drag a point (or
 * press in a step's band) to set the score; arrow keys move a focused point; each step has a note.
 */
export function EmotionCurve({
  editor,
  lane,
  columns,
}: {
  editor: MapEditor;
  lane: Lane;
  columns: GridColumn[];
}) {
  const t = useT();
  const format = useFormat();
  const { direction } = useLocale();
  const rtl = direction === 'rtl';
  const scale = editor.map.emotionScale;
  const svgRef = useRef<SVGSVGElement>(null);
  const [dragging, setDragging] = useState<{ stepId: string; score: number } | null>(null);
  const width = columns.length * STEP_WIDTH;

  const scoreOf = (stepId: string): number | null => {
    if (dragging?.stepId === stepId) return dragging.score;
    const content = editor.map.cells[lane.id]?.[stepId];
    return content?.shape === 'emotion' ? content.score : null;
  };
  const noteOf = (stepId: string): string => {
    const content = editor.map.cells[lane.id]?.[stepId];
    return content?.shape === 'emotion' ? content.note : '';
  };
  const commit = (stepId: string, score: number) =>
    editor.edit([
      {
        type: 'setCell',
        laneId: lane.id,
        stepId,
        content: { shape: 'emotion', score, note: noteOf(stepId) },
      },
    ]);

  const scoreAt = (event: PointerEvent) => {
    const box = svgRef.current?.getBoundingClientRect();
    return box ? yToScore(((event.clientY - box.top) / box.height) * CURVE_HEIGHT, scale) : scale.min;
  };
  const startDrag = (stepId: string) => (event: PointerEvent<SVGElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    setDragging({ stepId, score: scoreAt(event) });
  };
  const moveDrag = (event: PointerEvent<SVGElement>) => {
    if (dragging) setDragging({ ...dragging, score: scoreAt(event) });
  };
  const endDrag = () => {
    if (dragging) commit(dragging.stepId, dragging.score);
    setDragging(null);
  };

  const points = columns.flatMap((column, index) => {
    if (column.kind !== 'step') return [];
    const score = scoreOf(column.step.id);
    return score === null
      ? []
      : [{ x: columnCentre(index, columns.length, rtl), y: scoreToY(score, scale), score, column }];
  });
  const ordered = [...points].sort((a, b) => a.x - b.x);
  const zeroY = scale.min < 0 && scale.max > 0 ? scoreToY(0, scale) : null;

  return (
    <div className="emotion-lane" style={{ gridColumn: `span ${columns.length}` }} data-testid="emotion-lane">
      <svg
        ref={svgRef}
        width={width}
        height={CURVE_HEIGHT}
        viewBox={`0 0 ${width} ${CURVE_HEIGHT}`}
        className="emotion-curve"
        onPointerMove={moveDrag}
        onPointerUp={endDrag}
        role="group"
        aria-label={lane.name}
      >
        {columns.map((column, index) =>
          column.kind === 'step' ? (
            <rect
              key={column.step.id}
              className="emotion-band"
              x={columnCentre(index, columns.length, rtl) - STEP_WIDTH / 2}
              y={0}
              width={STEP_WIDTH}
              height={CURVE_HEIGHT}
              onPointerDown={startDrag(column.step.id)}
              data-step-id={column.step.id}
            />
          ) : null,
        )}
        {zeroY !== null ? <line className="emotion-zero" x1={0} x2={width} y1={zeroY} y2={zeroY} /> : null}
        <path className="emotion-path" d={smoothPath(ordered)} />
        {points.map((point) => (
          <circle
            key={point.column.kind === 'step' ? point.column.step.id : ''}
            className={`emotion-point ${point.score > 0 ? 'positive' : point.score < 0 ? 'negative' : 'neutral'}`}
            cx={point.x}
            cy={point.y}
            r={9}
            tabIndex={0}
            role="slider"
            aria-label={t('editor.emotionAt', {
              step: point.column.kind === 'step' ? point.column.step.name : '',
            })}
            aria-valuemin={scale.min}
            aria-valuemax={scale.max}
            aria-valuenow={point.score}
            aria-valuetext={format.number(point.score)}
            data-testid="emotion-point"
            onPointerDown={point.column.kind === 'step' ? startDrag(point.column.step.id) : undefined}
            onKeyDown={(event) => {
              if (point.column.kind !== 'step') return;
              const delta = event.key === 'ArrowUp' ? 1 : event.key === 'ArrowDown' ? -1 : 0;
              if (!delta) return;
              event.preventDefault();
              commit(point.column.step.id, Math.min(scale.max, Math.max(scale.min, point.score + delta)));
            }}
          >
            <title>{format.number(point.score)}</title>
          </circle>
        ))}
      </svg>
      <div
        className="emotion-notes"
        style={{ gridTemplateColumns: `repeat(${columns.length}, var(--step-width))` }}
      >
        {columns.map((column) =>
          column.kind === 'step' ? (
            <CommitField
              key={column.step.id}
              className="emotion-note"
              value={noteOf(column.step.id)}
              label={t('editor.emotionNote', { step: column.step.name })}
              placeholder={t('editor.emotionNotePlaceholder')}
              onCommit={(note) => {
                const score = scoreOf(column.step.id) ?? Math.round((scale.min + scale.max) / 2);
                editor.edit([
                  {
                    type: 'setCell',
                    laneId: lane.id,
                    stepId: column.step.id,
                    content: { shape: 'emotion', score, note },
                  },
                ]);
              }}
            />
          ) : (
            <span key={`empty-${column.stage.id}`} />
          ),
        )}
      </div>
    </div>
  );
}
