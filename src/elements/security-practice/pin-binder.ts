// Binds the practice PIN to the card's machine: the sentence that states the PIN follows the card, and the form
// (on the practice page only) asks the card for a new PIN. The card says whether it took it (card.pinChanged,
// card.pinRefused); "turn the card off first" goes when the card powers off, because it no longer applies.
import type { Actor } from 'xstate';
import type { securityCardMachine } from '../../machines/security-card.ts';
import { fillTemplate } from '../../lib/fill-template.ts';
import type { PracticeParts } from './practice-parts.ts';
import type { PracticeStrings } from './practice-strings.ts';
import { setText } from './live-text.ts';

export function bindPinForm(
  parts: PracticeParts,
  card: Actor<typeof securityCardMachine>,
  strings: PracticeStrings,
  signal: AbortSignal,
): void {
  card.subscribe((snapshot) => setText(parts.pinText, fillTemplate(strings.pinIs, { pin: snapshot.context.pin })));
  const pin = parts.pinForm;
  if (!pin) return;
  // True while the message is "turn the card off first", the one that stops applying on its own.
  let waitsForPowerOff = false;
  const say = (message: string, invalid = false) => {
    // Written even when unchanged: the same refusal twice is read out twice.
    pin.message.textContent = message;
    if (invalid) pin.input.setAttribute('aria-invalid', 'true');
    else pin.input.removeAttribute('aria-invalid');
    waitsForPowerOff = false;
  };

  pin.form.addEventListener(
    'submit',
    (event) => {
      event.preventDefault();
      card.send({ type: 'card.setPin', pin: pin.input.value.trim() });
    },
    { signal },
  );
  card.on('card.pinRefused', ({ reason }) => {
    say(strings.pinRefused[reason], reason === 'pinFormat');
    if (reason === 'pinFormat') pin.input.focus();
    else waitsForPowerOff = true;
  });
  card.on('card.pinChanged', (event) => {
    pin.input.value = '';
    say(fillTemplate(strings.changePinDone, { pin: event.pin }));
  });
  card.on('card.poweredOff', () => {
    if (waitsForPowerOff) say('');
  });
}
