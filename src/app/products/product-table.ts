import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
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
  /** Selected product ids (the checkbox column). */
  readonly selection = input<ReadonlySet<string>>(new Set());
  /** Rows to select (on) or unselect: one row's checkbox, or the header's for the whole page. */
  readonly selectionChange = output<{ rows: readonly Product[]; on: boolean }>();
  /** The row whose checkbox holds the rows' one Tab stop. */
  protected readonly focusRow = signal(0);

  /** Arrow Up/Down from a row checkbox to the next or previous one. */
  protected moveFocus(event: KeyboardEvent): void {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    const boxes = (event.currentTarget as HTMLElement).querySelectorAll<HTMLInputElement>('.select input');
    const next = boxes[[...boxes].indexOf(event.target as HTMLInputElement) + step];
    if (!step || !next) return;
    event.preventDefault();
    next.focus();
  }

  /** How much of this page is selected (the header checkbox: checked, mixed or not). */
  protected readonly pageSelected = computed(() => {
    const selected = this.selection();
    const n = this.products().filter((p) => selected.has(p.id)).length;
    return n && (n === this.products().length ? 2 : 1);
  });

  protected readonly skeletons = computed(() => Array.from({ length: this.skeletonRows() }, (_, i) => i));
}
