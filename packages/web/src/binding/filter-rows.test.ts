import { describe, expect, it } from 'vitest';
import {
  filterOf,
  matcherDraft,
  rowOf,
  segmentDraft,
  valueSearchOf,
  withPickedValue,
  type FilterRow,
} from './filter-rows';

const row = (operator: FilterRow['operator'], value: string, property = 'plan'): FilterRow => ({
  property,
  operator,
  value,
});

describe('filter rows', () => {
  it('types the value as the operator expects, and back', () => {
    expect(filterOf(row('equals', '3'))).toEqual({ property: 'plan', operator: 'equals', value: 3 });
    expect(filterOf(row('equals', 'true'))).toEqual({ property: 'plan', operator: 'equals', value: true });
    expect(filterOf(row('in', 'pro, team,'))).toEqual({
      property: 'plan',
      operator: 'in',
      value: ['pro', 'team'],
    });
    expect(filterOf(row('is_set', 'ignored'))).toEqual({ property: 'plan', operator: 'is_set' });
    expect(rowOf({ property: 'plan', operator: 'in', value: ['pro', 3] })).toEqual(row('in', 'pro, 3'));
  });

  it('looks for the value being typed, in a list its last item', () => {
    expect(valueSearchOf(row('equals', ' pr '))).toBe('pr');
    expect(valueSearchOf(row('in', 'team, pr'))).toBe('pr');
    expect(valueSearchOf(row('in', 'team, '))).toBe('');
  });

  it('puts a picked value in place of the one being typed, once in a list', () => {
    expect(withPickedValue(row('equals', 'pr'), 'pro')).toBe('pro');
    expect(withPickedValue(row('in', 'team, pr'), 'pro')).toBe('team, pro');
    expect(withPickedValue(row('in', 'team, '), 'pro')).toBe('team, pro');
    expect(withPickedValue(row('not_in', ''), 'pro')).toBe('pro');
    expect(withPickedValue(row('in', 'pro, p'), 'pro')).toBe('pro');
  });

  it('drafts a matcher only once it is complete and valid', () => {
    expect(matcherDraft('  Order Completed ', [row('equals', 'pro')])).toEqual({
      event: 'Order Completed',
      filters: [{ property: 'plan', operator: 'equals', value: 'pro' }],
    });
    expect(matcherDraft('', [])).toBeNull();
    expect(matcherDraft('page', [row('equals', 'x', '')])).toBeNull();
    expect(matcherDraft('page', [row('greater_than', 'many')])).toBeNull();
    // A value not typed yet is not a filter on the empty text: the row is still being filled in.
    expect(matcherDraft('page', [row('equals', ' ')])).toBeNull();
    expect(matcherDraft('page', [row('is_set', '')])).toEqual({
      event: 'page',
      filters: [{ property: 'plan', operator: 'is_set' }],
    });
  });

  it('drafts a segment rule, where no conditions is a rule too', () => {
    expect(segmentDraft('all', [])).toEqual({ match: 'all', conditions: [] });
    expect(segmentDraft('any', [row('contains', '')])).toBeNull();
  });
});
