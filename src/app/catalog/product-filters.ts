// Filters of a product query, plain data shared by the page, the gateways and the lazily loaded V3 reader:
// no Angular or RxJS here (see v3-catalog-reader.ts for why).

/** Shown in the store, or hidden from it. */
export type VisibilityFilter = 'visible' | 'hidden';
/** Wix's three inventory statuses (V1 `inventoryStatus`, V3 `inventory.availabilityStatus`). */
export type StockFilter = 'in-stock' | 'out-of-stock' | 'partially-out-of-stock';
/** Physical goods or digital downloads. */
export type ProductTypeFilter = 'physical' | 'digital';

export const VISIBILITY_FILTERS: readonly VisibilityFilter[] = ['visible', 'hidden'];
export const STOCK_FILTERS: readonly StockFilter[] = ['in-stock', 'out-of-stock', 'partially-out-of-stock'];
export const PRODUCT_TYPE_FILTERS: readonly ProductTypeFilter[] = ['physical', 'digital'];

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

export const NO_FILTERS: ProductFilters = {
  visibility: null,
  stock: null,
  productType: null,
  priceMin: null,
  priceMax: null,
  collection: null,
  updatedFrom: null,
  updatedTo: null,
};

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

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_ID_LENGTH = 64;
const MAX_PRICE = 1e9;

/** A calendar day string if `value` is a real YYYY-MM-DD day, else null. */
export function validDay(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = DAY.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(+match[1], +match[2] - 1, +match[3]));
  return date.toISOString().slice(0, 10) === value ? value : null;
}

/** A price bound if `value` is a finite amount from 0 to a billion, rounded to cents, else null. */
export function validPrice(value: unknown): number | null {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < 0 || n > MAX_PRICE) return null;
  return Math.round(n * 100) / 100;
}

/** An id as Wix writes them (letters, digits, dashes), else null. */
export function validId(value: unknown): string | null {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && /^[A-Za-z0-9-]+$/.test(value) ? value : null;
}

function oneOf<T extends string>(values: readonly T[], value: unknown): T | null {
  return values.includes(value as T) ? (value as T) : null;
}

/**
 * Filters as sent: unknown values dropped; bounds in the wrong order swapped, so a range is never empty by
 * accident. Works on anything (URL values, stored views), so it is the one gate for filters from outside.
 */
export function normalizeFilters(raw: Partial<Record<FilterName, unknown>> | null | undefined): ProductFilters {
  if (!raw) return NO_FILTERS;
  let priceMin = validPrice(raw.priceMin);
  let priceMax = validPrice(raw.priceMax);
  if (priceMin !== null && priceMax !== null && priceMin > priceMax) [priceMin, priceMax] = [priceMax, priceMin];
  let updatedFrom = validDay(raw.updatedFrom);
  let updatedTo = validDay(raw.updatedTo);
  if (updatedFrom !== null && updatedTo !== null && updatedFrom > updatedTo) [updatedFrom, updatedTo] = [updatedTo, updatedFrom];
  return {
    visibility: oneOf(VISIBILITY_FILTERS, raw.visibility),
    stock: oneOf(STOCK_FILTERS, raw.stock),
    productType: oneOf(PRODUCT_TYPE_FILTERS, raw.productType),
    priceMin,
    priceMax,
    collection: validId(raw.collection),
    updatedFrom,
    updatedTo,
  };
}

/** True when no filter is set. */
export function hasFilters(filters: ProductFilters | undefined): boolean {
  return !!filters && (Object.keys(NO_FILTERS) as FilterName[]).some((name) => filters[name] !== null);
}

/** The filters the catalog can run; the others are left out (never applied to rows in the browser). */
export function supportedFilters(filters: ProductFilters, support: FilterSupport): ProductFilters {
  const keep = (block: FilterBlock | null) => block === null;
  const hiddenBlocked = filters.visibility === 'hidden' && !keep(support.hidden);
  return {
    visibility: keep(support.visibility) && !hiddenBlocked ? filters.visibility : null,
    stock: keep(support.stock) ? filters.stock : null,
    productType: keep(support.productType) ? filters.productType : null,
    priceMin: keep(support.price) ? filters.priceMin : null,
    priceMax: keep(support.price) ? filters.priceMax : null,
    collection: keep(support.collection) ? filters.collection : null,
    updatedFrom: keep(support.updated) ? filters.updatedFrom : null,
    updatedTo: keep(support.updated) ? filters.updatedTo : null,
  };
}

/** The first instant of a day (UTC). */
export function startOfDay(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** The last millisecond of a day (UTC): "updated up to the 3rd" includes all of the 3rd. */
export function endOfDay(day: string): Date {
  return new Date(`${day}T23:59:59.999Z`);
}

/** Wix's inventory status names, the same in V1 and V3. */
export const WIX_STOCK: Record<StockFilter, 'IN_STOCK' | 'OUT_OF_STOCK' | 'PARTIALLY_OUT_OF_STOCK'> = {
  'in-stock': 'IN_STOCK',
  'out-of-stock': 'OUT_OF_STOCK',
  'partially-out-of-stock': 'PARTIALLY_OUT_OF_STOCK',
};
