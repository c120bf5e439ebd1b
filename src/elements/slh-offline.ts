// <slh-offline>: once the page has loaded, registers the service worker and asks it to save this page's language
// for offline use, and says so the one time it is saved; when a newer build is installed and waiting, offers to
// switch to it. The messages are in the element's HTML already; this only shows one of them.

class SlhOffline extends HTMLElement {
  connectedCallback(): void {
    if (!('serviceWorker' in navigator)) return;
    if (document.readyState === 'complete') void this.start();
    else addEventListener('load', () => void this.start(), { once: true });
  }

  async start(): Promise<void> {
    const container = navigator.serviceWorker;
    // The first worker takes over a page nobody controlled: nothing to reload. Any later change is a new build.
    let controlled = Boolean(container.controller);
    container.addEventListener('controllerchange', () => {
      if (controlled) location.reload();
      controlled = true;
    });
    let registration: ServiceWorkerRegistration;
    try {
      registration = await container.register(this.dataset['worker']!);
    } catch {
      return; // no worker (the dev server) or storage refused: the site simply stays online-only
    }
    const offerUpdate = () => {
      if (registration.waiting && container.controller) this.show('update');
    };
    offerUpdate();
    registration.addEventListener('updatefound', () =>
      registration.installing?.addEventListener('statechange', offerUpdate),
    );
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest('button')?.dataset['action'];
      if (action === 'switch') registration.waiting?.postMessage({ type: 'skip-waiting' });
      if (action) this.show('');
    });

    const { active } = await container.ready;
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }: MessageEvent<{ type: string }>) => {
      if (data.type === 'saved' && this.dataset['shown'] !== 'update') this.show('saved');
    };
    active?.postMessage({ type: 'save', locale: this.dataset['locale'] }, [channel.port2]);
  }

  /** Shows the message and buttons of that name and hides the rest; '' hides everything. */
  show(name: string): void {
    this.dataset['shown'] = name;
    for (const part of this.querySelectorAll<HTMLElement>('[data-message]'))
      part.hidden = part.dataset['message'] !== name;
  }
}

customElements.define('slh-offline', SlhOffline);
