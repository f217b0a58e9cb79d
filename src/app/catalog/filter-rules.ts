// The rules for filters that come from outside (URL, stored views, the controls): loaded with the filter
// controls or when a URL holds filters, never in the first bundle. Plain data, no Angular or RxJS.
import type { FilterBlock, FilterName, FilterSupport, ProductFilters, ProductTypeFilter, StockFilter, VisibilityFilter } from './product-filters';

// Why no value here is imported from a module the first bundle holds (product.ts, query-url.ts…): a module
// reached both from the first bundle and from lazy chunks is split into a chunk of its own, and every such
// split costs the first bundle its import/export glue (measured ~0.3–1 kB each).

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


export const VISIBILITY_FILTERS: readonly VisibilityFilter[] = ['visible', 'hidden'];
export const STOCK_FILTERS: readonly StockFilter[] = ['in-stock', 'out-of-stock', 'partially-out-of-stock'];
export const PRODUCT_TYPE_FILTERS: readonly ProductTypeFilter[] = ['physical', 'digital'];

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

