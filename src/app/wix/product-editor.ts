import type { Destination } from '@wix/dashboard';
import { pages } from '@wix/stores/dashboard';
import type { CatalogWixClient } from './wix-client';
import type { CatalogError } from './wix-errors';

/*
 * "Open in Wix": the product's editor in the Wix dashboard, Wix Stores' own page. Reached only from the lazy
 * product details panel (through catalog/details), so `@wix/stores/dashboard` is never in the first load.
 *
 * Wix documents the editor at `wix-stores/products/product/{productId}` under `/dashboard/{metaSiteId}/`
 * ("Stores Dashboard Navigation"), below the Products page at `wix-stores/products`. `navigate()` takes a page
 * id and appends `relativeUrl` to that page's URL ("About Navigating to Dashboard Pages Built by Wix"); the
 * Products page's id comes from Wix Stores' own page builder, `pages.productsList()`. The relative URL is
 * written as Wix's page builders write theirs (`@wix/ecom/dashboard` `orderDetails({id})` → `relativeUrl: id`):
 * without a leading slash.
 */

/** Where the dashboard's product editor for `productId` is: the Products page, then `product/<id>`. */
export function productEditor(productId: string): Destination {
  return { ...pages.productsList(), relativeUrl: `product/${encodeURIComponent(productId)}` };
}

/**
 * Sends the dashboard to the product's editor (a new history entry, as a link would). Resolves once the
 * dashboard took the call; outside the dashboard (no dashboard module on the client) it fails with
 * `not-in-dashboard` instead of doing nothing.
 */
export async function openProductEditor(client: CatalogWixClient | null, productId: string): Promise<void> {
  // provideWixClient adds the dashboard module only when the page is framed by a Wix dashboard.
  const api = client?.dashboard as CatalogWixClient['dashboard'] | undefined;
  if (!api) throw { kind: 'not-in-dashboard', requestId: null } satisfies CatalogError;
  await api.navigate(productEditor(productId), { history: 'push' });
}
