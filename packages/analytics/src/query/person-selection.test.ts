import { describe, expect, it } from 'vitest';
import {
  eventsOfSelectedPersons,
  isSelected,
  matchesSegment,
  mergedTraitsByPerson,
  personaOf,
} from './person-selection.js';

const call = (
  personId: string,
  timestamp: number,
  traits: Record<string, unknown>,
  messageId = `m${timestamp}`,
) => ({
  personId,
  timestamp,
  receivedAt: timestamp,
  messageId,
  traits,
});

describe('merged traits', () => {
  it('takes, key by key, the latest identify call that has the key', () => {
    const merged = mergedTraitsByPerson([
      call('p1', 30, { plan: 'pro' }),
      call('p1', 10, { plan: 'free', city: 'Tehran' }),
      call('p1', 20, { city: null }),
      call('p2', 10, { plan: 'team' }),
    ]);
    expect(merged.get('p1')).toEqual({ plan: 'pro', city: null });
    expect(merged.get('p2')).toEqual({ plan: 'team' });
  });

  it('breaks ties by receipt, then by messageId', () => {
    const merged = mergedTraitsByPerson([
      { ...call('p1', 10, { plan: 'b' }, 'm2'), receivedAt: 11 },
      { ...call('p1', 10, { plan: 'a' }, 'm1'), receivedAt: 12 },
      call('p2', 10, { plan: 'd' }, 'm4'),
      call('p2', 10, { plan: 'c' }, 'm3'),
    ]);
    expect(merged.get('p1')).toEqual({ plan: 'a' });
    expect(merged.get('p2')).toEqual({ plan: 'd' });
  });
});

describe('segments and selections', () => {
  const loyal = {
    match: 'all' as const,
    conditions: [{ property: 'orders', operator: 'greater_or_equal' as const, value: 1 }],
  };
  const teams = {
    match: 'any' as const,
    conditions: [
      { property: 'plan', operator: 'equals' as const, value: 'team' },
      { property: 'company.size', operator: 'greater_than' as const, value: 10 },
    ],
  };

  it('reads nested traits and treats an empty "all" rule as everyone and an empty "any" rule as no one', () => {
    expect(matchesSegment({ company: { size: 12 } }, teams)).toBe(true);
    expect(matchesSegment({ company: { size: 8 }, plan: 'solo' }, teams)).toBe(false);
    expect(matchesSegment({}, { match: 'all', conditions: [] })).toBe(true);
    expect(matchesSegment({}, { match: 'any', conditions: [] })).toBe(false);
  });

  it('names the first persona that matches, in the order given', () => {
    const personas = [
      { id: 'loyal', rule: loyal },
      { id: 'teams', rule: teams },
    ];
    expect(personaOf({ orders: 3, plan: 'team' }, personas)).toBe('loyal');
    expect(personaOf({ orders: 0, plan: 'team' }, personas)).toBe('teams');
    expect(personaOf({}, personas)).toBeNull();
  });

  it('keeps persons who pass every filter and belong to any persona asked for', () => {
    const selection = {
      filters: [{ property: 'country', operator: 'not_equals' as const, value: 'GR' }],
      segments: [loyal, teams],
    };
    expect(isSelected({ orders: 2 }, selection)).toBe(true);
    expect(isSelected({ orders: 2, country: 'GR' }, selection)).toBe(false);
    expect(isSelected({ orders: 0 }, selection)).toBe(false);
    const traits = new Map([['p1', { orders: 5 }]]);
    const events = [{ personId: 'p1' }, { personId: 'p2' }, { personId: 'p1' }];
    expect(eventsOfSelectedPersons(events, selection, traits)).toEqual([
      { personId: 'p1' },
      { personId: 'p1' },
    ]);
    // Without filters or personas nobody is dropped, persons with no traits included.
    expect(eventsOfSelectedPersons(events, { filters: [], segments: [] }, traits)).toHaveLength(3);
  });
});
