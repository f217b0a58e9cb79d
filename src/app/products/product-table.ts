import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { Product, ProductSort } from '../catalog/product';
import { CatalogLabels } from './catalog-labels';
import { COLUMN_WIDTHS, ColumnChoice, ColumnId, DEFAULT_COLUMNS, PRODUCT_COLUMNS } from './columns/product-columns';

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
  private readonly names = inject(PRODUCT_COLUMNS).names;

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
  /** The catalog groups products in categories (V3) rather than collections (V1): the column's heading. */
  readonly categories = input(false);
  /** The columns after Name, in order (Name is always shown, first; a column may come before it). */
  readonly columns = input<ColumnChoice>(DEFAULT_COLUMNS);
  /** A sortable column header was clicked: the sort it asks for. */
  readonly sortChange = output<ProductSort>();
  /** A row was opened (its name clicked, or Enter or Space on the name, the row's keyboard stop): the product's id. */
  readonly open = output<string>();

  protected readonly widths = COLUMN_WIDTHS;
  /** At least every column's width (Name 220 px, the image 56 px): a narrower frame scrolls the table sideways. */
  protected readonly minWidth = computed(() => this.columns().reduce((sum, c) => sum + COLUMN_WIDTHS[c], 276));
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

  /** A column's heading. */
  protected heading(column: ColumnId): string {
    return this.labels.column(column === 'price' && this.pricedBy() === 'list' ? 'listPrice' : column === 'collections' && this.categories() ? 'categories' : column);
  }

  /** The text of a cell (price and stock have markup of their own). */
  protected text(product: Product, column: ColumnId): string {
    const l = this.labels;
    let value: string | null | undefined;
    switch (column) {
      case 'visibility':
        return product.visible ? l.visible : l.hidden;
      case 'updated':
      case 'created': {
        const date = column === 'updated' ? product.lastUpdated : product.created;
        value = date && l.date(date);
        break;
      }
      case 'collections': {
        // Names come from the chooser's chunk, one read per page of products; "…" until they arrive.
        const names = (product.collectionIds ?? []).map((id) => this.names().get(id));
        return names.includes(undefined) ? '…' : names.filter(Boolean).join(', ') || l.missing;
      }
      case 'productType':
        value = product.productType && l.productType(product.productType);
        break;
      case 'quantity':
        value = product.quantity === null ? null : l.count(product.quantity);
        break;
      default:
        value = product[column as 'sku' | 'brand' | 'ribbon' | 'cost' | 'profit'];
    }
    return value ?? l.missing;
  }
}
