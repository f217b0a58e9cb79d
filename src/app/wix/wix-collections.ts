import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { WixApi } from './wix-api';
import { WixPermission } from './wix-errors';

/** One collection (V1) or category (V3) as the filter lists it. */
export interface WixCollection {
  readonly id: string;
  readonly name: string;
  /** Products in it, when Wix says (`numberOfProducts` V1, `itemCounter` V3). */
  readonly count: number | null;
}

/** A page of collections; `next` continues it (an offset on V1, a cursor on V3), null on the last page. */
export interface WixCollectionPage {
  readonly items: readonly WixCollection[];
  readonly next: string | null;
}

const V1_PERMISSION: WixPermission = { id: 'WIX_STORES.READ_PRODUCTS', name: 'Read Products' };
const V3_PERMISSION: WixPermission = { id: 'SCOPE.STORES.PRODUCT_READ', name: 'Read Products' };

interface V1Answer {
  readonly collections?: readonly { id?: unknown; name?: unknown; numberOfProducts?: unknown }[];
  readonly metadata?: { total?: unknown };
}
interface V3Answer {
  readonly categories?: readonly { id?: unknown; name?: unknown; itemCounter?: unknown }[];
  readonly pagingMetadata?: { cursors?: { next?: unknown } };
}

/**
 * V1 `collections.queryCollections` and V3 `categories.queryCategories` as the REST calls Wix documents
 * (`POST /stores/v1/collections/query`, filter and sort as JSON strings, offset paging; `POST
 * /categories/v1/categories/query`, Wix Stores' tree, cursor paging), through the authenticated client like
 * the catalog-version check: the SDK modules would merge their query-builder helpers into the initial bundle
 * (measured +2.2 kB raw) for two list calls. Name search is `$startsWith`, which both APIs list for `name`.
 */
@Injectable({ providedIn: 'root' })
export class WixCollections {
  private readonly api = inject(WixApi);

  /**
   * A page of V1 collections whose name starts with `text` (or those with the ids `id`); `next` is the offset to
   * continue from.
   */
  v1(text: string, next: string | null, limit: number, id?: string | readonly string[]): Observable<WixCollectionPage> {
    const offset = Number(next ?? 0) || 0;
    const filter = byId(id) ?? (text ? { name: { $startsWith: text } } : null);
    const query = {
      ...(filter && { filter: JSON.stringify(filter) }),
      sort: JSON.stringify([{ name: 'asc' }]),
      paging: { limit, offset },
    };
    return this.api.postJson<V1Answer | null>('/stores/v1/collections/query', { query }, V1_PERMISSION).pipe(
      map((body) => {
        const items = listOf(body?.collections, (c) => c.numberOfProducts);
        const total = typeof body?.metadata?.total === 'number' ? body.metadata.total : null;
        const end = offset + items.length;
        // Without a total, a full page may have a next one.
        const more = total !== null ? end < total : items.length === limit;
        return { items, next: more && items.length > 0 ? String(end) : null };
      }),
    );
  }

  /** A page of V3 categories (Wix Stores' tree) whose name starts with `text` (or with the ids `id`); `next` is a cursor. */
  v3(text: string, next: string | null, limit: number, id?: string | readonly string[]): Observable<WixCollectionPage> {
    const filter = byId(id) ?? (text ? { name: { $startsWith: text } } : null);
    // A cursor comes alone: it carries the filter and sort it was issued for.
    const query = next
      ? { cursorPaging: { limit, cursor: next } }
      : { ...(filter && { filter }), sort: [{ fieldName: 'name', order: 'ASC' }], cursorPaging: { limit } };
    const body = { query, treeReference: { appNamespace: '@wix/stores' } };
    return this.api.postJson<V3Answer | null>('/categories/v1/categories/query', body, V3_PERMISSION).pipe(
      map((answer) => {
        const cursor = answer?.pagingMetadata?.cursors?.next;
        return { items: listOf(answer?.categories, (c) => c.itemCounter), next: typeof cursor === 'string' && cursor ? cursor : null };
      }),
    );
  }
}

/**
 * The filter for one id (`$eq`) or several (`$in`: V1 `CollectionsQueryBuilder.in('_id')`, V3
 * `CategoriesQueryBuilder.in('_id')` in the typings; `_id` is `id` on the wire); null without ids.
 */
function byId(id: string | readonly string[] | undefined): object | null {
  if (id === undefined) return null;
  return typeof id === 'string' ? { id: { $eq: id } } : { id: { $in: id } };
}

/** The entries with an id, their names as text and counts when they are numbers (Wix's answer is not trusted). */
function listOf<T extends { id?: unknown; name?: unknown }>(raw: readonly T[] | undefined, count: (c: T) => unknown): WixCollection[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((c): c is T => typeof c === 'object' && c !== null && typeof c.id === 'string' && c.id !== '')
    .map((c) => {
      const n = count(c);
      return { id: c.id as string, name: typeof c.name === 'string' ? c.name : '', count: typeof n === 'number' ? n : null };
    });
}
