import { createRESTModule } from '@wix/sdk-runtime/rest-modules';
import type { SingleEntityOpsRequestedFieldsWithLiterals, V3Product } from '@wix/auto_sdk_stores_products-v-3';
// The package's method module, not its entry: the entry is one module holding every V3 method, which the lazy
// V3 reader (the first search on a V3 site) imports, and esbuild keeps a module in one chunk with every export
// anyone uses, so binding `getProduct` from the entry would add its code (~14 kB raw) to every V3 site's first
// search. The method module holds the same functions; only `getProduct` is taken from it, into this chunk.
import * as methods from '#wix-stores-v3-methods';
import type { CatalogWixClient } from './wix-client';

/*
 * Catalog V3 `productsV3.getProduct`: one product with its variants and the requested `fields`. Reached only
 * through the dynamic `import()` in catalog/details/product-details-reader.ts: V3 sites download it with the
 * product details panel, V1 sites never.
 */

/** `getProduct` called with the client's http client as its last argument, as the package's entry does. */
const getProduct = createRESTModule(
  (httpClient: unknown) =>
    (...args: Parameters<typeof methods.getProduct>) =>
      (methods.getProduct as (...a: unknown[]) => ReturnType<typeof methods.getProduct>)(...args, { httpClient }),
) as unknown as typeof methods.getProduct;

/** The V3 single-product read bound to the dashboard-authenticated client. */
export interface WixV3ProductRead {
  getProduct: typeof methods.getProduct;
}

/** A Catalog V3 product as `getProduct` returns it (`_id`, `_createdDate`, `variantsInfo`, `options`…). */
export type WixV3ProductDetails = V3Product;

/** A value of `getProduct`'s `fields` option (CURRENCY, MERCHANT_DATA, PLAIN_DESCRIPTION…). */
export type WixV3DetailsField = SingleEntityOpsRequestedFieldsWithLiterals;

/** Binds `getProduct` to the app's client (`client.use`): same auth, same fetch seam. */
export function bindV3ProductRead(client: CatalogWixClient): WixV3ProductRead {
  return client.use({ getProduct }) as unknown as WixV3ProductRead;
}
