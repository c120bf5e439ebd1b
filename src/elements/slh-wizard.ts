// <slh-wizard>: runs a troubleshooter over the HTML the build wrote (every step as a <section id="<state>">). It loads
// only its own machine, starts one session (wizard-session.ts) for the life of the page, sends it the reader's clicks
// and the address, and reflects the session back: the step shown, the controls, history and focus, and at a hand-over
// to Client Services the summary of the path (wizard-handover.ts, loaded only when a reader gets there).
// Without this element the same HTML is a linked decision tree (CSS :target), so everything here is an enhancement.
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { fillTemplate } from '../lib/fill-template.ts';
import { loadTroubleshooterMachine } from '../wizards/load-troubleshooter.ts';
import { hashStepId } from '../wizards/wizard-location.ts';
import {
  wizardSessionMachine,
  type WizardSessionEmitted,
  type WizardSessionMachine,
} from '../wizards/wizard-session.ts';

type Handover = typeof import('./wizard-handover.ts');

class SlhWizard extends HTMLElement {
  #session: Actor<WizardSessionMachine> | undefined;
  #handover: Promise<Handover> | undefined;

  readonly #onClick = (event: MouseEvent): void => this.#click(event);
  readonly #onLocation = (): void => {
    const step = this.#addressedStep();
    if (step !== undefined) this.#session?.send({ type: 'wizard.address', step, state: history.state });
  };

  connectedCallback(): void {
    void this.#start();
  }

  disconnectedCallback(): void {
    this.removeEventListener('click', this.#onClick);
    window.removeEventListener('popstate', this.#onLocation);
    window.removeEventListener('hashchange', this.#onLocation);
    this.#session?.stop();
    this.#session = undefined;
  }

  async #start(): Promise<void> {
    const machine = await loadTroubleshooterMachine(this.dataset['wizard'] ?? '');
    if (!this.isConnected || this.#session) return;
    // From here on the session decides which step shows; the stylesheet stops using :target. The sections lose
    // their ids so the browser's own fragment handling (scrolling, and moving focus to the page on Back/Forward)
    // cannot fight the element's: the hash now names a session step, read only by this element.
    this.dataset['live'] = '';
    for (const section of this.#sections()) section.removeAttribute('id');
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-action]')) button.hidden = false;
    for (const link of this.querySelectorAll<HTMLElement>('[data-no-js]')) link.hidden = true;

    const session = createActor(wizardSessionMachine(machine));
    session.subscribe((snapshot) => this.#render(snapshot));
    session.on('*', (effect) => this.#carryOut(effect));
    this.#session = session.start();
    this.addEventListener('click', this.#onClick);
    // Back/Forward fire popstate; a typed or linked #hash fires both: the session ignores the repeat.
    window.addEventListener('popstate', this.#onLocation);
    window.addEventListener('hashchange', this.#onLocation);
    session.send({ type: 'wizard.resume', step: this.#addressedStep() ?? '', state: history.state });
  }

  #click(event: MouseEvent): void {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return; // Let "open in new tab" and friends work: the new tab resumes from the hash.
    }
    const target = event.target instanceof Element ? event.target : null;
    const option = target?.closest<HTMLAnchorElement>('a[data-event]');
    const action = target?.closest<HTMLButtonElement>('button[data-action]')?.dataset['action'];
    if (option && this.contains(option)) {
      event.preventDefault();
      this.#session?.send({ type: 'wizard.choose', event: option.dataset['event'] ?? '' });
    } else if (action === 'back') {
      this.#session?.send({ type: 'wizard.back' });
    } else if (action === 'restart') {
      this.#session?.send({ type: 'wizard.restart' });
    } else if (action === 'copy') {
      void this.#loadHandover().then((handover) => handover.copySummary(this));
    }
  }

  /** Carries out what the session asks for. XState emits before subscribers hear of the new state: see #focusStep. */
  #carryOut(effect: WizardSessionEmitted): void {
    if (effect.type === 'history.push') history.pushState(effect.entry, '', effect.hash);
    else if (effect.type === 'history.remember')
      history.replaceState(effect.entry, ''); // No URL: the address stays.
    else if (effect.type === 'history.reset')
      history.replaceState(effect.entry, '', location.pathname + location.search);
    else if (effect.type === 'history.back')
      history.back(); // Its popstate names where the session already is.
    else if (effect.type === 'step.focus') this.#focusStep();
  }

  #render(snapshot: SnapshotFrom<WizardSessionMachine>): void {
    const { path, notice } = snapshot.context;
    const step = path.at(-1)?.step;
    const sections = this.#sections();
    for (const section of sections) section.hidden = section.dataset['step'] !== step;
    // "Step N" counts the reader's own steps: the build's number for where the path began (the first step, or the
    // bookmarked one), plus one for each choice since. The build's number alone is the fewest choices to a step, so a
    // longer way round would show "Step 3" after "Step 3".
    const start = Number(sections.find((s) => s.dataset['step'] === path[0]?.step)?.dataset['number'] ?? 1);
    const number = sections.find((s) => !s.hidden)?.querySelector('[data-step-number]');
    const template = this.dataset['stepOf'];
    if (number && template) number.textContent = fillTemplate(template, { n: start + path.length - 1 });
    // The practice card and the hand-over are one element each for all their steps: hidden, not rebuilt, so the
    // card keeps its state.
    for (const shared of this.querySelectorAll<HTMLElement>('[data-shown-for]')) {
      shared.hidden = !(shared.dataset['shownFor'] ?? '').split(' ').includes(step ?? '');
      if (!shared.hidden && shared.hasAttribute('data-handover')) {
        void this.#loadHandover().then((handover) => {
          // The reader may have moved on while it loaded: show the path of the moment, if still at the hand-over.
          const now = this.#session?.getSnapshot().context.path;
          if (now && !shared.hidden) handover.showSummary(this, now);
        });
      }
    }
    const back = this.#button('back');
    const restart = this.#button('restart');
    if (back) back.hidden = !snapshot.can({ type: 'wizard.back' });
    if (restart) restart.hidden = !snapshot.can({ type: 'wizard.restart' });
    // A live region that was in the page from the start; written only when it changes, so it is announced once.
    const region = this.querySelector<HTMLElement>('[data-notice]');
    const text = notice ? (this.dataset[notice] ?? '') : ''; // The page writes each notice's text as data-<code>.
    if (region && region.textContent !== text) region.textContent = text;
  }

  #loadHandover(): Promise<Handover> {
    return (this.#handover ??= import('./wizard-handover.ts'));
  }

  #focusStep(): void {
    // Render the new state first: the step to focus may still be hidden.
    const snapshot = this.#session?.getSnapshot();
    if (snapshot) this.#render(snapshot);
    const shown = this.#sections().find((section) => !section.hidden);
    // The heading has tabindex=-1: focus puts a screen reader on the new step's title, and the status region says
    // which step number it is.
    shown?.querySelector<HTMLElement>('h2')?.focus();
    const announce = this.querySelector<HTMLElement>('[data-announce]');
    if (announce) announce.textContent = shown?.querySelector('[data-step-number]')?.textContent ?? '';
  }

  /** The step the address names ('' for none), or undefined for an anchor elsewhere on the page (the skip link). */
  #addressedStep(): string | undefined {
    const id = hashStepId(location.hash);
    const element = id === '' ? null : document.getElementById(id);
    return element !== null && !this.contains(element) ? undefined : id;
  }

  #sections(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('section[data-step]')];
  }

  #button(action: 'back' | 'restart'): HTMLButtonElement | null {
    return this.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`);
  }
}

customElements.define('slh-wizard', SlhWizard);
