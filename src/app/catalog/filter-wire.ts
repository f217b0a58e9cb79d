// The filters' wire forms: V1 query-builder conditions and the V3 `searchProducts` filter. Loaded only when a
// query has filters (V1CatalogGateway imports it on demand; the lazy V3 reader with it), so sites that never
// filter never download it. Fields and operators: src/app/catalog/README.md. No Angular or RxJS here.
import type { WixV3Search } from '../wix/v3-products';
import type { WixV1QueryBuilder } from '../wix/wix-client';
import type { ProductFilters, StockFilter } from './product-filters';

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

/**
 * `inventoryStatus` is in Wix's V1 filter table ($eq, $ne, $hasSome: "Filter and sort", Query Products) but not
 * in the SDK's `ProductsQueryBuilder` typings; the builder passes any field name through to the REST filter.
 */
type DocumentedField = Parameters<WixV1QueryBuilder['eq']>[0];
const INVENTORY_STATUS = 'inventoryStatus' as DocumentedField;

/** ANDs the filters onto the builder, one condition each, with the fields and operators the typings list. */
export function withFilters(start: WixV1QueryBuilder, f: ProductFilters): WixV1QueryBuilder {
  let b = start;
  if (f.stock) b = b.eq(INVENTORY_STATUS, WIX_STOCK[f.stock]);
  if (f.productType) b = b.eq('productType', f.productType);
  if (f.priceMin !== null) b = b.ge('priceData.price', f.priceMin);
  if (f.priceMax !== null) b = b.le('priceData.price', f.priceMax);
  if (f.collection) b = b.hasSome('collectionIds', [f.collection]);
  if (f.updatedFrom) b = b.ge('lastUpdated', startOfDay(f.updatedFrom));
  if (f.updatedTo) b = b.le('lastUpdated', endOfDay(f.updatedTo));
  return b;
}

type SearchFilter = NonNullable<WixV3Search['filter']>;

/**
 * The `searchProducts` filter for the page's filters, with fields and operators from V3ProductSearchSpec's
 * `wql` (typings) and Wix's "Supported Filters and Sorting" table: `visible`, `inventory.availabilityStatus`,
 * `productType` ($eq); `actualPriceRange.minValue.amount` and `_updatedDate` ($gte/$lte);
 * `allCategoriesInfo.categories` ($matchItems on the category id: direct categories and their parents).
 */
export function searchFilter(f: ProductFilters): SearchFilter {
  const filter: Record<string, unknown> = {};
  if (f.visibility) filter['visible'] = f.visibility === 'visible';
  if (f.stock) filter['inventory.availabilityStatus'] = WIX_STOCK[f.stock];
  if (f.productType) filter['productType'] = f.productType === 'digital' ? 'DIGITAL' : 'PHYSICAL';
  const price = range(f.priceMin, f.priceMax);
  if (price) filter['actualPriceRange.minValue.amount'] = price;
  if (f.collection) filter['allCategoriesInfo.categories'] = { $matchItems: [{ _id: { $in: [f.collection] } }] };
  const updated = range(f.updatedFrom && startOfDay(f.updatedFrom), f.updatedTo && endOfDay(f.updatedTo));
  if (updated) filter['_updatedDate'] = updated;
  return filter as SearchFilter;
}

function range<T>(min: T | null, max: T | null): { $gte?: T; $lte?: T } | null {
  if (min === null && max === null) return null;
  return { ...(min !== null && { $gte: min }), ...(max !== null && { $lte: max }) };
}

