// <slh-wizard>: runs a troubleshooter's XState machine in the browser over the HTML the build wrote (every step as a
// <section id="<state>">), shows one step at a time and keeps the URL hash equal to the machine's state.
// Without this element the same HTML is a linked decision tree (CSS :target), so everything here is an enhancement.
import { createActor, type Actor, type AnyStateMachine } from 'xstate';
import { registry } from '../wizards/wizard-registry.ts';
import { hashStepId, stepHash, storedTrail, type WizardHistoryEntry } from '../wizards/wizard-location.ts';

class SlhWizard extends HTMLElement {
  #machine?: AnyStateMachine;
  #actor?: Actor<AnyStateMachine>;
  #wizard = '';
  #initial = '';
  #current = '';
  /** The steps that led to the current one; the Back button needs more than one. */
  #trail: string[] = [];

  readonly #onClick = (event: MouseEvent): void => this.#click(event);
  readonly #onLocation = (): void => this.#followAddress();

  connectedCallback(): void {
    this.#wizard = this.dataset['wizard'] ?? '';
    this.#machine = registry.get(this.#wizard).machine;
    this.#initial = this.#machine.root.initial.target[0]?.key ?? '';
    // From here on the element decides which step shows; the stylesheet stops using :target. The sections lose
    // their ids so the browser's own fragment handling (scrolling, and moving focus to the page on Back/Forward)
    // cannot fight the element's: the hash now names a machine state, read only by this element.
    this.dataset['live'] = '';
    for (const section of this.#sections()) section.removeAttribute('id');
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-action]')) button.hidden = false;
    for (const link of this.querySelectorAll<HTMLElement>('[data-no-js]')) link.hidden = true;

    this.addEventListener('click', this.#onClick);
    // Back/Forward fire popstate; a typed or linked #hash fires both: #followAddress ignores the repeat.
    window.addEventListener('popstate', this.#onLocation);
    window.addEventListener('hashchange', this.#onLocation);
    this.#resume();
  }

  disconnectedCallback(): void {
    this.removeEventListener('click', this.#onClick);
    window.removeEventListener('popstate', this.#onLocation);
    window.removeEventListener('hashchange', this.#onLocation);
    this.#actor?.stop();
  }

  /**
   * On page load: the step the address names (a reload, a bookmark), or the first step when it names none. The
   * address is left as it is, so a fresh visit keeps its plain URL: no hash means the first step.
   */
  #resume(): void {
    const hash = hashStepId(location.hash);
    const id = hash === '' || this.#isOtherAnchor(hash) ? this.#initial : hash;
    if (this.#isKnown(id)) {
      const trail = storedTrail(history.state, this.#wizard, id, (s) => this.#isKnown(s)) ?? [id];
      this.#jump(id, trail, { history: 'keep', focus: false });
    } else {
      this.#startOverWithNotice({ focus: false });
    }
  }

  /** After Back/Forward or a hash the reader typed or followed: show the step the address now names. */
  #followAddress(): void {
    const hash = hashStepId(location.hash);
    if (this.#isOtherAnchor(hash)) return; // e.g. the skip link's #main
    const id = hash === '' ? this.#initial : hash;
    const stored = storedTrail(history.state, this.#wizard, id, (s) => this.#isKnown(s));
    if (id === this.#current && (!stored || stored.length === this.#trail.length)) return; // popstate's hashchange
    if (this.#isKnown(id)) {
      // A hash the reader followed by hand continues the trail when it is one of the current step's options.
      const trail = stored ?? (this.#optionTargets(this.#current).includes(id) ? [...this.#trail, id] : [id]);
      this.#jump(id, trail, { history: 'keep', focus: true });
    } else {
      this.#startOverWithNotice({ focus: true });
    }
  }

  #click(event: MouseEvent): void {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return; // Let "open in new tab" and friends work: the new tab resumes from the hash.
    }
    const target = event.target instanceof Element ? event.target : null;
    const option = target?.closest<HTMLAnchorElement>('a[data-event]');
    const action = target?.closest<HTMLButtonElement>('button[data-action]');
    if (option && this.contains(option)) {
      event.preventDefault();
      this.#choose(option.dataset['event'] ?? '');
    } else if (action?.dataset['action'] === 'back') {
      // The previous history entry is the previous step (every move forward pushed one), so Back and the
      // browser's Back button do the same thing; popstate then shows the step.
      if (this.#trail.length > 1) history.back();
    } else if (action?.dataset['action'] === 'restart') {
      this.#jump(this.#initial, [this.#initial], { history: 'push', focus: true });
    }
  }

  /** An option: the machine decides where it leads. */
  #choose(eventType: string): void {
    const actor = this.#actor;
    if (!actor || eventType === '') return;
    actor.send({ type: eventType });
    const next = String(actor.getSnapshot().value);
    if (next === this.#current) return;
    this.#trail = [...this.#trail, next];
    this.#show(next, { history: 'push', focus: true });
  }

  /** Puts the machine at a step directly (start over, Back, a bookmark): resolveState, then a fresh actor. */
  #jump(id: string, trail: string[], options: ShowOptions): void {
    const machine = this.#machine;
    if (!machine) return;
    this.#actor?.stop();
    this.#actor = createActor(machine, { snapshot: machine.resolveState({ value: id, context: {} }) }).start();
    this.#trail = trail;
    this.#show(id, options);
  }

  #startOverWithNotice(options: { focus: boolean }): void {
    // The bad hash goes from the address: a plain URL is the first step.
    this.#jump(this.#initial, [this.#initial], { history: 'clear', focus: options.focus });
    // Written after the step is shown (which clears notices) into a live region that was already in the page.
    const notice = this.querySelector<HTMLElement>('[data-notice]');
    if (notice) notice.textContent = this.dataset['unknownStep'] ?? '';
  }

  #show(id: string, { history: mode, focus }: ShowOptions): void {
    this.#current = id;
    const entry: WizardHistoryEntry = { wizard: this.#wizard, trail: this.#trail };
    if (mode === 'push') history.pushState(entry, '', stepHash(id));
    else if (mode === 'clear') history.replaceState(entry, '', location.pathname + location.search);
    else history.replaceState(entry, '', location.href); // Keep the address; remember the trail for reload.

    let shown: HTMLElement | undefined;
    for (const section of this.#sections()) {
      section.hidden = section.dataset['step'] !== id;
      if (!section.hidden) shown = section;
    }
    // The practice card is one element for all its steps: hidden, not rebuilt, so it keeps its state.
    for (const practice of this.querySelectorAll<HTMLElement>('[data-practice-for]')) {
      practice.hidden = !(practice.dataset['practiceFor'] ?? '').split(' ').includes(id);
    }
    const back = this.#button('back');
    const restart = this.#button('restart');
    if (back) back.hidden = this.#trail.length < 2;
    if (restart) restart.hidden = id === this.#initial;
    const notice = this.querySelector<HTMLElement>('[data-notice]');
    if (notice) notice.textContent = '';

    if (focus && shown) {
      // The heading has tabindex=-1: focus puts a screen reader on the new step's title, and the status
      // region says which step number it is.
      shown.querySelector<HTMLElement>('h2')?.focus();
      const announce = this.querySelector<HTMLElement>('[data-announce]');
      const number = shown.querySelector('[data-step-number]')?.textContent ?? '';
      if (announce) announce.textContent = number;
    }
  }

  #sections(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('section[data-step]')];
  }

  #button(action: 'back' | 'restart'): HTMLButtonElement | null {
    return this.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
  }

  #isKnown(id: string): boolean {
    return Object.hasOwn(this.#machine?.root.states ?? {}, id);
  }

  /** An anchor elsewhere on the page (the skip link's #main): not the wizard's business, and not an error. */
  #isOtherAnchor(id: string): boolean {
    const element = id === '' ? null : document.getElementById(id);
    return element !== null && !this.contains(element);
  }

  #optionTargets(id: string): string[] {
    const section = this.#sections().find((s) => s.dataset['step'] === id);
    return [...(section?.querySelectorAll<HTMLAnchorElement>('a[data-event]') ?? [])].map((a) => hashStepId(a.hash));
  }
}

interface ShowOptions {
  /** push: a move forward (a new history entry); keep: leave the address as it is; clear: drop its hash. */
  history: 'push' | 'keep' | 'clear';
  focus: boolean;
}

customElements.define('slh-wizard', SlhWizard);
