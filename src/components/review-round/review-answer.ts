/**
 * A respondent's page: reads the round from the URL fragment, keeps the answers on this device
 * (localStorage, per round and role) and makes the file and the short code to send back. Nothing
 * is sent anywhere; text from the fragment is only ever set with textContent.
 */
import { REVIEW_ROLES, labelOf, type ReviewRole } from '../../lib/enums.ts';
import type { Rating } from '../../lib/assess/model.ts';
import {
  decodeRound,
  encodeCode,
  exportResponse,
  newToken,
  type ReviewAnswers,
  type ReviewBank,
} from '../../lib/assess/review.ts';

const form = document.querySelector<HTMLElement>('[data-review-form]');
const send = document.querySelector<HTMLElement>('[data-review-send]');
if (form && send) init(form, send);

function init(form: HTMLElement, send: HTMLElement) {
  const S = JSON.parse(send.querySelector('[data-review-strings]')?.textContent ?? '{}') as Record<string, string>;
  const fmt = (key: string, vars: Record<string, string | number> = {}) =>
    (S[key] ?? key).replace(/\{(\w+)\}/g, (_, n: string) => String(vars[n] ?? ''));
  const role = form.dataset['role'] as ReviewRole;
  const fieldsets = [...form.querySelectorAll<HTMLFieldSetElement>('[data-q]')];
  // The bank as far as this page needs it: this role's statements, in page order.
  const statements = fieldsets.map((f) => ({
    id: f.dataset['q'] ?? '',
    text: f.querySelector('legend')?.textContent ?? '',
  }));
  const bank: ReviewBank = {
    edition: form.dataset['edition'] ?? '',
    dimensions: [
      {
        id: 'page',
        name: '',
        statements: Object.fromEntries(REVIEW_ROLES.map((r) => [r.id, r.id === role ? statements : []])) as Record<
          ReviewRole,
          typeof statements
        >,
      },
    ],
  };
  const line = document.querySelector<HTMLElement>('[data-round-line]');
  const found = decodeRound(location.hash);
  const round = found && (found.role === null || found.role === role) ? found.round : null;
  const buttons = [...send.querySelectorAll<HTMLButtonElement>('button')];
  if (!round) {
    // No round in the link: the form can be printed, but there is nothing to send back to.
    buttons.forEach((b) => (b.disabled = true));
    return;
  }
  if (line)
    line.textContent = fmt('review.respondLead', {
      role: labelOf(REVIEW_ROLES, role),
      partnership: round.partnership,
      round: round.name,
    });

  const key = `review:answer:${round.id}:${role}`;
  const saved = (() => {
    try {
      return JSON.parse(localStorage.getItem(key) ?? 'null') as {
        respondent?: string;
        answers?: Record<string, Rating>;
      } | null;
    } catch {
      return null;
    }
  })();
  const respondent =
    saved?.respondent && /^[a-z0-9]{8}$/.test(saved.respondent)
      ? saved.respondent
      : newToken((n) => crypto.getRandomValues(new Uint8Array(n)));
  const answers: Record<string, Rating> = {};
  for (const s of statements) {
    const r = saved?.answers?.[s.id];
    if (r === 'na' || r === 0 || r === 1 || r === 2 || r === 3) {
      answers[s.id] = r;
      const input = form.querySelector<HTMLInputElement>(`input[name="${s.id}"][value="${r}"]`);
      if (input) input.checked = true;
    }
  }

  const codeField = send.querySelector<HTMLInputElement>('[data-code]');
  const announce = send.querySelector<HTMLElement>('[data-announce]');
  const update = () => {
    const answered = statements.filter((s) => answers[s.id] !== undefined).length;
    const progress = send.querySelector('[data-progress-text]');
    if (progress) progress.textContent = fmt('review.progress', { answered, total: statements.length });
    const left = send.querySelector('[data-unanswered]');
    if (left)
      left.textContent =
        answered < statements.length ? fmt('review.unanswered', { n: statements.length - answered }) : '';
    if (codeField) codeField.value = encodeCode(bank, round, role, respondent, answers as ReviewAnswers);
    try {
      localStorage.setItem(key, JSON.stringify({ respondent, answers }));
    } catch {
      // Private mode: the answers stay in the page until it is closed.
    }
  };
  form.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement;
    if (input.type !== 'radio') return;
    answers[input.name] = input.value === 'na' ? 'na' : (Number(input.value) as Rating);
    update();
  });
  update();

  send.querySelector('[data-download]')?.addEventListener('click', () => {
    const date = new Date().toISOString().slice(0, 10);
    const file = exportResponse(bank, round, role, respondent, answers, date);
    const blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
    const a = Object.assign(document.createElement('a'), {
      href: URL.createObjectURL(blob),
      download: `review-${round.id}-${role}-${respondent}.json`,
    });
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  });
  send.querySelector('[data-copy-code]')?.addEventListener('click', async () => {
    codeField?.select();
    try {
      await navigator.clipboard.writeText(codeField?.value ?? '');
    } catch {
      // No clipboard permission: the code is selected for the reader to copy.
    }
    if (announce) announce.textContent = fmt('review.codeCopied');
  });
}
