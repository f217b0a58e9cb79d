import { type Catalog, collectionsOf } from '../catalog/catalog';
import { type EmulatedVariant, variantsOf } from '../catalog/variants';
import { isPlainObject, QueryError, violation } from '../query/query-error';
import { intField } from '../query/sort';
import { rowOf } from './catalog-writes';
import type { ApiContext } from './v1-endpoint';

/*
 * Catalog V3 "Query Inventory Items" (@wix/auto_sdk_stores_inventory-items-v-3 `queryInventoryItems`: GET
 * `/stores/v3/inventory-items/query` with the query as `.r`, or POST with it as the body when long):
 * `{query: {filter, sort, cursorPaging: {limit, cursor}}}` → `{inventoryItems, pagingMetadata: {count, cursors:
 * {next, prev}}}`. One inventory item per variant at the store's one (default) location, consistent with the V3
 * product's variants (catalog/variants.ts): a tracked variant has `trackQuantity: true` and its `quantity`, an
 * untracked one `trackQuantity: false` and `inStock` (the typings' tracking-method oneof).
 * Modelled filters: `productId` and `variantId`, each `$eq` / `$in` (or a bare value); others are a 400.
 * Sorting is not modelled (items come in catalog order, variants in their order). Limit 1–1000, default 100.
 */

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
const FILTERS = ['productId', 'variantId'];
/** The store's default location (the emulator models one). */
export const DEFAULT_LOCATION = '10ca7100-0000-4000-8000-000000000000';

/** `queryInventoryItems`: the items of the filter's products and variants, a page at a time. */
export function queryInventoryItems(ctx: ApiContext, payload: Record<string, unknown>): Record<string, unknown> {
  const query = payload['query'] ?? {};
  if (!isPlainObject(query)) throw violation('query', 'must be an object', 'FORMAT');
  const paging = query['cursorPaging'] ?? {};
  if (!isPlainObject(paging)) throw violation('query.cursorPaging', 'must be an object', 'FORMAT');
  const limit = intField(paging['limit'], 'query.cursorPaging.limit', DEFAULT_LIMIT, 1, MAX_LIMIT);
  const cursor = typeof paging['cursor'] === 'string' && paging['cursor'] !== '' ? decode(paging['cursor']) : null;
  if (cursor && (isGiven(query['filter']) || isGiven(query['sort']))) {
    throw violation('query.filter', 'must be empty when cursorPaging.cursor is given (the cursor carries it)', 'OTHER');
  }
  if (!cursor && isGiven(query['sort'])) throw violation('query.sort', 'is not modelled by the emulator (items come in catalog order)', 'OTHER');
  const filter = cursor ? cursor.filter : (query['filter'] ?? {});
  const offset = cursor?.offset ?? 0;
  const { products, variants } = compile(filter);
  const c = ctx.state.catalog;
  const rows = products === null ? null : products.map((id) => rowOf(ctx.state, id)).filter((r) => r >= 0);
  const items: Record<string, unknown>[] = [];
  let seen = 0;
  let more = false;
  const total = rows === null ? c.size : rows.length;
  for (let i = 0; i < total && !more; i++) {
    const row = rows === null ? i : rows[i];
    for (const [index, v] of variantsOf(c, row).entries()) {
      if (variants !== null && !variants.includes(v.id)) continue;
      if (seen++ < offset) continue;
      if (items.length === limit) {
        more = true;
        break;
      }
      items.push(toInventoryItem(c, row, v, index));
    }
  }
  const end = offset + items.length;
  return {
    inventoryItems: items,
    pagingMetadata: {
      count: items.length,
      cursors: {
        next: more ? encode({ filter, offset: end }) : null,
        prev: offset > 0 ? encode({ filter, offset: Math.max(0, offset - limit) }) : null,
      },
    },
  };
}

/** One variant's inventory item at the default location (REST names). */
export function toInventoryItem(c: Catalog, row: number, v: EmulatedVariant, index: number): Record<string, unknown> {
  const productId = c.ids[row];
  const date = new Date(c.updated[row]).toISOString();
  return {
    id: `${productId.slice(0, 24)}f${index.toString(16).padStart(11, '0')}`,
    revision: '1',
    createdDate: new Date(c.created[row]).toISOString(),
    updatedDate: date,
    variantId: v.id,
    locationId: DEFAULT_LOCATION,
    productId,
    trackQuantity: v.tracked,
    ...(v.tracked ? { quantity: v.quantity } : { inStock: v.inStock }),
    availabilityStatus: v.inStock ? 'IN_STOCK' : 'OUT_OF_STOCK',
    preorderInfo: { enabled: false },
    product: {
      name: c.names[row],
      directCategoryIds: collectionsOf(c, row),
      ...(v.choices.length > 0 && { variantName: v.choices.map((ch) => ch.choice.name).join(' | ') }),
      ...(v.sku !== null && { variantSku: v.sku }),
      variantVisible: true,
    },
  };
}

/** The filter's product ids and variant ids (null: any). */
function compile(filter: unknown): { products: string[] | null; variants: string[] | null } {
  if (!isPlainObject(filter)) throw violation('query.filter', 'must be an object', 'FORMAT');
  for (const key of Object.keys(filter)) {
    if (!FILTERS.includes(key)) throw violation(`query.filter.${key}`, `is not modelled by the emulator (modelled: ${FILTERS.join(', ')})`, 'OTHER');
  }
  return { products: idsOf(filter['productId'], 'productId'), variants: idsOf(filter['variantId'], 'variantId') };
}

function idsOf(condition: unknown, field: string): string[] | null {
  if (condition === undefined) return null;
  if (typeof condition === 'string') return [condition];
  if (isPlainObject(condition)) {
    const keys = Object.keys(condition);
    if (keys.length === 1 && keys[0] === '$eq' && typeof condition['$eq'] === 'string') return [condition['$eq']];
    const list = condition['$in'];
    if (keys.length === 1 && Array.isArray(list) && list.every((v) => typeof v === 'string')) {
      if (list.length > 100) throw violation(`query.filter.${field}.$in`, 'must contain at most 100 items', 'MAX', { threshold: 100 });
      return list as string[];
    }
  }
  throw violation(`query.filter.${field}`, 'must be a string, {$eq: string} or {$in: [strings]}', 'OTHER');
}

function isGiven(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isPlainObject(value)) return Object.keys(value).length > 0;
  return value !== '';
}

function encode(state: { filter: unknown; offset: number }): string {
  return Buffer.from(JSON.stringify({ k: 'inventory', f: state.filter, o: state.offset }), 'utf8').toString('base64url');
}

function decode(cursor: string): { filter: unknown; offset: number } {
  let packed: unknown = null;
  try {
    packed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    packed = null;
  }
  if (!isPlainObject(packed) || packed['k'] !== 'inventory' || !Number.isInteger(packed['o']) || (packed['o'] as number) < 0) {
    throw new QueryError('INVALID_CURSOR', 'The cursor is not valid for inventory-items/query');
  }
  return { filter: packed['f'] ?? {}, offset: packed['o'] as number };
}
