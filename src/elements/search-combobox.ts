// The keyboard side of the search box, after the WAI-ARIA APG combobox with a listbox popup: focus stays in the box
// while Arrow Down and Arrow Up move the highlighted result (aria-activedescendant and aria-selected, which screen
// readers announce), Enter opens it, and Escape closes the list with focus in the box. It knows nothing of Pagefind:
// the session fills the listbox and calls open().

export interface Combobox {
  /** Shows the listbox when it has an option to offer, none highlighted; hides it otherwise. */
  open(): void;
  /** Hides the listbox and forgets the highlighted option. */
  close(): void;
}

/** The options a reader can reach when the list is open: those not inside a hidden group. */
function reachable(listbox: HTMLElement): HTMLElement[] {
  return [...listbox.querySelectorAll<HTMLElement>('[role="option"]')].filter((option) => {
    const hidden = option.closest('[hidden]');
    return hidden === null || hidden === listbox;
  });
}

/**
 * Binds the box and its listbox inside `root`. With `closeOnBlur` (the header's floating list), the list also closes
 * when focus leaves `root` and opens again when the reader comes back to the box.
 */
export function bindCombobox(
  root: HTMLElement,
  input: HTMLInputElement,
  listbox: HTMLElement,
  { closeOnBlur }: { closeOnBlur: boolean },
): Combobox {
  let active: HTMLElement | undefined;

  const highlight = (option: HTMLElement | undefined) => {
    active?.setAttribute('aria-selected', 'false');
    active = option;
    if (!option) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  };
  const expanded = () => input.getAttribute('aria-expanded') === 'true';
  const show = (visible: boolean) => {
    listbox.hidden = !visible;
    input.setAttribute('aria-expanded', String(visible));
  };
  const open = () => {
    highlight(undefined);
    show(reachable(listbox).length > 0);
  };
  const close = () => {
    highlight(undefined);
    show(false);
  };

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const options = reachable(listbox);
      if (options.length === 0) return;
      event.preventDefault(); // the caret stays where it is
      if (!expanded()) show(true);
      if (event.altKey) return; // Alt+Arrow Down only opens the list
      const at = active ? options.indexOf(active) : -1;
      const next = event.key === 'ArrowDown' ? (at + 1) % options.length : at <= 0 ? options.length - 1 : at - 1;
      highlight(options[next]);
    } else if (event.key === 'Enter' && expanded() && active) {
      event.preventDefault(); // open the result rather than submit the form
      active.click();
    }
  });
  // Escape anywhere in the search closes the list and puts focus back in the box. A second Escape, with the list
  // closed, is the search box's own: it clears the query.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !expanded()) return;
    event.preventDefault();
    close();
    input.focus();
  });
  // A new query means new options: nothing stays highlighted.
  input.addEventListener('input', () => highlight(undefined));
  if (closeOnBlur) {
    root.addEventListener('focusout', (event) => {
      if (!(event.relatedTarget instanceof Node && root.contains(event.relatedTarget))) close();
    });
    const reopen = () => {
      if (!expanded() && input.value.trim()) open();
    };
    input.addEventListener('focus', reopen);
    input.addEventListener('click', reopen);
  }
  return { open, close };
}
