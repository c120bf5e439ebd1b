// <slh-search>: the only script an article page runs before the reader interacts. It waits until the
// reader types, changes a filter, taps or clicks the form, or submits it, then loads the real search
// code (and Pagefind). Focus alone is not enough: a keyboard user tabbing past the header on the way
// to the practice login must not make the page fetch anything.

class SlhSearch extends HTMLElement {
  #started?: Promise<void>;

  connectedCallback(): void {
    const start = () => this.start();
    for (const type of ['input', 'change', 'pointerdown']) this.addEventListener(type, start, { once: true });
    this.querySelector('form')?.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.start();
    });
    if (this.dataset['eager'] === 'true') void this.start();
  }

  start(): Promise<void> {
    this.#started ??= import('./search-session.ts').then(({ attachSearch }) => attachSearch(this));
    return this.#started;
  }
}

customElements.define('slh-search', SlhSearch);
