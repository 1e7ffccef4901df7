import { referenceFunnel } from '@safar/analytics';
import { describe, expect, it } from 'vitest';
import { openDuckDbEventStore } from '../duckdb/duckdb-store-driver.js';
import { anEvent } from '../test-support/event-builders.js';
import { everyEvent } from '../test-support/every-event.js';

const T0 = Date.UTC(2026, 9, 1);
const HOUR = 3_600_000;

describe('a funnel over stitched persons', () => {
  it('counts a person whose two ids were merged after the fact once, as converted', async () => {
    const store = await openDuckDbEventStore(':memory:');
    // Browses on the phone, buys on the laptop; the two devices are tied together only later.
    await store.append('shop', [
      anEvent({ anonymousId: 'phone', event: 'Product Viewed', timestamp: T0 }),
      anEvent({ anonymousId: 'laptop', event: 'Order Completed', timestamp: T0 + HOUR }),
    ]);
    const funnel = {
      steps: [
        { label: 'Viewed', matchers: [{ event: 'Product Viewed', filters: [] }] },
        { label: 'Bought', matchers: [{ event: 'Order Completed', filters: [] }] },
      ],
      order: 'ordered' as const,
      windowMs: 24 * HOUR,
      exclusions: [],
    };
    expect(
      referenceFunnel(await everyEvent(store, 'shop'), funnel).steps.map((step) => step.persons),
    ).toEqual([1, 0]);

    await store.append('shop', [
      anEvent({
        type: 'identify',
        event: 'identify',
        anonymousId: 'phone',
        userId: 'sara',
        timestamp: T0 + 2 * HOUR,
      }),
      anEvent({
        type: 'identify',
        event: 'identify',
        anonymousId: 'laptop',
        userId: 'sara',
        timestamp: T0 + 3 * HOUR,
      }),
    ]);
    expect(
      referenceFunnel(await everyEvent(store, 'shop'), funnel).steps.map((step) => step.persons),
    ).toEqual([1, 1]);
    await store.close();
  });
});
