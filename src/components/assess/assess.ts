/**
 * The self-assessment in the browser: reads the question bank from the printed form, keeps the
 * answers in localStorage as the reader goes, and fills the result (table, radar, weakest three).
 * Files are read and written locally; nothing is sent. Text from files is only ever set with
 * textContent, never parsed as HTML.
 */
import { exportAnswers, importAnswers, MAX_FILE_BYTES, type ImportResult } from '../../lib/assess/codec.ts';
import { decodeFragment, encodeFragment } from '../../lib/assess/fragment.ts';
import { changeOverTime, spreadOf, type Respondent } from '../../lib/assess/compare.ts';
import { radarPolygon } from '../../lib/assess/radar.ts';
import { progress, scoreDimensions, scoreGroups, weakest, type DimensionScore } from '../../lib/assess/score.ts';
import { pickCases, type PoolRow } from '../../lib/assess/similar-cases.ts';
import type { Answer, Bank, BankDimension, Perspective, Rating, Statement } from '../../lib/assess/model.ts';

const KEY = 'assess:v1';
const root = document.querySelector<HTMLElement>('[data-assess]');
if (root) init(root);

interface State {
  perspective: Perspective;
  industry: string;
  model: string;
  answers: Record<string, Answer>;
}

function init(root: HTMLElement) {
  const $ = <T extends Element = HTMLElement>(sel: string) => root.querySelector<T>(sel) as T;
  const $$ = <T extends Element = HTMLElement>(sel: string, from: ParentNode = root) => [
    ...from.querySelectorAll<T>(sel),
  ];
  const S = JSON.parse($('[data-assess-strings]').textContent ?? '{}') as Record<string, string>;
  const fmt = (key: string, vars: Record<string, string | number> = {}) =>
    (S[key] ?? key).replace(/\{(\w+)\}/g, (_, n: string) => String(vars[n] ?? ''));
  const el = (tag: string, text = '') => Object.assign(document.createElement(tag), { textContent: text });
  const form = $('[data-assess-form]');

  // The bank, read from the printed form so the questions exist once in the page; the other
  // perspective's statements are known by id only (enough to score a file for comparison).
  const page = (root.dataset['perspective'] === 'enterprise' ? 'enterprise' : 'school') as Perspective;
  const mine = (sec: HTMLElement): Statement[] =>
    $$('[data-q]', sec).map((f) => ({ id: f.dataset['q'] ?? '', text: f.querySelector('legend')?.textContent ?? '' }));
  const others = (sec: HTMLElement): Statement[] =>
    (sec.dataset['other'] ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => ({ id, text: '' }));
  const bank: Bank = {
    edition: root.dataset['edition'] ?? '',
    dimensions: $$('[data-dim]').map((sec): BankDimension => ({
      id: sec.dataset['dim'] ?? '',
      name: sec.dataset['name'] ?? '',
      group: sec.dataset['group'] ?? '',
      school: page === 'school' ? mine(sec) : others(sec),
      enterprise: page === 'enterprise' ? mine(sec) : others(sec),
    })),
  };
  const known = new Set(bank.dimensions.flatMap((d) => [...d.school, ...d.enterprise].map((s) => s.id)));

  const blank = (): State => ({ perspective: page, industry: '', model: '', answers: {} });
  let state = load();
  let persist = true;
  let before: { date: string; scores: DimensionScore[] } | null = null;
  let complete = new Set<string>();

  function load(): State {
    try {
      const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<State> | null;
      if (!saved || typeof saved !== 'object') return blank();
      const answers: Record<string, Answer> = {};
      for (const [id, a] of Object.entries(saved.answers ?? {})) {
        if (known.has(id) && (a.rating === 'na' || [0, 1, 2, 3].includes(a.rating as number))) answers[id] = a;
      }
      return {
        perspective: page,
        industry: typeof saved.industry === 'string' ? saved.industry : '',
        model: typeof saved.model === 'string' ? saved.model : '',
        answers,
      };
    } catch {
      return blank();
    }
  }
  const save = () => {
    if (!persist) return;
    try {
      localStorage.setItem(KEY, JSON.stringify(state));
    } catch {
      // Storage full or unavailable: answers still work for this visit.
    }
  };

  /** Puts `state` into the form. */
  function apply() {
    $$<HTMLInputElement>('input[type="radio"]', form).forEach((i) => (i.checked = false));
    $$<HTMLTextAreaElement>('textarea', form).forEach((a) => (a.value = ''));
    ($('[name="industry"]') as HTMLSelectElement).value = state.industry;
    ($('[name="model"]') as HTMLSelectElement).value = state.model;
    for (const [id, a] of Object.entries(state.answers)) {
      const radio = form.querySelector<HTMLInputElement>(`input[name="${id}"][value="${a.rating}"]`);
      if (radio) radio.checked = true;
      const note = form.querySelector<HTMLTextAreaElement>(`[name="note-${id}"]`);
      if (note && a.note) {
        note.value = a.note;
        (note.closest('details') as HTMLDetailsElement).open = true;
      }
    }
    complete = completed();
  }

  const completed = () =>
    new Set(bank.dimensions.filter((d) => d[state.perspective].every((s) => state.answers[s.id])).map((d) => d.id));
  const message = (text: string, sel = '[data-message]') => {
    $(sel).textContent = text;
  };
  const announce = (text: string) => ($('[data-announce]').textContent = text);
  const persp = (p: Perspective) => S[`perspective.${p}`] ?? p;
  const show = (sel: string, on: boolean) => $$(sel).forEach((e) => (e.hidden = !on));
  const today = () => new Date().toISOString().slice(0, 10);

  let frame = 0;
  /** Renders once per frame however many answers change in it (fast keyboard use). */
  const schedule = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      render();
    });
  };

  function render() {
    const scores = scoreDimensions(bank, state.perspective, state.answers);
    const { answered, total } = progress(bank, state.perspective, state.answers);
    const bar = $<HTMLProgressElement>('[data-progress]');
    bar.max = total;
    bar.value = answered;
    $('[data-progress-text]').textContent = fmt('progress', { done: answered, total });
    $('[data-report-meta]').textContent =
      `${fmt('reportMeta', { date: today(), perspective: persp(state.perspective) })} · ${fmt('progress', { done: answered, total })}`;
    show('[data-result-empty]', answered === 0);

    const change = before ? changeOverTime(scores, before.scores) : [];
    scores.forEach((s, i) => {
      const row = $(`[data-row="${s.id}"]`);
      const cell = (name: string, text: string) =>
        ((row.querySelector(`[data-cell="${name}"]`) as HTMLElement).textContent = text);
      cell('score', s.score === null ? '—' : String(s.score));
      cell('counted', `${s.counted} / ${s.total}`);
      cell('na', String(s.na));
      const c = change[i];
      cell('before', c?.before == null ? '—' : String(c.before));
      cell('change', c?.delta == null ? '—' : c.delta > 0 ? `+${c.delta}` : String(c.delta));
    });
    show('[data-col-before], [data-cell="before"], [data-cell="change"], [data-radar-legend-before]', before !== null);
    for (const [g, v] of scoreGroups(scores)) {
      const out = root.querySelector(`[data-group-score="${g}"]`);
      if (out) out.textContent = v === null ? '—' : String(v);
    }

    const radar = $('[data-radar]');
    const [cx, cy, r] = ['cx', 'cy', 'r'].map((k) => Number(radar.dataset[k]));
    const centre = { x: cx ?? 0, y: cy ?? 0 };
    $('[data-radar-now]').setAttribute(
      'points',
      radarPolygon(
        scores.map((s) => s.score),
        centre,
        r ?? 0,
      ),
    );
    $('[data-radar-before]').setAttribute(
      'points',
      radarPolygon(before ? change.map((c) => c.before) : scores.map(() => 0), centre, r ?? 0),
    );

    const weak = weakest(scores);
    show('[data-weakest-empty]', weak.length === 0);
    $('[data-weakest]').replaceChildren(
      ...weak.map((s) => {
        const tpl = $<HTMLTemplateElement>(`template[data-next="${s.id}"]`);
        const item = tpl.content.firstElementChild?.cloneNode(true) as HTMLElement;
        (item.querySelector('[data-next-score]') as HTMLElement).textContent = `（${s.score}）`;
        void fillCases(item);
        return item;
      }),
    );

    const notes = bank.dimensions.flatMap((d) =>
      d[state.perspective].flatMap((s) =>
        state.answers[s.id]?.note ? [[`${d.name}：${s.text}`, state.answers[s.id]?.note ?? '']] : [],
      ),
    );
    show('[data-notes]', notes.length > 0);
    $('[data-notes-list]').replaceChildren(...notes.flatMap(([q, n]) => [el('dt', q), el('dd', n)]));

    const now = completed();
    const fresh = [...now].filter((id) => !complete.has(id));
    complete = now;
    if (answered === total && fresh.length) {
      announce(fmt('announceDone', { total, weakest: weak.map((w) => w.name).join('、') }));
    } else if (fresh.length === 1) {
      const s = scores.find((x) => x.id === fresh[0]);
      announce(fmt('announceDimension', { name: s?.name ?? '', score: s?.score ?? '—' }));
    }
  }

  /**
   * The cases a report can suggest: one file, the same for every reader, fetched the first time a
   * report has weak dimensions (never by the answers: see lib/assess/similar-cases.ts).
   */
  const section = $('[data-case-pool]');
  let pool: Promise<PoolRow[]> | undefined;
  const loadPool = () => {
    pool ??= fetch(section.dataset['casePool'] ?? '').then((r) =>
      r.ok ? (r.json() as Promise<PoolRow[]>) : Promise.reject(new Error(String(r.status))),
    );
    pool.catch(() => (pool = undefined));
    return pool;
  };

  /** Fills a next-step block with three cases of its dimension; left empty when the file fails. */
  async function fillCases(item: HTMLElement) {
    const list = item.querySelector('[data-next-cases]');
    if (!list) return;
    const dimension = item.dataset['nextItem'] ?? '';
    const prefer = { industry: state.industry, model: state.model };
    const rows = await loadPool().catch(() => []);
    const cases = rows.map(([, , industry, model, dimensions]) => ({ industry, model, dimensions }));
    list.replaceChildren(
      ...pickCases(cases, dimension, prefer).map((i) => {
        const [id = '', title = ''] = rows[i] ?? [];
        const link = Object.assign(el('a', title), { href: `${section.dataset['caseBase'] ?? '/cases/'}${id}/` });
        const li = document.createElement('li');
        li.append(link);
        return li;
      }),
    );
  }

  form.addEventListener('change', (e) => {
    const input = e.target as HTMLInputElement;
    persist = true;
    if (input.name === 'industry' || input.name === 'model') state[input.name] = input.value;
    else if (input.type === 'radio' && known.has(input.name)) {
      const rating: Rating = input.value === 'na' ? 'na' : (Number(input.value) as Rating);
      const note = state.answers[input.name]?.note;
      state.answers[input.name] = note ? { rating, note } : { rating };
    } else return;
    save();
    schedule();
  });
  form.addEventListener('input', (e) => {
    const area = e.target as HTMLTextAreaElement;
    const id = area.name.replace(/^note-/, '');
    const a = state.answers[id];
    if (area.tagName !== 'TEXTAREA' || !a) return;
    state.answers[id] = area.value.trim() ? { rating: a.rating, note: area.value.slice(0, 500) } : { rating: a.rating };
    persist = true;
    save();
    schedule();
  });

  /** Reads a chosen file, refusing a huge one before reading it. */
  const readFile = async (file: File): Promise<ImportResult> =>
    file.size > MAX_FILE_BYTES
      ? { ok: false, error: 'too-big', detail: String(file.size) }
      : importAnswers(await file.text(), bank);
  const refusal = (r: Extract<ImportResult, { ok: false }>) => fmt(`error.${r.error}`, { detail: r.detail });
  const changesText = (r: Extract<ImportResult, { ok: true }>) => {
    const { removed, reworded, added } = r.changes;
    return r.edition === bank.edition
      ? ''
      : `\n${fmt('changes', { removed: removed.length, reworded: reworded.length, added: added.length })}`;
  };
  const replaceSide = (p: Perspective, answers: Record<string, Answer>) => {
    const kept = Object.entries(state.answers).filter(([id]) => !(p === 'school' ? /-s\d+$/ : /-e\d+$/).test(id));
    state = { ...state, perspective: p, answers: { ...Object.fromEntries(kept), ...answers } };
  };

  root.addEventListener('change', async (e) => {
    const input = e.target as HTMLInputElement;
    const kind = input.dataset['file'];
    if (!kind || !input.files?.length) return;
    const files = [...input.files];
    input.value = '';
    if (kind === 'import') {
      const r = await readFile(files[0] as File);
      if (!r.ok) {
        message(refusal(r));
        return;
      }
      if (r.perspective !== page) {
        message(fmt('otherPerspective', { perspective: persp(r.perspective) }));
        return;
      }
      replaceSide(r.perspective, { ...r.answers });
      persist = true;
      save();
      apply();
      render();
      message(
        fmt('imported', { date: r.date, perspective: persp(r.perspective), n: Object.keys(r.answers).length }) +
          changesText(r),
      );
    } else if (kind === 'before') {
      const r = await readFile(files[0] as File);
      if (!r.ok) {
        message(refusal(r));
        return;
      }
      if (r.perspective !== state.perspective) {
        message(fmt('overTimePerspective'));
        return;
      }
      before = { date: r.date, scores: scoreDimensions(bank, r.perspective, r.answers) };
      render();
      message(fmt('overTimeLoaded', { date: r.date }) + changesText(r));
    } else if (kind === 'sides') {
      const respondents: Respondent[] = [];
      const skipped: string[] = [];
      for (const file of files) {
        const r = await readFile(file);
        if (r.ok)
          respondents.push({
            label: file.name,
            perspective: r.perspective,
            scores: scoreDimensions(bank, r.perspective, r.answers),
          });
        else skipped.push(fmt('sidesSkipped', { file: file.name, reason: refusal(r) }));
      }
      sides(respondents);
      message([fmt('sidesLoaded', { n: respondents.length }), ...skipped].join('\n'), '[data-sides-message]');
    }
  });

  /** The spread table, built with createElement and textContent only. */
  function sides(respondents: Respondent[]) {
    const out = $('[data-sides]');
    if (!respondents.length) {
      out.replaceChildren();
      return;
    }
    const table = document.createElement('table');
    const head = [
      S['col.dimension'] ?? '',
      ...respondents.map((r) => fmt('sides.respondent', { file: r.label, perspective: persp(r.perspective) })),
      fmt('sides.schoolMean'),
      fmt('sides.enterpriseMean'),
      fmt('sides.spread'),
    ];
    const tr = document.createElement('tr');
    head.forEach((h) => tr.append(Object.assign(el('th', h), { scope: 'col' })));
    table.createTHead().append(tr);
    const body = table.createTBody();
    const dash = (v: number | null) => (v === null ? '—' : String(v));
    spreadOf(respondents).forEach((s, i) => {
      const row = body.insertRow();
      const name = el('th', bank.dimensions[i]?.name ?? s.id);
      name.setAttribute('scope', 'row');
      if (s.mismatch) name.append(el('strong', ` ⚑ ${fmt('sides.flag')}`));
      row.append(name, ...[...s.scores, s.school, s.enterprise, s.spread].map((v) => el('td', dash(v))));
    });
    out.replaceChildren(table);
  }

  root.addEventListener('click', (e) => {
    const action = (e.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset['action'];
    if (action === 'export') {
      const data = exportAnswers(bank, state.perspective, state.answers, today());
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      link.download = `self-assessment-${state.perspective}-${data.date}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    } else if (action === 'share') {
      history.replaceState(null, '', `#${encodeFragment(bank, state.perspective, state.answers)}`);
      message(fmt('linkReady'));
    } else if (action === 'print') {
      print();
    } else if (action === 'clear' && confirm(fmt('clearConfirm'))) {
      try {
        localStorage.removeItem(KEY);
      } catch {
        // Nothing stored.
      }
      state = blank();
      before = null;
      history.replaceState(null, '', location.pathname);
      apply();
      render();
      message(fmt('cleared'));
      announce(fmt('cleared'));
    }
  });

  /** Shows the answers of a share link in the address bar, without saving them until edited. */
  function fromLink(initial = false) {
    const shared = decodeFragment(location.hash, bank);
    if (!shared.ok && shared.error === 'not-ours' && !initial) return; // an in-page anchor
    if (shared.ok && shared.perspective !== page) {
      location.replace(`${root.dataset[`${shared.perspective}Url`] ?? ''}${location.hash}`);
      return;
    }
    if (shared.ok) {
      replaceSide(shared.perspective, { ...shared.answers });
      persist = false;
      message(fmt('fromLink', { perspective: persp(shared.perspective), n: Object.keys(shared.answers).length }));
    } else if (shared.error !== 'not-ours') message(fmt(`error.${shared.error}`));
    apply();
    render();
  }
  addEventListener('hashchange', () => fromLink());
  fromLink(true);
}
