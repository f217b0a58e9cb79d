import { createRESTModule } from '@wix/sdk-runtime/rest-modules';
// The package's method module (as in v1-writes.ts): the page's first load imports `queryProducts` from the
// package's entry, and binding `getProduct` from there would put it in the initial bundle with it.
import * as methods from '#wix-stores-v1-methods';
import type { Product } from '@wix/auto_sdk_stores_products';
import type { CatalogWixClient } from './wix-client';

/*
 * Catalog V1 `products.getProduct`: one product with its variants, options, media and (for roles that manage
 * products, when asked) cost and profit. Reached only through the dynamic `import()` in
 * catalog/details/product-details-reader.ts, so it is a chunk the product details panel downloads on V1 sites.
 */

/** `getProduct` called with the client's http client as its last argument, as the package's entry does. */
const getProduct = createRESTModule(
  (httpClient: unknown) =>
    (...args: Parameters<typeof methods.getProduct>) =>
      (methods.getProduct as (...a: unknown[]) => ReturnType<typeof methods.getProduct>)(...args, { httpClient }),
) as unknown as typeof methods.getProduct;

/** A Catalog V1 product as `getProduct` returns it (`_id`, `_createdDate` as a Date, `variants`, `productOptions`). */
export type WixV1ProductDetails = Product;

/** The V1 single-product read bound to the dashboard-authenticated client (same auth, same fetch seam). */
export interface WixV1ProductRead {
  getProduct: typeof methods.getProduct;
}

/** Binds `getProduct` to the app's client (`client.use`). */
export function bindV1ProductRead(client: CatalogWixClient): WixV1ProductRead {
  return client.use({ getProduct }) as unknown as WixV1ProductRead;
}
