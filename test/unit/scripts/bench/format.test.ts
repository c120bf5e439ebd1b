import { describe, it, expect } from 'vitest';
import { formatBytes, formatDuration, markdownTable } from '../../../../scripts/bench/format.ts';

describe('report formatting', () => {
  it('writes sizes in B, KB and MB of 1024', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(3482)).toBe('3.4 KB');
    expect(formatBytes(2.5 * 1024 * 1024)).toBe('2.5 MB');
    expect(formatBytes(Number.NaN)).toBe('–');
  });
  it('writes durations in ms, s or min', () => {
    expect(formatDuration(412.4)).toBe('412 ms');
    expect(formatDuration(12_345)).toBe('12.3 s');
    expect(formatDuration(300_000)).toBe('5.0 min');
  });
  it('pads a Markdown table', () => {
    expect(markdownTable(['type', 'HTML'], [['article', '5.1 KB']]).split('\n')).toEqual([
      '| type    | HTML   |',
      '| ------- | ------ |',
      '| article | 5.1 KB |',
    ]);
  });
});
