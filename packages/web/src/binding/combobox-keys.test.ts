import { describe, expect, it } from 'vitest';
import { comboboxKey } from './combobox-keys';

describe('combobox keys', () => {
  it('opens the list on Down at the first option and on Up at the last', () => {
    expect(comboboxKey('ArrowDown', { open: false, active: -1, count: 3 })).toEqual({
      kind: 'open',
      active: 0,
    });
    expect(comboboxKey('ArrowUp', { open: false, active: -1, count: 3 })).toEqual({
      kind: 'open',
      active: 2,
    });
    expect(comboboxKey('ArrowDown', { open: false, active: -1, count: 0 })).toEqual({
      kind: 'open',
      active: -1,
    });
  });

  it('moves through the options, wrapping at both ends', () => {
    expect(comboboxKey('ArrowDown', { open: true, active: 2, count: 3 })).toEqual({
      kind: 'move',
      active: 0,
    });
    expect(comboboxKey('ArrowUp', { open: true, active: 0, count: 3 })).toEqual({ kind: 'move', active: 2 });
    expect(comboboxKey('ArrowUp', { open: true, active: -1, count: 3 })).toEqual({ kind: 'move', active: 2 });
    expect(comboboxKey('ArrowDown', { open: true, active: -1, count: 0 })).toBeNull();
  });

  it('picks the highlighted option on Enter, and leaves Enter to the form otherwise', () => {
    expect(comboboxKey('Enter', { open: true, active: 1, count: 3 })).toEqual({ kind: 'pick', index: 1 });
    expect(comboboxKey('Enter', { open: true, active: -1, count: 3 })).toBeNull();
    expect(comboboxKey('Enter', { open: false, active: 1, count: 3 })).toBeNull();
  });

  it('closes an open list on Escape and Tab, and ignores other keys', () => {
    expect(comboboxKey('Escape', { open: true, active: 0, count: 3 })).toEqual({ kind: 'close' });
    expect(comboboxKey('Tab', { open: true, active: 0, count: 3 })).toEqual({ kind: 'close' });
    expect(comboboxKey('Escape', { open: false, active: 0, count: 3 })).toBeNull();
    expect(comboboxKey('a', { open: true, active: 0, count: 3 })).toBeNull();
  });
});
