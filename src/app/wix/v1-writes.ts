import type { RemoteHost } from '@wix/dashboard';
import type { AuthenticationStrategy, WixClient } from '@wix/sdk';
import { createRESTModule } from '@wix/sdk-runtime/rest-modules';
import type { queryProducts } from '@wix/auto_sdk_stores_products';
// The package's method module: the same functions its entry wraps, in a file the page's first load never imports.
import * as methods from '#wix-stores-v1-methods';
import type { CatalogWixClient } from './wix-client';

/*
 * The Catalog V1 writes. Reached only through the dynamic `import()` in catalog/bulk/bulk-runner.ts, so the
 * write functions are a chunk downloaded when a bulk action is first used, never with the page.
 *
 * Why not `import { updateProduct } from '@wix/auto_sdk_stores_products'`: the page imports `queryProducts`
 * from that file, and esbuild keeps one module in one chunk, so every export used anywhere (the writes too)
 * would land in the initial bundle (+7 kB raw). The package's `index.typings.mjs` holds the same methods
 * (its entry wraps each as `createRESTModule((httpClient) => (...args) => method(...args, { httpClient }))`);
 * binding them here the same way keeps them in this lazy chunk. `#wix-stores-v1-methods` is a tsconfig path
 * (jest maps it to the CommonJS build of the same file).
 *
 * `bulkAdjustProductProperty` is deliberately not bound: it is relative, and a relative change retried after
 * a timeout could be applied twice (the app sends absolute prices computed once instead).
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
  updateProduct: bound(methods.updateProduct),
  bulkUpdateProductsProperty: bound(methods.bulkUpdateProductsProperty),
  addProductsToCollection: bound(methods.addProductsToCollection),
  removeProductsFromCollection: bound(methods.removeProductsFromCollection),
};

/** The V1 write functions (and the read they verify with) bound to the dashboard-authenticated client. */
export interface WixV1WritesApi {
  queryProducts: WixClient<RemoteHost, AuthenticationStrategy<RemoteHost>, { queryProducts: typeof queryProducts }>['queryProducts'];
  updateProduct: typeof methods.updateProduct;
  bulkUpdateProductsProperty: typeof methods.bulkUpdateProductsProperty;
  addProductsToCollection: typeof methods.addProductsToCollection;
  removeProductsFromCollection: typeof methods.removeProductsFromCollection;
}

/**
 * Binds the V1 writes to the app's client (`client.use`): same auth, same fetch seam. The read is the client's
 * own `products.queryProducts`: importing it here too would split the entry it lives in into a chunk of its own
 * (one more initial file).
 */
export function bindV1Writes(client: CatalogWixClient): WixV1WritesApi {
  return { ...(client.use(writes) as unknown as Omit<WixV1WritesApi, 'queryProducts'>), queryProducts: client.products.queryProducts };
}
