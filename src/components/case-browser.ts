/**
 * Facet filters on /cases/: tick to filter, instantly, with counts; the selection and page live in
 * the URL (Back and Forward restore them). Nothing is downloaded until the reader filters (or
 * arrives with filters in the URL): then the compact index (/cases/facets.json), and per page of
 * results only the card shards (/cases/data/<n>.json) that page needs. With nothing selected the
 * server-rendered list is shown again, exactly as without JavaScript.
 */
import {
  countFacets,
  decodeCaseIndex,
  filterBySelection,
  isEmptySelection,
  readPage,
  readSelection,
  writeSelection,
  type CardRow,
  type CaseIndex,
  type FacetValues,
  type Selection,
} from '../lib/facets.ts';
import { pageWindow } from '../lib/paginate.ts';
import { facetFieldsets, pageStrings } from './filter-panel.ts';

const root = document.querySelector<HTMLElement>('[data-case-browser]');
const template = root?.querySelector<HTMLTemplateElement>('[data-card-template]');
const filters = root?.querySelector<HTMLDetailsElement>('[data-filters]');

if (root && template && filters) {
  const say = pageStrings(root.querySelector('[data-case-strings]'));
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const status = $<HTMLElement>('[data-status]');
  const serverList = $<HTMLElement>('[data-server-list]');
  const filtered = $<HTMLElement>('[data-filtered]');
  const results = $<HTMLUListElement>('[data-results]');
  const none = $<HTMLElement>('[data-none]');
  const pager = $<HTMLElement>('[data-pager]');
  const clear = $<HTMLButtonElement>('[data-clear]');
  const summary = $<HTMLElement>('[data-filters-summary]');
  const { fieldsets, allowed } = facetFieldsets(root);
  const keys = Object.keys(allowed);
  const caseBase = root.dataset['caseBase'] ?? '/cases/';

  let index: Promise<{ meta: CaseIndex; items: FacetValues[] }> | undefined;
  const loadIndex = () => {
    index ??= fetch(root.dataset['index'] ?? '')
      .then((r) => (r.ok ? (r.json() as Promise<CaseIndex>) : Promise.reject(new Error(String(r.status)))))
      .then((meta) => ({ meta, items: decodeCaseIndex(meta) }));
    index.catch(() => (index = undefined));
    return index;
  };
  const shards = new Map<number, Promise<CardRow[]>>();
  const loadShard = (n: number) => {
    let shard = shards.get(n);
    if (!shard) {
      shard = fetch(`${root.dataset['shards'] ?? ''}${n}.json`).then((r) =>
        r.ok ? (r.json() as Promise<CardRow[]>) : Promise.reject(new Error(String(r.status))),
      );
      shard.catch(() => shards.delete(n));
      shards.set(n, shard);
    }
    return shard;
  };

  interface State {
    selection: Selection;
    page: number;
  }
  const readState = (): State => {
    const params = new URLSearchParams(location.search);
    return { selection: readSelection(params, allowed), page: readPage(params) };
  };
  const hrefOf = (state: State) => {
    const params = new URLSearchParams();
    writeSelection(params, state.selection, keys);
    if (state.page > 1) params.set('page', String(state.page));
    const query = params.toString();
    return `${location.pathname}${query ? `?${query}` : ''}`;
  };
  const setControls = (selection: Selection) => {
    for (const box of root.querySelectorAll<HTMLInputElement>('fieldset[data-facet] input')) {
      box.checked = (selection[box.name] ?? []).includes(box.value);
    }
    const n = Object.values(selection).reduce((sum, v) => sum + v.length, 0);
    if (clear) clear.hidden = n === 0;
    if (summary) summary.textContent = n ? say('filtersSelected', { n }) : say('filters');
  };
  const renderCounts = (selection: Selection, items: FacetValues[]) => {
    const counts = countFacets(items, (v) => v, selection, keys);
    for (const fs of fieldsets) {
      const facet = fs.dataset['facet'] ?? '';
      for (const li of fs.querySelectorAll<HTMLElement>('[data-option]')) {
        const value = li.dataset['option'] ?? '';
        const n = counts[facet]?.get(value) ?? 0;
        li.hidden = n === 0 && !(selection[facet] ?? []).includes(value);
        const count = li.querySelector('[data-count]');
        if (count) count.textContent = String(n);
      }
    }
  };

  const card = (row: CardRow, values: FacetValues, meta: CaseIndex): HTMLElement => {
    const li = template.content.firstElementChild?.cloneNode(true) as HTMLElement;
    const label = (facet: string, value: string) => {
      const f = meta.facets.find((x) => x.key === facet);
      return f?.labels[f.values.indexOf(value)] ?? value;
    };
    const set = (selector: string, text: string) => {
      const el = li.querySelector(selector);
      if (el) el.textContent = text;
    };
    const link = li.querySelector<HTMLAnchorElement>('[data-card-title]');
    if (link) link.href = `${caseBase}${row[0]}/`;
    set('[data-card-title]', row[1]);
    set('[data-card-summary]', row[2]);
    const source = values['source']?.[0] ?? '';
    li.querySelector('[data-provenance]')?.setAttribute('data-provenance', source);
    set('[data-card-source]', label('source', source));
    for (const facet of ['industry', 'region', 'model', 'year'])
      set(`[data-card-${facet}]`, label(facet, values[facet]?.[0] ?? ''));
    const badges = li.querySelector('[data-card-dimensions]');
    const badge = badges?.firstElementChild;
    if (badges && badge) {
      badges.replaceChildren(
        ...(values['dimension'] ?? []).map((d) => {
          const b = badge.cloneNode(true);
          b.textContent = label('dimension', d);
          return b;
        }),
      );
    }
    return li;
  };

  const pageLink = (state: State, n: number, text: string, rel?: string) => {
    const a = document.createElement('a');
    a.href = hrefOf({ ...state, page: n });
    a.textContent = text;
    a.dataset['page'] = String(n);
    if (rel) a.rel = rel;
    return a;
  };
  const renderPager = (state: State, total: number) => {
    if (!pager) return;
    if (total <= 1) return pager.replaceChildren();
    const ol = document.createElement('ol');
    ol.className = 'page-numbers';
    const item = (child: Node) => {
      const li = document.createElement('li');
      li.append(child);
      ol.append(li);
    };
    if (state.page > 1) item(pageLink(state, state.page - 1, say('previous'), 'prev'));
    for (const n of pageWindow(state.page, total)) {
      if (n === 'gap') {
        const gap = document.createElement('span');
        gap.className = 'gap';
        gap.textContent = '…';
        item(gap);
      } else if (n === state.page) {
        const current = document.createElement('span');
        current.setAttribute('aria-current', 'page');
        current.textContent = String(n);
        item(current);
      } else {
        const a = pageLink(state, n, String(n));
        a.setAttribute('aria-label', say('page', { n, total }));
        item(a);
      }
    }
    if (state.page < total) item(pageLink(state, state.page + 1, say('next'), 'next'));
    pager.replaceChildren(ol);
  };

  let run = 0;
  const render = async (state: State, focus = false) => {
    const id = ++run;
    setControls(state.selection);
    if (isEmptySelection(state.selection) && state.page === 1 && !index) {
      if (serverList) serverList.hidden = false;
      if (filtered) filtered.hidden = true;
      if (status) status.textContent = '';
      return;
    }
    root.setAttribute('aria-busy', 'true');
    const slow = setTimeout(() => {
      if (id === run && status) status.textContent = say('loading');
    }, 400);
    try {
      const { meta, items } = await loadIndex();
      if (id !== run) return;
      renderCounts(state.selection, items);
      if (isEmptySelection(state.selection) && state.page === 1) {
        if (serverList) serverList.hidden = false;
        if (filtered) filtered.hidden = true;
        if (status) status.textContent = '';
        return;
      }
      const positions = filterBySelection(
        items.map((_, i) => i),
        (i) => items[i] ?? {},
        state.selection,
      );
      const total = Math.max(1, Math.ceil(positions.length / meta.pageSize));
      const page = Math.min(state.page, total);
      const shown = positions.slice((page - 1) * meta.pageSize, page * meta.pageSize);
      const needed = [...new Set(shown.map((i) => Math.floor(i / meta.pageSize)))];
      const rows = new Map<number, CardRow[]>();
      await Promise.all(needed.map(async (n) => rows.set(n, await loadShard(n))));
      if (id !== run) return;
      const cards = shown.flatMap((i) => {
        const row = rows.get(Math.floor(i / meta.pageSize))?.[i % meta.pageSize];
        return row ? [card(row, items[i] ?? {}, meta)] : [];
      });
      results?.replaceChildren(...cards);
      if (none) none.hidden = positions.length > 0;
      renderPager({ ...state, page }, total);
      if (serverList) serverList.hidden = true;
      if (filtered) filtered.hidden = false;
      if (status) {
        status.textContent = `${say('matching', { n: positions.length })}${total > 1 ? ` · ${say('page', { n: page, total })}` : ''}`;
      }
      if (focus) status?.focus();
    } catch {
      if (id !== run) return;
      if (serverList) serverList.hidden = false;
      if (filtered) filtered.hidden = true;
      if (status) status.textContent = say('error');
    } finally {
      clearTimeout(slow);
      if (id === run) root.removeAttribute('aria-busy');
    }
  };

  const go = (state: State, focus = false) => {
    const href = hrefOf(state);
    if (href !== `${location.pathname}${location.search}`) history.pushState(null, '', href);
    void render(state, focus);
  };
  const selectionFromControls = (): Selection =>
    Object.fromEntries(
      fieldsets.map((fs) => [
        fs.dataset['facet'] ?? '',
        [...fs.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value),
      ]),
    );

  root.addEventListener('change', (event) => {
    if ((event.target as Element).closest('fieldset[data-facet]')) go({ selection: selectionFromControls(), page: 1 });
  });
  const clearAll = () => {
    go({ selection: {}, page: 1 });
    (filters.open ? fieldsets[0]?.querySelector('input') : summary)?.focus();
  };
  clear?.addEventListener('click', clearAll);
  $<HTMLButtonElement>('[data-clear-none]')?.addEventListener('click', clearAll);
  pager?.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-page]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    go({ selection: readState().selection, page: Number(link.dataset['page']) }, true);
  });
  window.addEventListener('popstate', () => void render(readState()));

  if (status) status.tabIndex = -1;
  filters.hidden = false;
  if (window.matchMedia('(min-width: 56rem)').matches) filters.open = true;
  void render(readState());
}
