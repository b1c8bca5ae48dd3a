// Applies a stored theme before first paint, so the page never flashes the other theme.
// Inlined into every <head>; its hash is allowed by the Content-Security-Policy (astro.config.ts).
{
  const d = document.documentElement;
  d.classList.add('js');
  try {
    const theme = localStorage.getItem('theme');
    if (theme === 'light' || theme === 'dark') d.dataset.theme = theme;
  } catch {
    // No storage (private mode): the system scheme applies.
  }
}
