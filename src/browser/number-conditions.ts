/**
 * <number-conditions>: the conditions on numbers of the search page and the agency list
 * (“行政复议 > 0”, “不予公开 ≥ 5”, a failed check), as chips that can be removed. Its markup,
 * with every measure of the catalogue and every check, comes from number-conditions.astro; this
 * element keeps the list and tells its page with a `conditionschange` event. Conditions are those
 * of src/lib/measures/condition.ts.
 */
import { isMeasureKey } from '../lib/measures/catalogue.ts';
import { conditionText, OPERATORS, type Condition, type Operator } from '../lib/measures/condition.ts';
import { CHECK_IDS, type CheckId } from '../lib/template/identities.ts';
import { h } from './dom.ts';

export class NumberConditions extends HTMLElement {
  private list: Condition[] = [];

  private field<T extends HTMLInputElement | HTMLSelectElement>(name: string): T {
    return this.querySelector<T>(`[data-field="${name}"]`)!;
  }

  connectedCallback(): void {
    this.querySelector('[data-add]')!.addEventListener('click', () => this.add());
    this.field<HTMLInputElement>('value').addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        this.add();
      }
    });
    this.field('check').addEventListener('change', () => this.changed());
    // The page's form listens for its own fields; the ones here speak through conditionschange.
    for (const el of this.querySelectorAll('input, select')) el.addEventListener('input', (e) => e.stopPropagation());
  }

  get conditions(): Condition[] {
    return [...this.list];
  }

  get check(): CheckId | '' {
    const v = this.field('check').value;
    return CHECK_IDS.find((id) => id === v) ?? '';
  }

  /** Shows the given state without telling the page (it came from the page's address). */
  set(conditions: readonly Condition[], check: CheckId | ''): void {
    this.list = [...conditions];
    this.field('check').value = check;
    this.renderChips();
  }

  private add(): void {
    const key = this.field('key').value;
    const op = this.field('op').value as Operator;
    const value = Number(this.field<HTMLInputElement>('value').value);
    const status = this.querySelector('.condition-status')!;
    if (!isMeasureKey(key) || !(op in OPERATORS) || this.field<HTMLInputElement>('value').value.trim() === '' || !Number.isFinite(value)) {
      status.textContent = '请填写一个数值。';
      return;
    }
    status.textContent = '';
    this.list.push({ key, op, value });
    this.renderChips();
    this.changed();
  }

  private renderChips(): void {
    this.querySelector('.chips')!.replaceChildren(
      ...this.list.map((c, i) => {
        const remove = h('button', { type: 'button', 'aria-label': `移除条件：${conditionText(c)}` }, '×');
        remove.addEventListener('click', () => {
          this.list.splice(i, 1);
          this.renderChips();
          this.changed();
        });
        return h('li', null, conditionText(c), remove);
      }),
    );
  }

  private changed(): void {
    this.dispatchEvent(new CustomEvent('conditionschange', { bubbles: true }));
  }
}

customElements.define('number-conditions', NumberConditions);
