import type { RemoteHost } from '@wix/dashboard';
import type { AuthenticationStrategy, WixClient } from '@wix/sdk';
import {
  addProductsToCollection,
  bulkUpdateProductsProperty,
  queryProducts,
  removeProductsFromCollection,
  updateProduct,
} from '@wix/auto_sdk_stores_products';
import type { CatalogWixClient } from './wix-client';

/*
 * The Catalog V1 writes. Reached only through the dynamic `import()` in catalog/bulk/catalog-writer.ts, so
 * the write functions are a chunk downloaded when a bulk action is first used, never with the page.
 * `bulkAdjustProductProperty` is deliberately not bound: it is relative, and a relative change retried after
 * a timeout could be applied twice (the app sends absolute prices computed once instead).
 */

interface V1WriteModules {
  queryProducts: typeof queryProducts;
  updateProduct: typeof updateProduct;
  bulkUpdateProductsProperty: typeof bulkUpdateProductsProperty;
  addProductsToCollection: typeof addProductsToCollection;
  removeProductsFromCollection: typeof removeProductsFromCollection;
}

/** The V1 write functions (and the read they verify with) bound to the dashboard-authenticated client. */
export type WixV1WritesApi = Pick<WixClient<RemoteHost, AuthenticationStrategy<RemoteHost>, V1WriteModules>, keyof V1WriteModules>;

/** Binds the V1 writes to the app's client (`client.use`): same auth, same fetch seam. */
export function bindV1Writes(client: CatalogWixClient): WixV1WritesApi {
  return client.use({ queryProducts, updateProduct, bulkUpdateProductsProperty, addProductsToCollection, removeProductsFromCollection }) as WixV1WritesApi;
}
