import fc from 'fast-check';
import { CHANNEL_KEYS } from '../../channel.js';
import { LOCALES } from '../../locale.js';
import { OPPORTUNITY_STATUSES } from '../cell-content.js';
import type { CellContent, CellContentInput } from '../cell-content.js';
import { JOURNEY_TYPES, MAP_KINDS, MAP_STATUSES, MILESTONES, journeyMapSchema } from '../journey-map.js';
import type { Cells, EmotionScale, JourneyMap, JourneyMapInput } from '../journey-map.js';
import { CELL_SHAPE_OF_LANE, LANE_KINDS } from '../lane-kind.js';
import type { CellShape, LaneKind } from '../lane-kind.js';

/**
 * Names of Object.prototype members. They are valid ids, and a careless `record[id]` lookup finds
 * an inherited function under them, so the generators mix them in. (`__proto__` is left out: zod
 * strips that key from records, so a map could not keep cells under it anyway.)
 */
export const PROTOTYPE_MEMBER_IDS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty'] as const;

/** Ids from a small alphabet, so that generated entities often want the same id. */
export function arbitraryId(): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 12,
      arbitrary: fc
        .tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.nat(4))
        .map(([letter, digit]) => `${letter}${digit}`),
    },
    { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_MEMBER_IDS) },
  );
}

/** Hands out ids unique within one map: an id already taken gets a numbered suffix. */
export class IdRegistry {
  private readonly taken: Set<string>;

  constructor(taken: Iterable<string> = []) {
    this.taken = new Set(taken);
  }

  claim(wanted: string): string {
    let id = wanted;
    for (let suffix = 2; this.taken.has(id); suffix++) id = `${wanted}-${suffix}`;
    this.taken.add(id);
    return id;
  }
}

/** Every id a map claims: stages, steps, lanes, resources and the items inside cells. */
export function idsOf(map: JourneyMap): string[] {
  const cellItemIds = cellEntries(map.cells).flatMap(({ content }) =>
    'items' in content ? content.items.map((item) => item.id) : [],
  );
  return [
    ...map.stages.flatMap((stage) => [stage.id, ...stage.steps.map((step) => step.id)]),
    ...map.lanes.map((lane) => lane.id),
    ...map.resources.map((resource) => resource.id),
    ...cellItemIds,
  ];
}

export interface CellEntry {
  readonly laneId: string;
  readonly stepId: string;
  readonly content: CellContent;
}

export function cellEntries(cells: Cells): CellEntry[] {
  return Object.entries(cells).flatMap(([laneId, row]) =>
    Object.entries(row).map(([stepId, content]) => ({ laneId, stepId, content })),
  );
}

/** Adds one cell, creating own properties even for ids like `constructor`. */
export function withCellInput<T>(
  cells: Record<string, Record<string, T>>,
  laneId: string,
  stepId: string,
  content: T,
): Record<string, Record<string, T>> {
  const row = Object.hasOwn(cells, laneId) ? cells[laneId] : {};
  return { ...cells, [laneId]: { ...row, [stepId]: content } };
}

export type FilledShape = Exclude<CellShape, 'none'>;

export function shapeOfLane(kind: LaneKind): FilledShape | null {
  const shape = CELL_SHAPE_OF_LANE[kind];
  return shape === 'none' ? null : shape;
}

export const FILLED_SHAPES: readonly FilledShape[] = [
  'text',
  'emotion',
  'touchpoints',
  'channels',
  'pain-points',
  'opportunities',
  'metrics',
  'departments',
  'image',
  'map-links',
];

const word = fc.constantFrom('call', 'pay', 'wait', 'browse', 'compare', 'ask', 'ödeme', 'خرید', 'αγορά');
/** Non-empty, already trimmed text: what a name field keeps after parsing. */
export const arbitraryName = (): fc.Arbitrary<string> =>
  fc.array(word, { minLength: 1, maxLength: 3 }).map((words) => words.join(' '));
export const arbitraryText = (): fc.Arbitrary<string> => fc.string({ maxLength: 20 });
const rating = fc.integer({ min: 1, max: 5 });

export function arbitraryEmotionScale(): fc.Arbitrary<EmotionScale> {
  return fc.oneof(
    fc.constantFrom({ min: -2, max: 2 }, { min: -5, max: 5 }, { min: 0, max: 10 }, { min: 1, max: 7 }),
    fc
      .tuple(fc.integer({ min: -100, max: 100 }), fc.integer({ min: -100, max: 100 }))
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => ({ min: Math.min(a, b), max: Math.max(a, b) })),
  );
}

export function arbitraryScore(scale: EmotionScale): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer(scale),
    fc.double({ min: scale.min, max: scale.max, noNaN: true, noDefaultInfinity: true }),
  );
}

