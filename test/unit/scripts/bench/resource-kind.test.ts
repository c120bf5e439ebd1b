import { describe, it, expect } from 'vitest';
import { resourceKind } from '../../../../scripts/bench/resource-kind.ts';

describe('sorting responses into budget buckets', () => {
  it("uses Chromium's resource type first", () => {
    expect(resourceKind('document', 'text/html', 'http://x/en/')).toBe('html');
    expect(resourceKind('stylesheet', undefined, 'http://x/a')).toBe('css');
    expect(resourceKind('script', undefined, 'http://x/a')).toBe('js');
    expect(resourceKind('font', undefined, 'http://x/a')).toBe('font');
    expect(resourceKind('image', undefined, 'http://x/a')).toBe('image');
  });
  it('falls back to the content type, then the file name', () => {
    expect(resourceKind('fetch', 'text/javascript; charset=utf-8', 'http://x/a')).toBe('js');
    expect(resourceKind('other', 'image/svg+xml', 'http://x/a')).toBe('image');
    expect(resourceKind('fetch', undefined, 'http://x/f.woff2')).toBe('font');
    expect(resourceKind('fetch', 'application/wasm', 'http://x/pagefind/wasm.en.pagefind')).toBe('other');
  });
});
