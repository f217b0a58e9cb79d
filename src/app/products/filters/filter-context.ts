import { InjectionToken, Signal } from '@angular/core';
import type { FilterSupport, ProductFilters } from '../../catalog/product-filters';

/**
 * What the lazily mounted filter bar and "More filters" panel read and change: the page provides it, so no
 * input binding machinery is needed to hand state into a component created from a lazy chunk.
 */
export interface FilterContext {
  /** The filters of the query on screen. */
  readonly filters: Signal<ProductFilters>;
  /** What the site's catalog can filter on; null until the first answer. */
  readonly support: Signal<FilterSupport | null>;
  /** ISO currency code of the store, for price chips. */
  readonly currency: Signal<string | null>;
  /** Applies new filters (one request). */
  set(filters: ProductFilters): void;
}

export const FILTER_CONTEXT = new InjectionToken<FilterContext>('FILTER_CONTEXT');
