import { MapOperationError } from './map-operation-error.js';

export function insertAt<T>(items: readonly T[], index: number, item: T, field: string): T[] {
  if (index > items.length) {
    throw new MapOperationError(
      'out-of-range',
      `${field} ${index} is past the end (at most ${items.length})`,
      [field],
    );
  }
  return [...items.slice(0, index), item, ...items.slice(index)];
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return [...items.slice(0, index), ...items.slice(index + 1)];
}

export function moveWithin<T>(items: readonly T[], from: number, to: number, field: string): T[] {
  if (to >= items.length) {
    throw new MapOperationError(
      'out-of-range',
      `${field} ${to} is past the end (at most ${items.length - 1})`,
      [field],
    );
  }
  const item = items[from];
  if (item === undefined) throw new MapOperationError('out-of-range', `no item at index ${from}`);
  return insertAt(removeAt(items, from), to, item, field);
}
