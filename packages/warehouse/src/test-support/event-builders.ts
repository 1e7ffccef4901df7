import type { NormalizedEvent } from '@safar/analytics';

let counter = 0;

/** A stored-shape event with defaults, for store and pipeline tests. */
export function anEvent(fields: Partial<NormalizedEvent> = {}): NormalizedEvent {
  counter += 1;
  const timestamp = fields.timestamp ?? Date.UTC(2026, 0, 1) + counter * 1000;
  return {
    messageId: `m-${counter}-${Math.random().toString(36).slice(2)}`,
    type: 'track',
    event: 'Product Viewed',
    anonymousId: 'device-1',
    userId: null,
    timestamp,
    receivedAt: timestamp + 50,
    channel: 'web',
    properties: {},
    traits: {},
    context: {},
    previousId: null,
    groupId: null,
    ...fields,
  };
}
