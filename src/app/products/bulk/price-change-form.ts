import { ChangeDetectionStrategy, Component, type OnInit, computed, inject, input, output, signal } from '@angular/core';
import { type BulkAction, type PriceChange, type PriceRounding, type PriceSpan, type ProductValues, priceSpans } from '../../catalog/bulk/bulk-plan';
import { BulkRunner } from '../../catalog/bulk/bulk-runner';
import { PAGE_CONTEXT } from '../filters/filter-context';
import { BulkLabels } from './bulk-labels';

const PREVIEW_COUNT = 3;

/**
 * Change price: set a price, or adjust by ±% or ±amount with a rounding; previews a few selected products
 * before → after from their current values (read when the form opens), computed as the run will compute them.
 */
@Component({
  selector: 'cm-price-change-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form class="price" [attr.aria-label]="labels.changePrice" (submit)="$event.preventDefault(); submit()">
      <label>{{ labels.priceMode }}
        <select (change)="mode.set($any($event.target).value)">
          @for (m of modes; track m) {
            <option [value]="m" [selected]="m === mode()">{{ labels.priceModes[m] }}</option>
          }
        </select>
      </label>
      <label>{{ labels.priceValue[mode()] }}
        <input inputmode="decimal" [value]="value()" (input)="value.set($any($event.target).value)" [attr.aria-invalid]="change() === null" />
      </label>
      @if (mode() !== 'set') {
        <label>{{ labels.rounding }}
          <select (change)="rounding.set($any($event.target).value)">
            @for (r of roundings; track r) {
              <option [value]="r" [selected]="r === rounding()">{{ labels.roundings[r] }}</option>
            }
          </select>
        </label>
      }
      <button type="submit" class="primary" [attr.aria-disabled]="change() === null">{{ labels.applyPrice }}</button>
      @if (change() === null) {
        <p class="invalid" role="alert">{{ labels.priceInvalid }}</p>
      }
      @if (preview().length > 0) {
        <table class="preview">
          <caption>{{ onPage() ? labels.previewOnPage : labels.preview }}</caption>
          @for (row of preview(); track row.id) {
            <tr><th scope="row" dir="auto">{{ row.name || missing }}</th><td>{{ row.before }} → {{ row.after }}</td></tr>
          }
        </table>
      }
    </form>
  `,
  styles: `
    .price { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: end; padding: 12px 0 0; }
    label { display: flex; flex-direction: column; gap: 4px; font-size: 13px; font-weight: 600; color: var(--cm-text-muted); }
    input, select { height: 32px; border: 1px solid var(--cm-border-strong); border-radius: 6px; font: inherit; padding: 0 8px; color: var(--cm-text); background: var(--cm-surface); }
    .invalid { flex-basis: 100%; margin: 0; color: #8a1414; }
    .preview { flex-basis: 100%; border-collapse: collapse; font-size: 13px; }
    .preview caption { text-align: start; font-weight: 600; }
    .preview th { font-weight: normal; text-align: start; padding: 2px 12px 2px 0; }
  `,
})
export class PriceChangeForm implements OnInit {
  protected readonly labels = inject(BulkLabels);
  protected readonly missing = inject(PAGE_CONTEXT).labels.missing;
  private readonly runner = inject(BulkRunner);

  /** Selected ids, or for "all matching" the rows on screen (the first few are previewed). */
  readonly ids = input.required<readonly string[]>();
  /** The store's currency (null: amounts as plain numbers). */
  readonly currency = input<string | null>(null);
  /** The preview shows the first products on this page ("all matching"), not chosen ones. */
  readonly onPage = input(false);
  /** The merchant applied a valid change. */
  readonly apply = output<BulkAction>();

  protected readonly modes: readonly PriceChange['mode'][] = ['percent', 'amount', 'set'];
  protected readonly roundings: readonly PriceRounding[] = ['cents', 'whole', 'ninety-nine'];
  protected readonly mode = signal<PriceChange['mode']>('percent');
  protected readonly value = signal('10');
  protected readonly rounding = signal<PriceRounding>('cents');
  private readonly current = signal<readonly ProductValues[]>([]);

  /** The change as typed, or null while the value is not a number (a set price must not be negative). */
  protected readonly change = computed<PriceChange | null>(() => {
    const text = this.value().trim().replace(',', '.');
    const n = Number(text);
    if (text === '' || !Number.isFinite(n)) return null;
    const mode = this.mode();
    if (mode === 'set') return n < 0 ? null : { mode, amount: n };
    return mode === 'percent' ? { mode, percent: n, rounding: this.rounding() } : { mode, delta: n, rounding: this.rounding() };
  });
  protected readonly preview = computed(() => {
    const change = this.change();
    const currency = this.currency();
    const money = (v: number) => this.labels.money(v, currency);
    // A V3 product whose variants cost differently shows its range ("$10.00–$14.00 → $11.00–$15.40"), not its first variant.
    const show = (s: PriceSpan | null) => (s === null ? this.missing : s.min === s.max ? money(s.min) : `${money(s.min)}–${money(s.max)}`);
    return this.current().map((v) => {
      // "Before" does not depend on the change: while the typed value is not a number, any change gives it.
      const { before, after } = priceSpans(v, change ?? { mode: 'set', amount: 0 });
      return { id: v.id, name: v.name, before: show(before), after: change ? show(after) : this.missing };
    });
  });

  ngOnInit(): void {
    // Current values, read now (the table shows formatted prices only); a failed read just shows no preview.
    // In the order asked (the rows' order on screen, or the order chosen), whatever order the catalog answers in.
    const ids = this.ids().slice(0, PREVIEW_COUNT);
    this.runner.preview(ids).then((values) => this.current.set([...values].sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))), () => this.current.set([]));
  }

  protected submit(): void {
    const change = this.change();
    if (change) this.apply.emit({ kind: 'price', change });
  }
}
