import { mapMetricsQuerySchema } from '@safar/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, nextUtcMidnight, rolledScope } from './cache-keys.js';

const DAY = 86_400_000;

/** The same object with its keys in another order, at every level. */
function shuffled(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item, index) => shuffled(item, seed + index));
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(
    ([key, item], index) => [key, shuffled(item, seed + index)] as const,
  );
  const rotation = entries.length === 0 ? 0 : seed % entries.length;
  return Object.fromEntries([...entries.slice(rotation), ...entries.slice(0, rotation)].reverse());
}

describe('cache keys', () => {
  it('writes equal values as equal text whatever the order of their keys', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, seed) => {
        expect(canonicalJson(shuffled(value, seed))).toBe(canonicalJson(value));
      }),
    );
  });

  it('tells different values apart', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        const same = JSON.stringify(a) === JSON.stringify(b);
        if (!same) expect(canonicalJson(a)).not.toBe(canonicalJson(shuffled(b, 1)));
      }),
    );
  });

  it('rolls a range that ended at the coming midnight forward by whole days, keeping its length', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
        fc.integer({ min: 1, max: 365 }),
        fc.integer({ min: 0, max: 40 * DAY }),
        (requestedAt, days, later) => {
          const to = nextUtcMidnight(requestedAt);
          const scope = mapMetricsQuerySchema.parse({
            dateRange: { from: new Date(to - days * DAY).toISOString(), to: new Date(to).toISOString() },
          });
          const rolled = rolledScope(scope, requestedAt, requestedAt + later);
          const turned = nextUtcMidnight(requestedAt + later) - to;
          if (turned === 0) {
            expect(rolled).toBeNull();
            return;
          }
          expect(Date.parse(rolled?.dateRange.to ?? '')).toBe(nextUtcMidnight(requestedAt + later));
          expect(Date.parse(rolled?.dateRange.to ?? '') - Date.parse(rolled?.dateRange.from ?? '')).toBe(
            days * DAY,
          );
        },
      ),
    );
  });

  it('leaves a fixed range alone', () => {
    const scope = mapMetricsQuerySchema.parse({
      dateRange: { from: '2026-08-01T00:00:00Z', to: '2026-09-01T00:00:00Z' },
    });
    expect(rolledScope(scope, Date.UTC(2026, 10, 23, 12), Date.UTC(2026, 11, 1))).toBeNull();
  });
});
