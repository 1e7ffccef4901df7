import { describe, expect, it } from 'vitest';
import { touchpointDraftSchema, touchpointSchema } from './touchpoint.js';

const minimal = { id: 't1', name: 'Checkout page', channel: 'website' } as const;

describe('touchpointSchema', () => {
  it('parses a minimal touchpoint and fills the defaults', () => {
    expect(touchpointSchema.parse(minimal)).toEqual({
      ...minimal,
      customChannel: '',
      department: '',
      visibility: 'frontstage',
      description: '',
      eventMatcher: null,
    });
  });

  it('rejects an unknown channel', () => {
    const result = touchpointSchema.safeParse({ ...minimal, channel: 'carrier-pigeon' });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['channel']]);
  });

  it('requires a custom channel to be named, in the schema and in the draft schema', () => {
    for (const schema of [touchpointSchema, touchpointDraftSchema]) {
      for (const customChannel of [undefined, '', '   ']) {
        const result = schema.safeParse({ ...minimal, channel: 'custom', customChannel });
        expect(result.error?.issues.map((issue) => issue.path)).toEqual([['customChannel']]);
      }
      expect(schema.parse({ ...minimal, channel: 'custom', customChannel: ' Kiosk ' }).customChannel).toBe(
        'Kiosk',
      );
    }
  });

  it('parses an event matcher and fills its filters', () => {
    expect(touchpointSchema.parse({ ...minimal, eventMatcher: { event: ' page ' } }).eventMatcher).toEqual({
      event: 'page',
      filters: [],
    });
    const filters = [{ property: 'path', operator: 'starts_with', value: '/checkout' }];
    expect(
      touchpointSchema.parse({ ...minimal, eventMatcher: { event: 'page', filters } }).eventMatcher,
    ).toEqual({
      event: 'page',
      filters,
    });
  });

  it('rejects an event matcher with an empty event name', () => {
    for (const event of ['', '   ']) {
      const result = touchpointSchema.safeParse({ ...minimal, eventMatcher: { event } });
      expect(result.error?.issues.map((issue) => issue.path)).toEqual([['eventMatcher', 'event']]);
      expect(result.error?.issues[0]?.message).toBe('must name an event');
    }
  });

  it('rejects an invalid filter inside the event matcher', () => {
    const result = touchpointSchema.safeParse({
      ...minimal,
      eventMatcher: { event: 'page', filters: [{ property: 'path', operator: 'matches_regex', value: '*' }] },
    });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([
      ['eventMatcher', 'filters', 0, 'value'],
    ]);
  });

  it('leaves the id out of a draft, for the server to assign', () => {
    const { id: _id, ...withoutId } = minimal;
    expect(touchpointDraftSchema.parse(withoutId).id).toBeUndefined();
    expect(touchpointSchema.safeParse(withoutId).success).toBe(false);
  });
});
