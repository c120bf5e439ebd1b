import { describe, it, expect } from 'vitest';
import { hashStepId, stepHash } from '../../../src/wizards/wizard-location.ts';

describe('hashStepId', () => {
  it('reads the step id from a hash, with or without the #', () => {
    expect(hashStepId('#card-pin')).toBe('card-pin');
    expect(hashStepId('card-pin')).toBe('card-pin');
    expect(hashStepId('')).toBe('');
    expect(hashStepId('#')).toBe('');
  });

  it('decodes escapes, and keeps a malformed one as it is (an unknown id)', () => {
    expect(hashStepId('#caf%C3%A8')).toBe('cafè');
    expect(hashStepId('#100%')).toBe('100%');
  });

  it('round-trips with stepHash', () => {
    for (const id of ['card-pin', 'cafè', 'a b']) expect(hashStepId(stepHash(id))).toBe(id);
  });
});
