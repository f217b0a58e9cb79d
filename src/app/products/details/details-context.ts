import type { Signal, WritableSignal } from '@angular/core';
import type { ProductPage } from '../../catalog/product';
import type { CatalogLabels } from '../catalog-labels';

/**
 * What the lazily mounted product details panel reads and changes: the page provides it (as it does the filter
 * bar's FilterContext), so no input binding machinery is needed for a component created from a lazy chunk.
 */
export interface DetailsContext {
  /** The id of the product whose details are open; null while the panel is closed. */
  readonly open: WritableSignal<string | null>;
  /** The results on screen (their rows are the panel's previous and next), null while there are none. */
  readonly table: Signal<{ readonly page: ProductPage } | null>;
  /**
   * The page's labels (stock, visibility, dates, errors…), handed over rather than injected: a lazy chunk that
   * imports a module of the first load moves it out of the main chunk, and the glue costs initial bytes.
   */
  readonly labels: CatalogLabels;
}

// The token, DETAILS_CONTEXT, is in filters/filter-context.ts (see there why).
