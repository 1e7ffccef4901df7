import fc from 'fast-check';
import type { CellContentInput } from '../cell-content.js';
import type { EmotionScale, JourneyMap, Lane, Stage, Step } from '../journey-map.js';
import { mapOperationSchema } from '../operations.js';
import type { MapOperation, MapOperationInput, MapOperationType } from '../operations.js';
import {
  FILLED_SHAPES,
  IdRegistry,
  arbitraryCellContent,
  arbitraryCells,
  arbitraryEmotionScale,
  arbitraryId,
  arbitraryLaneChanges,
  arbitraryLaneFields,
  arbitraryMapFieldChanges,
  arbitraryResourceChanges,
  arbitraryResourceFields,
  arbitraryStageChanges,
  arbitraryStageFields,
  arbitraryStepChanges,
  arbitraryStepFields,
  cellEntries,
  idsOf,
  shapeOfLane,
  withUniqueItemIds,
} from './map-arbitraries.js';
import type { CellSlot } from './map-arbitraries.js';

export {
  IdRegistry,
  PROTOTYPE_MEMBER_IDS,
  arbitraryJourneyMap,
  cellEntries,
  idsOf,
  withCellInput,
} from './map-arbitraries.js';
export type { CellEntry } from './map-arbitraries.js';

export const MAP_OPERATION_TYPES = [
  'addStage',
  'deleteStage',
  'moveStage',
  'updateStage',
  'addStep',
  'deleteStep',
  'moveStep',
  'updateStep',
  'addLane',
  'deleteLane',
  'moveLane',
  'updateLane',
  'setCell',
  'clearCell',
  'updateMap',
  'addResource',
  'deleteResource',
  'updateResource',
] as const satisfies readonly MapOperationType[];

interface StepPosition {
  readonly stage: Stage;
  readonly step: Step;
}

const stepPositions = (map: JourneyMap): StepPosition[] =>
  map.stages.flatMap((stage) => stage.steps.map((step) => ({ stage, step })));

const fillableSlots = (lanes: readonly Pick<Lane, 'id' | 'kind'>[], stepIds: readonly string[]): CellSlot[] =>
  lanes.flatMap((lane) => {
    const shape = shapeOfLane(lane.kind);
    return shape ? stepIds.map((stepId) => ({ laneId: lane.id, stepId, shape })) : [];
  });

/** The kinds of operation that have a valid instance for `map`. */
export function applicableOperationTypes(map: JourneyMap): MapOperationType[] {
  const hasStage = map.stages.length > 0;
  const hasStep = stepPositions(map).length > 0;
  const hasLane = map.lanes.length > 0;
  const hasResource = map.resources.length > 0;
  const canFill =
    fillableSlots(
      map.lanes,
      stepPositions(map).map(({ step }) => step.id),
    ).length > 0;
  const hasCell = cellEntries(map.cells).length > 0;
  const applicable: Record<MapOperationType, boolean> = {
    addStage: true,
    deleteStage: hasStage,
    moveStage: hasStage,
    updateStage: hasStage,
    addStep: hasStage,
    deleteStep: hasStep,
    moveStep: hasStep,
    updateStep: hasStep,
    addLane: true,
    deleteLane: hasLane,
    moveLane: hasLane,
    updateLane: hasLane,
    setCell: canFill,
    clearCell: hasCell,
    updateMap: true,
    addResource: true,
    deleteResource: hasResource,
    updateResource: hasResource,
  };
  return MAP_OPERATION_TYPES.filter((type) => applicable[type]);
}

/**
 * Operations that are valid for `map` (applyOperation accepts them), parsed by
 * mapOperationSchema as the server would. Adds use fresh ids, indexes are in range and cell
 * content matches its lane. `types` narrows the choice; at least one of them must apply.
 */
export function arbitraryOperationFor(
  map: JourneyMap,
  types: readonly MapOperationType[] = MAP_OPERATION_TYPES,
): fc.Arbitrary<MapOperation> {
  return arbitraryOperationInputFor(map, types).map((input) => mapOperationSchema.parse(input));
}

