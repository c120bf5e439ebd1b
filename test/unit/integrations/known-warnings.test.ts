// The build log filters one known Astro warning and nothing else.
import { describe, expect, it } from 'vitest';
import { isKnownAstroWarning } from '../../../src/integrations/known-warnings.ts';

describe('known build warnings', () => {
  it('filters the head-inject directive warning of an MDX entry', () => {
    expect(
      isKnownAstroWarning({
        code: 'MODULE_LEVEL_DIRECTIVE',
        message:
          'The semantics of the module level directive "use astro:head-inject" in "content/articles/en/voice-callback.mdx?astroPropagatedAssets" may not be preserved when bundling.',
      }),
    ).toBe(true);
  });

  it('keeps any other directive and any other warning', () => {
    expect(isKnownAstroWarning({ code: 'MODULE_LEVEL_DIRECTIVE', message: 'directive "use client" in "x.ts"' })).toBe(
      false,
    );
    expect(isKnownAstroWarning({ code: 'CIRCULAR_DEPENDENCY', message: '"use astro:head-inject"' })).toBe(false);
  });
});
