import { FilterName, FilterSupport, ProductFilters } from '../../catalog/product-filters';
import type { FilterLabelSet } from './filter-labels';

/** One active filter as a removable chip: its text, and the filters it clears. */
export interface FilterChip {
  readonly key: string;
  readonly label: string;
  readonly clears: readonly FilterName[];
}

/** The chips of the active filters, in the order of the controls; a range is one chip. */
export function filterChips(
  f: ProductFilters,
  support: FilterSupport | null,
  labels: FilterLabelSet,
  collectionName: (id: string) => string | null,
  money: (amount: number) => string,
): FilterChip[] {
  const chips: FilterChip[] = [];
  if (f.stock) chips.push({ key: 'stock', label: `${labels.stock}: ${labels.stockValues[f.stock]}`, clears: ['stock'] });
  if (f.productType) {
    chips.push({ key: 'type', label: `${labels.productType}: ${labels.productTypeValues[f.productType]}`, clears: ['productType'] });
  }
  if (f.visibility) {
    chips.push({ key: 'visibility', label: `${labels.visibility}: ${labels.visibilityValues[f.visibility]}`, clears: ['visibility'] });
  }
  if (f.priceMin !== null || f.priceMax !== null) {
    const text = labels.priceChip(f.priceMin === null ? null : money(f.priceMin), f.priceMax === null ? null : money(f.priceMax));
    chips.push({ key: 'price', label: support?.pricedBy === 'list' ? text.replace(labels.price, labels.listPrice) : text, clears: ['priceMin', 'priceMax'] });
  }
  if (f.collection) {
    const word = support?.collectionKind === 'category' ? labels.collectionV3 : labels.collectionV1;
    chips.push({ key: 'collection', label: `${word}: ${collectionName(f.collection) ?? labels.collectionUnknown}`, clears: ['collection'] });
  }
  if (f.updatedFrom || f.updatedTo) {
    chips.push({ key: 'updated', label: labels.updatedChip(f.updatedFrom, f.updatedTo), clears: ['updatedFrom', 'updatedTo'] });
  }
  return chips;
}

/** How many filters of the "More filters" panel are set (price, collection, last updated). */
export function panelFilterCount(f: ProductFilters): number {
  return [f.priceMin !== null || f.priceMax !== null, f.collection !== null, f.updatedFrom !== null || f.updatedTo !== null].filter(Boolean).length;
}
