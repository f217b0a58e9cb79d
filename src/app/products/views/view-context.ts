import type { Signal, WritableSignal } from '@angular/core';
import type { ProductQuery } from '../../catalog/product';
import type { FilterSupport } from '../../catalog/product-filters';
import type { QueryUrl } from '../query-url';

/**
 * What a view holds: the page's query (search text, filters, sort, page size; a view always opens on its first
 * page) and the table's columns. `columns` is the seam to the column chooser: the ids of the columns shown, in
 * order; absent means the table's own default, so views saved before the chooser existed stay valid.
 */
export interface ViewState {
  readonly query: ProductQuery;
  readonly columns?: readonly string[];
}

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
  readonly urls: Pick<QueryUrl, 'site' | 'searchOf' | 'readAll' | 'setDefault' | 'link'>;
  /**
   * The columns on screen (ids, in order; null for the table's default), when the page has a column chooser:
   * it provides this signal and follows it, and views then save and restore the columns with the rest.
   */
  readonly columns?: WritableSignal<readonly string[] | null>;
}

/** The token the page provides the context under (defined with the filters' tokens: see there). */
export { VIEWS_CONTEXT } from '../filters/filter-context';