/**
 * Content of the given shape. Item ids are drawn from the small alphabet; call
 * `withUniqueItemIds` before putting the content into a map.
 */
export function arbitraryCellContent(
  shape: FilledShape,
  scale: EmotionScale,
): fc.Arbitrary<CellContentInput> {
  switch (shape) {
    case 'text':
      return arbitraryText().map((text) => ({ shape, text }));
    case 'emotion':
      return fc.record({ score: arbitraryScore(scale), note: arbitraryText() }).map((f) => ({ shape, ...f }));
    case 'touchpoints':
      return fc.array(arbitraryId(), { maxLength: 3 }).map((touchpointIds) => ({ shape, touchpointIds }));
    case 'channels':
      return fc.subarray([...CHANNEL_KEYS], { maxLength: 4 }).map((channels) => ({ shape, channels }));
    case 'pain-points':
      return fc
        .array(fc.record({ id: arbitraryId(), text: arbitraryName(), severity: rating }), { maxLength: 3 })
        .map((items) => ({ shape, items }));
    case 'opportunities':
      return fc
        .array(
          fc.record({
            id: arbitraryId(),
            text: arbitraryName(),
            impact: rating,
            effort: rating,
            status: fc.constantFrom(...OPPORTUNITY_STATUSES),
          }),
          { maxLength: 3 },
        )
        .map((items) => ({ shape, items }));
    case 'metrics':
      return fc
        .array(
          fc.record({
            id: arbitraryId(),
            name: arbitraryName(),
            definition: arbitraryText(),
            target: fc.option(fc.integer({ min: -1000, max: 1000 })),
            unit: fc.constantFrom('', '%', 'days'),
            direction: fc.constantFrom('higher-is-better', 'lower-is-better'),
          }),
          { maxLength: 3 },
        )
        .map((items) => ({ shape, items }));
    case 'departments':
      return fc.array(arbitraryName(), { maxLength: 3 }).map((departments) => ({ shape, departments }));
    case 'image':
      return fc
        .record({
          url: fc.constantFrom('https://example.com/a.png', '/img/b.jpg', 'data:image/png;base64,AAAA'),
          alt: arbitraryText(),
        })
        .map((f) => ({ shape, ...f }));
    case 'map-links':
      return fc
        .array(fc.record({ mapId: arbitraryId(), label: arbitraryText() }), { maxLength: 2 })
        .map((links) => ({ shape, links }));
  }
}

/** Renames the items of a cell so that their ids are unique within the map. */
export function withUniqueItemIds(content: CellContentInput, ids: IdRegistry): CellContentInput {
  switch (content.shape) {
    case 'pain-points':
      return { ...content, items: content.items.map((item) => ({ ...item, id: ids.claim(item.id) })) };
    case 'opportunities':
      return { ...content, items: content.items.map((item) => ({ ...item, id: ids.claim(item.id) })) };
    case 'metrics':
      return { ...content, items: content.items.map((item) => ({ ...item, id: ids.claim(item.id) })) };
    default:
      return content;
  }
}

export const arbitraryDate = (): fc.Arbitrary<string> =>
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

const stageFieldModel = () => ({
  name: arbitraryName(),
  description: arbitraryText(),
  icon: fc.constantFrom('', 'cart', 'star'),
  colour: fc.constantFrom('#5b8def', '#1F77B4', '#000000'),
});
const stepFieldModel = () => ({
  name: arbitraryName(),
  description: arbitraryText(),
  milestone: fc.option(fc.constantFrom(...MILESTONES)),
  momentOfTruth: fc.boolean(),
});
const laneFieldModel = () => ({ name: arbitraryName(), description: arbitraryText() });
const resourceFieldModel = () => ({
  kind: fc.constantFrom('have', 'need'),
  name: arbitraryName(),
  description: arbitraryText(),
});

/** Fields of a new entity (the name is required, the rest take their defaults when left out). */
export const arbitraryStageFields = () => fc.record(stageFieldModel(), { requiredKeys: ['name'] });
export const arbitraryStepFields = () => fc.record(stepFieldModel(), { requiredKeys: ['name'] });
export const arbitraryLaneFields = () =>
  fc.record(
    { kind: fc.constantFrom(...LANE_KINDS), ...laneFieldModel() },
    { requiredKeys: ['kind', 'name'] },
  );
export const arbitraryResourceFields = () =>
  fc.record(resourceFieldModel(), { requiredKeys: ['kind', 'name'] });

/** Changes of an update: any subset of the editable fields. */
export const arbitraryStageChanges = () => fc.record(stageFieldModel(), { requiredKeys: [] });
export const arbitraryStepChanges = () => fc.record(stepFieldModel(), { requiredKeys: [] });
export const arbitraryLaneChanges = () => fc.record(laneFieldModel(), { requiredKeys: [] });
export const arbitraryResourceChanges = () => fc.record(resourceFieldModel(), { requiredKeys: [] });

