import { describe, it, expect } from 'vitest';
import { executedLength } from '../../../../scripts/bench/coverage.ts';

describe('executed bytes from block coverage', () => {
  it('counts a fully run script', () => {
    expect(executedLength({ length: 10, functions: [{ ranges: [{ startOffset: 0, endOffset: 10, count: 1 }] }] })).toBe(
      10,
    );
  });
  it('lets a nested range that never ran punch a hole in its parent', () => {
    const script = {
      length: 100,
      functions: [
        { ranges: [{ startOffset: 0, endOffset: 100, count: 1 }] },
        // a function defined but never called, with a block inside it
        {
          ranges: [
            { startOffset: 20, endOffset: 60, count: 0 },
            { startOffset: 30, endOffset: 40, count: 0 },
          ],
        },
        // a called function with an untaken branch
        {
          ranges: [
            { startOffset: 70, endOffset: 90, count: 2 },
            { startOffset: 75, endOffset: 80, count: 0 },
          ],
        },
      ],
    };
    expect(executedLength(script)).toBe(100 - 40 - 5);
  });
});
