import { describe, it, expect } from 'vitest';
import { hashStepId, stepHash, storedTrail } from '../../../src/wizards/wizard-location.ts';

const known = new Set(['method', 'card-pin', 'solved']);
const isKnown = (id: string) => known.has(id);

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

describe('storedTrail', () => {
  it('returns the trail of this wizard that ends at the step in the address', () => {
    const state = { wizard: 'cant-log-in', trail: ['method', 'card-pin'] };
    expect(storedTrail(state, 'cant-log-in', 'card-pin', isKnown)).toEqual(['method', 'card-pin']);
  });

  it('returns a copy, so the element can extend it without changing history.state', () => {
    const trail = ['method'];
    const stored = storedTrail({ wizard: 'w', trail }, 'w', 'method', isKnown);
    stored?.push('solved');
    expect(trail).toEqual(['method']);
  });

  it("ignores entries that are not this wizard's, or do not end at the step, or name unknown steps", () => {
    expect(storedTrail(null, 'w', 'method', isKnown)).toBeUndefined();
    expect(storedTrail('method', 'w', 'method', isKnown)).toBeUndefined();
    expect(storedTrail({ wizard: 'other', trail: ['method'] }, 'w', 'method', isKnown)).toBeUndefined();
    expect(storedTrail({ wizard: 'w', trail: ['method', 'card-pin'] }, 'w', 'method', isKnown)).toBeUndefined();
    expect(storedTrail({ wizard: 'w', trail: ['gone', 'method'] }, 'w', 'method', isKnown)).toBeUndefined();
    expect(storedTrail({ wizard: 'w', trail: [] }, 'w', 'method', isKnown)).toBeUndefined();
    expect(storedTrail({ wizard: 'w', trail: [1] }, 'w', 'method', isKnown)).toBeUndefined();
    expect(storedTrail({ wizard: 'w' }, 'w', 'method', isKnown)).toBeUndefined();
  });
});
