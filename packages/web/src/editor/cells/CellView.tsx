import { CELL_SHAPE_OF_LANE, type CellContent, type Lane, type Step } from '@safar/core';
import { useT } from '../../i18n/useT';
import { CommitField } from '../CommitField';
import type { MapEditor } from '../useMapEditor';
import { CardsCell } from './CardsCell';
import { ChannelsCell, DepartmentsCell, TouchpointsCell } from './ChipCells';
import { ImageCell, MapLinksCell } from './LinkCells';

export interface CellProps {
  readonly editor: MapEditor;
  readonly lane: Lane;
  readonly step: Step;
  readonly workspaceId: string;
}

/** Sets a cell, or clears it when the content is empty. */
export function setOrClear(editor: MapEditor, lane: Lane, step: Step, content: CellContent | null): boolean {
  const existing = editor.map.cells[lane.id]?.[step.id];
  if (content) return editor.edit([{ type: 'setCell', laneId: lane.id, stepId: step.id, content }]);
  if (existing) return editor.edit([{ type: 'clearCell', laneId: lane.id, stepId: step.id }]);
  return true;
}

/** One cell, drawn the way its lane kind asks. */
export function CellView(props: CellProps) {
  const t = useT();
  const { editor, lane, step } = props;
  const content = editor.map.cells[lane.id]?.[step.id];
  const shape = CELL_SHAPE_OF_LANE[lane.kind];
  const label = t('editor.cellLabel', { lane: lane.name, step: step.name });
  const body = (() => {
    switch (shape) {
      case 'text':
        return (
          <CommitField
            multiline
            className="text-cell"
            label={label}
            value={content?.shape === 'text' ? content.text : ''}
            testId="text-cell"
            onCommit={(text) => setOrClear(editor, lane, step, text.trim() ? { shape: 'text', text } : null)}
          />
        );
      case 'touchpoints':
        return <TouchpointsCell {...props} />;
      case 'channels':
        return <ChannelsCell {...props} />;
      case 'departments':
        return <DepartmentsCell {...props} />;
      case 'pain-points':
      case 'opportunities':
      case 'metrics':
        return <CardsCell {...props} shape={shape} />;
      case 'image':
        return <ImageCell {...props} />;
      case 'map-links':
        return <MapLinksCell {...props} />;
      case 'emotion':
      case 'none':
        return null;
    }
  })();
  return (
    <div className={`cell cell-${shape}`} data-lane-id={lane.id} data-step-id={step.id}>
      {body}
    </div>
  );
}
