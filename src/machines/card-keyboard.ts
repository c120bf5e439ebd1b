// Which card key a keyboard key stands for in the simulator. The current DSC+ has only "press", the digits and OK
// (IBKR article 2634 and the older-firmware notes in its
// public knowledge base), so there is no Backspace: every other key, letters included, is ignored.
import type { SecurityCardEvent } from './security-card.ts';

/** The card's keys as the live drawing names them in data-key. */
export type CardKeyName = 'press' | 'ok' | '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';

/**
 * The card key a keyboard key presses, or null when it has no meaning for the card. Enter is OK; while the card is
 * off OK does nothing, so Enter turns the card on instead. Space is left to the focused button, as on any button.
 */
export function cardKeyForKeyboard(key: string, cardIsOff: boolean): CardKeyName | null {
  if (/^[0-9]$/.test(key)) return key as CardKeyName;
  if (key === 'Enter') return cardIsOff ? 'press' : 'ok';
  return null;
}

/** True for the values a live card button carries in data-key. */
export function isCardKeyName(value: string): value is CardKeyName {
  return value === 'press' || value === 'ok' || /^[0-9]$/.test(value);
}

/** The machine event one card key sends. */
export function cardEventForKey(key: CardKeyName): SecurityCardEvent {
  if (key === 'press') return { type: 'card.press' };
  if (key === 'ok') return { type: 'card.ok' };
  return { type: 'card.digit', digit: key };
}
