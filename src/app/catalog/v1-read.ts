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

/** A read: `after` (keyset) or `offset` (window), `limit` ≤ 100; `refine` ANDs the view's filters. */
export interface V1Read {
  readonly text: string;
  readonly refine?: (builder: WixV1QueryBuilder) => WixV1QueryBuilder;
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

/** The V1 field of each page sort's field ("name-asc" → name). */
const FIELDS: Record<string, V1KeyField> = { name: 'name', price: 'priceData.price', updated: 'lastUpdated' };

/** The V1 order of a page sort. */
export function v1OrderOf(sort: ProductSort): V1Order {
  const [field, direction] = sort.split('-');
  return { field: FIELDS[field], descending: direction === 'desc' };
}

/** Builds "after this key" for a keyset read (v1-keyset.ts: only the lazy pager and the export need it). */
export type AfterKey = (q: () => WithLogic, order: V1Order, key: V1Key) => WixV1QueryBuilder;

/** The SDK query for a read: filter (text AND keyset), the two-term sort, and paging. */
export function buildV1Query(products: { queryProducts(): WixV1QueryBuilder }, read: V1Read, afterKey?: AfterKey): WixV1QueryBuilder {
  const q = () => products.queryProducts() as WithLogic;
  let builder = q();
  if (read.text) {
    // Wix matches $startsWith case-insensitively; one request covers name and SKU.
    builder = (q().startsWith('name', read.text) as WithLogic).or(q().startsWith('sku', read.text)) as WithLogic;
  }
  if (read.refine) builder = read.refine(builder) as WithLogic;
  if (read.after) {
    // A keyset read without the filter that makes it one would repeat the list from its start.
    if (!afterKey) throw new Error('a keyset read needs afterKey');
    builder = builder.and(afterKey(q, read.order, read.after)) as WithLogic;
  }
  const { field, descending } = read.order;
  const fields = field === 'numericId' ? (['numericId'] as const) : ([field, 'numericId'] as const);
  builder = (descending ? builder.descending(...fields) : builder.ascending(...fields)) as WithLogic;
  builder = builder.limit(read.limit) as WithLogic;
  return read.offset > 0 ? builder.skip(read.offset) : builder;
}

/** `and()`/`or()` exist on the SDK's query builder at run time but are missing from the V1 typings. */
export type WithLogic = WixV1QueryBuilder & { or(other: WixV1QueryBuilder): WixV1QueryBuilder; and(other: WixV1QueryBuilder): WixV1QueryBuilder };

