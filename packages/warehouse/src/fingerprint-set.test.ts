import { DuckDBInstance, listValue } from '@duckdb/node-api';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MESSAGE_FINGERPRINT_SQL } from './duckdb/known-message-ids.js';
import { FingerprintSet, messageFingerprint } from './fingerprint-set.js';

describe('FingerprintSet', () => {
  it('holds exactly what was added, through growth, like a Set of the pairs', () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 7 }));
    fc.assert(
      fc.property(
        fc.array(pair, { maxLength: 3000 }),
        fc.array(pair, { maxLength: 200 }),
        (added, probes) => {
          const set = new FingerprintSet(4);
          const reference = new Set<string>();
          // (0, 0) is kept as (0, 1): the one pair the two may disagree on, always as a "maybe".
          const key = ([hi, lo]: [number, number]) => `${hi}:${hi === 0 && lo === 0 ? 1 : lo}`;
          for (const [hi, lo] of added) {
            set.add(hi, lo);
            reference.add(key([hi, lo]));
          }
          expect(set.size).toBe(reference.size);
          for (const probe of [...added, ...probes])
            expect(set.has(...probe)).toBe(reference.has(key(probe)));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('messageFingerprint', () => {
  it('tells apart ids that differ in one character, in any script', () => {
    const ids = [
      'abc',
      'abd',
      '',
      'ajs-5f0b7c1e-9d7a',
      'سفر-۱۲۳',
      'سفر-۱۲۴',
      'ταξίδι',
      '🧭 journey',
      '🧭 journex',
    ];
    const keys = new Set(ids.map((id) => messageFingerprint(id).join(':')));
    expect(keys.size).toBe(ids.length);
    for (const [hi, lo] of ids.map(messageFingerprint)) {
      expect(hi).toBeGreaterThanOrEqual(0);
      expect(lo).toBeLessThanOrEqual(0xffffffff);
    }
  });

  it('is what DuckDB computes from SQL for the ids it holds', async () => {
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const ids = [
      'abc',
      '',
      "it's",
      'a, b]',
      'ajs-5f0b7c1e-9d7a',
      'سفر-۱۲۳',
      'ταξίδι',
      '🧭 journey',
      'x'.repeat(500),
    ];
    const rows = (
      await connection.runAndReadAll(
        `SELECT message_id, ${MESSAGE_FINGERPRINT_SQL} FROM (SELECT unnest($1::VARCHAR[]) AS message_id)`,
        [listValue(ids)],
      )
    ).getRowObjectsJson();
    expect(rows).toHaveLength(ids.length);
    for (const row of rows)
      expect([Number(row['hi']), Number(row['lo'])]).toEqual(messageFingerprint(String(row['message_id'])));
    connection.closeSync();
  });

  it('has no collision among a million sequential SDK-like ids', () => {
    const seen = new FingerprintSet(2_000_000);
    // Counted, then checked once: a million expect() calls took most of this test's 14 s.
    const collisions: number[] = [];
    for (let index = 0; index < 1_000_000; index += 1) {
      const [hi, lo] = messageFingerprint(`bench-${index >> 10}-${index & 1023}`);
      if (seen.has(hi, lo)) collisions.push(index);
      seen.add(hi, lo);
    }
    expect(collisions).toEqual([]);
  });
});
