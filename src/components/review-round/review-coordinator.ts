/**
 * The coordinator's page, on load: only this loader. The report, plan and QR code logic
 * (`review-main.ts`) arrives on the first focus or use of the tools, or at once when the address
 * already holds a round, so a reader who only reads the page downloads none of it.
 */
import type { Controller } from './review-main.ts';

const root = document.querySelector<HTMLElement>('[data-review]');
if (root) {
  let main: Promise<Controller> | undefined;
  const ready = () => (main ??= import('./review-main.ts').then((m) => m.init(root)));
  if (/(^|[#&])review=1(&|$)/.test(location.hash)) void ready();
  root.addEventListener('focusin', () => void ready(), { once: true });
  root.addEventListener('submit', (e) => {
    if (!(e.target as HTMLElement).matches('[data-setup]')) return;
    e.preventDefault();
    void ready().then((c) => c.create());
  });
  root.addEventListener('click', (e) => {
    const target = e.target as HTMLElement;
    if (target.closest('[data-merge]')) void ready().then((c) => c.merge());
    else if (target.closest('[data-make-plan]')) void ready().then((c) => c.makePlan());
  });
  root.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).matches('[data-plan-file]')) void ready().then((c) => c.loadPlan());
  });
}
