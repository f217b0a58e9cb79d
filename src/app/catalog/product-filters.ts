// Filters of a product query: types only. The rules that check filters from outside (filter-rules.ts) and
// their wire forms (filter-wire.ts) are lazy chunks; `hasFilters` is in product.ts (see filter-rules.ts).

/** Shown in the store, or hidden from it. */
export type VisibilityFilter = 'visible' | 'hidden';
/** Wix's three inventory statuses (V1 `inventoryStatus`, V3 `inventory.availabilityStatus`). */
export type StockFilter = 'in-stock' | 'out-of-stock' | 'partially-out-of-stock';
/** Physical goods or digital downloads. */
export type ProductTypeFilter = 'physical' | 'digital';

/** What the merchant narrowed the catalog to. Null means "any". Every filter runs on the server. */
export interface ProductFilters {
  readonly visibility: VisibilityFilter | null;
  readonly stock: StockFilter | null;
  readonly productType: ProductTypeFilter | null;
  /** Price bounds in the store's currency, inclusive. */
  readonly priceMin: number | null;
  readonly priceMax: number | null;
  /** A Catalog V1 collection id or a Catalog V3 category id. */
  readonly collection: string | null;
  /** Last-updated bounds as calendar days (YYYY-MM-DD, UTC), inclusive. */
  readonly updatedFrom: string | null;
  readonly updatedTo: string | null;
}

export type FilterName = keyof ProductFilters;

/** Why a filter control is disabled: the catalog version cannot filter on it, or the user may not see the data. */
export type FilterBlock = 'catalog' | 'role';

/**
 * What the site's catalog can filter on the server, per control, and which price the catalog filters and sorts
 * by: Catalog V1 only by the list price (before discounts), V3 by the actual (sale) price.
 */
export interface FilterSupport {
  readonly visibility: FilterBlock | null;
  /** Only the "hidden" option: a user who cannot see hidden products would always get an empty list. */
  readonly hidden: FilterBlock | null;
  readonly stock: FilterBlock | null;
  readonly productType: FilterBlock | null;
  readonly price: FilterBlock | null;
  readonly collection: FilterBlock | null;
  readonly updated: FilterBlock | null;
  readonly pricedBy: 'list' | 'sale';
  /** What the catalog groups products in: V1 collections, V3 categories. */
  readonly collectionKind: 'collection' | 'category';
}
