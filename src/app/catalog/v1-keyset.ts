import type { WixV1Product, WixV1QueryBuilder } from '../wix/wix-client';
import type { V1Key, V1KeyField, V1Order, WithLogic } from './v1-read';

/*
 * Keyset reading for Catalog V1 (see README.md "Paging past 10,000 products"): the order backwards, a product's
 * key, and "after this key" in the query language. Only the lazy pager and the export use it.
 */

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

/**
 * Products strictly after `key` in `order`: value beyond it, or the same value and a numericId beyond it. The
 * tie is written as "value ≥ key and numericId > id" rather than "value = key": strings compare
 * case-insensitively in ranges but exactly in equality, and the range form keeps both parts on one collation.
 */
export function afterKey(q: () => WithLogic, order: V1Order, key: V1Key): WixV1QueryBuilder {
  const { field, descending } = order;
  const beyond = (b: WithLogic, f: V1KeyField, v: string | number) => (descending ? b.lt(f, v) : b.gt(f, v));
  const reach = (b: WithLogic, f: V1KeyField, v: string | number) => (descending ? b.le(f, v) : b.ge(f, v));
  if (field === 'numericId') return beyond(q(), 'numericId', key.numericId);
  const tie = beyond(reach(q(), field, key.value) as WithLogic, 'numericId', key.numericId);
  return (beyond(q(), field, key.value) as WithLogic).or(tie);
}
