// <slh-security-practice>: the browser side of <SecurityPractice>. It starts the practice card and the practice login
// machines on one random practice key, sends them the reader's clicks and keys, and writes their state back into the
// HTML the build rendered. It announces changes through the live regions already in that HTML and moves focus only
// where the reader's focus would otherwise vanish with a hidden view. Nothing is stored and nothing is fetched.
import { createActor, fromPromise, type Actor } from 'xstate';
import { securityCardMachine, isPinFormat, type ComputeResponseInput } from '../machines/security-card.ts';
import { EXPIRY_WARNING_SECONDS, practiceLoginMachine } from '../machines/practice-login.ts';
import { isLoginLook, type LoginErrorCode } from '../machines/login-form.ts';
import { displayStateOf, displayText, explanationKey } from '../machines/card-display.ts';
import { cardEventForKey, cardKeyForKeyboard, isCardKeyName, type CardKeyName } from '../machines/card-keyboard.ts';
import { fillPlural, fillTemplate } from '../lib/fill-template.ts';
import { loginStepOf, practiceHint, type LoginStep } from '../machines/practice-hint.ts';
import { practiceResponder, randomPracticeKey } from '../machines/practice-key.ts';
import type { PracticeStrings } from './practice-strings.ts';

type ErrorPlace = 'form' | 'userName' | 'password' | 'response';
/** Where each login error is shown: next to its field, or at the top of the user name and password form. */
const ERROR_PLACE: Record<LoginErrorCode, ErrorPlace> = {
  userNameEmpty: 'userName',
  passwordEmpty: 'password',
  responseFormat: 'response',
  responseWrong: 'response',
  checkFailed: 'response',
  tooManyWrongResponses: 'form',
};
/** How long a card key looks pressed when it was typed on the keyboard. */
const KEY_FLASH_MS = 150;
const EXPLANATION_PREFIX = 'simulator:display.';

/** Writes text only when it changed, so a live region never repeats an unchanged message. */
function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

interface Parts {
  card: HTMLElement;
  display: HTMLElement;
  explanation: HTMLElement;
  cardReset: HTMLButtonElement;
  restartAll: HTMLButtonElement;
  hint: HTMLElement;
  pinText: HTMLElement;
  pinForm: HTMLFormElement | null;
  pinInput: HTMLInputElement | null;
  pinMessage: HTMLElement | null;
  login: HTMLElement;
  screen: HTMLElement;
  screenTitle: HTMLElement;
  looks: HTMLInputElement[];
  views: HTMLElement[];
  credentials: HTMLFormElement;
  userName: HTMLInputElement;
  password: HTMLInputElement;
  challengeForm: HTMLFormElement;
  challenge: HTMLInputElement;
  countdown: HTMLElement;
  response: HTMLInputElement;
  checking: HTMLElement;
  moreTime: HTMLButtonElement;
  errors: HTMLElement[];
  status: HTMLElement;
}

class SlhSecurityPractice extends HTMLElement {
  #strings?: PracticeStrings;
  #parts?: Parts;
  #card: Actor<typeof securityCardMachine> | undefined;
  #login: Actor<typeof practiceLoginMachine> | undefined;
  #listeners?: AbortController;
  #plural?: Intl.PluralRules;
  // What the last render saw, to tell which changes just happened.
  #lastStep: LoginStep = 'credentials';
  #wasChecking = false;
  #lastRemaining = 0;

