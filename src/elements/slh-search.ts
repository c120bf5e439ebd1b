// <slh-search>: the only script an article page runs before the reader interacts. It waits for
// focus, a tap or a submit on the search form, then loads the real search code (and Pagefind).

class SlhSearch extends HTMLElement {
  #started?: Promise<void>;

  connectedCallback(): void {
    const start = () => this.start();
    this.addEventListener('focusin', start, { once: true });
    this.addEventListener('pointerdown', start, { once: true });
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