/** The same operations as a client sends them, before parsing (so update changes are partial). */
export function arbitraryOperationInputFor(
  map: JourneyMap,
  types: readonly MapOperationType[] = MAP_OPERATION_TYPES,
): fc.Arbitrary<MapOperationInput> {
  const applicable = applicableOperationTypes(map).filter((type) => types.includes(type));
  if (applicable.length === 0) throw new Error(`none of ${types.join(', ')} applies to this map`);
  return fc.constantFrom(...applicable).chain((type) => validOperation(map, type));
}

function validOperation(map: JourneyMap, type: MapOperationType): fc.Arbitrary<MapOperationInput> {
  const taken = idsOf(map);
  const positions = stepPositions(map);
  const steps = positions.map(({ step }) => step);
  const stepIds = steps.map((step) => step.id);
  const upTo = (max: number) => fc.integer({ min: 0, max });
  switch (type) {
    case 'addStage':
      return fc
        .record({
          index: upTo(map.stages.length),
          id: arbitraryId(),
          fields: arbitraryStageFields(),
          steps: fc.array(fc.record({ id: arbitraryId(), fields: arbitraryStepFields() }), { maxLength: 3 }),
        })
        .chain((draft) => {
          const ids = new IdRegistry(taken);
          const stage = {
            ...draft.fields,
            id: ids.claim(draft.id),
            steps: draft.steps.map((step) => ({ ...step.fields, id: ids.claim(step.id) })),
          };
          const slots = fillableSlots(
            map.lanes,
            stage.steps.map((step) => step.id),
          );
          const claimed = [...taken, stage.id, ...stage.steps.map((step) => step.id)];
          return arbitraryCells(slots, map.emotionScale, claimed).map((cells): MapOperationInput => ({
            type,
            index: draft.index,
            stage,
            cells,
          }));
        });
    case 'deleteStage':
      return fc.constantFrom(...map.stages).map((stage) => ({ type, stageId: stage.id }));
    case 'moveStage':
      return fc
        .record({ stage: fc.constantFrom(...map.stages), toIndex: upTo(map.stages.length - 1) })
        .map(({ stage, toIndex }) => ({ type, stageId: stage.id, toIndex }));
    case 'updateStage':
      return fc
        .record({ stage: fc.constantFrom(...map.stages), changes: arbitraryStageChanges() })
        .map(({ stage, changes }) => ({ type, stageId: stage.id, changes }));
    case 'addStep':
      return fc
        .record({ stage: fc.constantFrom(...map.stages), id: arbitraryId(), fields: arbitraryStepFields() })
        .chain(({ stage, id, fields }) => {
          const step = { ...fields, id: new IdRegistry(taken).claim(id) };
          const slots = fillableSlots(map.lanes, [step.id]);
          return fc
            .record({
              index: upTo(stage.steps.length),
              cells: arbitraryCells(slots, map.emotionScale, [...taken, step.id]),
            })
            .map(({ index, cells }): MapOperationInput => ({
              type,
              stageId: stage.id,
              index,
              step,
              cells: rowOfStep(cells, step.id),
            }));
        });
    case 'deleteStep':
      return fc.constantFrom(...steps).map((step) => ({ type, stepId: step.id }));
    case 'moveStep':
      return fc
        .record({ from: fc.constantFrom(...positions), to: fc.constantFrom(...map.stages) })
        .chain(({ from, to }) =>
          upTo(to.steps.length - (to.id === from.stage.id ? 1 : 0)).map((toIndex) => ({
            type,
            stepId: from.step.id,
            toStageId: to.id,
            toIndex,
          })),
        );
    case 'updateStep':
      return fc
        .record({ step: fc.constantFrom(...steps), changes: arbitraryStepChanges() })
        .map(({ step, changes }) => ({ type, stepId: step.id, changes }));
    case 'addLane':
      return fc
        .record({ index: upTo(map.lanes.length), id: arbitraryId(), fields: arbitraryLaneFields() })
        .chain(({ index, id, fields }) => {
          const lane = { ...fields, id: new IdRegistry(taken).claim(id) };
          const slots = fillableSlots([lane], stepIds);
          return arbitraryCells(slots, map.emotionScale, [...taken, lane.id]).map(
            (cells): MapOperationInput => ({
              type,
              index,
              lane,
              cells: Object.hasOwn(cells, lane.id) ? cells[lane.id] : {},
            }),
          );
        });
    case 'deleteLane':
      return fc.constantFrom(...map.lanes).map((lane) => ({ type, laneId: lane.id }));
    case 'moveLane':
      return fc
        .record({ lane: fc.constantFrom(...map.lanes), toIndex: upTo(map.lanes.length - 1) })
        .map(({ lane, toIndex }) => ({ type, laneId: lane.id, toIndex }));
    case 'updateLane':
      return fc
        .record({ lane: fc.constantFrom(...map.lanes), changes: arbitraryLaneChanges() })
        .map(({ lane, changes }) => ({ type, laneId: lane.id, changes }));
    case 'setCell':
      return fc.constantFrom(...fillableSlots(map.lanes, stepIds)).chain((slot) =>
        arbitraryCellContent(slot.shape, map.emotionScale).map((content) => ({
          type,
          laneId: slot.laneId,
          stepId: slot.stepId,
          content: withUniqueItemIds(content, new IdRegistry(taken)),
        })),
      );
    case 'clearCell':
      return fc
        .constantFrom(...cellEntries(map.cells))
        .map(({ laneId, stepId }) => ({ type, laneId, stepId }));
    case 'updateMap':
      return fc
        .record({
          fields: arbitraryMapFieldChanges(),
          emotionScale: fc.option(scaleKeepingScores(map), { nil: undefined }),
        })
        .map(({ fields, emotionScale }) => ({
          type,
          changes: emotionScale ? { ...fields, emotionScale } : fields,
        }));
    case 'addResource':
      return fc
        .record({ index: upTo(map.resources.length), id: arbitraryId(), fields: arbitraryResourceFields() })
        .map(({ index, id, fields }) => ({
          type,
          index,
          resource: { ...fields, id: new IdRegistry(taken).claim(id) },
        }));
    case 'deleteResource':
      return fc.constantFrom(...map.resources).map((resource) => ({ type, resourceId: resource.id }));
    case 'updateResource':
      return fc
        .record({ resource: fc.constantFrom(...map.resources), changes: arbitraryResourceChanges() })
        .map(({ resource, changes }) => ({ type, resourceId: resource.id, changes }));
  }
}

