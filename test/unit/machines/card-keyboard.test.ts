// Keyboard use of the practice card: digits and Enter reach the card, everything else is ignored.
import { describe, it, expect } from 'vitest';
import { createActor, fromPromise, SimulatedClock } from 'xstate';
import { cardEventForKey, cardKeyForKeyboard, isCardKeyName } from '../../../src/machines/card-keyboard.ts';
import { securityCardMachine, type ComputeResponseInput } from '../../../src/machines/security-card.ts';
import { cardDisplayText } from '../../support/card-display-text.ts';

describe('cardKeyForKeyboard', () => {
  it('maps the digit keys to the digit buttons', () => {
    for (const digit of '0123456789') expect(cardKeyForKeyboard(digit, false)).toBe(digit);
  });

  it('makes Enter OK while the card is on, and "press" while it is off', () => {
    expect(cardKeyForKeyboard('Enter', false)).toBe('ok');
    expect(cardKeyForKeyboard('Enter', true)).toBe('press');
  });

  it('ignores letters, Backspace, Space and every other key (the card has no correction key)', () => {
    for (const key of [
      'a',
      'Z',
      'e',
      'Backspace',
      'Delete',
      ' ',
      'Escape',
      'Tab',
      'ArrowLeft',
      '+',
      '-',
      '.',
      '12',
      '',
    ]) {
      expect(cardKeyForKeyboard(key, false), key).toBeNull();
      expect(cardKeyForKeyboard(key, true), key).toBeNull();
    }
  });
});

describe('cardEventForKey and isCardKeyName', () => {
  it('accepts exactly the names the live card buttons carry', () => {
    for (const name of ['press', 'ok', ...'0123456789']) expect(isCardKeyName(name), name).toBe(true);
    for (const name of ['OK', 'back', 'c', '10', '']) expect(isCardKeyName(name), name).toBe(false);
  });

  it('turns each key into its card event', () => {
    expect(cardEventForKey('press')).toEqual({ type: 'card.press' });
    expect(cardEventForKey('ok')).toEqual({ type: 'card.ok' });
    expect(cardEventForKey('7')).toEqual({ type: 'card.digit', digit: '7' });
  });

  it('types a PIN into a real card from keyboard keys, letters left out', () => {
    const machine = securityCardMachine.provide({
      actors: { computeResponse: fromPromise<string, ComputeResponseInput>(async () => '12345678') },
    });
    const card = createActor(machine, { clock: new SimulatedClock() }).start();
    const typeKeys = (keys: string[]) => {
      for (const key of keys) {
        const name = cardKeyForKeyboard(key, card.getSnapshot().value === 'off');
        if (name) card.send(cardEventForKey(name));
      }
    };
    typeKeys(['Enter', '1', 'a', '2', 'Backspace', '3', 'x', '4']);
    expect(cardDisplayText(card.getSnapshot())).toBe('PIN>****');
    typeKeys(['Enter']);
    expect(card.getSnapshot().value).toBe('challenge');
  });
});
