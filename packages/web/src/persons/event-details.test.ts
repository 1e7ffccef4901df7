import { describe, expect, it } from 'vitest';
import {
  arrivalId,
  detailRows,
  eventTitle,
  surveyAnswer,
  touchpointsOf,
  type TimelineEvent,
} from './event-details';

const base: TimelineEvent = {
  messageId: 'm1',
  type: 'track',
  event: 'Order Completed',
  timestamp: '2026-11-20T09:00:00Z',
  channel: 'web',
  anonymousId: 'anon-1',
  userId: 'sara',
  properties: { total: 42, shipping: { method: 'post' } },
  traits: {},
  context: {},
};

describe('timeline event details', () => {
  it('finds the touchpoints whose matcher the event matches', () => {
    const touchpoints = [
      { id: 'order', name: 'Order', eventMatcher: { event: 'Order Completed', filters: [] } },
      {
        id: 'big-order',
        name: 'Big order',
        eventMatcher: {
          event: 'Order Completed',
          filters: [{ property: 'total', operator: 'greater_than' as const, value: 100 }],
        },
      },
      { id: 'store', name: 'Store visit', eventMatcher: null },
    ];
    expect(touchpointsOf(base, touchpoints).map((touchpoint) => touchpoint.id)).toEqual(['order']);
  });

  it('names the id the event came in on, and pages by their path', () => {
    expect(arrivalId(base)).toBe('a:anon-1');
    expect(arrivalId({ ...base, anonymousId: null })).toBe('u:sara');
    expect(eventTitle(base)).toBe('Order Completed');
    expect(eventTitle({ ...base, type: 'page', event: 'page', properties: { path: '/checkout' } })).toBe(
      '/checkout',
    );
    expect(eventTitle({ ...base, type: 'screen', event: 'screen', properties: {} })).toBe('screen');
  });

  it('flattens properties, or the traits of an identify call', () => {
    expect(detailRows(base)).toEqual([
      ['total', '42'],
      ['shipping.method', 'post'],
    ]);
    expect(detailRows({ ...base, type: 'identify', traits: { plan: 'pro', tags: ['a'] } })).toEqual([
      ['plan', 'pro'],
      ['tags', '["a"]'],
    ]);
  });

  it('reads a survey answer from survey events only', () => {
    expect(surveyAnswer(base)).toBeNull();
    expect(
      surveyAnswer({ ...base, event: 'Survey Responded', properties: { survey_type: 'nps', score: 9 } }),
    ).toEqual({ survey: 'nps', score: 9, comment: null });
  });
});
