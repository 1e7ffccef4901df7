import { describe, expect, it } from 'vitest';
import { displayName, emailOf, traitRows } from './person-traits';

describe('person traits', () => {
  it('names a person by name, first and last name, or email', () => {
    expect(displayName({ name: 'Reza Hosseini', email: 'r@example.com' })).toBe('Reza Hosseini');
    expect(displayName({ first_name: 'Sara', last_name: 'Ahmadi' })).toBe('Sara Ahmadi');
    expect(displayName({ firstName: 'Sara' })).toBe('Sara');
    expect(displayName({ name: '  ', email: 'r@example.com' })).toBe('r@example.com');
    expect(displayName({ plan: 'pro' })).toBeNull();
    expect(emailOf({ email: 'r@example.com' })).toBe('r@example.com');
    expect(emailOf({})).toBeNull();
  });

  it('lists key traits first, then the rest by key, as text, without empty ones', () => {
    expect(
      traitRows({
        zeta: 1,
        plan: 'pro',
        email: 'r@example.com',
        name: 'Reza',
        loyal: false,
        gone: null,
        tags: ['a'],
      }),
    ).toEqual([
      ['name', 'Reza'],
      ['email', 'r@example.com'],
      ['plan', 'pro'],
      ['loyal', 'false'],
      ['tags', '["a"]'],
      ['zeta', '1'],
    ]);
  });
});
