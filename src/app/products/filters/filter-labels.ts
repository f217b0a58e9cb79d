import { Injectable, inject } from '@angular/core';
import type { ProductTypeFilter, StockFilter, VisibilityFilter } from '../../catalog/product-filters';
import { PageLanguage } from '../../i18n/page-language';
import { GERMAN_FILTER_LABELS } from './filter-labels.de';
import { HEBREW_FILTER_LABELS } from './filter-labels.he';

/**
 * Labels of the filter controls, chips and the "More filters" panel in the page's language: CatalogLabels'
 * counterpart for the filters' lazy chunk (in the message catalogs they would add 1.6 kB to the initial bundle,
 * past its budget). All three languages ride in the filters' chunk, which only a merchant who filters loads.
 * Override like CatalogLabels: `{provide: FilterLabels, useClass: MyFilterLabels}`.
 */
@Injectable({ providedIn: 'root' })
export class FilterLabels {
  private readonly language = inject(PageLanguage);

  /** The labels in the language shown; a signal read, so templates and computeds follow a switch. */
  get l(): FilterLabelSet {
    return FILTER_LABELS_BY_LANGUAGE[this.language.language()];
  }
}

const ENGLISH_FILTER_LABELS = {
  group: 'Filters',
  any: 'Any',
  visibility: 'Visibility',
  stock: 'Stock',
  productType: 'Product type',
  price: 'Price',
  listPrice: 'List price',
  priceMin: 'Minimum price',
  priceMax: 'Maximum price',
  collectionV1: 'Collection',
  collectionV3: 'Category',
  updated: 'Last updated',
  updatedFrom: 'Updated from',
  updatedTo: 'Updated to',
  moreFilters: 'More filters',
  moreFiltersCount: (n: number) => (n > 0 ? `More filters (${n})` : 'More filters'),
  closePanel: 'Done',
  applyPrice: 'Apply price',
  clearAll: 'Clear all',
  activeFilters: 'Active filters',
  remove: (chip: string) => `Remove filter: ${chip}`,
  notAvailable: 'Not available for this store’s catalog',
  hiddenNotAllowed: 'Hidden products are visible only to store managers',
  loadingPanel: 'Loading filters…',
  searchCollections: 'Search collections',
  searchCategories: 'Search categories',
  loadMore: 'Show more',
  loading: 'Loading…',
  noCollections: 'None found',
  collectionUnknown: 'Unknown',
  collectionLoadFailed: 'Could not load the list. Try again.',
  tryAgain: 'Try again',
  productCount: (n: number) => (n === 1 ? '1 product' : `${n.toLocaleString('en-US')} products`),
  salePrice: 'Sale price',
  visibilityValues: { visible: 'Shown in store', hidden: 'Hidden' } as Record<VisibilityFilter, string>,
  stockValues: {
    'in-stock': 'In stock',
    'out-of-stock': 'Out of stock',
    'partially-out-of-stock': 'Partially out of stock',
  } as Record<StockFilter, string>,
  productTypeValues: { physical: 'Physical', digital: 'Digital' } as Record<ProductTypeFilter, string>,
  priceChip: (min: string | null, max: string | null) =>
    min && max ? `Price: ${min}–${max}` : min ? `Price: from ${min}` : `Price: up to ${max}`,
  updatedChip: (from: string | null, to: string | null) =>
    from && to ? `Updated: ${from} to ${to}` : from ? `Updated: from ${from}` : `Updated: until ${to}`,
  sortBy: (column: string) => `Sort by ${column}`,
};

export type FilterLabelSet = typeof ENGLISH_FILTER_LABELS;

const FILTER_LABELS_BY_LANGUAGE: Record<'en' | 'de' | 'he', FilterLabelSet> = {
  en: ENGLISH_FILTER_LABELS,
  de: GERMAN_FILTER_LABELS,
  he: HEBREW_FILTER_LABELS,
};
