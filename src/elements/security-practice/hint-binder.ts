// Binds the step hint to both machines: whichever changes, the hint says what to do next (practiceHint), read out
// by the live region around it in SecurityPractice.astro.
import type { Actor } from 'xstate';
import type { securityCardMachine } from '../../machines/security-card.ts';
import type { practiceLoginMachine } from '../../machines/practice-login.ts';
import { loginStepOf, practiceHint } from '../../machines/practice-hint.ts';
import { fillTemplate } from '../../lib/fill-template.ts';
import type { PracticeParts } from './practice-parts.ts';
import type { PracticeStrings } from './practice-strings.ts';
import { setText } from './live-text.ts';

export function bindHint(
  parts: PracticeParts,
  card: Actor<typeof securityCardMachine>,
  login: Actor<typeof practiceLoginMachine>,
  strings: PracticeStrings,
): void {
  const render = () => {
    const { value, context } = card.getSnapshot();
    const hint = practiceHint(value, loginStepOf(login.getSnapshot().value));
    const template = hint.device === 'card' ? strings.steps.card[hint.step] : strings.steps.login[hint.step];
    setText(parts.hint, fillTemplate(template, { pin: context.pin }));
  };
  card.subscribe(render);
  login.subscribe(render);
}
