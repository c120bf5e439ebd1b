// Binds the practice login screen's machine to its HTML: the forms and buttons send events, and every snapshot is
// drawn back (the current step's view, the look, the challenge and its countdown, the errors, "Checking…").
// What the machine emits is carried out by login-effects.ts.
import type { Actor, SnapshotFrom } from 'xstate';
import { LOGIN_STEPS, type practiceLoginMachine } from '../../machines/practice-login.ts';
import { isLoginLook, type LoginErrorCode } from '../../machines/login-form.ts';
import { loginStepOf } from '../../machines/practice-hint.ts';
import { fillPlural, fillTemplate } from '../../lib/fill-template.ts';
import type { ErrorPlace, PracticeParts } from './practice-parts.ts';
import type { PracticeStrings } from './practice-strings.ts';
import { setText } from './live-text.ts';

export type LoginActor = Actor<typeof practiceLoginMachine>;

/** Where each login error is shown: next to its field, or at the top of the user name and password form. */
export const ERROR_PLACE: Record<LoginErrorCode, ErrorPlace> = {
  userNameEmpty: 'userName',
  passwordEmpty: 'password',
  responseFormat: 'response',
  responseWrong: 'response',
  checkFailed: 'response',
  tooManyWrongResponses: 'form',
};

/** The messages for some error codes, as one text. */
export const errorText = (strings: PracticeStrings, codes: readonly LoginErrorCode[]): string =>
  codes.map((code) => strings.errors[code]).join(' ');

/** Sends the reader's input to the login machine. */
export function bindLoginInput(parts: PracticeParts, login: LoginActor, signal: AbortSignal): void {
  const listen = (target: EventTarget, type: string, handler: (event: Event) => void) =>
    target.addEventListener(type, handler, { signal });
  const submit = (form: HTMLFormElement, send: () => void) =>
    listen(form, 'submit', (event) => {
      event.preventDefault();
      send();
    });

  for (const radio of parts.looks) {
    listen(radio, 'change', () => {
      if (radio.checked && isLoginLook(radio.value)) login.send({ type: 'login.look', look: radio.value });
    });
  }
  submit(parts.credentials, () =>
    login.send({ type: 'login.credentials', userName: parts.userName.value, password: parts.password.value }),
  );
  submit(parts.challengeForm, () => login.send({ type: 'login.submit', response: parts.response.value }));
  // A held Enter repeats; it is one press, so it must not submit the form that the first press brought up.
  listen(parts.screen, 'keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Enter' && (event as KeyboardEvent).repeat) event.preventDefault();
  });
  listen(parts.moreTime, 'click', () => login.send({ type: 'login.extend' }));
  // After expiry the machine's own way back is a new challenge; after success, a reset.
  listen(parts.outcomes.expired.startAgain, 'click', () => login.send({ type: 'login.newChallenge' }));
  listen(parts.outcomes.success.startAgain, 'click', () => login.send({ type: 'login.reset' }));
}

/** Draws one login snapshot into the screen. Idempotent: drawing the same snapshot twice changes nothing. */
export function drawLogin(
  parts: PracticeParts,
  strings: PracticeStrings,
  plural: Intl.PluralRules,
  snapshot: SnapshotFrom<typeof practiceLoginMachine>,
): void {
  const { context } = snapshot;
  const step = loginStepOf(snapshot.value);
  for (const view of LOGIN_STEPS) parts.views[view].hidden = view !== step;
  parts.screen.dataset['look'] = context.look;
  setText(parts.screenTitle, fillTemplate(strings.screenTitle, { look: strings.looks[context.look] }));
  for (const radio of parts.looks) radio.checked = radio.value === context.look;

  // Typed credentials and responses never outlive their step.
  const clear = (field: HTMLInputElement) => {
    if (field.value !== '') field.value = '';
  };
  if (step !== 'credentials') [parts.userName, parts.password].forEach(clear);
  if (step === 'challenge') {
    if (parts.challenge.value !== context.challenge) parts.challenge.value = context.challenge;
    setText(parts.countdown, fillPlural(strings.countdown, context.remainingSeconds, plural));
  } else {
    [parts.response, parts.challenge].forEach(clear);
  }
  parts.checking.hidden = !snapshot.matches({ challenge: { form: 'checking' } });

  for (const [place, element] of Object.entries(parts.errors) as [ErrorPlace, HTMLElement][]) {
    const mine = context.errors.filter((code) => ERROR_PLACE[code] === place);
    setText(element, errorText(strings, mine));
    element.hidden = mine.length === 0;
    if (place === 'form') continue;
    if (mine.length > 0) parts[place].setAttribute('aria-invalid', 'true');
    else parts[place].removeAttribute('aria-invalid');
  }
}
