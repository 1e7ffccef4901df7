import { describe, expect, it } from 'vitest';
import { isErrorMatcher } from './map-metrics.js';

describe('isErrorMatcher', () => {
  it('takes failure events and HTTP error pages as errors, and nothing else', () => {
    expect(isErrorMatcher({ event: 'Payment Failed', filters: [] })).toBe(true);
    expect(isErrorMatcher({ event: 'Checkout Error', filters: [] })).toBe(true);
    expect(
      isErrorMatcher({ event: 'page', filters: [{ property: 'status', operator: 'equals', value: 404 }] }),
    ).toBe(true);
    expect(isErrorMatcher({ event: 'Order Completed', filters: [] })).toBe(false);
    expect(
      isErrorMatcher({ event: 'page', filters: [{ property: 'status', operator: 'equals', value: 200 }] }),
    ).toBe(false);
    expect(
      isErrorMatcher({
        event: 'page',
        filters: [{ property: 'path', operator: 'equals', value: '/errors' }],
      }),
    ).toBe(false);
  });
});
