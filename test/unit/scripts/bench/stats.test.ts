import { describe, it, expect } from 'vitest';
import { median, max, sum } from '../../../../scripts/bench/stats.ts';

describe('summaries', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
  it('takes the maximum and the sum', () => {
    expect(max([2, 9, 4])).toBe(9);
    expect(max([])).toBeNaN();
    expect(sum([1, 2, 3])).toBe(6);
  });
});