/** An emotion scale that still holds every score of the map. */
function scaleKeepingScores(map: JourneyMap): fc.Arbitrary<EmotionScale> {
  const scores = cellEntries(map.cells).flatMap(({ content }) =>
    content.shape === 'emotion' ? [content.score] : [],
  );
  if (scores.length === 0) return arbitraryEmotionScale();
  const low = Math.floor(Math.min(...scores));
  const high = Math.ceil(Math.max(...scores));
  return fc
    .tuple(fc.integer({ min: -100, max: low }), fc.integer({ min: high, max: 100 }))
    .filter(([min, max]) => min < max)
    .map(([min, max]) => ({ min, max }));
}

/** `cells[laneId][stepId]` of a single step, as `row[laneId]`. */
function rowOfStep(
  cells: Record<string, Record<string, CellContentInput>>,
  stepId: string,
): Record<string, CellContentInput> {
  return Object.fromEntries(
    Object.entries(cells).flatMap(([laneId, row]) => {
      const content = Object.hasOwn(row, stepId) ? row[stepId] : undefined;
      return content ? [[laneId, content]] : [];
    }),
  );
}

/**
 * Operations of any kind that are well-formed (they pass mapOperationSchema) but may well be
 * invalid for `map`: ids are a mix of the map's own and random ones, indexes may be past the end,
 * cells may have any shape, scores any value, and adds may reuse ids.
 */
