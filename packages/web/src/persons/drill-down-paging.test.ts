import { describe, expect, it } from 'vitest';
import { batches, pageCount, pageRange, pageRequest, PERSONS_PAGE_SIZE } from './drill-down-paging';

describe('drill-down paging', () => {
  it('pages 25 persons at a time', () => {
    expect(PERSONS_PAGE_SIZE).toBe(25);
    expect(pageCount(0)).toBe(1);
    expect(pageCount(25)).toBe(1);
    expect(pageCount(26)).toBe(2);
    expect(pageRequest(0, 120)).toEqual({ limit: 25, offset: 0 });
    expect(pageRequest(2, 120)).toEqual({ limit: 25, offset: 50 });
  });

  it('clamps pages to the ones that exist', () => {
    expect(pageRequest(9, 60)).toEqual({ limit: 25, offset: 50 });
    expect(pageRequest(-3, 60)).toEqual({ limit: 25, offset: 0 });
    expect(pageRequest(7, null)).toEqual({ limit: 25, offset: 175 });
  });

  it('says which persons a page shows', () => {
    expect(pageRange(0, 120)).toEqual({ first: 1, last: 25 });
    expect(pageRange(4, 120)).toEqual({ first: 101, last: 120 });
    expect(pageRange(0, 0)).toBeNull();
  });

  it('splits ids into lookup batches', () => {
    expect(batches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(batches([], 100)).toEqual([]);
  });
});
