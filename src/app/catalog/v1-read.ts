import type { WixV1Product, WixV1QueryBuilder } from '../wix/wix-client';
import type { ProductSort } from './product';

/**
 * One Catalog V1 read as the deep pager and the export plan it, before it becomes an SDK query: text, order,
 * and either an offset (inside Wix's 10,000-item window) or a keyset anchor (anywhere). See README.md
 * "Paging past 10,000 products (Catalog V1)".
 */

/** A field the V1 query language can both sort by and range-filter on (typings of ProductsQueryBuilder). */
export type V1KeyField = 'name' | 'priceData.price' | 'lastUpdated' | 'numericId';

/** An order: the sort field, then `numericId` in the same direction, so no two products tie. */
export interface V1Order {
  readonly field: V1KeyField;
  readonly descending: boolean;
}

/** A product's position in an order: its sort value and its numericId. */
export interface V1Key {
  readonly value: string | number;
  readonly numericId: number;
}

/** A read: `after` (keyset) or `offset` (window), `limit` ≤ 100. */
export interface V1Read {
  readonly text: string;
  readonly order: V1Order;
  readonly after: V1Key | null;
  readonly offset: number;
  readonly limit: number;
}

/** What one read returned: raw products and the answer's total (for a keyset read: the products after the anchor). */
export interface V1Slice {
  readonly items: readonly WixV1Product[];
  readonly total: number | null;
}

/** Performs one read (the gateway: the SDK; tests: a fake catalog). */
export type V1Fetch = (read: V1Read, signal?: AbortSignal) => Promise<V1Slice>;

/** Wix's documented offset window: Stores queries handle at most 10,000 items by limit and offset. */
export const V1_OFFSET_WINDOW = 10_000;

const ORDERS: Record<ProductSort, V1Order> = {
  'name-asc': { field: 'name', descending: false },
  'name-desc': { field: 'name', descending: true },
  'price-asc': { field: 'priceData.price', descending: false },
  'price-desc': { field: 'priceData.price', descending: true },
  'updated-desc': { field: 'lastUpdated', descending: true },
  'updated-asc': { field: 'lastUpdated', descending: false },
};

/** The V1 order of a page sort. */
export function v1OrderOf(sort: ProductSort): V1Order {
  return ORDERS[sort];
}

/** The same order backwards (for the last pages and for reading before a known product). */
export function reversed(order: V1Order): V1Order {
  return { field: order.field, descending: !order.descending };
}

/**
 * A product's key in an order, or null when it has none the query language can compare (no numericId, or no
 * sort value: Wix does not document where missing values sort, so no anchor is built on one).
 */
export function keyOf(raw: WixV1Product, order: V1Order): V1Key | null {
  const numericId = Number(raw.numericId);
  if (!Number.isSafeInteger(numericId)) return null;
  if (order.field === 'numericId') return { value: numericId, numericId };
  const value = valueOf(raw, order.field);
  return value === null ? null : { value, numericId };
}

function valueOf(raw: WixV1Product, field: Exclude<V1KeyField, 'numericId'>): string | number | null {
  switch (field) {
    case 'name':
      return typeof raw.name === 'string' ? raw.name : null;
    case 'priceData.price': {
      const price = raw.priceData?.price;
      return typeof price === 'number' && Number.isFinite(price) ? price : null;
    }
    case 'lastUpdated': {
      const date = raw.lastUpdated as unknown;
      const ms = date instanceof Date ? date.getTime() : typeof date === 'string' ? Date.parse(date) : NaN;
      return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
    }
  }
}

/** The SDK query for a read: filter (text AND keyset), the two-term sort, and paging. */
export function buildV1Query(products: { queryProducts(): WixV1QueryBuilder }, read: V1Read): WixV1QueryBuilder {
  const q = () => products.queryProducts() as WithLogic;
  let builder = q();
  if (read.text) {
    // Wix matches $startsWith case-insensitively; one request covers name and SKU.
    builder = (q().startsWith('name', read.text) as WithLogic).or(q().startsWith('sku', read.text)) as WithLogic;
  }
  if (read.after) builder = builder.and(afterKey(q, read.order, read.after)) as WithLogic;
  const { field, descending } = read.order;
  const fields = field === 'numericId' ? (['numericId'] as const) : ([field, 'numericId'] as const);
  builder = (descending ? builder.descending(...fields) : builder.ascending(...fields)) as WithLogic;
  builder = builder.limit(read.limit) as WithLogic;
  return read.offset > 0 ? builder.skip(read.offset) : builder;
}

/** `and()`/`or()` exist on the SDK's query builder at run time but are missing from the V1 typings. */
type WithLogic = WixV1QueryBuilder & { or(other: WixV1QueryBuilder): WixV1QueryBuilder; and(other: WixV1QueryBuilder): WixV1QueryBuilder };

/**
 * Products strictly after `key` in `order`: value beyond it, or the same value and a numericId beyond it. The
 * tie is written as "value ≥ key and numericId > id" rather than "value = key": strings compare
 * case-insensitively in ranges but exactly in equality, and the range form keeps both parts on one collation.
 */
function afterKey(q: () => WithLogic, order: V1Order, key: V1Key): WixV1QueryBuilder {
  const { field, descending } = order;
  const beyond = (b: WithLogic, f: V1KeyField, v: string | number) => (descending ? b.lt(f, v) : b.gt(f, v));
  const reach = (b: WithLogic, f: V1KeyField, v: string | number) => (descending ? b.le(f, v) : b.ge(f, v));
  if (field === 'numericId') return beyond(q(), 'numericId', key.numericId);
  const tie = beyond(reach(q(), field, key.value) as WithLogic, 'numericId', key.numericId);
  return (beyond(q(), field, key.value) as WithLogic).or(tie);
}
