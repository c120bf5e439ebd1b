import { describe, it, expect } from 'vitest';
import { jsonKeyLines, lineAt } from '../../../src/l10n/text-lines.ts';
import { maskedProse, proseOf } from '../../../src/l10n/mdx-text.ts';

describe('line numbers for findings', () => {
  it('counts lines by offset', () => {
    expect([lineAt('a\nb\nc', 0), lineAt('a\nb\nc', 2), lineAt('a\nb\nc', 4)]).toEqual([1, 2, 3]);
  });

  it('finds the line of every string of a nested JSON file by its dotted key', () => {
    const json = '{\n  "a": "x",\n  "b": {\n    "c": "y \\" }",\n    "d": "z"\n  },\n  "e": "w"\n}\n';
    expect(Object.fromEntries(jsonKeyLines(json))).toEqual({ a: 2, 'b.c': 4, 'b.d': 5, e: 7 });
  });

  it('masks what is not prose without moving anything', () => {
    const body =
      'See <Kb id="3396" /> and `code`.\n\n```\nfenced\n```\n\n[a link](https://example.com) {expr} mail@example.com';
    const masked = maskedProse(body);
    expect(masked.length).toBe(body.length);
    expect(masked.split('\n').length).toBe(body.split('\n').length);
    expect(masked.replace(/\s+/g, ' ').trim()).toBe(proseOf(body).replace(/\s+/g, ' ').trim());
  });
});
