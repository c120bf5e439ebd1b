// Binds the practice card's machine to its drawing: the keys (clicks and the keyboard) and Reset send events, and
// every snapshot is drawn back into the display and its explanation, a live region the card's markup provides.
import type { Actor } from 'xstate';
import type { securityCardMachine } from '../../machines/security-card.ts';
import { displayExplanation, displayStateOf, displayText } from '../../machines/card-display.ts';
import { cardEventForKey, cardKeyForKeyboard, isCardKeyName, type CardKeyName } from '../../machines/card-keyboard.ts';
import type { PracticeParts } from './practice-parts.ts';
import type { PracticeStrings } from './practice-strings.ts';
import { setText } from './live-text.ts';

/** How long a card key looks pressed when it was typed on the keyboard. */
const KEY_FLASH_MS = 150;

export function bindCard(
  parts: PracticeParts,
  card: Actor<typeof securityCardMachine>,
  strings: PracticeStrings,
  signal: AbortSignal,
): void {
  parts.card.addEventListener(
    'click',
    (event) => {
      const key = (event.target as Element).closest<HTMLElement>('button[data-key]')?.dataset['key'];
      if (key !== undefined && isCardKeyName(key)) card.send(cardEventForKey(key));
    },
    { signal },
  );
  // Keys typed while focus is on the card; elsewhere (the response field) digits belong to the page.
  parts.card.addEventListener(
    'keydown',
    (event) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const key = cardKeyForKeyboard(event.key, card.getSnapshot().value === 'off');
      if (key === null) return;
      // Also stops Enter from clicking the focused button: Enter means OK (or "press" while off) anywhere on the card.
      event.preventDefault();
      if (event.repeat) return;
      card.send(cardEventForKey(key));
      flash(parts.card, key);
    },
    { signal },
  );
  parts.cardReset.addEventListener('click', () => card.send({ type: 'card.reset' }), { signal });

  card.subscribe((snapshot) => {
    const display = displayStateOf(snapshot);
    setText(parts.display, displayText(display));
    setText(parts.explanation, strings.display[displayExplanation(display)]);
    parts.card.dataset['state'] = snapshot.value;
  });
}

/** Shows a keyboard-typed key as pressed for a moment, so sighted keyboard users see which key they hit. */
function flash(card: HTMLElement, key: CardKeyName): void {
  const button = card.querySelector<HTMLElement>(`[data-key="${key}"]`);
  if (!button) return;
  button.classList.add('is-pressed');
  setTimeout(() => button.classList.remove('is-pressed'), KEY_FLASH_MS);
}
