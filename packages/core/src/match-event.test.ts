import { describe, expect, it } from 'vitest';
import { matchesEvent, propertyValue } from './match-event.js';

const page = {
  event: 'page',
  properties: { path: '/checkout/pay', status: 404, nested: { step: 2 } },
  context: { page: { referrer: 'https://google.com' } },
};

describe('matchesEvent', () => {
  it('needs the event name and every filter', () => {
    expect(matchesEvent(page, { event: 'page', filters: [] })).toBe(true);
    expect(matchesEvent(page, { event: 'Page', filters: [] })).toBe(false);
    expect(
      matchesEvent(page, {
        event: 'page',
        filters: [
          { property: 'path', operator: 'starts_with', value: '/checkout' },
          { property: 'status', operator: 'greater_or_equal', value: 400 },
        ],
      }),
    ).toBe(true);
    expect(
      matchesEvent(page, {
        event: 'page',
        filters: [{ property: 'status', operator: 'equals', value: 200 }],
      }),
    ).toBe(false);
  });

  it('reads nested properties and the context, and holds negations for a missing value', () => {
    expect(propertyValue(page, 'nested.step')).toBe(2);
    expect(propertyValue(page, 'context.page.referrer')).toBe('https://google.com');
    expect(propertyValue(page, 'nested.step.deeper')).toBeUndefined();
    expect(propertyValue(page, 'toString')).toBeUndefined();
    expect(
      matchesEvent(page, {
        event: 'page',
        filters: [{ property: 'coupon', operator: 'not_equals', value: 'X' }],
      }),
    ).toBe(true);
    expect(matchesEvent(page, { event: 'page', filters: [{ property: 'coupon', operator: 'is_set' }] })).toBe(
      false,
    );
  });
});
