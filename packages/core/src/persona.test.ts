import { describe, expect, it } from 'vitest';
import { personaDraftSchema, personaSchema, segmentRuleSchema } from './persona.js';
import { PROPERTY_OPERATORS } from './property-filter.js';
import type { PropertyFilter, PropertyOperator } from './property-filter.js';

/** One valid condition for every operator, so a new operator needs a line here. */
const CONDITION_OF: Record<PropertyOperator, PropertyFilter> = {
  equals: { property: 'plan', operator: 'equals', value: 'pro' },
  not_equals: { property: 'trial', operator: 'not_equals', value: true },
  contains: { property: 'email', operator: 'contains', value: '@' },
  not_contains: { property: 'email', operator: 'not_contains', value: 'test' },
  starts_with: { property: 'page.path', operator: 'starts_with', value: '/checkout' },
  ends_with: { property: 'email', operator: 'ends_with', value: '.gr' },
  matches_regex: { property: 'utm:source', operator: 'matches_regex', value: '^(google|bing)$' },
  greater_than: { property: 'orders', operator: 'greater_than', value: 2 },
  greater_or_equal: { property: 'age', operator: 'greater_or_equal', value: 18 },
  less_than: { property: 'age', operator: 'less_than', value: 65 },
  less_or_equal: { property: '$score', operator: 'less_or_equal', value: 0.5 },
  in: { property: 'country', operator: 'in', value: ['IR', 'GR', 'AE', 1, false] },
  not_in: { property: 'country', operator: 'not_in', value: ['US'] },
  is_set: { property: 'phone', operator: 'is_set' },
  is_not_set: { property: 'company@crm', operator: 'is_not_set' },
};

const issuePaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => issue.path) ?? [];

describe('personaSchema', () => {
  it('parses a minimal persona and fills every default', () => {
    expect(personaSchema.parse({ id: 'p1', name: '  Sara  ' })).toEqual({
      id: 'p1',
      name: 'Sara',
      avatarUrl: null,
      quote: '',
      description: '',
      demographics: {
        ageRange: null,
        gender: '',
        location: '',
        occupation: '',
        income: '',
        education: '',
        family: '',
      },
      psychographics: { values: [], interests: [], lifestyle: '', personality: [] },
      goals: [],
      motivations: [],
      frustrations: [],
      expectations: [],
      needs: [],
      preferredChannels: [],
      technologyUse: '',
      behaviourPatterns: [],
      purchaseHistory: '',
      customFields: [],
      segmentRule: { match: 'all', conditions: [] },
    });
  });

  it('rejects a blank name and an invalid id', () => {
    expect(issuePaths(personaSchema.safeParse({ id: 'p1', name: '   ' }))).toEqual([['name']]);
    expect(issuePaths(personaSchema.safeParse({ id: 'p 1', name: 'Sara' }))).toEqual([['id']]);
  });

  it('accepts an age range of one age, and rejects min above max at demographics.ageRange.max', () => {
    const withAges = (min: number, max: number) =>
      personaSchema.safeParse({ id: 'p1', name: 'Sara', demographics: { ageRange: { min, max } } });
    expect(withAges(30, 30).success).toBe(true);
    const result = withAges(40, 25);
    expect(issuePaths(result)).toEqual([['demographics', 'ageRange', 'max']]);
    expect(result.error?.issues[0]?.message).toBe('min must not exceed max');
  });

  it('accepts known channels and rejects an unknown one with its path', () => {
    expect(
      personaSchema.parse({ id: 'p1', name: 'Sara', preferredChannels: ['telegram', 'physical-store'] })
        .preferredChannels,
    ).toEqual(['telegram', 'physical-store']);
    expect(
      issuePaths(personaSchema.safeParse({ id: 'p1', name: 'Sara', preferredChannels: ['email', 'pigeon'] })),
    ).toEqual([['preferredChannels', 1]]);
  });

  it('leaves the id out of a draft, for the server to assign', () => {
    expect(personaDraftSchema.parse({ name: 'Sara' }).id).toBeUndefined();
  });
});

describe('segment rules', () => {
  it('parse a condition with each property-filter operator', () => {
    expect(Object.keys(CONDITION_OF)).toEqual([...PROPERTY_OPERATORS]);
    const conditions = Object.values(CONDITION_OF);
    expect(segmentRuleSchema.parse({ match: 'any', conditions })).toEqual({ match: 'any', conditions });
    for (const condition of conditions) {
      expect(
        personaSchema.parse({ id: 'p1', name: 'Sara', segmentRule: { conditions: [condition] } }).segmentRule,
      ).toEqual({ match: 'all', conditions: [condition] });
    }
  });

  it('reject a regex filter whose pattern is not a valid regular expression', () => {
    const result = segmentRuleSchema.safeParse({
      conditions: [CONDITION_OF.equals, { property: 'email', operator: 'matches_regex', value: '([a-z]+' }],
    });
    expect(issuePaths(result)).toEqual([['conditions', 1, 'value']]);
    expect(result.error?.issues[0]?.message).toBe('must be a valid regular expression');
  });

  it('reject values of the wrong type for the operator and an unknown operator', () => {
    const invalid = [
      { property: 'age', operator: 'greater_than', value: '18' },
      { property: 'country', operator: 'in', value: [] },
      { property: 'email', operator: 'contains', value: '' },
      { property: 'has space', operator: 'is_set' },
      { property: 'age', operator: 'between', value: [1, 2] },
    ];
    for (const condition of invalid) {
      expect(segmentRuleSchema.safeParse({ conditions: [condition] }).success).toBe(false);
    }
  });
});

describe('persona avatars', () => {
  it('accept http(s) addresses and image data URLs, and refuse other types and oversized images', () => {
    const base = { id: 'p1', name: 'Sara' };
    expect(personaSchema.safeParse({ ...base, avatarUrl: 'https://example.org/a.png' }).success).toBe(true);
    expect(
      personaSchema.safeParse({ ...base, avatarUrl: 'data:image/png;base64,iVBORw0KGgo=' }).success,
    ).toBe(true);
    const svg = personaSchema.safeParse({ ...base, avatarUrl: 'data:image/svg+xml;base64,PHN2Zz4=' });
    expect(svg.success).toBe(false);
    expect(svg.error?.issues[0]?.path).toEqual(['avatarUrl']);
    const script = personaSchema.safeParse({ ...base, avatarUrl: 'javascript:alert(1)' });
    expect(script.success).toBe(false);
    const huge = personaSchema.safeParse({
      ...base,
      avatarUrl: `data:image/png;base64,${'A'.repeat(800_000)}`,
    });
    expect(huge.success).toBe(false);
    expect(huge.error?.issues[0]?.message).toContain('512 KB');
  });
});
