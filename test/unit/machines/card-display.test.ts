// The card's display text and explanation keys, from live machine snapshots and from <CardFigure> attributes.
import { cardDisplayText } from '../../support/card-display-text.ts';
import { describe, it, expect } from 'vitest';
import { createActor, fromPromise, SimulatedClock, waitFor } from 'xstate';
import {
  CHALLENGE_PROMPT,
  ERROR_TEXT,
  FIGURE_DISPLAY_KINDS,
  LOCKED_TEXT,
  PIN_MASK,
  PIN_PROMPT,
  displayStateOf,
  displayText,
  explanationKey,
  figureDisplay,
  figureDisplayState,
  isFigureDisplayKind,
  type CardDisplayState,
} from '../../../src/machines/card-display.ts';
import { MAX_WRONG_PINS, securityCardMachine, type ComputeResponseInput } from '../../../src/machines/security-card.ts';
import en from '../../../content/locales/en/simulator.json' with { type: 'json' };

const RESPONSE = '87654321';

function liveCard() {
  const machine = securityCardMachine.provide({
    actors: { computeResponse: fromPromise<string, ComputeResponseInput>(async () => RESPONSE) },
  });
  const actor = createActor(machine, { clock: new SimulatedClock() }).start();
  const type = (digits: string) => {
    for (const digit of digits) actor.send({ type: 'card.digit', digit });
  };
  return { actor, type };
}

describe('card display words', () => {
  it('uses the real card prompts and the practice card words', () => {
    expect(PIN_PROMPT).toBe('PIN>');
    expect(CHALLENGE_PROMPT).toBe('CHALLNG>');
    expect(PIN_MASK).toBe('*');
    expect(ERROR_TEXT).toBe('ERROR');
    expect(LOCKED_TEXT).toBe('LOCKED');
  });
});

describe('display of a live card', () => {
  it('follows a whole successful run', async () => {
    const { actor, type } = liveCard();
    const seen: string[] = [];
    const look = () => {
      const state = displayStateOf(actor.getSnapshot());
      seen.push(`${state.kind}|${displayText(state)}|${explanationKey(state)}`);
    };
    look();
    actor.send({ type: 'card.press' });
    look();
    type('12');
    look();
    type('34');
    actor.send({ type: 'card.ok' });
    look();
    type('123456');
    look();
    actor.send({ type: 'card.ok' });
    look();
    await waitFor(actor, (s) => s.matches('response'));
    look();
    expect(seen).toEqual([
      'off||simulator:display.off',
      'pin|PIN>|simulator:display.pin',
      'pin-entered|PIN>**|simulator:display.pinEntered',
      'challenge|CHALLNG>|simulator:display.challenge',
      'challenge-entered|CHALLNG>123456|simulator:display.challengeEntered',
      'computing|CHALLNG>123456|simulator:display.computing',
      `response|${RESPONSE}|simulator:display.response`,
    ]);
  });

  it('never shows the PIN digits', () => {
    const { actor, type } = liveCard();
    actor.send({ type: 'card.press' });
    type('1234');
    expect(cardDisplayText(actor.getSnapshot())).toBe('PIN>****');
    expect(cardDisplayText(actor.getSnapshot())).not.toMatch(/[0-9]/);
  });

  it('shows the error word with a key for the reason', () => {
    const { actor, type } = liveCard();
    actor.send({ type: 'card.press' });
    type('12');
    actor.send({ type: 'card.ok' });
    let state = displayStateOf(actor.getSnapshot());
    expect(displayText(state)).toBe('ERROR');
    expect(explanationKey(state)).toBe('simulator:display.pinLength');

    actor.send({ type: 'card.press' });
    actor.send({ type: 'card.press' });
    type('9999');
    actor.send({ type: 'card.ok' });
    state = displayStateOf(actor.getSnapshot());
    expect(explanationKey(state)).toBe('simulator:display.pinWrong');

    actor.send({ type: 'card.press' });
    actor.send({ type: 'card.press' });
    type('1234');
    actor.send({ type: 'card.ok' });
    actor.send({ type: 'card.ok' });
    state = displayStateOf(actor.getSnapshot());
    expect(displayText(state)).toBe('ERROR');
    expect(explanationKey(state)).toBe('simulator:display.challengeLength');
  });

  it('shows the lock word when locked', () => {
    const { actor, type } = liveCard();
    for (let i = 0; i < MAX_WRONG_PINS; i++) {
      actor.send({ type: 'card.press' });
      type('0000');
      actor.send({ type: 'card.ok' });
      actor.send({ type: 'card.press' });
    }
    actor.send({ type: 'card.press' });
    const state = displayStateOf(actor.getSnapshot());
    expect(state.kind).toBe('locked');
    expect(displayText(state)).toBe('LOCKED');
    expect(explanationKey(state)).toBe('simulator:display.locked');
  });

  it('gives the generic error key when no reason is known', () => {
    const state: CardDisplayState = { kind: 'error', value: '', errorCode: null };
    expect(explanationKey(state)).toBe('simulator:display.error');
    expect(displayText({ ...state, errorCode: 'computeFailed' })).toBe('ERROR');
    expect(explanationKey({ ...state, errorCode: 'computeFailed' })).toBe('simulator:display.computeFailed');
  });
});

