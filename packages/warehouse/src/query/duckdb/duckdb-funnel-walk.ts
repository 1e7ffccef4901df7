import duckdb from '@duckdb/node-bindings';
import {
  DOUBLE,
  DuckDBScalarFunction,
  DuckDBVarCharVector,
  INTEGER,
  LIST,
  VARCHAR,
  type DuckDBConnection,
} from '@duckdb/node-api';
import { FunnelWalker, type FunnelPlan } from './funnel-walk.js';

/** The SQL name of the walk: `safar_funnel_walk(times, masks, message_ids, plan_json)`. */
export const FUNNEL_WALK_FUNCTION = 'safar_funnel_walk';

const registered = new WeakSet<DuckDBConnection>();

/** Registers the funnel walk on the connection's database, once per connection. */
export function ensureFunnelWalk(connection: DuckDBConnection): void {
  if (registered.has(connection)) return;
  registerFunnelWalk(connection);
  registered.add(connection);
}

/**
 * Registers the funnel walk (funnel-walk.ts) as a DuckDB scalar function on a connection
 * (docs/analytics.md, "Funnels on DuckDB"). It takes one person's events as three lists in any
 * order (times in ms, step masks, message ids) and the plan as JSON, and returns
 * `[start, t0, t1, …]`: the list index (0-based) of the counted attempt's first event and its
 * step times, or NULL when the person has no attempt.
 *
 * DuckDB runs the callback on the JavaScript thread, a chunk of up to 2,048 persons at a time. The
 * vectors are read and written whole, through the bindings: node-api's list writer sets each item
 * separately (about 0.2 s a query at 10M events, in a profile).
 */
function registerFunnelWalk(connection: DuckDBConnection): void {
  const walk = DuckDBScalarFunction.create({
    name: FUNNEL_WALK_FUNCTION,
    returnType: LIST(DOUBLE),
    parameterTypes: [LIST(DOUBLE), LIST(INTEGER), LIST(VARCHAR), VARCHAR],
    // Volatile, so DuckDB calls it once per person: otherwise it copies the call into the filter
    // and each column that reads the result, and walks every journey again for each.
    volatile: true,
    // Replaced below by the raw callback; node-api requires one here.
    mainFunction: () => undefined,
  });
  const walkers = new WalkerCache();
  duckdb.scalar_function_set_function(walk.scalar_function, (info, input, output) => {
    try {
      walkChunk(input, output, walkers);
    } catch (error) {
      duckdb.scalar_function_set_error(info, error instanceof Error ? error.message : String(error));
    }
  });
  connection.registerScalarFunction(walk);
}

/** The walker of the last plan seen: one query, one plan, so the JSON is parsed once per query. */
class WalkerCache {
  #json = '';
  #walker: FunnelWalker | undefined;

  for(json: string): FunnelWalker {
    if (json !== this.#json || !this.#walker) {
      this.#walker = new FunnelWalker(JSON.parse(json) as FunnelPlan);
      this.#json = json;
    }
    return this.#walker;
  }
}

interface ListColumn {
  /** Per row: offset and length into the child, as DuckDB's list entries hold them. */
  readonly entries: BigUint64Array;
  readonly child: duckdb.Vector;
  readonly size: number;
}

function listColumn(input: duckdb.DataChunk, column: number, rows: number): ListColumn {
  const vector = duckdb.data_chunk_get_vector(input, column);
  const data = duckdb.vector_get_data(vector, rows * 16);
  return {
    entries: new BigUint64Array(data.buffer, data.byteOffset, rows * 2),
    child: duckdb.list_vector_get_child(vector),
    size: duckdb.list_vector_get_size(vector),
  };
}

