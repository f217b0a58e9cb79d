import { InjectionToken, inject } from '@angular/core';
import type { PageParams } from '@wix/dashboard';
import { CatalogWixClient, WIX_CLIENT } from './wix-client';

/**
 * This page's part of the dashboard's own address (the "relative URL" after the page's route), so that
 * reloading the whole dashboard tab, or opening a copied dashboard link, comes back to the same view.
 */
export interface DashboardAddress {
  /** The query string the dashboard reported for this page when it started ('' for none). */
  initialSearch(): Promise<string>;
  /** Puts this query string (without '?') in the dashboard's address, replacing its history entry. */
  mirror(search: string): void;
  /** The dashboard's full URL of this page opened on this query string (a link to share), null outside it. */
  link(search: string): Promise<string | null>;
}

/** Through the app's Wix client; without one (specs of the page alone) there is no address: '' and no-ops. */
export const DASHBOARD_ADDRESS = new InjectionToken<DashboardAddress>('DASHBOARD_ADDRESS', {
  providedIn: 'root',
  factory: () => dashboardAddress(inject(WIX_CLIENT, { optional: true })),
});

/**
 * The dashboard address through `@wix/dashboard` as Wix documents it ("About Dashboard Page Navigation"):
 * `navigate({pageId, relativeUrl}, {history: 'replace'})` puts the view in the dashboard's URL without a history
 * entry per change, and `observeState()` reports the page's location (its `search` is the relative URL's) when
 * the page starts. The page id comes from that report too (the dashboard wants one for every navigation).
 */
export function dashboardAddress(client: CatalogWixClient | null): DashboardAddress {
  // Outside the dashboard the client has no dashboard module (provideWixClient adds it only with a host).
  const api = client?.dashboard as CatalogWixClient['dashboard'] | undefined;
  let pageId: string | undefined;
  let last: string | null = null;
  const started = new Promise<string>((resolve) => {
    if (!api) return resolve('');
    try {
      api.observeState((params) => {
        const location = (params as Partial<PageParams>)?.location;
        pageId ??= location?.pageId;
        resolve(location?.search?.replace(/^\?/, '') ?? '');
      });
    } catch {
      // A dashboard without the page API: no address to read.
      resolve('');
    }
  });
  return {
    initialSearch: () => started,
    mirror(search) {
      if (!api || search === last) return;
      last = search;
      // The call goes over the dashboard's channel: a dashboard that is gone must not leave a rejection behind.
      Promise.resolve()
        .then(() => api.navigate({ pageId, relativeUrl: search ? `?${search}` : '' }, { history: 'replace' }))
        .catch(() => undefined);
    },
    // getPageUrl (the typings' `GetPageUrl`): the page's dashboard URL with the relative URL, as navigate takes it.
    link: async (search) => (api ? api.getPageUrl({ pageId, relativeUrl: search ? `?${search}` : '' }) : null),
  };
}
