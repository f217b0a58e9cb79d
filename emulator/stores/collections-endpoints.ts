import type { Catalog } from '../catalog/catalog';
import { editedCollectionRows } from '../catalog/catalog-edits';
import { COLLECTION_NAMES } from '../catalog/vocabulary';
import { runQuery } from '../query/execute';
import { field, type FieldRegistry, registry } from '../query/field';
import { compileFilter } from '../query/filter';
import { isPlainObject, QueryError, violation } from '../query/query-error';
import { intField, parseSort } from '../query/sort';
import { numericSortIndex, stringSortIndex } from '../query/sort-index';
import type { ApiContext } from './v1-endpoint';

/** The collections (V1) / categories (V3) of a catalog: every id some product belongs to, with its name and size. */
export interface CollectionTable {
  readonly ids: readonly string[];
  readonly names: readonly string[];
  readonly counts: Uint32Array;
  /** Fields for filters and sorts: `id` and `name` (V1 table: `$eq,$ne,$hasSome,$contains,$startsWith`). */
  readonly fields: FieldRegistry;
  /** Drops what was derived from the counts (a write changed one). */
  readonly countsChanged: () => void;
}

const tables = new WeakMap<Catalog, CollectionTable>();

/** The catalog's collections, built once per catalog; a name unknown to the vocabulary (file catalogs) is the id. */
export function collectionTable(c: Catalog): CollectionTable {
  let table = tables.get(c);
  if (table) return table;
  const ids = c.collectionIds;
  const names = ids.map((id) => COLLECTION_NAMES.get(id) ?? id);
  const counts = new Uint32Array(ids.length);
  for (let i = 0; i < c.collectionItems.length; i++) counts[c.collectionItems[i]]++;
  // Rows a write changed before the first list: their original ids out, their ids now in.
  for (const [row, now] of editedCollectionRows(c)) {
    for (let i = c.collectionOffsets[row]; i < c.collectionOffsets[row + 1]; i++) counts[c.collectionItems[i]]--;
    for (const id of now) counts[ids.indexOf(id)]++;
  }
  const byName = stringSortIndex(ids.length, (r) => names[r].toLowerCase());
  const byId = stringSortIndex(ids.length, (r) => ids[r].toLowerCase());
  // Counts change with membership writes: the count index is rebuilt on the next sort by count after one.
  let byCount: ReturnType<typeof numericSortIndex> | null = null;
  const fields = registry([
    field('id', 'string', (r) => ids[r], { sortable: true, index: () => byId }),
    field('name', 'string', (r) => names[r], { sortable: true, index: () => byName }),
    field('numberOfProducts', 'number', (r) => counts[r], { sortable: true, index: () => (byCount ??= numericSortIndex(Float64Array.from(counts))) }),
  ]);
  table = { ids, names, counts, fields, countsChanged: () => (byCount = null) };
  tables.set(c, table);
  return table;
}

/**
 * A product joined (+1) or left (−1) a collection: its `numberOfProducts` (V1) / `itemCounter` (V3) follows,
 * as Wix's counts do after Add/Remove. Nothing to do before the table was first read (it counts then).
 */
export function collectionCountChanged(c: Catalog, id: string, delta: 1 | -1): void {
  const table = tables.get(c);
  const index = table ? table.ids.indexOf(id) : -1;
  if (!table || index < 0) return;
  table.counts[index] = Math.max(0, table.counts[index] + delta);
  table.countsChanged();
}

/**
 * V1 `collections.queryCollections` (`GET|POST /stores/v1/collections/query`): `{query: {filter, sort, paging}}`
 * → `{collections: [{id, name, numberOfProducts}], metadata: {count, offset, total}}`, offset paging, limit ≤ 100.
 */
export function queryV1Collections(ctx: ApiContext, payload: Record<string, unknown>): Record<string, unknown> {
  const table = collectionTable(ctx.state.catalog);
  const query = payload['query'] ?? {};
  if (!isPlainObject(query)) throw violation('query', 'must be an object', 'FORMAT');
  const paging = query['paging'] ?? {};
  if (!isPlainObject(paging)) throw violation('query.paging', 'must be an object', 'FORMAT');
  const limit = intField(paging['limit'], 'query.paging.limit', 50, 0, 100);
  const offset = intField(paging['offset'], 'query.paging.offset', 0, 0, Number.MAX_SAFE_INTEGER);
  const sort = parseSort(query['sort'], table.fields, 'query.sort', 5);
  const run = runQuery(table.ids.length, compileFilter(query['filter'], table.fields), sort, offset, limit);
  const collections = Array.from(run.rows, (r) => ({ id: table.ids[r], name: table.names[r], numberOfProducts: table.counts[r], visible: true }));
  return { collections, metadata: { count: collections.length, offset, total: run.total } };
}

/**
 * V3 categories `queryCategories` (`POST /categories/v1/categories/query`): `{query: {filter, sort,
 * cursorPaging}, treeReference: {appNamespace}}` → `{categories: [{id, name, itemCounter, visible}],
 * pagingMetadata: {count, cursors: {next}, hasNext}}`. `treeReference.appNamespace` is required (the typings
 * mark it so); only `@wix/stores` has categories here. A cursor must come alone, as for products.
 */
export function queryV3Categories(ctx: ApiContext, payload: Record<string, unknown>): Record<string, unknown> {
  const table = collectionTable(ctx.state.catalog);
  const tree = payload['treeReference'];
  const namespace = isPlainObject(tree) ? tree['appNamespace'] : undefined;
  if (typeof namespace !== 'string' || namespace === '') {
    throw violation('treeReference.appNamespace', 'is required', 'REQUIRED_FIELD');
  }
  const query = payload['query'] ?? {};
  if (!isPlainObject(query)) throw violation('query', 'must be an object', 'FORMAT');
  const paging = query['cursorPaging'] ?? {};
  if (!isPlainObject(paging)) throw violation('query.cursorPaging', 'must be an object', 'FORMAT');
  const limit = intField(paging['limit'], 'query.cursorPaging.limit', 50, 0, 100);
  let position = { filter: query['filter'], sort: query['sort'], offset: 0 };
  if (typeof paging['cursor'] === 'string' && paging['cursor'] !== '') position = decode(paging['cursor']);
  const sort = parseSort(position.sort, table.fields, 'query.sort', 5);
  const none = namespace !== '@wix/stores';
  const run = none
    ? { rows: new Uint32Array(0), total: 0 }
    : runQuery(table.ids.length, compileFilter(position.filter, table.fields), sort, position.offset, limit);
  const categories = Array.from(run.rows, (r) => ({ id: table.ids[r], name: table.names[r], itemCounter: table.counts[r], visible: true }));
  const end = position.offset + categories.length;
  const hasNext = end < run.total;
  const next = hasNext ? Buffer.from(JSON.stringify({ ...position, offset: end }), 'utf8').toString('base64url') : null;
  return { categories, pagingMetadata: { count: categories.length, cursors: { next, prev: null }, hasNext } };
}

function decode(cursor: string): { filter: unknown; sort: unknown; offset: number } {
  try {
    const packed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (Number.isInteger(packed['offset']) && (packed['offset'] as number) >= 0) {
      return { filter: packed['filter'], sort: packed['sort'], offset: packed['offset'] as number };
    }
  } catch {
    // falls through to the rejection
  }
  throw new QueryError('INVALID_CURSOR', 'The cursor is not valid for categories/query');
}