  connectedCallback(): void {
    if (this.#card) return;
    const strings = JSON.parse(this.dataset['strings'] ?? 'null') as PracticeStrings | null;
    if (!strings) return;
    this.#strings = strings;
    this.#plural = new Intl.PluralRules(strings.lang);
    this.#parts = this.#findParts();

    // The key exists only in this closure: a new one on every page load, never written anywhere.
    const respond = practiceResponder(randomPracticeKey());
    const computeResponse = fromPromise<string, ComputeResponseInput>(({ input }) => respond(input.challenge));
    this.#card = createActor(securityCardMachine.provide({ actors: { computeResponse } }));
    this.#login = createActor(practiceLoginMachine.provide({ actors: { computeResponse } }));
    this.#lastStep = 'credentials';
    this.#wasChecking = false;
    this.#lastRemaining = 0;

    this.#listeners = new AbortController();
    this.#bind(this.#listeners.signal);
    this.#card.subscribe(() => this.#render());
    this.#login.subscribe(() => this.#render());
    this.#card.start();
    this.#login.start();
    this.#render();
  }

  disconnectedCallback(): void {
    // A wizard may take the element out of the page: stop the timers and forget the key with the actors.
    this.#listeners?.abort();
    this.#card?.stop();
    this.#login?.stop();
    this.#card = undefined;
    this.#login = undefined;
  }

  #findParts(): Parts {
    const one = <T extends Element>(selector: string): T => {
      const found = this.querySelector<T>(selector);
      if (!found) throw new Error(`<slh-security-practice> is missing ${selector}`);
      return found;
    };
    const all = <T extends Element>(selector: string): T[] => Array.from(this.querySelectorAll<T>(selector));
    const credentials = one<HTMLFormElement>('[data-view="credentials"]');
    const challengeForm = one<HTMLFormElement>('[data-view="challenge"]');
    return {
      card: one('[data-card-device]'),
      display: one('[data-card-display]'),
      explanation: one('[data-card-explanation]'),
      cardReset: one('[data-card-reset]'),
      restartAll: one('[data-restart-all]'),
      hint: one('[data-hint]'),
      pinText: one('[data-pin-text]'),
      pinForm: this.querySelector('[data-pin-form]'),
      pinInput: this.querySelector('[data-pin-input]'),
      pinMessage: this.querySelector('[data-pin-message]'),
      login: one('[data-login]'),
      screen: one('[data-screen]'),
      screenTitle: one('[data-screen-title]'),
      looks: all('[data-look-choice]'),
      views: all('[data-view]'),
      credentials,
      userName: one('[data-field="userName"]'),
      password: one('[data-field="password"]'),
      challengeForm,
      challenge: one('[data-challenge]'),
      countdown: one('[data-countdown]'),
      response: one('[data-field="response"]'),
      checking: one('[data-checking]'),
      moreTime: one('[data-more-time]'),
      errors: all('[data-error-for]'),
      status: one('[data-login-status]'),
    };
  }

  #bind(signal: AbortSignal): void {
    const p = this.#parts!;
    const card = this.#card!;
    const login = this.#login!;

    p.card.addEventListener(
      'click',
      (event) => {
        const key = (event.target as Element).closest<HTMLElement>('button[data-key]')?.dataset['key'];
        if (key !== undefined && isCardKeyName(key)) card.send(cardEventForKey(key));
      },
      { signal },
    );
    // Keys typed while focus is on the card; elsewhere (the response field) digits belong to the page.
    p.card.addEventListener(
      'keydown',
      (event) => {
        if (event.altKey || event.ctrlKey || event.metaKey) return;
        const key = cardKeyForKeyboard(event.key, card.getSnapshot().value === 'off');
        if (key === null) return;
        // Also stops Enter from clicking the focused button: Enter means OK (or "press" while off) anywhere on the card.
        event.preventDefault();
        if (event.repeat) return;
        card.send(cardEventForKey(key));
        this.#flash(key);
      },
      { signal },
    );
    p.cardReset.addEventListener('click', () => card.send({ type: 'card.reset' }), { signal });
    p.restartAll.addEventListener(
      'click',
      () => {
        card.send({ type: 'card.reset' });
        login.send({ type: 'login.reset' });
        // Where the practice begins again; the hint region then reads the first step out.
        p.userName.focus();
      },
      { signal },
    );

