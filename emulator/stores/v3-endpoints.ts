import { hasPermission, PERMISSIONS } from '../auth/roles';
import { toV3Product } from '../catalog/v3-product';
import { runQuery } from '../query/execute';
import { and, compileFilter } from '../query/filter';
import { applicationError, HttpError, permissionDenied } from '../http/wire';
import { isPlainObject, violation } from '../query/query-error';
import { intField, parseSort } from '../query/sort';
import { compileSearch } from '../query/v3-search';
import type { CatalogVersion } from '../options';
import { type ApiContext, DEFAULT_LIMIT, MAX_LIMIT, visibleOnly } from './v1-endpoint';
import { type CursorState, decodeCursor, encodeCursor } from './v3-cursor';

/** `GET /stores/v3/provision/version` answers. */
export const VERSION_NAMES: Readonly<Record<CatalogVersion, string>> = {
  V1: 'V1_CATALOG',
  V3: 'V3_CATALOG',
  NONE: 'STORES_NOT_INSTALLED',
};

const MAX_FIELDS = 100;

/**
 * `products/query` (`{fields?, query: {filter, sort, cursorPaging}}`) and `products/search`
 * (`{fields?, search: {filter, sort, search: {expression, fields}, cursorPaging}}`) → `{products,
 * pagingMetadata: {count, cursors: {next, prev}, hasNext}}`; the last page has `cursors.next: null`.
 * A cursor must come alone: with filter, sort or search it is rejected (as Wix does).
 */
export function queryV3Products(ctx: ApiContext, payload: Record<string, unknown>, kind: 'query' | 'search'): Record<string, unknown> {
  const { state } = ctx;
  const fields = requestedFields(payload['fields']);
  const admin = hasPermission(ctx.role, PERMISSIONS.v3ReadAdmin);
  // The typings' application error for this (SearchProductsApplicationErrors / QueryProductsApplicationErrors).
  if (fields.has('MERCHANT_DATA') && !admin) throw merchantDataDenied();
  const body = payload[kind] ?? {};
  if (!isPlainObject(body)) throw violation(kind, 'must be an object', 'FORMAT');
  const paging = body['cursorPaging'] ?? {};
  if (!isPlainObject(paging)) throw violation(`${kind}.cursorPaging`, 'must be an object', 'FORMAT');
  const limit = intField(paging['limit'], `${kind}.cursorPaging.limit`, DEFAULT_LIMIT, 0, MAX_LIMIT);
  const cursor = paging['cursor'];
  let position: CursorState;
  if (typeof cursor === 'string' && cursor !== '') {
    for (const key of ['filter', 'sort', 'search'] as const) {
      if (isGiven(body[key])) {
        throw violation(`${kind}.${key}`, 'must be empty when cursorPaging.cursor is given (the cursor carries it)', 'OTHER');
      }
    }
    position = decodeCursor(cursor, kind);
  } else {
    position = { kind, filter: body['filter'], sort: body['sort'], search: kind === 'search' ? body['search'] : undefined, offset: 0 };
  }
  const registry = kind === 'query' ? state.fields.v3Query : state.fields.v3Search;
  const sort = parseSort(position.sort, registry, `${kind}.sort`, kind === 'query' ? 5 : 10);
  const parts = [compileFilter(position.filter, registry), compileSearch(position.search, state.fields.v3Searchable, `${kind}.search`)];
  if (!admin) parts.push(visibleOnly(state));
  const run = runQuery(state.catalog.size, and(parts), sort, position.offset, limit + (ctx.extraItems ?? 0));
  const shape = { origin: ctx.origin, merchant: admin, siteUrl: state.site.siteUrl, fields, includeVariants: kind === 'query' };
  const products = Array.from(run.rows, (row) => toV3Product(state.catalog, row, shape));
  const end = position.offset + products.length;
  const hasNext = end < run.total;
  return {
    products,
    pagingMetadata: {
      count: products.length,
      cursors: {
        next: hasNext ? encodeCursor({ ...position, offset: end }) : null,
        prev: position.offset > 0 ? encodeCursor({ ...position, offset: Math.max(0, position.offset - limit) }) : null,
      },
      hasNext,
    },
  };
}

/**
 * `products/count` (`{filter?, search?, returnNonVisibleProducts?}`) → `{count}` (Wix's "Count Products", Catalog
 * V3): the filter and search compiled exactly as `products/search` compiles them, so a count equals the rows a
 * search walks. Non-visible products are counted only when asked for, and asking needs the admin read scope
 * (`SCOPE.STORES.PRODUCT_READ_ADMIN`, as the docs say of `returnNonVisibleProducts`): without it, 403 naming it.
 * The SDK sends it as a GET (its body as query parameters: "true" / "false"); the REST reference shows a POST:
 * both are answered.
 */
export function countV3Products(ctx: ApiContext, payload: Record<string, unknown>): Record<string, unknown> {
  const { state } = ctx;
  const body = payload ?? {};
  if (!isPlainObject(body)) throw violation('', 'must be an object', 'FORMAT');
  const raw = body['returnNonVisibleProducts'] ?? false;
  const nonVisible = raw === 'true' ? true : raw === 'false' ? false : raw;
  if (typeof nonVisible !== 'boolean') throw violation('returnNonVisibleProducts', 'must be a boolean', 'FORMAT');
  if (nonVisible && !hasPermission(ctx.role, PERMISSIONS.v3ReadAdmin)) throw permissionDenied(PERMISSIONS.v3ReadAdmin);
  const parts = [compileFilter(body['filter'], state.fields.v3Search), compileSearch(body['search'], state.fields.v3Searchable, 'search')];
  if (!nonVisible) parts.push(visibleOnly(state));
  return { count: runQuery(state.catalog.size, and(parts), [], 0, 0).total };
}

function requestedFields(value: unknown): ReadonlySet<string> {
  if (value === undefined || value === null) return new Set();
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || !list.every((f) => typeof f === 'string')) throw violation('fields', 'must be a list of field names', 'FORMAT');
  if (list.length > MAX_FIELDS) throw violation('fields', `must contain at most ${MAX_FIELDS} items`, 'MAX', { threshold: MAX_FIELDS });
  return new Set(list as string[]);
}

function isGiven(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isPlainObject(value)) return Object.values(value).some((v) => v !== undefined && v !== null && v !== '');
  return value !== '';
}

/** 403 `NO_PERMISSION_TO_READ_MERCHANT_DATA`: MERCHANT_DATA asked without `SCOPE.STORES.PRODUCT_READ_ADMIN`. */
function merchantDataDenied(): HttpError {
  const permission = PERMISSIONS.v3ReadAdmin;
  return new HttpError(403, applicationError('NO_PERMISSION_TO_READ_MERCHANT_DATA', `Reading merchant data (cost, profit) needs ${permission}`, { permission }));
}
