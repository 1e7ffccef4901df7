/**
 * Array expressions the per-person ClickHouse 18.16 queries share (paths, conformance). Their
 * lambdas read only their arguments, never another array by index: 18.16 copies every array a
 * lambda reads besides its arguments for each element it maps over (docs/analytics.md).
 */

/** A person's events as one array of tuples (ts, message_id, ...fields) in journey order. */
export const journeyArrayText = (fields: readonly string[]) =>
  `arraySort(e -> (e.1, e.2), groupArray((ts, message_id, ${fields.join(', ')})))`;

/**
 * Where a journey array's sessions start (positions from 1): its first event, and every event
 * more than `gapMs` (null: no gap cuts) after the one before, from the times' differences.
 */
export const sessionFirstsText = (events: string, gapMs: number | null) =>
  `arrayFilter((i, d) -> i = 1${gapMs === null ? '' : ` OR d > ${Math.trunc(gapMs)}`}, arrayEnumerate(${events}), arrayDifference(arrayMap(e -> e.1, ${events})))`;

/** Each session's length, from its first positions and the journey's length. */
export const sessionLengthsText = (firsts: string, total: string) =>
  `arrayPopFront(arrayDifference(arrayPushBack(${firsts}, ${total} + 1)))`;

/** Each item's predecessor (`filler` for the first): the array shifted by one, as long as it. */
export const previousItemsText = (array: string, filler: string) =>
  `arraySlice(arrayPushFront(${array}, ${filler}), 1, length(${array}))`;

/** The array with each run of equal consecutive items collapsed into one. */
export const collapsedRepeatsText = (array: string, filler: string) =>
  `arrayFilter((x, before, i) -> i = 1 OR x != before, ${array}, ${previousItemsText(array, filler)}, arrayEnumerate(${array}))`;
