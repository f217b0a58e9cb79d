import { dashboard } from '@wix/dashboard';
import { pages } from '@wix/stores/dashboard';
import type { CatalogWixClient } from './wix-client';

/*
 * Dashboard calls the bulk actions and the details panel make (toasts, navigation). Reached only from lazy
 * chunks (catalog/dashboard-requests.ts), so it adds nothing to the page's first load.
 */

/** A toast: its text, its kind, and an optional action button. */
export interface ToastRequest {
  readonly message: string;
  readonly type: 'success' | 'warning' | 'error';
  readonly action?: { readonly text: string; readonly onClick: () => void };
}

type BoundDashboard = { dashboard: typeof dashboard };

/** `dashboard.showToast` through the app's client (the dashboard host it was created with). */
export function showDashboardToast(client: CatalogWixClient, toast: ToastRequest): void {
  (client.use({ dashboard }) as unknown as BoundDashboard).dashboard.showToast({
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
  (client.use({ dashboard }) as unknown as BoundDashboard).dashboard.navigate({
    ...pages.productsList(),
    relativeUrl: `product/${encodeURIComponent(productId)}`,
  });
}