export function arbitraryAnyOperationFor(map: JourneyMap): fc.Arbitrary<MapOperation> {
  /** Mostly one of `ids` (when there are any), sometimes any id at all. */
  const idFrom = (ids: readonly string[]) =>
    ids.length > 0
      ? fc.oneof({ weight: 1, arbitrary: arbitraryId() }, { weight: 4, arbitrary: fc.constantFrom(...ids) })
      : arbitraryId();
  const someId = idFrom(idsOf(map));
  const stageId = idFrom(map.stages.map((stage) => stage.id));
  const stepId = idFrom(stepPositions(map).map(({ step }) => step.id));
  const laneId = idFrom(map.lanes.map((lane) => lane.id));
  const resourceId = idFrom(map.resources.map((resource) => resource.id));
  const existingCells = cellEntries(map.cells).map((cell) => ({ laneId: cell.laneId, stepId: cell.stepId }));
  const cellAt = fc.oneof(
    fc.record({ laneId, stepId }),
    existingCells.length > 0 ? fc.constantFrom(...existingCells) : fc.record({ laneId, stepId }),
  );
  /** Ids for adds: mostly new ones, sometimes one the map already uses. */
  const newId = fc.oneof(
    someId,
    arbitraryId().map((id) => `new-${id}`),
  );
  const index = fc.nat(7);
  const content: fc.Arbitrary<CellContentInput> = fc
    .constantFrom(...FILLED_SHAPES)
    .chain((shape) => arbitraryCellContent(shape, { min: -10, max: 10 }));
  const row = fc.oneof(fc.constant({}), fc.dictionary(someId, content, { maxKeys: 2 }));
  const cells = fc.oneof(fc.constant({}), fc.dictionary(someId, row, { maxKeys: 2 }));
  const stage = fc
    .record({
      id: newId,
      fields: arbitraryStageFields(),
      steps: fc.array(fc.record({ id: newId, fields: arbitraryStepFields() }), { maxLength: 2 }),
    })
    .map((draft) => ({
      ...draft.fields,
      id: draft.id,
      steps: draft.steps.map((step) => ({ ...step.fields, id: step.id })),
    }));
  const operation: fc.Arbitrary<MapOperationInput> = fc.oneof(
    fc.record({ type: fc.constant('addStage'), index, stage, cells }),
    fc.record({ type: fc.constant('deleteStage'), stageId }),
    fc.record({ type: fc.constant('moveStage'), stageId, toIndex: index }),
    fc.record({ type: fc.constant('updateStage'), stageId, changes: arbitraryStageChanges() }),
    fc.record({
      type: fc.constant('addStep'),
      stageId,
      index,
      step: fc.record({ id: newId, fields: arbitraryStepFields() }).map((s) => ({ ...s.fields, id: s.id })),
      cells: row,
    }),
    fc.record({ type: fc.constant('deleteStep'), stepId }),
    fc.record({ type: fc.constant('moveStep'), stepId, toStageId: stageId, toIndex: index }),
    fc.record({ type: fc.constant('updateStep'), stepId, changes: arbitraryStepChanges() }),
    fc.record({
      type: fc.constant('addLane'),
      index,
      lane: fc.record({ id: newId, fields: arbitraryLaneFields() }).map((l) => ({ ...l.fields, id: l.id })),
      cells: row,
    }),
    fc.record({ type: fc.constant('deleteLane'), laneId }),
    fc.record({ type: fc.constant('moveLane'), laneId, toIndex: index }),
    fc.record({ type: fc.constant('updateLane'), laneId, changes: arbitraryLaneChanges() }),
    fc.record({ type: fc.constant('setCell'), laneId, stepId, content }),
    cellAt.map(({ laneId, stepId }) => ({ type: 'clearCell' as const, laneId, stepId })),
    fc.record({
      type: fc.constant('updateMap'),
      changes: fc
        .record({
          fields: arbitraryMapFieldChanges(),
          emotionScale: fc.option(arbitraryEmotionScale(), { nil: undefined }),
          counterpartMapId: fc.option(fc.constantFrom(map.id, 'other-map'), { nil: undefined }),
        })
        .map(({ fields, emotionScale, counterpartMapId }) => ({
          ...fields,
          ...(emotionScale ? { emotionScale } : {}),
          ...(counterpartMapId ? { counterpartMapId } : {}),
        })),
    }),
    fc.record({
      type: fc.constant('addResource'),
      index,
      resource: fc
        .record({ id: newId, fields: arbitraryResourceFields() })
        .map((r) => ({ ...r.fields, id: r.id })),
    }),
    fc.record({ type: fc.constant('deleteResource'), resourceId }),
    fc.record({ type: fc.constant('updateResource'), resourceId, changes: arbitraryResourceChanges() }),
  );
  return operation.map((input) => mapOperationSchema.parse(input));
}
