/**
 * The search page's controller: keeps the query, filters and sort in the URL (shareable; Back and
 * Forward restore them), runs the search through search-engine.ts — imported, with the index, only
 * when there is something to search for — and prints results, counts and states. Every printed
 * string comes from the page (data-search-strings) and every piece of page data is set as text.
 */
import { normaliseQuery } from '../../lib/search/text.ts';
import { isEmptySelection, readSelection, writeSelection, type Selection } from '../../lib/facets.ts';
import type { SearchOutcome, SortOrder } from './search-engine.ts';
import { facetFieldsets, pageStrings } from '../filter-panel.ts';

const PAGE_SIZE = 10;

const app = document.querySelector<HTMLElement>('[data-search-app]');
const form = document.querySelector<HTMLFormElement>('[data-search-form]');
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
const stringsEl = document.querySelector('[data-search-strings]');

if (app && form && input && stringsEl) {
  const say = pageStrings(stringsEl);
  const $ = <T extends Element>(selector: string) => app.querySelector<T>(selector);
  const status = $<HTMLElement>('[data-status]');
  const list = $<HTMLOListElement>('[data-results]');
  const more = $<HTMLButtonElement>('[data-more]');
  const empty = $<HTMLElement>('[data-empty]');
  const none = $<HTMLElement>('[data-none]');
  const clearNone = $<HTMLButtonElement>('[data-clear-none]');
  const error = $<HTMLElement>('[data-error]');
  const sort = $<HTMLSelectElement>('[data-sort]');
  const clear = $<HTMLButtonElement>('[data-clear]');
  const filters = $<HTMLDetailsElement>('[data-filters]');
  const filtersSummary = $<HTMLElement>('[data-filters-summary]');
  const { fieldsets, allowed } = facetFieldsets(app);
  const facetKeys = Object.keys(allowed);

  interface State {
    q: string;
    selection: Selection;
    sort: SortOrder;
  }

  const readState = (): State => {
    const params = new URLSearchParams(location.search);
    return {
      q: normaliseQuery(params.get('q') ?? ''),
      selection: readSelection(params, allowed),
      sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
    };
  };
  const controlsState = (): State => ({
    q: normaliseQuery(input.value),
    selection: Object.fromEntries(
      fieldsets.map((fs) => [
        fs.dataset['facet'] ?? '',
        [...fs.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value),
      ]),
    ),
    sort: sort?.value === 'newest' ? 'newest' : 'relevance',
  });
  const urlOf = (state: State) => {
    const params = new URLSearchParams();
    if (state.q) params.set('q', state.q);
    writeSelection(params, state.selection, facetKeys);
    if (state.sort === 'newest') params.set('sort', 'newest');
    const query = params.toString();
    return `${location.pathname}${query ? `?${query}` : ''}`;
  };
  const setControls = (state: State) => {
    if (normaliseQuery(input.value) !== state.q) input.value = state.q;
    for (const box of app.querySelectorAll<HTMLInputElement>('fieldset[data-facet] input')) {
      box.checked = (state.selection[box.name] ?? []).includes(box.value);
    }
    if (sort) sort.value = state.sort;
  };
  const selectedCount = (selection: Selection) => Object.values(selection).reduce((n, v) => n + v.length, 0);

  let run = 0;
  let outcome: SearchOutcome | undefined;
  let shown = 0;

  const show = (el: HTMLElement | null, on: boolean) => {
    if (el) el.hidden = !on;
  };

  function renderCounts(state: State, counts?: SearchOutcome['counts']) {
    for (const fs of fieldsets) {
      const facet = fs.dataset['facet'] ?? '';
      let visible = 0;
      for (const li of fs.querySelectorAll<HTMLElement>('[data-option]')) {
        const value = li.dataset['option'] ?? '';
        const n = counts?.[facet]?.get(value) ?? 0;
        const checked = (state.selection[facet] ?? []).includes(value);
        li.hidden = !counts || (n === 0 && !checked);
        const count = li.querySelector('[data-count]');
        if (count) count.textContent = String(n);
        if (!li.hidden) visible++;
      }
      fs.hidden = visible === 0;
    }
    const n = selectedCount(state.selection);
    show(clear, n > 0);
    if (filtersSummary) filtersSummary.textContent = n ? say('search.filtersSelected', { n }) : say('search.filters');
  }

  function resultItem(card: Awaited<ReturnType<SearchOutcome['cards']>>[number]): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'result';
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = card.url;
    link.textContent = card.title;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'result-meta';
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = card.type ?? say('search.typeSection');
    meta.append(badge);
    if (card.year) meta.append(say('search.year', { year: card.year }));
    const excerpt = document.createElement('p');
    excerpt.className = 'excerpt';
    for (const part of card.excerpt) {
      if (part.mark) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else excerpt.append(part.text);
    }
    li.append(heading, meta, excerpt);
    return li;
  }

  async function showMore(focus: boolean) {
    if (!outcome || !list) return;
    const current = outcome;
    const ids = current.ids.slice(shown, shown + PAGE_SIZE);
    const cards = await current.cards(ids);
    if (current !== outcome) return;
    const items = cards.map(resultItem);
    list.append(...items);
    shown += ids.length;
    show(more, shown < current.ids.length);
    if (focus) items[0]?.querySelector('a')?.focus();
  }

  async function update(state: State) {
    const id = ++run;
    setControls(state);
    if (!state.q) {
      outcome = undefined;
      list?.replaceChildren();
      [none, error, more, clearNone].forEach((el) => show(el, false));
      show(empty, true);
      show(filters, false);
      if (status) status.textContent = '';
      renderCounts(state);
      return;
    }
    show(empty, false);
    list?.setAttribute('aria-busy', 'true');
    // From the query's start (after the typing pause) to its results on screen: `search:answer`
    // (DevTools, and the benchmark's first-query time).
    const start = performance.now();
    // Say so only if the search is slow (the first one loads the index).
    const slow = setTimeout(() => {
      if (id === run && status) status.textContent = say('search.loading');
    }, 400);
    try {
      const engine = await import('./search-engine.ts');
      const result = await engine.runSearch(state, allowed);
      if (id !== run) return;
      outcome = result;
      shown = 0;
      list?.replaceChildren();
      show(error, false);
      renderCounts(state, result.counts);
      const nothing = result.total === 0;
      show(none, nothing);
      show(filters, !nothing);
      show(clearNone, !nothing && result.ids.length === 0);
      await showMore(false);
      if (id !== run) return;
      const n = result.ids.length;
      const message = nothing
        ? say('search.noneTitle', { q: state.q })
        : n === 0
          ? say('search.noneFiltered')
          : result.missing.length
            ? say('search.missing', { terms: result.missing.join('”“'), n })
            : result.partial
              ? say('search.partial', { n })
              : isEmptySelection(state.selection)
                ? result.related
                  ? say('search.countRelated', { n, m: result.related })
                  : say('search.count', { n })
                : say('search.countFiltered', { n, total: result.total });
      if (status) status.textContent = message;
      performance.measure('search:answer', { start, end: performance.now() });
    } catch {
      if (id !== run) return;
      outcome = undefined;
      list?.replaceChildren();
      [none, more, clearNone, filters].forEach((el) => show(el, false));
      show(error, true);
      if (status) status.textContent = '';
    } finally {
      clearTimeout(slow);
      if (id === run) list?.removeAttribute('aria-busy');
    }
  }

  function commit(push: boolean) {
    const state = controlsState();
    const target = urlOf(state);
    if (target !== `${location.pathname}${location.search}`) {
      if (push) history.pushState(null, '', target);
      else history.replaceState(null, '', target);
    }
    void update(state);
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => commit(false), 300);
  });
  // The first keystroke starts loading the engine and the index while the reader goes on typing.
  input.addEventListener('input', () => void import('./search-engine.ts').then((e) => e.warmUp()), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    commit(true);
  });
  app.addEventListener('change', (event) => {
    if ((event.target as Element).closest('fieldset[data-facet], [data-sort]')) commit(true);
  });
  const clearFilters = () => {
    for (const box of app.querySelectorAll<HTMLInputElement>('fieldset[data-facet] input')) box.checked = false;
    commit(true);
  };
  clear?.addEventListener('click', () => {
    clearFilters();
    input.focus();
  });
  clearNone?.addEventListener('click', () => {
    clearFilters();
    input.focus();
  });
  more?.addEventListener('click', () => void showMore(true));
  window.addEventListener('popstate', () => void update(readState()));

  app.hidden = false;
  if (filters && window.matchMedia('(min-width: 56rem)').matches) filters.open = true;
  const initial = readState();
  void update(initial);
  if (!initial.q) input.focus();
}
