import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, input, output, signal } from '@angular/core';
import { Product } from '../catalog/product';
import { CatalogLabels } from './catalog-labels';

/** The results table. Product text is always bound as text, never as HTML. */
@Component({
  selector: 'cm-product-table',
  templateUrl: './product-table.html',
  styleUrl: './product-table.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // A focusable, labelled region: keyboard users reach the results and can scroll a wide table.
  host: { role: 'region', tabindex: '0', '[attr.aria-label]': 'labels.tableCaption', '[class.stale]': 'stale()' },
})
export class ProductTable {
  protected readonly labels = inject(CatalogLabels);

  /** Rows to show; ignored while `skeletonRows` is set. */
  readonly products = input<readonly Product[]>([]);
  /** While the first page loads: this many placeholder rows, so nothing jumps when results arrive. */
  readonly skeletonRows = input(0);
  /** The rows are older than the query on screen (loading or failed refresh). */
  readonly stale = input(false);
  /** Newer rows are on their way (announced to assistive technology as aria-busy). */
  readonly busy = input(false);

  /** Selected product ids; null shows no checkbox column. */
  readonly selection = input<ReadonlySet<string> | null>(null);
  /** A row's checkbox was toggled (click, or Space on the focused row). */
  readonly toggled = output<string>();
  /** The header checkbox: select (true) or clear (false) the rows of this page. */
  readonly pageToggled = output<boolean>();
  /** A product was opened (click on its name, or Enter on its row). */
  readonly opened = output<string>();

  /** The row that holds the table's one row tab stop. */
  protected readonly activeRow = signal(0);
  private readonly host = inject(ElementRef<HTMLElement>);
  protected readonly pageState = computed(() => {
    const selection = this.selection();
    const n = selection ? this.products().filter((p) => selection.has(p.id)).length : 0;
    return n === 0 ? 'none' : n === this.products().length ? 'all' : 'some';
  });

  protected rowKey(event: KeyboardEvent, product: Product, index: number): void {
    // Keys on the row itself (not on a control inside it) act on the row.
    if (event.target !== event.currentTarget) return;
    const move = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (move !== 0) {
      const rows = (this.host.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('tbody tr');
      rows[Math.min(rows.length - 1, Math.max(0, index + move))]?.focus();
    } else if (event.key === ' ' && this.selection()) this.toggled.emit(product.id);
    else if (event.key === 'Enter') this.opened.emit(product.id);
    else return;
    event.preventDefault();
  }

  /** Intl instead of DatePipe: the browser already ships the locale data (DatePipe adds ~4 kB gzip). */
  protected readonly dates = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
  protected readonly skeletons = computed(() => Array.from({ length: this.skeletonRows() }, (_, i) => i));
}
