// What the practice Digital Security Card+ shows on its display, and which explanation goes with it.
// Shared by the live simulator (from a machine snapshot) and the static <CardFigure> (from display + value).
import {
  CARD_ERROR_CODES,
  type CardErrorCode,
  type SecurityCardContext,
  type SecurityCardStateValue,
} from './security-card.ts';
import { CHALLENGE_LENGTH, PIN_LENGTH, RESPONSE_LENGTH } from './code-lengths.ts';

// Device words stay as printed on the card, never translated. PIN> and CHALLNG> are the real card's (IBKR article 2634);
// the mask, the error word and the lock word are the practice card's own: the real card's are not known to us.
export const PIN_PROMPT = 'PIN>';
export const CHALLENGE_PROMPT = 'CHALLNG>';
/** In the practice card, each typed PIN digit shows as this character, so the PIN never appears on screen. */
export const PIN_MASK = '*';
/** In the practice card, this word shows for a moment after a wrong or incomplete entry. */
export const ERROR_TEXT = 'ERROR';
/** In the practice card, this word shows while the card is locked after too many wrong PINs. */
export const LOCKED_TEXT = 'LOCKED';

/** The situations a <CardFigure> can draw (the `display` attribute). */
export const FIGURE_DISPLAY_KINDS = [
  'off',
  'pin',
  'pin-entered',
  'challenge',
  'challenge-entered',
  'response',
] as const;
export type FigureDisplayKind = (typeof FIGURE_DISPLAY_KINDS)[number];

/** Every situation of the display: the figure's ones plus those only the live card reaches. */
export type CardDisplayKind = FigureDisplayKind | 'computing' | 'error' | 'locked';

/** A plain description of the display, independent of XState. */
export interface CardDisplayState {
  kind: CardDisplayKind;
  /** Digits belonging to the screen: typed PIN (never shown, only counted), typed challenge, or the response. */
  value: string;
  /** Set when kind is 'error'. */
  errorCode: CardErrorCode | null;
}

/** The part of a security-card snapshot the display needs; a real snapshot fits. */
export interface CardSnapshotLike {
  readonly value: SecurityCardStateValue;
  readonly context: Pick<SecurityCardContext, 'input' | 'response' | 'errorCode'>;
}

/** The display state for a security-card machine snapshot. */
export function displayStateOf(snapshot: CardSnapshotLike): CardDisplayState {
  const { input, response, errorCode } = snapshot.context;
  const plain = (kind: CardDisplayKind, value = ''): CardDisplayState => ({ kind, value, errorCode: null });
  switch (snapshot.value) {
    case 'off':
      return plain('off');
    case 'pin':
      return input === '' ? plain('pin') : plain('pin-entered', input);
    case 'challenge':
      return input === '' ? plain('challenge') : plain('challenge-entered', input);
    case 'computing':
      return plain('computing', input);
    case 'response':
      return plain('response', response);
    case 'pinError':
    case 'challengeError':
      return { kind: 'error', value: '', errorCode };
    case 'locked':
      return plain('locked');
  }
}

/** The exact text on the card's display ('' when the display is blank). */
export function displayText(state: CardDisplayState): string {
  switch (state.kind) {
    case 'off':
      return '';
    case 'pin':
      return PIN_PROMPT;
    case 'pin-entered':
      return PIN_PROMPT + PIN_MASK.repeat(state.value.length);
    case 'challenge':
      return CHALLENGE_PROMPT;
    case 'challenge-entered':
    // While computing, the display keeps what was typed until the response replaces it.
    case 'computing':
      return CHALLENGE_PROMPT + state.value;
    case 'response':
      return state.value;
    case 'error':
      return ERROR_TEXT;
    case 'locked':
      return LOCKED_TEXT;
  }
}

/** The key under simulator:display of each situation's explanation. */
const KIND_KEYS = {
  off: 'off',
  pin: 'pin',
  'pin-entered': 'pinEntered',
  challenge: 'challenge',
  'challenge-entered': 'challengeEntered',
  computing: 'computing',
  response: 'response',
  error: 'error',
  locked: 'locked',
} as const satisfies Record<CardDisplayKind, string>;

/** Every sentence that can explain the display, by its key under simulator:display: one per situation, one per error. */
export type DisplayExplanation = (typeof KIND_KEYS)[CardDisplayKind] | CardErrorCode;
// Pure, so a bundle that never reads the list (the browser's) leaves it out.
export const DISPLAY_EXPLANATIONS: readonly DisplayExplanation[] = /* @__PURE__ */ (
  Object.values(KIND_KEYS) as DisplayExplanation[]
).concat(CARD_ERROR_CODES);

/** Which sentence explains what the display shows: an error says why, when the card knows. */
export function displayExplanation(state: CardDisplayState): DisplayExplanation {
  return state.kind === 'error' && state.errorCode !== null ? state.errorCode : KIND_KEYS[state.kind];
}

/** The full i18next key (namespace `simulator`) of the sentence that explains what the display shows. */
export function explanationKey(state: CardDisplayState): `simulator:display.${DisplayExplanation}` {
  return `simulator:display.${displayExplanation(state)}`;
}

const FIGURE_MAX_LENGTH: Record<FigureDisplayKind, number> = {
  off: 0,
  pin: 0,
  'pin-entered': PIN_LENGTH,
  challenge: 0,
  'challenge-entered': CHALLENGE_LENGTH,
  response: RESPONSE_LENGTH,
};

/**
 * The display state a <CardFigure display=... value=...> draws. `value` is the digits typed or shown; for
 * 'pin-entered' only their count matters (one mask per character). Elsewhere non-digits are dropped, and the value is cut to what
 * the live card would accept, so a figure can never show something the simulator cannot.
 */
export function figureDisplayState(kind: FigureDisplayKind, value = ''): CardDisplayState {
  // A masked PIN may be written as digits or as mask characters: only the count is drawn.
  const kept = kind === 'pin-entered' ? value.replace(/\s/g, '') : value.replace(/[^0-9]/g, '');
  return { kind, value: kept.slice(0, FIGURE_MAX_LENGTH[kind]), errorCode: null };
}

/** The text a <CardFigure> shows: the same as the live card in that situation. */
export function figureDisplay(kind: FigureDisplayKind, value = ''): string {
  return displayText(figureDisplayState(kind, value));
}

/** Type guard for the `display` attribute of <CardFigure>. */
export function isFigureDisplayKind(value: string): value is FigureDisplayKind {
  return (FIGURE_DISPLAY_KINDS as readonly string[]).includes(value);
}
