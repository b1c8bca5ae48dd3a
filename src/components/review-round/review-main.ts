/**
 * The coordinator's page, loaded by `review-coordinator.ts` on the first use: creates a round (its settings live in the URL fragment and in this
 * device's storage), shows each role's link and QR code (drawn here, never by a service), merges
 * the answer files and codes into the report, and turns the chosen focus dimensions into a plan
 * (print, .docx, .ics, plan file). Text from files is only ever set with textContent.
 */
import { REVIEW_ROLES, labelOf, type ReviewRole } from '../../lib/enums.ts';
import {
  decodeRound,
  encodeRound,
  flagRoles,
  flagsOf,
  makeReport,
  makeRound,
  mergeResponses,
  newToken,
  proposeFocus,
  statementsBehind,
  type Flag,
  type MergeInput,
  type Report,
  type Response,
  type ReviewBank,
  type Round,
} from '../../lib/assess/review.ts';
import {
  importPlan,
  makePlan,
  planCalendar,
  planProgress,
  type PlanEntry,
  type PlanFile,
  type PlanItem,
} from '../../lib/assess/plan.ts';

interface PageData {
  bank: ReviewBank;
  catalogue: PlanEntry[];
  strings: Record<string, string>;
  offices: Record<string, string>;
  answer: Record<ReviewRole, string>;
  paths: Record<'strategy' | 'problem' | 'template' | 'dimension', string>;
}

/** What the page's controls do; the small loader calls these once this module has arrived. */
export interface Controller {
  create(): void;
  merge(): Promise<void>;
  makePlan(): void;
  loadPlan(): Promise<void>;
}