describe('figureDisplay: the static <CardFigure>', () => {
  it('shows the same text as the live card in each situation', () => {
    expect(figureDisplay('off')).toBe('');
    expect(figureDisplay('pin')).toBe('PIN>');
    expect(figureDisplay('pin-entered', '1234')).toBe('PIN>****');
    expect(figureDisplay('challenge')).toBe('CHALLNG>');
    expect(figureDisplay('challenge-entered', '123456')).toBe('CHALLNG>123456');
    expect(figureDisplay('response', '12345678')).toBe('12345678');
  });

  it('matches the live card text for the same digits', async () => {
    const { actor, type } = liveCard();
    const live = () => cardDisplayText(actor.getSnapshot());
    expect(figureDisplay('off', '')).toBe(live());
    actor.send({ type: 'card.press' });
    expect(figureDisplay('pin', '')).toBe(live());
    type('1234');
    expect(figureDisplay('pin-entered', '1234')).toBe(live());
    actor.send({ type: 'card.ok' });
    expect(figureDisplay('challenge', '')).toBe(live());
    type('123456');
    expect(figureDisplay('challenge-entered', '123456')).toBe(live());
    actor.send({ type: 'card.ok' });
    await waitFor(actor, (s) => s.matches('response'));
    expect(figureDisplay('response', RESPONSE)).toBe(live());
  });

  it('masks a PIN given as digits or as mask characters, one per character', () => {
    expect(figureDisplay('pin-entered', '12')).toBe('PIN>**');
    expect(figureDisplay('pin-entered', '****')).toBe('PIN>****');
    expect(figureDisplay('pin-entered', '')).toBe('PIN>');
  });

  it('keeps a figure within what the live card can show', () => {
    expect(figureDisplay('pin-entered', '123456')).toBe('PIN>****');
    expect(figureDisplay('challenge-entered', '12 34 56 78')).toBe('CHALLNG>123456');
    expect(figureDisplay('response', '1234 5678 9')).toBe('12345678');
    expect(figureDisplay('pin', '1234')).toBe('PIN>');
    expect(figureDisplay('off', '99')).toBe('');
  });

  it('gives each figure kind its explanation key', () => {
    expect(FIGURE_DISPLAY_KINDS.map((kind) => explanationKey(figureDisplayState(kind, '1')))).toEqual([
      'simulator:display.off',
      'simulator:display.pin',
      'simulator:display.pinEntered',
      'simulator:display.challenge',
      'simulator:display.challengeEntered',
      'simulator:display.response',
    ]);
  });

  it('recognises the display attribute values', () => {
    for (const kind of FIGURE_DISPLAY_KINDS) expect(isFigureDisplayKind(kind)).toBe(true);
    expect(isFigureDisplayKind('computing')).toBe(false);
    expect(isFigureDisplayKind('PIN')).toBe(false);
  });
});

describe('explanation keys exist in the simulator locale', () => {
  it('has an English sentence for every key the display can ask for', () => {
    const kinds: CardDisplayState[] = [
      ...FIGURE_DISPLAY_KINDS.map((kind) => figureDisplayState(kind)),
      { kind: 'computing', value: '', errorCode: null },
      { kind: 'locked', value: '', errorCode: null },
      { kind: 'error', value: '', errorCode: null },
      ...(['pinWrong', 'pinLength', 'challengeLength', 'computeFailed'] as const).map(
        (errorCode): CardDisplayState => ({ kind: 'error', value: '', errorCode }),
      ),
    ];
    const display: Record<string, unknown> = en.display;
    for (const state of kinds) {
      const key = explanationKey(state).replace('simulator:display.', '');
      expect(typeof display[key], key).toBe('string');
    }
  });
});
