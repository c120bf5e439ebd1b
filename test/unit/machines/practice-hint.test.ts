// The step hint follows both machines: every combination has a hint, and the hint points at the right device.
import { describe, it, expect } from 'vitest';
import { loginStepOf, practiceHint, type LoginStep } from '../../../src/machines/practice-hint.ts';
import { SECURITY_CARD_STATES } from '../../../src/machines/security-card.ts';
import { practiceLoginMachine } from '../../../src/machines/practice-login.ts';
import en from '../../../content/locales/en/simulator.json' with { type: 'json' };
import itLocale from '../../../content/locales/it/simulator.json' with { type: 'json' };

const LOGIN_STEPS: readonly LoginStep[] = ['credentials', 'challenge', 'expired', 'success'];

const lookup = (strings: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], strings);

describe('loginStepOf', () => {
  it('names the top-level step of every login state value', () => {
    expect(loginStepOf('credentials')).toBe('credentials');
    expect(loginStepOf({ challenge: { countdown: 'running', form: { checking: 'computing' } } })).toBe('challenge');
    expect(loginStepOf('expired')).toBe('expired');
    expect(loginStepOf('success')).toBe('success');
  });

  it('covers exactly the machine top-level states', () => {
    expect([...LOGIN_STEPS].sort()).toEqual(Object.keys(practiceLoginMachine.root.states).sort());
  });
});

describe('practiceHint', () => {
  it('walks a whole practice login', () => {
    expect(practiceHint('off', 'credentials')).toEqual({ device: 'login', step: 'credentials' });
    expect(practiceHint('off', 'challenge')).toEqual({ device: 'login', step: 'challenge' });
    expect(practiceHint('pin', 'challenge')).toEqual({ device: 'card', step: 'pin' });
    expect(practiceHint('challenge', 'challenge')).toEqual({ device: 'card', step: 'challenge' });
    expect(practiceHint('computing', 'challenge')).toEqual({ device: 'card', step: 'computing' });
    expect(practiceHint('response', 'challenge')).toEqual({ device: 'card', step: 'response' });
    expect(practiceHint('response', 'success')).toEqual({ device: 'login', step: 'success' });
  });

  it('puts card trouble first while the login is still open', () => {
    for (const login of ['credentials', 'challenge'] as const) {
      expect(practiceHint('locked', login)).toEqual({ device: 'card', step: 'locked' });
      expect(practiceHint('pinError', login)).toEqual({ device: 'card', step: 'pinError' });
      expect(practiceHint('challengeError', login)).toEqual({ device: 'card', step: 'challengeError' });
    }
  });

  it('asks for the login first when the card waits for a challenge that does not exist yet', () => {
    expect(practiceHint('pin', 'credentials')).toEqual({ device: 'card', step: 'pin' });
    expect(practiceHint('challenge', 'credentials')).toEqual({ device: 'login', step: 'credentials' });
    expect(practiceHint('response', 'credentials')).toEqual({ device: 'login', step: 'credentials' });
  });

  it('says so when the challenge expired or the login succeeded, whatever the card shows', () => {
    for (const card of SECURITY_CARD_STATES) {
      expect(practiceHint(card, 'expired')).toEqual({ device: 'login', step: 'expired' });
      expect(practiceHint(card, 'success')).toEqual({ device: 'login', step: 'success' });
    }
  });

  it('has a string in both locales for every combination', () => {
    for (const card of SECURITY_CARD_STATES) {
      for (const login of LOGIN_STEPS) {
        const hint = practiceHint(card, login);
        const key = `steps.${hint.device}.${hint.step}`;
        expect(typeof lookup(en, key), `en ${key}`).toBe('string');
        expect(typeof lookup(itLocale, key), `it ${key}`).toBe('string');
      }
    }
  });
});
