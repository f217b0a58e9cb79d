import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { Product, ProductSort } from '../catalog/product';
import { CatalogLabels } from './catalog-labels';

/** Columns the catalog can sort on (both versions). */
export type SortableColumn = 'name' | 'price' | 'updated';

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
  /** The sort the rows are in; its column header carries `aria-sort`. */
  readonly sort = input<ProductSort | null>(null);
  /**
   * The price the catalog sorts and filters by. Catalog V1 can only sort by the list price, so there the
   * column leads with the list price (headed "List price") and the sale price follows: sorted reads sorted.
   */
  readonly pricedBy = input<'list' | 'sale'>('sale');
  /** A sortable column header was clicked: the sort it asks for. */
  readonly sortChange = output<ProductSort>();
  /** A row was opened (its name clicked, or Enter or Space on the name, the row's keyboard stop): the product's id. */
  readonly open = output<string>();

  /** The column headers after the image's, in order. */
  protected readonly columns = ['name', 'sku', 'price', 'stock', 'visibility', 'updated'] as const;
  /** A placeholder row: one bar per cell, as wide as what will arrive there. */
  protected readonly skeletonBars = ['thumb', 'bar wide', 'bar', 'bar short', 'bar', 'bar short', 'bar'];
  protected readonly skeletons = computed(() => Array.from({ length: this.skeletonRows() }, (_, i) => i));

  /** `aria-sort` of a column: set on the sorted column only, so exactly one header carries it. */
  protected ariaSort(column: string): 'ascending' | 'descending' | null {
    const sort = this.sort();
    return sort?.startsWith(column + '-') ? (sort.endsWith('-asc') ? 'ascending' : 'descending') : null;
  }

  /** The first click asks for A–Z, low to high, or newest first (what a merchant looking at changes wants). */
  protected toggle(column: SortableColumn): void {
    const [first, second] = column === 'updated' ? ['-desc', '-asc'] : ['-asc', '-desc'];
    this.sortChange.emit((column + (this.sort() === column + first ? second : first)) as ProductSort);
  }
}
