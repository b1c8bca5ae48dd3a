/**
 * <sw-status>: registers the service worker, offers a newer version when one is installed, and
 * marks a page read from the saved copy while offline. Where service workers are unavailable (or
 * blocked) it does nothing and the site works as before.
 */
class SwStatus extends HTMLElement {
  connectedCallback(): void {
    if (!('serviceWorker' in navigator)) return;
    const { sw = '', scope = '/' } = this.dataset;
    let reloading = false;
    // A page the worker did not serve (the first visit) asks it to keep a copy once it is ready.
    if (!navigator.serviceWorker.controller) {
      void navigator.serviceWorker.ready.then((ready) =>
        ready.active?.postMessage({ type: 'CACHE_PAGE', url: location.href }),
      );
    }
    navigator.serviceWorker
      .register(sw, { scope })
      .then((registration) => {
        if (registration.waiting && navigator.serviceWorker.controller) this.offer(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing;
          worker?.addEventListener('statechange', () => {
            if (worker.state === 'installed' && navigator.serviceWorker.controller) this.offer(worker);
          });
        });
        // A saved copy of an older build is refreshed in the background.
        navigator.serviceWorker.controller?.postMessage({ type: 'REFRESH_IF_STALE' });
      })
      .catch(() => undefined);
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (this.dataset['updating'] && !reloading) {
        reloading = true;
        location.reload();
      }
    });
    void this.markOffline();
    window.addEventListener('offline', () => void this.markOffline());
    window.addEventListener('online', () =>
      this.querySelector<HTMLElement>('[data-offline]')?.setAttribute('hidden', ''),
    );
  }

  /** Shows the notice; its button lets the waiting worker take over, then the page reloads. */
  offer(worker: ServiceWorker): void {
    const notice = this.querySelector<HTMLElement>('[data-update]');
    if (!notice) return;
    notice.hidden = false;
    notice.querySelector('[data-reload]')?.addEventListener('click', () => {
      this.dataset['updating'] = 'true';
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
  }

  /** Offline, says that the page is a saved copy and when it was saved (the response's Date). */
  async markOffline(): Promise<void> {
    if (navigator.onLine || !('caches' in window)) return;
    const saved = await caches.match(location.href, { ignoreSearch: true });
    const date = saved?.headers.get('date');
    const note = this.querySelector<HTMLElement>('[data-offline]');
    if (!note || !saved) return;
    const when = date ? new Date(date).toLocaleString('zh-CN', { dateStyle: 'medium', timeStyle: 'short' }) : '';
    note.textContent = (this.dataset['offlineLabel'] ?? '').replace('{date}', when);
    note.hidden = false;
  }
}

customElements.define('sw-status', SwStatus);
