import type { RemoteHost } from '@wix/dashboard';
import type { AuthenticationStrategy, WixClient } from '@wix/sdk';
import { bulkUpdateProducts, queryProducts, updateProduct, type V3Product } from '@wix/auto_sdk_stores_products-v-3';
import type { CatalogWixClient } from './wix-client';

/*
 * The Catalog V3 writes (each update carries the product's `revision`). Reached only through the dynamic
 * `import()` in catalog/bulk/catalog-writer.ts: a lazy chunk, downloaded when a bulk action is first used.
 */

interface V3WriteModules {
  queryProducts: typeof queryProducts;
  updateProduct: typeof updateProduct;
  bulkUpdateProducts: typeof bulkUpdateProducts;
}

/** The V3 write functions (and the read that fetches revisions) bound to the dashboard-authenticated client. */
export type WixV3WritesApi = Pick<WixClient<RemoteHost, AuthenticationStrategy<RemoteHost>, V3WriteModules>, keyof V3WriteModules>;

/** A V3 product as the SDK returns it. */
export type WixV3WriteProduct = V3Product;

/** Binds the V3 writes to the app's client (`client.use`): same auth, same fetch seam. */
export function bindV3Writes(client: CatalogWixClient): WixV3WritesApi {
  return client.use({ queryProducts, updateProduct, bulkUpdateProducts }) as WixV3WritesApi;
}