/** Reads the page's data and shows the round of the fragment, if any. */
export function init(root: HTMLElement): Controller {
  const data = JSON.parse(root.querySelector('[data-review-data]')?.textContent ?? '{}') as PageData;
  const { bank, catalogue, offices } = data;
  const fmt = (key: string, vars: Record<string, string | number> = {}) =>
    (data.strings[`review.${key}`] ?? key).replace(/\{(\w+)\}/g, (_, n: string) => String(vars[n] ?? ''));
  const $ = <T extends HTMLElement = HTMLElement>(sel: string) => root.querySelector<T>(sel) as T;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text = '', cls = '') => {
    const e = document.createElement(tag);
    if (text) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  };
  const roleName = (r: ReviewRole) => labelOf(REVIEW_ROLES, r);
  const dimName = (id: string) => bank.dimensions.find((d) => d.id === id)?.name ?? id;
  const today = () => new Date().toISOString().slice(0, 10);
  const download = (name: string, blob: Blob) => {
    const a = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: name });
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  let round: Round | null = decodeRound(location.hash)?.round ?? null;
  let responses: Response[] = [];
  let report: Report | null = null;
  let plan: PlanFile | null = null;

  // ── Setup: the round and one link + QR per role ──
  const setup = $<HTMLFormElement>('[data-setup]');
  if (round) {
    (setup.elements.namedItem('partnership') as HTMLInputElement).value = round.partnership;
    (setup.elements.namedItem('round') as HTMLInputElement).value = round.name;
    void showLinks(round);
  }
  function create() {
    const form = new FormData(setup);
    const id = newToken((n) => crypto.getRandomValues(new Uint8Array(n)));
    const made = makeRound(id, String(form.get('partnership') ?? ''), String(form.get('round') ?? ''));
    if (!made) return;
    round = made;
    history.replaceState(null, '', `#${encodeRound(made)}`);
    void showLinks(made);
  }

  async function showLinks(r: Round) {
    const box = $('[data-links]');
    box.replaceChildren(el('p', fmt('roundReady', { partnership: r.partnership, round: r.name })));
    const { default: QRCode } = await import('qrcode');
    const list = el('ul', '', 'links');
    list.setAttribute('aria-label', fmt('linksTitle'));
    for (const role of REVIEW_ROLES) {
      const href = new URL(`${data.answer[role.id]}#${encodeRound(r, role.id)}`, location.href).href;
      const item = el('li');
      const heading = el('h3', role.label);
      const link = Object.assign(el('a', href), { href });
      link.dataset['roleLink'] = role.id;
      const svg = await QRCode.toString(href, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
      const img = Object.assign(document.createElement('img'), {
        src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
        alt: fmt('qrFor', { role: role.label }),
        width: 160,
        height: 160,
      });
      const copy = el('button', fmt('copy'), 'button-quiet');
      copy.type = 'button';
      copy.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(href);
        } catch {
          // No clipboard permission: the link is on the page to copy by hand.
        }
        $('[data-status]').textContent = fmt('copied', { role: role.label });
      });
      item.append(heading, img, link, el('br'), copy);
      list.append(item);
    }
    box.append(list);
  }

  // ── Merge and report ──
  async function merge() {
    const files = [...($<HTMLInputElement>('[data-files]').files ?? [])];
    const inputs: MergeInput[] = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
    $<HTMLTextAreaElement>('[data-codes]')
      .value.split(/\n+/)
      .map((c) => c.trim())
      .filter(Boolean)
      .forEach((text, i) => inputs.push({ name: fmt('codeName', { n: i + 1 }), text }));
    const merged = mergeResponses(inputs, bank, round);
    round ??= merged.round;
    responses = merged.responses;
    report = makeReport(bank, responses);
    $('[data-status]').textContent = fmt('merged', { n: responses.length });
    renderReport(report, merged.skipped);
    renderFocus(report);
    if (plan) renderProgress(plan, report);
  }

  function table(caption: string, head: string[], rows: (string | HTMLElement)[][], cls = '') {
    const t = el('table', '', cls);
    t.append(el('caption', caption));
    const tr = el('tr');
    head.forEach((h, i) => {
      const th = el('th', h);
      th.scope = 'col';
      if (i === 0) th.setAttribute('scope', 'col');
      tr.append(th);
    });
    const thead = el('thead');
    thead.append(tr);
    const tbody = el('tbody');
    for (const row of rows) {
      const r = el('tr');
      row.forEach((cell, i) => {
        if (i === 0) {
          const th = el('th', typeof cell === 'string' ? cell : '');
          th.scope = 'row';
          if (typeof cell !== 'string') th.append(cell);
          r.append(th);
        } else if (typeof cell === 'string') r.append(el('td', cell));
        else r.append(cell);
      });
      tbody.append(r);
    }
    t.append(thead, tbody);
    return t;
  }
  const num = (v: string, cls = '') => el('td', v, `num ${cls}`.trim());

  function renderReport(r: Report, skipped: ReturnType<typeof mergeResponses>['skipped']) {
    const box = $('[data-report]');
    box.replaceChildren();
    if (skipped.length) {
      box.append(el('h3', fmt('skippedTitle')));
      const ul = el('ul');
      for (const s of skipped) ul.append(el('li', fmt('skipped', { name: s.name, reason: fmt(`error.${s.error}`) })));
      box.append(ul);
    }
    box.append(el('h3', fmt('countsTitle')));
    box.append(
      table(
        fmt('countsTitle'),
        [fmt('role'), fmt('count')],
        REVIEW_ROLES.map((role) => [role.label, num(String(r.counts[role.id]))]),
      ),
    );

    box.append(el('h3', fmt('heatTitle')));
    box.append(el('p', fmt('heatLegend'), 'muted'));
    const heat = table(
      fmt('heatCaption'),
      [fmt('dimension'), ...REVIEW_ROLES.map((x) => x.label), fmt('overall')],
      r.dimensions.map((d) => [
        d.name,
        ...d.cells.map((c) =>
          !c.asked
            ? num(fmt('notAsked'))
            : c.score === null
              ? num(fmt('noScore'))
              : num(String(c.score), `heat-${Math.min(4, Math.floor(c.score / 20))}`),
        ),
        num(d.overall === null ? fmt('noScore') : String(d.overall)),
      ]),
      'heat',
    );
    heat.dataset['heat'] = '';
    const scroll = el('div', '', 'table-scroll');
    scroll.tabIndex = 0;
    scroll.setAttribute('role', 'region');
    scroll.setAttribute('aria-label', fmt('heatTitle'));
    scroll.append(heat);
    box.append(scroll);

    box.append(el('h3', fmt('flagsTitle')));
    const flags = flagsOf(r);
    if (!flags.length) box.append(el('p', fmt('flagsNone')));
    const ul = el('ul', '', 'flags');
    ul.dataset['flags'] = '';
    for (const f of flags) ul.append(flagItem(f));
    box.append(ul);
  }

  function flagText(f: Flag) {
    return f.kind === 'divergence'
      ? fmt('flag.divergence', {
          dimension: dimName(f.dimension),
          high: roleName(f.high),
          low: roleName(f.low),
          gap: f.gap,
        })
      : fmt('flag.students-below', { dimension: dimName(f.dimension), student: f.student, staff: f.staff, gap: f.gap });
  }

  function flagItem(f: Flag) {
    const li = el('li');
    li.dataset['flag'] = `${f.kind}:${f.dimension}`;
    li.append(el('strong', flagText(f)));
    const details = el('details');
    details.append(el('summary', fmt('behind')));
    const rows = statementsBehind(bank, responses, f.dimension, flagRoles(f)).map((s) => [
      s.text,
      roleName(s.role),
      num(s.mean === null ? fmt('noScore') : String(s.mean)),
      num(`${s.counted} / ${s.unknown}`),
    ]);
    details.append(
      table(
        `${dimName(f.dimension)} · ${fmt('behind')}`,
        [fmt('statement'), fmt('role'), fmt('meanLevel'), fmt('answers')],
        rows,
      ),
    );
    li.append(details);
    return li;
  }

  // ── The plan ──
  function renderFocus(r: Report) {
    const box = $('[data-focus]');
    const proposed = new Set(proposeFocus(r));
    box.replaceChildren(el('legend', fmt('focus')));
    for (const d of r.dimensions) {
      const label = el('label');
      const box2 = Object.assign(document.createElement('input'), {
        type: 'checkbox',
        value: d.id,
        checked: proposed.has(d.id),
      });
      label.append(box2, document.createTextNode(`${d.name}${proposed.has(d.id) ? fmt('proposed') : ''}`));
      box.append(label);
    }
    $<HTMLButtonElement>('[data-make-plan]').disabled = false;
  }

  function planFromFocus() {
    const chosen = [...root.querySelectorAll<HTMLInputElement>('[data-focus] input:checked')].map((i) => i.value);
    if (chosen.length < 2 || chosen.length > 3 || !report || !round) {
      $('[data-plan-status]').textContent = fmt('focusCount');
      return;
    }
    $('[data-plan-status]').textContent = '';
    renderPlan(chosen, report, round);
  }

  function link(prefix: string, id: string, name: string) {
    return Object.assign(el('a', name), { href: `${prefix}${id}/` });
  }

  function renderPlan(chosen: string[], r: Report, rd: Round) {
    const box = $('[data-plan]');
    box.replaceChildren(
      el('h3', fmt('docTitle')),
      el('p', fmt('docMeta', { partnership: rd.partnership, round: rd.name, date: today() })),
    );
    for (const id of chosen) {
      const entry = catalogue.find((c) => c.id === id);
      const d = r.dimensions.find((x) => x.id === id);
      if (!entry || !d) continue;
      const sec = el('section', '', 'plan-dim');
      sec.dataset['planDim'] = id;
      const h = el('h4');
      h.append(link(data.paths.dimension, id, entry.name));
      sec.append(
        h,
        el(
          'p',
          `${fmt('score')}：${d.overall ?? fmt('noScore')} · ${fmt('leadOffice')}：${offices[entry.lead] ?? entry.lead}`,
        ),
      );
      const fields = el('div', '', 'plan-fields');
      const input = (name: string, label: string, type: string, value = '') => {
        const l = el('label', label);
        const i = Object.assign(document.createElement('input'), { name: `${name}-${id}`, type, value });
        i.dataset['field'] = name;
        l.append(i);
        fields.append(l);
      };
      input('action', `${entry.name} · ${fmt('action')}`, 'text', entry.steps[0] ?? '');
      input('owner', `${entry.name} · ${fmt('owner')}`, 'text');
      input('due', `${entry.name} · ${fmt('due')}`, 'date');
      sec.append(fields);
      const list = (title: string, items: HTMLElement[]) => {
        if (!items.length) return;
        sec.append(el('h5', title));
        const ul = el('ul');
        for (const it of items) {
          const li = el('li');
          li.append(it);
          ul.append(li);
        }
        sec.append(ul);
      };
      list(
        fmt('strategies'),
        entry.strategies.map((s) => link(data.paths.strategy, s.id, s.name)),
      );
      list(
        fmt('problems'),
        entry.problems.map((s) => link(data.paths.problem, s.id, s.name)),
      );
      list(
        fmt('templates'),
        entry.templates.map((s) => link(data.paths.template, s.id, s.name)),
      );
      sec.append(el('h5', fmt('indicators')));
      sec.append(
        table(
          `${entry.name} · ${fmt('indicators')}`,
          [fmt('indicators'), fmt('formula'), fmt('target')],
          entry.indicators.map((i) => [i.name, i.formula, i.target]),
        ),
      );
      box.append(sec);
    }
    const actions = el('div', '', 'plan-actions');
    const button = (label: string, fn: () => void | Promise<void>) => {
      const b = el('button', label, 'button');
      b.type = 'button';
      b.addEventListener('click', () => void fn());
      actions.append(b);
    };
    const current = () => {
      const items: PlanItem[] = chosen.map((id) => {
        const v = (f: string) => (root.querySelector<HTMLInputElement>(`[name="${f}-${id}"]`)?.value ?? '').trim();
        return { dimension: id, action: v('action'), owner: v('owner'), due: v('due') };
      });
      const made = makePlan(rd, r, items, today());
      try {
        localStorage.setItem(`review:plan:${rd.id}`, JSON.stringify(made));
      } catch {
        // Private mode: the plan file is the copy that lasts.
      }
      return made;
    };
    button(fmt('print'), () => window.print());
    button(fmt('docx'), async () => {
      const [{ Packer }, { buildPlanDocx }] = await Promise.all([
        import('docx'),
        import('../../lib/templates/plan-docx.ts'),
      ]);
      const p = current();
      const doc = buildPlanDocx(p, catalogue, {
        title: fmt('docTitle'),
        meta: fmt('docMeta', { partnership: rd.partnership, round: rd.name, date: p.made }),
        action: fmt('action'),
        owner: fmt('owner'),
        due: fmt('due'),
        lead: fmt('leadOffice'),
        score: fmt('score'),
        strategies: fmt('strategies'),
        problems: fmt('problems'),
        templates: fmt('templates'),
        indicators: fmt('indicators'),
        formula: fmt('formula'),
        target: fmt('target'),
        note: fmt('docNote'),
        office: (o) => offices[o] ?? o,
      });
      download(`review-plan-${rd.id}.docx`, await Packer.toBlob(doc));
    });
    button(fmt('ics'), () => {
      const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
      const names = new Map(bank.dimensions.map((d) => [d.id, d.name]));
      download(
        `review-plan-${rd.id}.ics`,
        new Blob([planCalendar(current(), names, stamp, fmt('icsOwner'))], { type: 'text/calendar' }),
      );
    });
    button(fmt('savePlan'), () => {
      download(
        `review-plan-${rd.id}.json`,
        new Blob([JSON.stringify(current(), null, 2)], { type: 'application/json' }),
      );
      $('[data-plan-status]').textContent = fmt('planSaved');
    });
    box.append(actions);
  }

  // ── Progress against the last round's plan ──
  async function loadPlan() {
    const file = $<HTMLInputElement>('[data-plan-file]').files?.[0];
    if (!file) return;
    const result = importPlan(
      await file.text(),
      bank.dimensions.map((d) => d.id),
    );
    if (!result.ok) {
      $('[data-progress-status]').textContent = fmt('planError');
      return;
    }
    plan = result.plan;
    $('[data-progress-status]').textContent = fmt('planLoaded', { round: plan.round.name });
    renderProgress(plan, report ?? makeReport(bank, responses));
  }

  function renderProgress(p: PlanFile, r: Report) {
    const box = $('[data-progress]');
    box.replaceChildren();
    const rows = planProgress(p, r).map((x) => [
      dimName(x.dimension),
      num(x.before === null ? fmt('noScore') : String(x.before)),
      num(x.now === null ? fmt('noScore') : String(x.now)),
      num(x.delta === null ? fmt('noScore') : `${x.delta > 0 ? '+' : ''}${x.delta}`),
    ]);
    const t = table(
      `${p.round.name} → ${round?.name ?? ''}`,
      [fmt('dimension'), fmt('before'), fmt('now'), fmt('change')],
      rows,
    );
    t.dataset['progressTable'] = '';
    box.append(t);
    const count = el('p', '', '');
    count.setAttribute('aria-live', 'polite');
    const ul = el('ul');
    const boxes: HTMLInputElement[] = [];
    const update = () =>
      (count.textContent = fmt('doneCount', { done: boxes.filter((b) => b.checked).length, total: boxes.length }));
    for (const item of p.items) {
      const li = el('li');
      const label = el('label');
      const cb = Object.assign(document.createElement('input'), { type: 'checkbox' });
      cb.addEventListener('change', update);
      boxes.push(cb);
      label.append(
        cb,
        document.createTextNode(
          `${fmt('done')}：${dimName(item.dimension)} · ${item.action}${item.owner ? `（${item.owner}）` : ''}${item.due ? ` · ${item.due}` : ''}`,
        ),
      );
      li.append(label);
      ul.append(li);
    }
    box.append(ul, count);
    update();
  }

  return { create, merge, makePlan: planFromFocus, loadPlan };
}
