import { createRESTModule } from '@wix/sdk-runtime/rest-modules';
import type { V3Product } from '@wix/auto_sdk_stores_products-v-3';
// The package's method module: the same functions its entry wraps, in a file the V3 reader never imports.
import * as methods from '#wix-stores-v3-methods';
// Category membership (Catalog V3 keeps it in the categories API): its method module, bound the same way.
import * as categories from '#wix-categories-methods';
import type { CatalogWixClient } from './wix-client';

/*
 * The Catalog V3 writes (each update carries the product's `revision`). Reached only through the dynamic
 * `import()` in catalog/bulk/bulk-runner.ts: a lazy chunk, downloaded when a bulk action is first used.
 *
 * Why the method module (as in v1-writes.ts): the lazy V3 reader imports `queryProducts` from the package's
 * entry, and esbuild keeps one module in one chunk with every export anyone uses, so importing the writes from
 * the entry too put them in a chunk the reader loads: the first V3 read grew from 36 kB to 92 kB raw. For the
 * same reason the reads a write needs (current values, revisions) go through the V3 reader (`byIds`), not an
 * import of the entry's `queryProducts` here: that put the entry in a chunk shared by reader and writer.
 */

/**
 * A method of the module called with the client's http client after its declared parameters, as the entry does
 * (the methods read it as `arguments[n]`, so omitted optional arguments are passed as undefined).
 */
function bound<A extends unknown[], R>(method: (...args: A) => R): (...args: A) => R {
  return createRESTModule((httpClient: unknown) => (...args: A) => {
    const all: unknown[] = Array.from({ length: Math.max(method.length, args.length) }, (_, i) => args[i]);
    return (method as (...a: unknown[]) => R)(...all, { httpClient });
  }) as never;
}

const writes = {
  bulkUpdateProducts: bound(methods.bulkUpdateProducts),
  bulkAddItemsToCategory: bound(categories.bulkAddItemsToCategory),
  bulkRemoveItemsFromCategory: bound(categories.bulkRemoveItemsFromCategory),
};

/** The V3 write functions bound to the dashboard-authenticated client. */
export interface WixV3WritesApi {
  bulkUpdateProducts: typeof methods.bulkUpdateProducts;
  /** Categories API: up to 1,000 items of one category a call (`@maxSize 1000`), per-item results. */
  bulkAddItemsToCategory: typeof categories.bulkAddItemsToCategory;
  bulkRemoveItemsFromCategory: typeof categories.bulkRemoveItemsFromCategory;
}

/** Wix Stores' app id, which every category item reference names (`ItemReference.appId` in the typings). */
export const STORES_APP_ID = '215238eb-22a5-4c36-9e7b-e7c08025e04e';
/** The category tree of Wix Stores' products (`treeReference.appNamespace`, required by the categories API). */
export const STORES_CATEGORY_TREE = { appNamespace: '@wix/stores' } as const;

/** A V3 product as the SDK returns it. */
export type WixV3WriteProduct = V3Product;

/** Binds the V3 writes to the app's client (`client.use`): same auth, same fetch seam. */
export function bindV3Writes(client: CatalogWixClient): WixV3WritesApi {
  return client.use(writes) as unknown as WixV3WritesApi;
}
