import { Injectable, inject } from '@angular/core';
import { type ToastRequest, openProductEditor, showDashboardToast } from '../wix/dashboard-actions';
import { WIX_CLIENT } from '../wix/wix-client';

export type { ToastRequest };

/**
 * What the page asks of the Wix dashboard around it: completion toasts and "Open in Wix". Only the bulk toolbar's
 * lazy chunk uses it, so the calls load with that chunk (not a chunk of their own: each lazy chunk that shares
 * modules with the page in a new way splits the page's first load into one more file).
 */
@Injectable({ providedIn: 'root' })
export class DashboardRequests {
  private readonly client = inject(WIX_CLIENT);

  /** Shows a toast; a dashboard that cannot show it leaves the in-page results as the only report. */
  toast(request: ToastRequest): boolean {
    try {
      showDashboardToast(this.client, request);
      return true;
    } catch {
      return false;
    }
  }

  /** Sends the dashboard to the product's editor; false when the dashboard could not be asked. */
  openProductEditor(productId: string): boolean {
    try {
      openProductEditor(this.client, productId);
      return true;
    } catch {
      return false;
    }
  }
}
