// Carries out what the practice login machine emits: each event becomes an announcement in the screen's live
// region, or focus moved to where the reader's focus would otherwise vanish with a hidden view. The machine says
// what happened; nothing here compares one snapshot with the last.
import type { PracticeLoginEmitted } from '../../machines/practice-login.ts';
import { loginStepOf } from '../../machines/practice-hint.ts';
import { fillPlural } from '../../lib/fill-template.ts';
import type { PracticeParts } from './practice-parts.ts';
import type { PracticeStrings } from './practice-strings.ts';
import { ERROR_PLACE, errorText, type LoginActor } from './login-binder.ts';
import { announce, setText } from './live-text.ts';

type Emitted<T extends PracticeLoginEmitted['type']> = Extract<PracticeLoginEmitted, { type: T }>;

/** `draw` draws the current snapshot; an effect runs after it, so the view it focuses is already shown. */
export function bindLoginEffects(
  parts: PracticeParts,
  login: LoginActor,
  strings: PracticeStrings,
  plural: Intl.PluralRules,
  draw: () => void,
): void {
  const say = (message: string) => announce(parts.status, message);
  /** Moves focus to a field so its error is read with it; if focus is already there, announces the error. */
  const pointTo = (field: HTMLElement, message: string) => {
    if (document.activeElement === field) say(message);
    else field.focus();
  };
  /** The outcome of the login: focused if focus was lost with the form, announced otherwise. */
  const outcome = (step: 'expired' | 'success', focusLost: boolean) => {
    const { message } = parts.outcomes[step];
    if (!focusLost) return say(message.textContent.trim());
    // Whatever the region said before (the expiry warning, a wrong try) no longer applies.
    setText(parts.status, '');
    message.focus();
  };
  const on = <T extends PracticeLoginEmitted['type']>(
    type: T,
    effect: (event: Emitted<T>, focusLost: boolean) => void,
  ) =>
    login.on(type, (event) => {
      const shown = parts.views[loginStepOf(login.getSnapshot().value)];
      // Decided before the draw hides the view that may hold focus.
      const focusLost = Object.values(parts.views).some(
        (view) => view !== shown && view.contains(document.activeElement),
      );
      draw();
      effect(event as Emitted<T>, focusLost);
    });

  on('login.rejected', ({ errors }, focusLost) => {
    const place = errors[0] === undefined ? 'form' : ERROR_PLACE[errors[0]];
    const text = errorText(strings, errors);
    // Too many wrong responses: back on the user name form, which reads the reason with the user name field.
    if (place === 'form') return focusLost ? parts.userName.focus() : say(text);
    pointTo(parts[place], text);
    if (place === 'response') parts.response.select();
  });
  on('login.challengeShown', (_, focusLost) => {
    if (focusLost) parts.challenge.focus();
  });
  on('login.expiryWarning', ({ remainingSeconds }) => say(fillPlural(strings.timeWarning, remainingSeconds, plural)));
  on('login.timeExtended', ({ remainingSeconds }) => say(fillPlural(strings.timeExtended, remainingSeconds, plural)));
  on('login.expired', (_, focusLost) => outcome('expired', focusLost));
  on('login.succeeded', (_, focusLost) => outcome('success', focusLost));
  on('login.restarted', (_, focusLost) => {
    setText(parts.status, '');
    if (focusLost) parts.userName.focus();
  });
}
