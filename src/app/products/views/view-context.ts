import type { Signal, WritableSignal } from '@angular/core';
import type { ProductQuery } from '../../catalog/product';
import type { FilterSupport } from '../../catalog/product-filters';
import type { ProductColumns } from '../columns/product-columns';
import type { QueryUrl } from '../query-url';

/**
 * What a view holds: the page's query (search text, filters, sort, page size; a view always opens on its first
 * page) and the table's columns after Name, in order (ProductColumns' choice). `columns` is optional: a built-in
 * view, or a view saved without a column chooser, leaves the columns as they are.
 */
export interface ViewState {
  readonly query: ProductQuery;
  readonly columns?: readonly string[];
}

/**
 * The column chooser's side of a view (columns/product-columns.ts): the columns shown (saved with a view,
 * restored by it), every column and the defaults (to check a stored view's ids, and to leave default columns out
 * of links), and `remember`, which the views turn off while one of the merchant's own views is selected: its
 * column changes then belong to that view ("modified"), not to the site's remembered choice.
 */
export type ViewColumns = Pick<ProductColumns, 'choice' | 'all' | 'defaults' | 'remember'>;

/**
 * What the lazily mounted views read and change: the page provides it (as FilterContext), so nothing of the
 * page has to be imported into the views' chunk.
 */
export interface ViewsContext {
  /** The query on screen; a view is shown by setting it (one request). */
  readonly query: WritableSignal<ProductQuery>;
  /** What the catalog can filter on (null until the first answer): "Hidden" needs visibility. */
  readonly support: Signal<FilterSupport | null>;
  /** The page's URL forms: a view's query string and back, the site, the default view, share links. */
  readonly urls: Pick<QueryUrl, 'site' | 'searchOf' | 'readAll' | 'setDefault' | 'link' | 'openedOnDefault'>;
  /** The table's columns, when the page has a column chooser: views then save and restore them with the rest. */
  readonly columns?: ViewColumns;
}

/** The token the page provides the context under (defined with the filters' tokens: see there). */
export { VIEWS_CONTEXT } from '../filters/filter-context';
