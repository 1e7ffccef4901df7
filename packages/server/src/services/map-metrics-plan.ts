import { isErrorMatcher, type EventMatcher, type JourneyMap, type Touchpoint } from '@safar/core';

/** A touchpoint on the map that events can show: where it is first placed, and its matcher. */
export interface PlacedTouchpoint {
  readonly touchpoint: Pick<Touchpoint, 'id' | 'name'>;
  readonly matcher: EventMatcher;
  readonly stageId: string;
  readonly stepId: string;
}

/**
 * The map's touchpoints that have an event matcher, in map order (stage, step, lane), each at its
 * first placement, as conformance places them (designed-journey.ts).
 */
export function placedTouchpoints(
  map: JourneyMap,
  catalogue: readonly Pick<Touchpoint, 'id' | 'name' | 'eventMatcher'>[],
): PlacedTouchpoint[] {
  const byId = new Map(catalogue.map((touchpoint) => [touchpoint.id, touchpoint]));
  const seen = new Set<string>();
  const placed: PlacedTouchpoint[] = [];
  for (const stage of map.stages)
    for (const step of stage.steps)
      for (const lane of map.lanes) {
        const cell = map.cells[lane.id]?.[step.id];
        if (cell?.shape !== 'touchpoints') continue;
        for (const id of cell.touchpointIds) {
          const touchpoint = byId.get(id);
          if (seen.has(id) || !touchpoint?.eventMatcher) continue;
          seen.add(id);
          placed.push({
            touchpoint: { id, name: touchpoint.name },
            matcher: touchpoint.eventMatcher,
            stageId: stage.id,
            stepId: step.id,
          });
        }
      }
  return placed;
}

/** Stages with at least one measurable touchpoint (any placement): the others cannot be a funnel step. */
export function measuredStageIds(
  map: JourneyMap,
  catalogue: readonly Pick<Touchpoint, 'id' | 'eventMatcher'>[],
): string[] {
  const measurable = new Set(catalogue.filter((touchpoint) => touchpoint.eventMatcher).map((t) => t.id));
  return map.stages
    .filter((stage) =>
      stage.steps.some((step) =>
        map.lanes.some((lane) => {
          const cell = map.cells[lane.id]?.[step.id];
          return cell?.shape === 'touchpoints' && cell.touchpointIds.some((id) => measurable.has(id));
        }),
      ),
    )
    .map((stage) => stage.id);
}

/** Friction's limits (core friction-query.ts). */
const MAX_FRICTION_STEPS = 20;
const MAX_FRICTION_ERRORS = 20;

export interface FrictionPlan {
  /** The stages friction walks, in order. */
  readonly stageIds: readonly string[];
  /** Error touchpoints, each a friction source placed on its step. */
  readonly errors: readonly PlacedTouchpoint[];
  /** What success is: a touchpoint of the first milestone step; absent, the last stage. */
  readonly conversion: PlacedTouchpoint | null;
}

/**
 * Friction on the map: its measured stages as the journey, its error touchpoints (isErrorMatcher)
 * as the errors. A milestone step is where the map marks a success, so the conversion is the first
 * non-error touchpoint of the first milestone step (churn aside: it is no success), e.g. the first
 * purchase of a purchase map or the sign-up of a lead-generation map. The journey stops at its
 * stage: stages after the conversion would fall into the next attempt (docs/analytics.md).
 */
export function frictionPlan(
  map: JourneyMap,
  placed: readonly PlacedTouchpoint[],
  measured: readonly string[],
): FrictionPlan {
  const successSteps = new Set(
    map.stages.flatMap((stage) =>
      stage.steps.filter((step) => step.milestone && step.milestone !== 'churn').map((step) => step.id),
    ),
  );
  const conversion =
    placed.find((entry) => successSteps.has(entry.stepId) && !isErrorMatcher(entry.matcher)) ?? null;
  const conversionStage = conversion ? measured.indexOf(conversion.stageId) : -1;
  const stageIds = conversionStage >= 0 ? measured.slice(0, conversionStage + 1) : measured;
  return {
    stageIds: stageIds.slice(0, MAX_FRICTION_STEPS),
    errors: placed.filter((entry) => isErrorMatcher(entry.matcher)).slice(0, MAX_FRICTION_ERRORS),
    conversion: conversionStage >= 0 ? conversion : null,
  };
}

/** The matcher that would make an unmapped event a touchpoint: its name, and its page path or screen name. */
export function suggestedMatcher(unmapped: {
  event: string;
  property: string | null;
  value: string | null;
}): EventMatcher {
  return {
    event: unmapped.event,
    filters:
      unmapped.property === null || unmapped.value === null
        ? []
        : [{ property: unmapped.property, operator: 'equals', value: unmapped.value }],
  };
}
