/**
 * The theme switch: a toggle button (aria-pressed = dark). The choice is stored and applied before
 * first paint by the inline script in BaseLayout; without a stored choice the system scheme rules.
 */
const KEY = 'theme';
const root = document.documentElement;
const media = window.matchMedia('(prefers-color-scheme: dark)');

function isDark(): boolean {
  const chosen = root.dataset['theme'];
  return chosen ? chosen === 'dark' : media.matches;
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  const sync = () => button.setAttribute('aria-pressed', String(isDark()));
  button.hidden = false;
  sync();
  button.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset['theme'] = next;
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // Storage can be unavailable (private mode); the switch still works for this page.
    }
    sync();
    document.dispatchEvent(new CustomEvent('themechange', { detail: next }));
  });
  media.addEventListener('change', sync);
}
