/**
 * `/` or Ctrl/⌘-K anywhere opens search: on the search page it focuses the box, elsewhere it goes
 * to the search page (the header link's address, so the base path is right), which focuses its box.
 *
 * Why a page and not a dialog: the search page already exists, is shareable and works with Back;
 * a dialog would put search code and a focus trap on every page, and the budget for a page without
 * diagrams is 8 KB of JavaScript. This listener is all that every page carries.
 */
const link = document.querySelector<HTMLAnchorElement>('[data-search-open]');
link?.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing;
  const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
  if (!slash && !k) return;
  const box = document.querySelector<HTMLInputElement>('[data-search-input]');
  if (box) {
    event.preventDefault();
    box.focus();
    box.select();
  } else if (link) {
    event.preventDefault();
    location.href = link.href;
  }
});
