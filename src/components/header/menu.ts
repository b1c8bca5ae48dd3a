/**
 * The phone menu: a disclosure button for the primary navigation. Escape closes it and returns
 * focus to the button. The button and the closed menu are drawn by CSS from the first frame (the
 * head script marks <html> with `js`), so this only wires them up and nothing moves. Without
 * JavaScript there is no button and the navigation is simply always shown.
 */
const button = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');
const panel = button && document.getElementById(button.getAttribute('aria-controls') ?? '');

if (button && panel) {
  const set = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    panel.dataset['open'] = String(open);
  };
  set(false);
  button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      set(false);
      button.focus();
    }
  });
}