function walkChunk(input: duckdb.DataChunk, output: duckdb.Vector, walkers: WalkerCache): void {
  const rows = duckdb.data_chunk_get_size(input);
  const times = listColumn(input, 0, rows);
  const masks = listColumn(input, 1, rows);
  const ids = listColumn(input, 2, rows);
  const timeData = duckdb.vector_get_data(times.child, times.size * 8);
  const maskData = duckdb.vector_get_data(masks.child, masks.size * 4);
  const journeys = new JourneyOrder(
    new Float64Array(timeData.buffer, timeData.byteOffset, times.size),
    new Int32Array(maskData.buffer, maskData.byteOffset, masks.size),
    // Message ids are read only to order events at the same millisecond, so only then decoded.
    DuckDBVarCharVector.fromRawVector(ids.child, ids.size),
  );
  // The plan is one bound parameter: the same text on every row.
  const plan = DuckDBVarCharVector.fromRawVector(duckdb.data_chunk_get_vector(input, 3), rows).getItem(0);
  const walker = walkers.for(String(plan));

  const entries = new BigUint64Array(rows * 2);
  const results: number[] = [];
  const validity = new BigUint64Array(Math.ceil(rows / 64)).fill(0xffffffffffffffffn);
  for (let row = 0; row < rows; row += 1) {
    const length = Number(times.entries[row * 2 + 1]);
    const offset = journeys.order(Number(times.entries[row * 2]), length);
    const level = walker.walk(journeys.times, journeys.masks, offset, length);
    entries[row * 2] = BigInt(results.length);
    if (level === 0) {
      validity[row >> 6] = (validity[row >> 6] as bigint) & ~(1n << BigInt(row & 63));
      continue;
    }
    results.push(journeys.originalIndex(walker.start));
    for (let step = 0; step < level; step += 1) results.push(walker.time(step));
    entries[row * 2 + 1] = BigInt(level + 1);
  }

  duckdb.list_vector_reserve(output, results.length);
  duckdb.list_vector_set_size(output, results.length);
  const child = Float64Array.from(results);
  duckdb.copy_data_to_vector(duckdb.list_vector_get_child(output), 0, child.buffer, 0, child.byteLength);
  duckdb.copy_data_to_vector(output, 0, entries.buffer, 0, entries.byteLength);
  duckdb.vector_ensure_validity_writable(output);
  duckdb.copy_data_to_vector_validity(output, 0, validity.buffer, 0, validity.byteLength);
}

/**
 * Persons' events in journey order (time, then message id, as every engine orders them). DuckDB
 * lists them in the order it read them, which is mostly that order already: then the walk reads
 * the chunk's arrays in place; otherwise the person's events are sorted into buffers kept from
 * person to person.
 */
class JourneyOrder {
  /** What the walk reads: the chunk's arrays, or the sorted buffers. */
  times: Float64Array;
  masks: Int32Array;
  #offset = 0;
  #sorted = false;
  #order = new Int32Array(64);
  #sortedTimes = new Float64Array(64);
  #sortedMasks = new Int32Array(64);

  constructor(
    private readonly chunkTimes: Float64Array,
    private readonly chunkMasks: Int32Array,
    private readonly ids: DuckDBVarCharVector,
  ) {
    this.times = chunkTimes;
    this.masks = chunkMasks;
  }

  /** Puts one person's events (a slice of the chunk's lists) in journey order; returns where they start. */
  order(offset: number, length: number): number {
    this.#offset = offset;
    let inOrder = true;
    for (let index = offset + 1; index < offset + length && inOrder; index += 1)
      inOrder = this.#before(index - 1, index) < 0;
    this.#sorted = !inOrder;
    this.times = inOrder ? this.chunkTimes : this.#sortedTimes;
    this.masks = inOrder ? this.chunkMasks : this.#sortedMasks;
    if (inOrder) return offset;
    if (this.#order.length < length) {
      this.#order = new Int32Array(length * 2);
      this.#sortedTimes = new Float64Array(length * 2);
      this.#sortedMasks = new Int32Array(length * 2);
      this.times = this.#sortedTimes;
      this.masks = this.#sortedMasks;
    }
    const order = this.#order.subarray(0, length);
    for (let index = 0; index < length; index += 1) order[index] = offset + index;
    order.sort((a, b) => this.#before(a, b));
    for (let index = 0; index < length; index += 1) {
      this.#sortedTimes[index] = this.chunkTimes[order[index] as number] as number;
      this.#sortedMasks[index] = this.chunkMasks[order[index] as number] as number;
    }
    return 0;
  }

  /** The position in the person's list (as DuckDB gave it) of the event at `index` in journey order. */
  originalIndex(index: number): number {
    return this.#sorted ? (this.#order[index] as number) - this.#offset : index;
  }

  #before(a: number, b: number): number {
    const difference = (this.chunkTimes[a] as number) - (this.chunkTimes[b] as number);
    if (difference !== 0) return difference;
    const left = this.ids.getItem(a) ?? '';
    const right = this.ids.getItem(b) ?? '';
    // Code-unit order, as the reference engine compares message ids.
    return left < right ? -1 : left > right ? 1 : 0;
  }
}
