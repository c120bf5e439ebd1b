// The parts of one <slh-security-practice> that its binders work on, found once and typed. The markup comes from
// SecurityPractice.astro and the components it renders; a part missing from it stops the element at once, naming
// the selector, instead of a binder failing later on a click.
import type { LoginStep } from '../../machines/practice-login.ts';

/** The places a login error is shown: at the top of the user name and password form, or next to a field. */
export type ErrorPlace = 'form' | 'userName' | 'password' | 'response';

/** The form that changes the practice PIN; the troubleshooter's card has none. */
export interface PinFormParts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  message: HTMLElement;
}

export interface PracticeParts {
  // The card.
  card: HTMLElement;
  display: HTMLElement;
  explanation: HTMLElement;
  cardReset: HTMLButtonElement;
  // Around both.
  hint: HTMLElement;
  restartAll: HTMLButtonElement;
  pinText: HTMLElement;
  pinForm: PinFormParts | null;
  // The login screen.
  screen: HTMLElement;
  screenTitle: HTMLElement;
  looks: HTMLInputElement[];
  views: Record<LoginStep, HTMLElement>;
  credentials: HTMLFormElement;
  userName: HTMLInputElement;
  password: HTMLInputElement;
  challengeForm: HTMLFormElement;
  challenge: HTMLInputElement;
  countdown: HTMLElement;
  response: HTMLInputElement;
  checking: HTMLElement;
  moreTime: HTMLButtonElement;
  /** The message each outcome view shows, focusable (tabindex -1), and its Start again button. */
  outcomes: Record<'expired' | 'success', { message: HTMLElement; startAgain: HTMLButtonElement }>;
  errors: Record<ErrorPlace, HTMLElement>;
  /** The login screen's live region for announcements. */
  status: HTMLElement;
}

/** Finds every part inside root; throws naming the first selector that matches nothing. */
export function findPracticeParts(root: HTMLElement): PracticeParts {
  const one = <T extends Element = HTMLElement>(selector: string, within: ParentNode = root): T => {
    const found = within.querySelector<T>(selector);
    if (!found) throw new Error(`<slh-security-practice> is missing ${selector}`);
    return found;
  };
  const credentials = one<HTMLFormElement>('form[data-view="credentials"]');
  const challengeForm = one<HTMLFormElement>('form[data-view="challenge"]');
  const outcome = (step: 'expired' | 'success') => {
    const view = one(`[data-view="${step}"]`);
    return {
      view,
      message: one('[data-outcome]', view),
      startAgain: one<HTMLButtonElement>('[data-start-again]', view),
    };
  };
  const expired = outcome('expired');
  const success = outcome('success');
  const error = (place: ErrorPlace) => one(`[data-error-for="${place}"]`);
  const pinForm = root.querySelector<HTMLFormElement>('[data-pin-form]');
  return {
    card: one('[data-card-device]'),
    display: one('[data-card-display]'),
    explanation: one('[data-card-explanation]'),
    cardReset: one('[data-card-reset]'),
    hint: one('[data-hint]'),
    restartAll: one('[data-restart-all]'),
    pinText: one('[data-pin-text]'),
    pinForm: pinForm && {
      form: pinForm,
      input: one('[data-pin-input]', pinForm),
      message: one('[data-pin-message]', pinForm),
    },
    screen: one('[data-screen]'),
    screenTitle: one('[data-screen-title]'),
    looks: Array.from(root.querySelectorAll<HTMLInputElement>('[data-look-choice]')),
    views: { credentials, challenge: challengeForm, expired: expired.view, success: success.view },
    credentials,
    userName: one('[data-field="userName"]'),
    password: one('[data-field="password"]'),
    challengeForm,
    challenge: one('[data-challenge]'),
    countdown: one('[data-countdown]'),
    response: one('[data-field="response"]'),
    checking: one('[data-checking]'),
    moreTime: one('[data-more-time]'),
    outcomes: { expired, success },
    errors: {
      form: error('form'),
      userName: error('userName'),
      password: error('password'),
      response: error('response'),
    },
    status: one('[data-login-status]'),
  };
}
