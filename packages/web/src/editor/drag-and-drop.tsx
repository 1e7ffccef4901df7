import {
  DndContext,
  PointerSensor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core';
import type { JourneyMap, MapOperation } from '@safar/core';
import { useCallback, type CSSProperties, type ReactNode } from 'react';
import type { MapEditor } from './useMapEditor';

type DragKind = 'stage' | 'step' | 'lane';
const dragId = (kind: DragKind, id: string) => `${kind}:${id}`;

function parseDragId(value: string | number): { kind: DragKind; id: string } | null {
  const [kind, ...rest] = String(value).split(':');
  const id = rest.join(':');
  return kind === 'stage' || kind === 'step' || kind === 'lane' ? { kind, id } : null;
}

/** Where a dragged stage, step or lane lands when dropped on another header, as one core operation. */
export function dropOperation(
  map: JourneyMap,
  activeId: string | number,
  overId: string | number,
): MapOperation | null {
  const active = parseDragId(activeId);
  const over = parseDragId(overId);
  if (!active || !over || (active.kind === over.kind && active.id === over.id)) return null;
  if (active.kind === 'stage' && over.kind === 'stage') {
    const toIndex = map.stages.findIndex((stage) => stage.id === over.id);
    return toIndex < 0 ? null : { type: 'moveStage', stageId: active.id, toIndex };
  }
  if (active.kind === 'lane' && over.kind === 'lane') {
    const toIndex = map.lanes.findIndex((lane) => lane.id === over.id);
    return toIndex < 0 ? null : { type: 'moveLane', laneId: active.id, toIndex };
  }
  if (active.kind === 'step' && over.kind === 'step') {
    const stage = map.stages.find((candidate) => candidate.steps.some((step) => step.id === over.id));
    if (!stage) return null;
    const toIndex = stage.steps.findIndex((step) => step.id === over.id);
    return { type: 'moveStep', stepId: active.id, toStageId: stage.id, toIndex };
  }
  if (active.kind === 'step' && over.kind === 'stage') {
    const stage = map.stages.find((candidate) => candidate.id === over.id);
    if (!stage) return null;
    const fromSame = stage.steps.some((step) => step.id === active.id);
    return {
      type: 'moveStep',
      stepId: active.id,
      toStageId: stage.id,
      toIndex: stage.steps.length - (fromSame ? 1 : 0),
    };
  }
  return null;
}

/** Drag and drop of stages, steps and lanes; every drop is one undoable operation. */
export function MapDragAndDrop({ editor, children }: { editor: MapEditor; children: ReactNode }) {
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));
  const { edit, map } = editor;
  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      if (!event.over) return;
      const operation = dropOperation(map, event.active.id, event.over.id);
      if (operation) edit([operation]);
    },
    [edit, map],
  );
  return (
    <DndContext sensors={sensors} onDragEnd={onDragEnd}>
      {children}
    </DndContext>
  );
}

/** A header that can be dragged by its handle and dropped on. */
export function useDragAndDrop(kind: DragKind, id: string) {
  const key = dragId(kind, id);
  const draggable = useDraggable({ id: key });
  const droppable = useDroppable({ id: key });
  const setNodeRef = useCallback(
    (node: HTMLElement | null) => {
      draggable.setNodeRef(node);
      droppable.setNodeRef(node);
    },
    [draggable, droppable],
  );
  const style: CSSProperties | undefined = draggable.transform
    ? {
        transform: `translate3d(${draggable.transform.x}px, ${draggable.transform.y}px, 0)`,
        zIndex: 10,
        opacity: 0.85,
      }
    : undefined;
  return {
    setNodeRef,
    style,
    isOver: droppable.isOver && !draggable.isDragging,
    handleProps: { ...draggable.attributes, ...draggable.listeners, ref: draggable.setActivatorNodeRef },
  };
}
