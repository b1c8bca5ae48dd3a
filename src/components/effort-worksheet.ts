/**
 * <effort-worksheet>: fills each <output data-total> from the numbers typed above it, using the
 * pure arithmetic in src/lib/guidance/worksheet.ts; a button (shown only with JavaScript) clears the sheet. Without JavaScript the outputs stay blank lines to fill
 * in by hand, with the formula printed beside them.
 */
import { computeTotal, formatAmount, readAmount, type WorksheetTotal } from '../lib/guidance/worksheet.ts';

class EffortWorksheet extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLElement>('[data-worksheet]');
    const reset = this.querySelector<HTMLButtonElement>('[data-reset]');
    if (!form) return;
    const inputs = [...form.querySelectorAll('input')];
    const outputs = [...form.querySelectorAll<HTMLOutputElement>('output[data-total]')].map((el) => ({
      el,
      total: JSON.parse(el.dataset['total'] ?? '{}') as WorksheetTotal,
      blank: el.textContent ?? '',
    }));
    const update = () => {
      const values = new Map(inputs.map((i) => [i.dataset['input'] ?? '', readAmount(i.value)]));
      for (const { el, total, blank } of outputs) {
        const value = computeTotal(total, values);
        el.value = value === undefined ? blank : formatAmount(value);
      }
    };
    form.addEventListener('input', update);
    reset?.addEventListener('click', () => {
      for (const input of inputs) input.value = '';
      update();
      inputs[0]?.focus();
    });
    update();
  }
}

customElements.define('effort-worksheet', EffortWorksheet);
