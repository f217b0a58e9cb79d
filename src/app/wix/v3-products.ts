import type { RemoteHost } from '@wix/dashboard';
import type { AuthenticationStrategy, WixClient } from '@wix/sdk';
import {
  countProducts,
  queryProducts,
  searchProducts,
  type RequestedFieldsWithLiterals,
  type V3Product,
  type V3ProductSearch,
} from '@wix/auto_sdk_stores_products-v-3';
import type { CatalogWixClient } from './wix-client';

/*
 * The Catalog V3 products module is large. This file imports it, so it must be reached only through the
 * dynamic `import()` in catalog/v3-catalog-gateway.ts: the bundler then keeps it in a chunk that only V3
 * sites download. Only the three reads below are bound, so only they (and what they need) are bundled.
 */

/** The Catalog V3 modules the app binds to its client. */
interface V3Modules {
  queryProducts: typeof queryProducts;
  searchProducts: typeof searchProducts;
  countProducts: typeof countProducts;
}

/** `productsV3.queryProducts`, `searchProducts` and `countProducts`, bound to the dashboard-authenticated client. */
export type WixV3ProductsApi = Pick<WixClient<RemoteHost, AuthenticationStrategy<RemoteHost>, V3Modules>, keyof V3Modules>;

/** A Catalog V3 product as the SDK returns it (`_id`, `_updatedDate`, price ranges as decimal strings). */
export type WixV3Product = V3Product;

/** The argument of `searchProducts`: search expression, filter, sort and cursor paging. */
export type WixV3Search = V3ProductSearch;

/** A value of the `fields` option (URL, CURRENCY, THUMBNAIL…): parts of a product sent only on request. */
export type WixV3Field = RequestedFieldsWithLiterals;

/** The V3 reads on the app's client (`client.use`): the same dashboard auth and fetch seam as every other call. */
export function bindV3Products(client: CatalogWixClient): WixV3ProductsApi {
  return client.use({ queryProducts, searchProducts, countProducts }) as WixV3ProductsApi;
}
