import { createId, LANE_KINDS, type LaneKind } from '@safar/core';
import { useMemo, useState, type CSSProperties } from 'react';
import { useT } from '../i18n/useT';
import { CellView } from './cells/CellView';
import { EmotionCurve } from './cells/EmotionCurve';
import { MapDragAndDrop } from './drag-and-drop';
import { gridColumns, stageSpan } from './grid-columns';
import { LaneHeader } from './LaneHeader';
import { FlowOverlay } from './metrics/FlowOverlay';
import { StageHeader } from './StageHeader';
import { StepHeader } from './StepHeader';
import type { MapEditor } from './useMapEditor';

/**
 * The map as a grid: stages are column groups, steps are columns, lanes are rows. The grid
 * follows the document direction, so in fa and ar the first stage sits on the right.
 */
export function MapGrid({ editor, workspaceId }: { editor: MapEditor; workspaceId: string }) {
  const t = useT();
  const { map } = editor;
  const columns = gridColumns(map);
  const stepOrder = useMemo(
    () => map.stages.flatMap((stage) => stage.steps.map((step) => step.id)),
    [map.stages],
  );
  const [newLaneKind, setNewLaneKind] = useState<LaneKind>('text');
  const style: CSSProperties = {
    gridTemplateColumns: `var(--lane-header-width) repeat(${columns.length}, var(--step-width)) var(--add-width)`,
  };

  const addStage = () => {
    const stepId = createId();
    editor.edit([
      {
        type: 'addStage',
        index: map.stages.length,
        stage: {
          id: createId(),
          name: t('editor.newStage'),
          description: '',
          icon: '',
          colour: '#5b8def',
          steps: [
            { id: stepId, name: t('editor.newStep'), description: '', milestone: null, momentOfTruth: false },
          ],
        },
        cells: {},
      },
    ]);
  };

  const addLane = () =>
    editor.edit([
      {
        type: 'addLane',
        index: map.lanes.length,
        lane: { id: createId(), kind: newLaneKind, name: t(`laneKind.${newLaneKind}`), description: '' },
        cells: {},
      },
    ]);

  return (
    <MapDragAndDrop editor={editor}>
      <div className="grid-scroll" role="region" aria-label={t('editor.grid')} tabIndex={0}>
        <div className="map-grid" style={style} data-testid="map-grid">
          <div className="corner" style={{ gridRow: '1 / span 2', gridColumn: 1 }} />
          {map.stages.map((stage, index) => (
            <StageHeader key={stage.id} editor={editor} stage={stage} index={index} span={stageSpan(stage)} />
          ))}
          <div className="add-column" style={{ gridRow: '1 / span 2', gridColumn: columns.length + 2 }}>
            <button type="button" onClick={addStage} data-testid="add-stage">
              + {t('editor.addStage')}
            </button>
          </div>
          {/* Step headers are placed explicitly so the flow overlay may share their grid row. */}
          {columns.map((column, index) =>
            column.kind === 'step' ? (
              <StepHeader
                key={column.step.id}
                editor={editor}
                stage={column.stage}
                step={column.step}
                index={column.stepIndex}
                gridColumn={index + 2}
              />
            ) : (
              <div
                key={`empty-${column.stage.id}`}
                className="step-header empty"
                style={{ gridRow: 2, gridColumn: index + 2 }}
              />
            ),
          )}
          <FlowOverlay columnCount={columns.length} stepOrder={stepOrder} />
          {map.lanes.map((lane, laneIndex) => (
            <div key={lane.id} className={`lane-row lane-${lane.kind}`} style={{ display: 'contents' }}>
              <LaneHeader editor={editor} lane={lane} index={laneIndex} />
              {lane.kind === 'emotions' ? (
                <EmotionCurve editor={editor} lane={lane} columns={columns} />
              ) : lane.kind === 'line-of-visibility' ? (
                <div
                  className="line-of-visibility"
                  style={{ gridColumn: `span ${columns.length}` }}
                  aria-hidden="true"
                />
              ) : (
                columns.map((column) =>
                  column.kind === 'step' ? (
                    <CellView
                      key={column.step.id}
                      editor={editor}
                      lane={lane}
                      step={column.step}
                      workspaceId={workspaceId}
                    />
                  ) : (
                    <div key={`empty-${column.stage.id}`} className="cell empty" />
                  ),
                )
              )}
              <div className="add-column" />
            </div>
          ))}
          <div className="add-lane" style={{ gridColumn: `1 / span ${columns.length + 2}` }}>
            <label>
              <span className="visually-hidden">{t('editor.laneKind')}</span>
              <select
                value={newLaneKind}
                onChange={(event) =>
                  setNewLaneKind(LANE_KINDS.find((kind) => kind === event.target.value) ?? 'text')
                }
              >
                {LANE_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`laneKind.${kind}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" onClick={addLane} data-testid="add-lane">
              + {t('editor.addLane')}
            </button>
          </div>
        </div>
      </div>
    </MapDragAndDrop>
  );
}
