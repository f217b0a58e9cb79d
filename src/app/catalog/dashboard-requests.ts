import { Injectable, inject } from '@angular/core';
import type { ToastRequest } from '../wix/dashboard-actions';
import { WIX_CLIENT } from '../wix/wix-client';

export type { ToastRequest };

/**
 * What the page asks of the Wix dashboard around it: completion toasts and "Open in Wix". The calls live in
 * the Wix edge and are loaded on first use (a lazy chunk), never with the page.
 */
@Injectable({ providedIn: 'root' })
export class DashboardRequests {
  private readonly client = inject(WIX_CLIENT);

  /** Shows a toast; a dashboard that cannot show it leaves the in-page results as the only report. */
  async toast(request: ToastRequest): Promise<boolean> {
    try {
      (await import('../wix/dashboard-actions')).showDashboardToast(this.client, request);
      return true;
    } catch {
      return false;
    }
  }

  /** Sends the dashboard to the product's editor; false when the dashboard could not be asked. */
  async openProductEditor(productId: string): Promise<boolean> {
    try {
      (await import('../wix/dashboard-actions')).openProductEditor(this.client, productId);
      return true;
    } catch {
      return false;
    }
  }
}