    p.pinForm?.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        this.#changePin();
      },
      { signal },
    );

    for (const radio of p.looks) {
      radio.addEventListener(
        'change',
        () => {
          if (radio.checked && isLoginLook(radio.value)) login.send({ type: 'login.look', look: radio.value });
        },
        { signal },
      );
    }

    p.credentials.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        login.send({ type: 'login.credentials', userName: p.userName.value, password: p.password.value });
        const errors = login.getSnapshot().context.errors;
        if (loginStepOf(login.getSnapshot().value) !== 'credentials' || errors.length === 0) return;
        const first = ERROR_PLACE[errors[0]!] === 'password' ? p.password : p.userName;
        this.#pointTo(first, this.#errorText(errors));
      },
      { signal },
    );

    p.challengeForm.addEventListener(
      'submit',
      (event) => {
        event.preventDefault();
        login.send({ type: 'login.submit', response: p.response.value });
        // A format error is known at once; a wrong response only after the check (see #render).
        const snapshot = login.getSnapshot();
        if (snapshot.matches({ challenge: { form: 'editing' } }) && snapshot.context.errors.length > 0) {
          this.#reportResponseError();
        }
      },
      { signal },
    );

    p.moreTime.addEventListener(
      'click',
      () => {
        login.send({ type: 'login.extend' });
        const left = login.getSnapshot().context.remainingSeconds;
        this.#announce(fillPlural(this.#strings!.timeExtended, left, this.#plural!));
      },
      { signal },
    );

    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-start-again]')) {
      button.addEventListener(
        'click',
        () => {
          const step = loginStepOf(login.getSnapshot().value);
          // After expiry the machine's own way back is "new challenge"; after success, a reset.
          login.send(step === 'expired' ? { type: 'login.newChallenge' } : { type: 'login.reset' });
        },
        { signal },
      );
    }
  }

  #render(): void {
    const p = this.#parts;
    const strings = this.#strings;
    if (!p || !strings || !this.#card || !this.#login) return;
    const card = this.#card.getSnapshot();
    const login = this.#login.getSnapshot();
    const step = loginStepOf(login.value);

    // The card.
    const display = displayStateOf(card);
    setText(p.display, displayText(display));
    setText(p.explanation, strings.display[explanationKey(display).slice(EXPLANATION_PREFIX.length)] ?? '');
    p.card.dataset['state'] = card.value;
    setText(p.pinText, fillTemplate(strings.pinIs, { pin: card.context.pin }));

    // The hint follows both machines.
    const hint = practiceHint(card.value, step);
    setText(p.hint, fillTemplate(strings.steps[hint.device][hint.step] ?? '', { pin: card.context.pin }));

    // The login screen. Decide about focus before hiding the view that may hold it.
    const active = document.activeElement;
    const focusLost = p.views.some((view) => view.dataset['view'] !== step && view.contains(active));
    for (const view of p.views) view.hidden = view.dataset['view'] !== step;
    const look = login.context.look;
    p.screen.dataset['look'] = look;
    setText(p.screenTitle, fillTemplate(strings.screenTitle, { look: strings.looks[look] ?? look }));
    for (const radio of p.looks) radio.checked = radio.value === look;

    const checking = login.matches({ challenge: { form: 'checking' } });
    const remaining = login.context.remainingSeconds;
    if (step === 'challenge') {
      if (p.challenge.value !== login.context.challenge) p.challenge.value = login.context.challenge;
      setText(p.countdown, fillPlural(strings.countdown, remaining, this.#plural!));
    }
    p.checking.hidden = !checking;
    this.#renderErrors(login.context.errors);

    if (step !== this.#lastStep) this.#stepChanged(step, focusLost);
    else if (this.#wasChecking && !checking && step === 'challenge' && login.context.errors.length > 0) {
      this.#reportResponseError();
    }
    if (step === 'challenge' && this.#lastRemaining > EXPIRY_WARNING_SECONDS && remaining === EXPIRY_WARNING_SECONDS) {
      this.#announce(fillPlural(strings.timeWarning, remaining, this.#plural!));
    }
    this.#lastStep = step;
    this.#wasChecking = checking;
    this.#lastRemaining = remaining;
  }

  #renderErrors(errors: readonly LoginErrorCode[]): void {
    const p = this.#parts!;
    for (const element of p.errors) {
      const place = element.dataset['errorFor'] as ErrorPlace;
      const mine = errors.filter((code) => ERROR_PLACE[code] === place);
      setText(element, this.#errorText(mine));
      element.hidden = mine.length === 0;
      const field = this.querySelector<HTMLInputElement>(`[data-field="${place}"]`);
      if (field && mine.length > 0) field.setAttribute('aria-invalid', 'true');
      else field?.removeAttribute('aria-invalid');
    }
  }

  #errorText(errors: readonly LoginErrorCode[]): string {
    return errors.map((code) => this.#strings!.errors[code] ?? '').join(' ');
  }

  /** What changes when the login screen moves to another step. */
  #stepChanged(step: LoginStep, focusLost: boolean): void {
    const p = this.#parts!;
    // Typed credentials and responses never outlive their step.
    if (step !== 'credentials') {
      p.userName.value = '';
      p.password.value = '';
    }
    if (step !== 'challenge') {
      p.response.value = '';
      p.challenge.value = '';
    }
    const view = p.views.find((v) => v.dataset['view'] === step);
    if (step === 'challenge') {
      if (focusLost) p.challenge.focus();
    } else if (step === 'expired' || step === 'success') {
      const outcome = view?.querySelector<HTMLElement>('[data-outcome]');
      if (!outcome) return;
      if (focusLost) outcome.focus();
      else this.#announce(outcome.textContent?.trim() ?? '');
    } else {
      const errors = this.#login!.getSnapshot().context.errors;
      if (focusLost) p.userName.focus();
      else if (errors.length > 0) this.#announce(this.#errorText(errors));
    }
  }

  #reportResponseError(): void {
    const p = this.#parts!;
    this.#pointTo(p.response, this.#errorText(this.#login!.getSnapshot().context.errors));
    p.response.select();
  }

  /** Moves focus to a field so its error is read with it; if focus is already there, announces the error instead. */
  #pointTo(field: HTMLElement, message: string): void {
    if (document.activeElement === field) this.#announce(message);
    else field.focus();
  }

  #announce(message: string): void {
    const status = this.#parts!.status;
    // The same message twice in a row is still news (a second wrong try): change the text so it is read again.
    status.textContent = status.textContent === message ? `${message}\u00a0` : message;
  }

  #changePin(): void {
    const p = this.#parts!;
    const strings = this.#strings!;
    const card = this.#card!;
    if (!p.pinInput || !p.pinMessage) return;
    const pin = p.pinInput.value.trim();
    if (!isPinFormat(pin)) {
      p.pinInput.setAttribute('aria-invalid', 'true');
      p.pinMessage.textContent = strings.changePinInvalid;
      p.pinInput.focus();
      return;
    }
    p.pinInput.removeAttribute('aria-invalid');
    // The card takes a new PIN only while it is off, so a half-typed PIN never meets a new one.
    if (card.getSnapshot().value !== 'off') {
      p.pinMessage.textContent = strings.changePinCardOn;
      return;
    }
    card.send({ type: 'card.setPin', pin });
    p.pinInput.value = '';
    p.pinMessage.textContent = fillTemplate(strings.changePinDone, { pin: card.getSnapshot().context.pin });
  }

  /** Shows a keyboard-typed key as pressed for a moment, so sighted keyboard users see which key they hit. */
  #flash(key: CardKeyName): void {
    const button = this.#parts?.card.querySelector<HTMLElement>(`[data-key="${key}"]`);
    if (!button) return;
    button.classList.add('is-pressed');
    setTimeout(() => button.classList.remove('is-pressed'), KEY_FLASH_MS);
  }
}

if (!customElements.get('slh-security-practice')) customElements.define('slh-security-practice', SlhSecurityPractice);
