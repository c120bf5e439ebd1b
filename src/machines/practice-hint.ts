// The one step hint shown beside the practice card: what to do next, worked out from both machines' states.
// Pure, so the rule is tested in Node; the page maps the result to simulator:steps.<device>.<step>.
import type { SecurityCardStateValue } from './security-card.ts';
import type { LoginStep, PracticeLoginSnapshot } from './practice-login.ts';

export type { LoginStep };

export type PracticeHint =
  | { readonly device: 'card'; readonly step: SecurityCardStateValue }
  | { readonly device: 'login'; readonly step: LoginStep };

/** The top-level step of a practice-login snapshot value ({ challenge: ... } -> 'challenge'). */
export function loginStepOf(value: PracticeLoginSnapshot['value']): LoginStep {
  return typeof value === 'string' ? value : 'challenge';
}

/**
 * What the reader should do now. The login screen leads (the challenge comes from it) except where the card needs
 * attention first: an error or a lock on the card, or a card already switched on and waiting for its PIN.
 */
export function practiceHint(card: SecurityCardStateValue, login: LoginStep): PracticeHint {
  if (login === 'success' || login === 'expired') return { device: 'login', step: login };
  if (card === 'locked' || card === 'pinError' || card === 'challengeError' || card === 'computing') {
    return { device: 'card', step: card };
  }
  if (login === 'credentials') {
    // Typing the PIN before logging in is fine: the card keeps asking for it until the challenge exists.
    return card === 'pin' ? { device: 'card', step: 'pin' } : { device: 'login', step: 'credentials' };
  }
  return card === 'off' ? { device: 'login', step: 'challenge' } : { device: 'card', step: card };
}
