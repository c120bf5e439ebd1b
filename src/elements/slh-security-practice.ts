// <slh-security-practice>: the browser side of <SecurityPractice>. It starts the practice card and the practice
// login machines on one random practice key and hands them, with the typed parts of its HTML, to one binder each
// (card, PIN, login, hint). The binders send the reader's input, draw every snapshot, and carry out what the
// machines emit (announcements through the live regions already in the HTML, focus only where it would be lost).
// Nothing is stored and nothing is fetched.
import { createActor, fromPromise } from 'xstate';
import { securityCardMachine, type ComputeResponseInput } from '../machines/security-card.ts';
import { practiceLoginMachine } from '../machines/practice-login.ts';
import { practiceResponder, randomPracticeKey } from '../machines/practice-key.ts';
import { findPracticeParts } from './security-practice/practice-parts.ts';
import type { PracticeStrings } from './security-practice/practice-strings.ts';
import { bindCard } from './security-practice/card-binder.ts';
import { bindPinForm } from './security-practice/pin-binder.ts';
import { bindHint } from './security-practice/hint-binder.ts';
import { bindLoginInput, drawLogin } from './security-practice/login-binder.ts';
import { bindLoginEffects } from './security-practice/login-effects.ts';

class SlhSecurityPractice extends HTMLElement {
  #stop: (() => void) | undefined;

  connectedCallback(): void {
    if (this.#stop) return;
    const strings = JSON.parse(this.dataset['strings'] ?? 'null') as PracticeStrings | null;
    if (!strings) return;
    const parts = findPracticeParts(this);

    // The key exists only in this closure: a new one on every page load, never written anywhere.
    const respond = practiceResponder(randomPracticeKey());
    const computeResponse = fromPromise<string, ComputeResponseInput>(({ input }) => respond(input.challenge));
    const card = createActor(securityCardMachine.provide({ actors: { computeResponse } }));
    const login = createActor(practiceLoginMachine.provide({ actors: { computeResponse } }));
    const listeners = new AbortController();
    const { signal } = listeners;

    bindCard(parts, card, strings, signal);
    bindPinForm(parts, card, strings, signal);
    const plural = new Intl.PluralRules(strings.lang);
    const draw = () => drawLogin(parts, strings, plural, login.getSnapshot());
    bindLoginInput(parts, login, signal);
    login.subscribe(draw);
    bindLoginEffects(parts, login, strings, plural, draw);
    bindHint(parts, card, login, strings);
    parts.restartAll.addEventListener(
      'click',
      () => {
        card.send({ type: 'card.reset' });
        login.send({ type: 'login.reset' });
        // Where the practice begins again; the hint region then reads the first step out.
        parts.userName.focus();
      },
      { signal },
    );

    card.start();
    login.start();
    this.#stop = () => {
      // A wizard may take the element out of the page: stop the timers and forget the key with the actors.
      listeners.abort();
      card.stop();
      login.stop();
    };
  }

  disconnectedCallback(): void {
    this.#stop?.();
    this.#stop = undefined;
  }
}

if (!customElements.get('slh-security-practice')) customElements.define('slh-security-practice', SlhSecurityPractice);
