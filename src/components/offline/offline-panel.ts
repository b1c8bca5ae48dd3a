/**
 * <offline-panel>: asks the service worker to save the whole site, shows its progress, lets the
 * reader cancel or remove the saved copy, and lists the pages saved so far (from the cache). All
 * downloading happens in the worker (components/offline/sw-offline.js), which also refreshes the
 * copy after a new deployment.
 */
import { formatBytes, fill } from '../../lib/offline/format.ts';

interface Entry {
  url: string;
  bytes: number;
}
interface SaveList {
  build: string;
  pages: Entry[];
  search: Entry[];
  assets: Entry[];
  titles: Record<string, string>;
  bytes: number;
}
interface SavedRecord {
  build: string;
  savedAt: string;
  pages: number;
  files: number;
  bytes: number;
}
type Message =
  | { type: 'progress'; done: number; total: number; bytes: number; of: number }
  | { type: 'done'; record: SavedRecord }
  | { type: 'error'; message: string }
  | { type: 'cancelled' }
  | { type: 'removed' };

class OfflinePanel extends HTMLElement {
  strings: Record<string, string> = {};
  list: SaveList | undefined;

  $<T extends HTMLElement>(selector: string): T {
    const element = this.querySelector<T>(selector);
    if (!element) throw new Error(`offline-panel: missing ${selector}`);
    return element;
  }

  connectedCallback(): void {
    this.strings = JSON.parse(this.$('[data-strings]').textContent ?? '{}') as Record<string, string>;
    const { home = '' } = this.dataset;
    if (location.pathname !== home) {
      // Served by the worker in place of a page that was never saved.
      const missing = this.$('[data-missing]');
      missing.textContent = this.strings['missing'] ?? '';
      missing.hidden = false;
    }
    if (!('serviceWorker' in navigator) || !('caches' in window)) {
      this.$('[data-status]').textContent = this.strings['unsupported'] ?? '';
      this.$('[data-controls]').hidden = false;
      this.$<HTMLButtonElement>('[data-save]').disabled = true;
      this.$<HTMLButtonElement>('[data-remove]').disabled = true;
      return;
    }
    this.$('[data-controls]').hidden = false;
    const channel = new BroadcastChannel(this.dataset['channel'] ?? '');
    channel.addEventListener('message', (event: MessageEvent<Message>) => this.onMessage(event.data));
    this.$('[data-save]').addEventListener('click', () => void this.send('SAVE_ALL'));
    this.$('[data-cancel]').addEventListener('click', () => void this.send('CANCEL_SAVE'));
    this.$('[data-remove]').addEventListener('click', () => void this.send('REMOVE_SAVED'));
    void this.load();
  }

  /**
   * Reads the list (for the size and the titles) and the record of the saved copy. Offline, only a
   * saved copy's list is there (the list is not precached: 3 MB at 10,000 cases); without it the
   * saved pages are listed by path.
   */
  async load(): Promise<void> {
    try {
      const url = this.dataset['list'] ?? '';
      const response = navigator.onLine ? await fetch(url) : await caches.match(url);
      if (!response?.ok) throw new Error(`${url}: not available`);
      this.list = (await response.json()) as SaveList;
      const files = this.list.pages.length + this.list.search.length + this.list.assets.length;
      this.$('[data-size]').textContent = fill(this.strings['size'] ?? '', {
        pages: this.list.pages.length,
        files,
        size: formatBytes(this.list.bytes),
      });
    } catch {
      this.$('[data-size]').textContent = '';
    }
    await this.showRecord();
  }

  async showRecord(): Promise<void> {
    const response = await caches.match(this.dataset['record'] ?? '');
    const record = response ? ((await response.json()) as SavedRecord) : undefined;
    this.$('[data-status]').textContent = record ? this.describe(record) : (this.strings['none'] ?? '');
    await this.showSavedPages();
  }

  describe(record: SavedRecord): string {
    return fill(this.strings['saved'] ?? '', {
      pages: record.pages,
      size: formatBytes(record.bytes),
      date: new Date(record.savedAt).toLocaleString('zh-CN', { dateStyle: 'medium', timeStyle: 'short' }),
    });
  }

  /** Lists the pages in the pages cache, by title where the list knows it. */
  async showSavedPages(): Promise<void> {
    const cache = await caches.open(this.dataset['pagesCache'] ?? '');
    const urls = (await cache.keys()).map((request) => new URL(request.url).pathname).sort();
    const list = this.$('[data-saved-pages]');
    list.replaceChildren(
      ...urls.map((path) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = path;
        link.textContent = this.list?.titles[path] ?? path;
        item.append(link);
        return item;
      }),
    );
    this.$('[data-list-section]').hidden = urls.length === 0;
  }

  async send(type: 'SAVE_ALL' | 'CANCEL_SAVE' | 'REMOVE_SAVED'): Promise<void> {
    const registration = await navigator.serviceWorker.ready;
    if (type === 'SAVE_ALL') this.busy(true);
    registration.active?.postMessage({ type });
  }

  busy(on: boolean): void {
    this.$<HTMLButtonElement>('[data-save]').disabled = on;
    this.$<HTMLButtonElement>('[data-remove]').disabled = on;
    this.$('[data-cancel]').hidden = !on;
    this.$('[data-progress]').hidden = !on;
  }

  onMessage(message: Message): void {
    const status = this.$('[data-status]');
    if (message.type === 'progress') {
      const progress = this.$<HTMLProgressElement>('[data-progress]');
      progress.max = message.total;
      progress.value = message.done;
      progress.hidden = false;
      // The live region speaks at most every tenth of the way, not every file.
      const text = fill(this.strings['progress'] ?? '', {
        done: message.done,
        total: message.total,
        size: formatBytes(message.bytes),
      });
      if (message.done === message.total || message.done % Math.max(10, Math.round(message.total / 10)) === 0)
        status.textContent = text;
      return;
    }
    this.busy(false);
    if (message.type === 'done') status.textContent = this.describe(message.record);
    else if (message.type === 'cancelled') status.textContent = this.strings['cancelled'] ?? '';
    else if (message.type === 'removed') status.textContent = this.strings['removed'] ?? '';
    else status.textContent = fill(this.strings['failed'] ?? '', { message: message.message });
    void this.showSavedPages();
  }
}

customElements.define('offline-panel', OfflinePanel);
