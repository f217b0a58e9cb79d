import { pages } from '@wix/stores/dashboard';
import type { CatalogWixClient } from './wix-client';

/*
 * Dashboard calls the lazy features make (toasts, navigation). Reached only from lazy chunks
 * (catalog/dashboard-requests.ts), so it adds nothing to the page's first load. Through the client's own
 * `dashboard` module (bound by provideWixClient for the page's address), not an import of `@wix/dashboard`:
 * a lazy chunk importing it moves that package's ~28 kB out of the first bundle's main chunk into a chunk of
 * its own (one more initial file, ~0.5 kB of import/export glue). Outside the dashboard the client has no
 * dashboard module: the calls throw, and the callers say so.
 */

/** A toast: its text, its kind, and an optional action button. */
export interface ToastRequest {
  readonly message: string;
  readonly type: 'standard' | 'success' | 'warning' | 'error';
  readonly action?: { readonly text: string; readonly onClick: () => void };
}

/** `dashboard.showToast` through the app's client (the dashboard host it was created with). */
export function showDashboardToast(client: CatalogWixClient, toast: ToastRequest): void {
  client.dashboard.showToast({
    message: toast.message,
    type: toast.type,
    ...(toast.action && { action: { text: toast.action.text, removeToastOnClick: true, onClick: toast.action.onClick } }),
  });
}

/**
 * Opens the product's editor in the Wix dashboard: Wix documents it at `wix-stores/products/product/{id}`,
 * under the Products page whose id `@wix/stores/dashboard` gives (`pages.productsList()`).
 */
export function openProductEditor(client: CatalogWixClient, productId: string): void {
  client.dashboard.navigate({
    ...pages.productsList(),
    relativeUrl: `product/${encodeURIComponent(productId)}`,
  });
}
