import type { CellContent } from './cell-content.js';
import type { Cells } from './journey-map.js';

/**
 * Own properties only: ids such as "constructor" or "toString" are valid, and a plain lookup
 * would find the function Object.prototype holds under that name.
 */
export function rowAt(cells: Cells, laneId: string): Record<string, CellContent> {
  return (Object.hasOwn(cells, laneId) ? cells[laneId] : undefined) ?? {};
}

export function cellAt(cells: Cells, laneId: string, stepId: string): CellContent | undefined {
  const row = rowAt(cells, laneId);
  return Object.hasOwn(row, stepId) ? row[stepId] : undefined;
}