export interface CellSlot {
  readonly laneId: string;
  readonly stepId: string;
  readonly shape: FilledShape;
}

/**
 * Cells of the right shape on a random subset of `slots`, as `cells[laneId][stepId]`, with item
 * ids that collide neither with `taken` nor with each other.
 */
export function arbitraryCells(
  slots: readonly CellSlot[],
  scale: EmotionScale,
  taken: Iterable<string>,
  maxLength = 12,
): fc.Arbitrary<Record<string, Record<string, CellContentInput>>> {
  const takenIds = [...taken];
  return fc
    .subarray([...slots], { maxLength: Math.min(maxLength, slots.length) })
    .chain((chosen) =>
      fc.tuple(
        ...chosen.map((slot) =>
          arbitraryCellContent(slot.shape, scale).map((content) => ({ ...slot, content })),
        ),
      ),
    )
    .map((filled) => {
      const ids = new IdRegistry(takenIds);
      let cells: Record<string, Record<string, CellContentInput>> = {};
      for (const { laneId, stepId, content } of filled) {
        cells = withCellInput(cells, laneId, stepId, withUniqueItemIds(content, ids));
      }
      return cells;
    });
}

/** The map-level fields an updateMap may change, apart from the emotion scale. */
export const arbitraryMapFieldChanges = () =>
  fc.record(
    {
      title: arbitraryName(),
      description: arbitraryText(),
      goal: fc.record(
        { why: arbitraryText(), purpose: arbitraryText(), audience: arbitraryText(), basis: arbitraryText() },
        { requiredKeys: [] },
      ),
      kind: fc.constantFrom(...MAP_KINDS),
      journeyType: fc.constantFrom(...JOURNEY_TYPES),
      personaIds: fc.array(arbitraryId(), { maxLength: 3 }),
      counterpartMapId: fc.constantFrom(null, 'other-map'),
      owner: arbitraryText(),
      status: fc.constantFrom(...MAP_STATUSES),
      tags: fc.array(arbitraryName(), { maxLength: 3 }),
      locale: fc.constantFrom(...LOCALES),
      lastReviewedAt: fc.option(arbitraryDate()),
    },
    { requiredKeys: [] },
  );

/**
 * Valid maps as the server stores them (parsed, so every default is filled in): 0-5 stages of
 * 0-4 steps, 0-6 lanes of any kind, 0-3 resources, cells of the right shape on random
 * (lane, step) pairs, scores within the map's scale and ids unique across the map.
 */
export function arbitraryJourneyMap(): fc.Arbitrary<JourneyMap> {
  const draft = fc.record({
    id: fc.constantFrom('m1', 'm2'),
    title: arbitraryName(),
    emotionScale: arbitraryEmotionScale(),
    fields: arbitraryMapFieldChanges(),
    stages: fc.array(
      fc.record({
        id: arbitraryId(),
        fields: arbitraryStageFields(),
        steps: fc.array(fc.record({ id: arbitraryId(), fields: arbitraryStepFields() }), { maxLength: 4 }),
      }),
      { maxLength: 5 },
    ),
    lanes: fc.array(fc.record({ id: arbitraryId(), fields: arbitraryLaneFields() }), { maxLength: 6 }),
    resources: fc.array(fc.record({ id: arbitraryId(), fields: arbitraryResourceFields() }), {
      maxLength: 3,
    }),
  });
  return draft
    .chain((d) => {
      const ids = new IdRegistry();
      const stages = d.stages.map((stage) => ({
        ...stage.fields,
        id: ids.claim(stage.id),
        steps: stage.steps.map((step) => ({ ...step.fields, id: ids.claim(step.id) })),
      }));
      const lanes = d.lanes.map((lane) => ({ ...lane.fields, id: ids.claim(lane.id) }));
      const resources = d.resources.map((resource) => ({ ...resource.fields, id: ids.claim(resource.id) }));
      const stepIds = stages.flatMap((stage) => stage.steps.map((step) => step.id));
      const slots = lanes.flatMap((lane) => {
        const shape = shapeOfLane(lane.kind);
        return shape ? stepIds.map((stepId) => ({ laneId: lane.id, stepId, shape })) : [];
      });
      const claimed = [...stages.flatMap((s) => [s.id, ...s.steps.map((t) => t.id)])]
        .concat(lanes.map((lane) => lane.id))
        .concat(resources.map((resource) => resource.id));
      return arbitraryCells(slots, d.emotionScale, claimed).map((cells): JourneyMapInput => ({
        ...d.fields,
        id: d.id,
        title: d.title,
        emotionScale: d.emotionScale,
        stages,
        lanes,
        resources,
        cells,
      }));
    })
    .map((input) => journeyMapSchema.parse(input));
}
