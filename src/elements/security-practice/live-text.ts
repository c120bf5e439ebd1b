// Writing text into the practice's live regions, so a screen reader hears news and nothing else.

/** Writes text only when it changed, so a live region never repeats an unchanged message. */
export function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/** Says a message through a live region. The same message twice in a row is still news (a second wrong try). */
export function announce(region: Element, message: string): void {
  region.textContent = region.textContent === message ? `${message}\u00a0` : message;
}
