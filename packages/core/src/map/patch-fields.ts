/**
 * Applies the defined fields of `changes` to `target` and returns what they replaced, which is
 * exactly the change that undoes it.
 */
export function patchFields<T extends object>(
  target: T,
  changes: { [K in keyof T]?: T[K] | undefined },
): { next: T; previous: { [K in keyof T]?: T[K] } } {
  const next = { ...target };
  const previous: { [K in keyof T]?: T[K] } = {};
  for (const key of keysOf(changes)) {
    const value = changes[key];
    if (value === undefined) continue;
    previous[key] = target[key];
    next[key] = value;
  }
  return { next, previous };
}

function keysOf<T extends object>(value: T): (keyof T)[] {
  // Object.keys widens to string[]; the keys of a plain object literal are its own keys.
  // eslint-disable-next-line @typescript-eslint/consistent-type-assertions
  return Object.keys(value) as (keyof T)[];
}
