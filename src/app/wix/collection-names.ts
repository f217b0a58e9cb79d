import { Observable, map } from 'rxjs';
import type { WixApi } from './wix-api';
import type { WixPermission } from './wix-errors';

/*
 * The names of the collections (V1) or categories (V3) one product is in, in one request: V1
 * `collections.queryCollections` and V3 `categories.queryCategories`, both of which the typings let filter `_id`
 * with `in` (`id: {$in: [...]}` on the wire), sent as REST through the authenticated client like WixCollections
 * does for the filter's list (same endpoints and permissions; the SDK modules would bring their query builders).
 * Used by the lazy product details panel only.
 */

/**
 * The product-read permission of each catalog version, as the V1 and V3 gateways name it: collections and
 * categories are read with the products (and the details panel's reads need the same). Written out here, not
 * imported from the gateways: that import would move them out of the first load's main chunk into one shared
 * with the panel's lazy chunk, and the glue between chunks costs initial bytes.
 */
export const PRODUCT_READ_PERMISSIONS: Readonly<Record<'v1' | 'v3', WixPermission>> = {
  v1: { id: 'WIX_STORES.READ_PRODUCTS', name: 'Read Products' },
  v3: { id: 'SCOPE.STORES.PRODUCT_READ', name: 'Read Products' },
};
/** A product is in a handful of collections; Wix's page limit for both lists. */
const MAX = 100;

interface Named {
  readonly id?: unknown;
  readonly name?: unknown;
}

/** Id → name of those of `ids` the site has (an id it does not know is left out). Fails with a CatalogError. */
export function collectionNames(api: WixApi, kind: 'v1' | 'v3', ids: readonly string[]): Observable<ReadonlyMap<string, string>> {
  const filter = { id: { $in: ids.slice(0, MAX) } };
  const answer =
    kind === 'v1'
      ? api
          // V1 takes its filter as a JSON string (REST docs), as WixCollections sends it.
          .postJson<{ collections?: unknown }>('/stores/v1/collections/query', { query: { filter: JSON.stringify(filter), paging: { limit: MAX } } }, PRODUCT_READ_PERMISSIONS.v1)
          .pipe(map((body) => body?.collections))
      : api
          .postJson<{ categories?: unknown }>(
            '/categories/v1/categories/query',
            { query: { filter, cursorPaging: { limit: MAX } }, treeReference: { appNamespace: '@wix/stores' } },
            PRODUCT_READ_PERMISSIONS.v3,
          )
          .pipe(map((body) => body?.categories));
  return answer.pipe(map(namesOf));
}

/** The entries with a string id and name (Wix's answer is not trusted to have either). */
function namesOf(list: unknown): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  if (!Array.isArray(list)) return names;
  for (const entry of list as Named[]) {
    if (typeof entry?.id === 'string' && typeof entry.name === 'string') names.set(entry.id, entry.name);
  }
  return names;
}
