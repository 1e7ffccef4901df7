import { describe, expect, it } from 'vitest';
import { bareId, candidateIds, idKind, isolate } from './person-ids';

describe('person ids', () => {
  it('tells user ids from device ids', () => {
    expect(idKind('u:sara')).toBe('user');
    expect(idKind('a:anon-1')).toBe('device');
    expect(idKind('sara')).toBe('other');
    expect(bareId('u:sara@example.com')).toBe('sara@example.com');
    expect(bareId('a:anon-1')).toBe('anon-1');
    expect(bareId('sara')).toBe('sara');
  });

  it('looks a typed id up as typed, then as a user, then as a device', () => {
    expect(candidateIds('  sara ')).toEqual(['sara', 'u:sara', 'a:sara']);
    expect(candidateIds('u:sara')).toEqual(['u:sara']);
    expect(candidateIds('a:anon-1')).toEqual(['a:anon-1']);
    expect(candidateIds('   ')).toEqual([]);
  });
});

describe('isolate', () => {
  it('wraps text in first-strong isolate marks', () => {
    expect(isolate('u:sara')).toBe('\u2068u:sara\u2069');
  });
});
