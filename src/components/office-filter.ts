/**
 * <office-filter>: a select that shows only the matrix rows an office takes part in, with the
 * choice in the URL (`?office=personnel`, replaced rather than pushed, so the link can be shared without filling the history). Without
 * JavaScript the element is hidden and the full table with per-office anchors remains.
 */
import { readOffice, rowMatches, writeOffice } from '../lib/guidance/office-filter.ts';

class OfficeFilter extends HTMLElement {
  connectedCallback() {
    const select = this.querySelector('select');
    const status = this.querySelector<HTMLElement>('[data-status]');
    const table = document.getElementById(this.dataset['for'] ?? '');
    if (!select || !status || !table) return;
    const rows = [...table.querySelectorAll<HTMLTableRowElement>('tr[data-offices]')];
    const known = [...select.options].map((o) => o.value).filter(Boolean);
    const template = status.dataset['template'] ?? '{n}';

    const apply = (office: string) => {
      let shown = 0;
      for (const row of rows) {
        const match = rowMatches(row.dataset['offices'] ?? '', office);
        row.hidden = !match;
        if (match) shown += 1;
      }
      status.textContent = template.replace('{n}', String(shown));
    };
    const fromUrl = () => {
      select.value = readOffice(location.search, known);
      apply(select.value);
    };

    select.addEventListener('change', () => {
      history.replaceState(
        null,
        '',
        `${location.pathname}${writeOffice(location.search, select.value)}${location.hash}`,
      );
      apply(select.value);
    });
    addEventListener('popstate', fromUrl);
    fromUrl();
  }
}

customElements.define('office-filter', OfficeFilter);
