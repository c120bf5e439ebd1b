// The practice key: random, right-sized, never repeated; responses are the practice suite's OCRA for that key.
import { describe, it, expect } from 'vitest';
import {
  PRACTICE_KEY_BYTES,
  PRACTICE_SUITE,
  practiceResponder,
  randomPracticeKey,
} from '../../../src/machines/practice-key.ts';
import { ocra } from '../../../src/machines/ocra.ts';

describe('randomPracticeKey', () => {
  it('is 20 random bytes as lowercase hex', () => {
    expect(PRACTICE_KEY_BYTES).toBe(20);
    expect(randomPracticeKey()).toMatch(/^[0-9a-f]{40}$/);
  });

  it('differs every time', () => {
    const keys = new Set(Array.from({ length: 50 }, () => randomPracticeKey()));
    expect(keys.size).toBe(50);
  });
});

describe('practiceResponder', () => {
  it('uses the suite the issue fixes', () => {
    expect(PRACTICE_SUITE).toBe('OCRA-1:HOTP-SHA1-8:QN06');
  });

  it('answers with the RFC computation for its key', async () => {
    const key = '3132333435363738393031323334353637383930';
    // Independently computed for this key in test/unit/machines/ocra.test.ts.
    expect(await practiceResponder(key)('123456')).toBe('94600444');
    const random = randomPracticeKey();
    expect(await practiceResponder(random)('654321')).toBe(await ocra(PRACTICE_SUITE, random, { question: '654321' }));
  });

  it('gives different responses under different keys', async () => {
    const a = await practiceResponder(randomPracticeKey())('000000');
    const b = await practiceResponder(randomPracticeKey())('000000');
    // Two random keys agree on 8 digits with probability 1e-8.
    expect(a).not.toBe(b);
  });
});
