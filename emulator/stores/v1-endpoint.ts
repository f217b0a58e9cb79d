import { hasPermission, PERMISSIONS, type Role } from '../auth/roles';
import { toV1Product } from '../catalog/v1-product';
import type { Condition } from '../query/conditions';
import { runQuery } from '../query/execute';
import { and, compileFilter } from '../query/filter';
import { isPlainObject, violation } from '../query/query-error';
import { intField, parseSort } from '../query/sort';
import type { EmulatorState } from '../state';

/** What a Stores endpoint knows about the call. */
export interface ApiContext {
  readonly state: EmulatorState;
  readonly role: Role;
  /** The emulator origin as the caller reached it. */
  readonly origin: string;
  /** Fault injection (`malformNext: extra-item`): send this many products beyond the limit. */
  readonly extraItems?: number;
}

/** Most items one page may hold (V1 paging.limit, V3 cursorPaging.limit). */
export const MAX_LIMIT = 100;
/** Limit when the request gives none. */
export const DEFAULT_LIMIT = 100;

/** Hidden products are left out for callers that cannot manage products (see README, "Roles"). */
export function visibleOnly(state: EmulatorState): Condition {
  const visible = state.catalog.visible;
  return { test: (r) => visible[r] === 1, candidates: null };
}

/**
 * Wix: "Wix Stores query endpoints are designed to handle a max of 10k data items … limit and offset may fail"
 * (Stores "Pagination" page). How it fails is not documented: the emulator refuses a page that reaches past the
 * window (offset + limit > window) with a 400 validation error naming `query.paging.offset` (README, "Paging").
 */
export function checkOffsetWindow(offset: number, limit: number, window: number): void {
  if (window === 0 || offset + limit <= window) return;
  throw violation(
    'query.paging.offset',
    `offset + limit must be at most ${window}: Stores queries read at most ${window} items by offset; ` +
      'sort by numericId and filter by numericId $gt the last one to read further',
    'MAX',
    { threshold: window, offset, limit },
  );
}

/**
 * `query-platformized`: `{query: {filter, sort, paging: {offset, limit}}}` → `{products, metadata: {count, offset,
 * total}}`. `metadata.total` is what the SDK's `totalCount`, `totalPages` and `hasNext()` are computed from.
 */
export function queryV1Products(ctx: ApiContext, payload: Record<string, unknown>): Record<string, unknown> {
  const { state } = ctx;
  const query = payload['query'] ?? {};
  if (!isPlainObject(query)) throw violation('query', 'must be an object', 'FORMAT');
  if (query['cursorPaging'] !== undefined && query['cursorPaging'] !== null) {
    throw violation('query.cursorPaging', 'is not supported by the emulator; use query.paging', 'OTHER');
  }
  const paging = query['paging'] ?? {};
  if (!isPlainObject(paging)) throw violation('query.paging', 'must be an object', 'FORMAT');
  const limit = intField(paging['limit'], 'query.paging.limit', DEFAULT_LIMIT, 0, MAX_LIMIT);
  const offset = intField(paging['offset'], 'query.paging.offset', 0, 0, Number.MAX_SAFE_INTEGER);
  checkOffsetWindow(offset, limit, state.config.offsetWindow);
  const sort = parseSort(query['sort'], state.fields.v1, 'query.sort', 10);
  const manager = hasPermission(ctx.role, PERMISSIONS.v1Manage);
  const filter = compileFilter(query['filter'], state.fields.v1);
  const run = runQuery(state.catalog.size, manager ? filter : and([filter, visibleOnly(state)]), sort, offset, limit + (ctx.extraItems ?? 0));
  const shape = { origin: ctx.origin, merchant: manager, siteUrl: state.site.siteUrl };
  const products = Array.from(run.rows, (row) => toV1Product(state.catalog, row, shape));
  return { products, metadata: { count: products.length, offset, total: run.total } };
}
