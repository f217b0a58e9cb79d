import { DOCUMENT } from '@angular/common';
import {
  EnvironmentProviders,
  InjectionToken,
  inject,
  makeEnvironmentProviders,
  provideEnvironmentInitializer,
} from '@angular/core';
import { dashboard, type RemoteHost } from '@wix/dashboard';
import { createClient, type AuthenticationStrategy } from '@wix/sdk';
import { queryProducts } from '@wix/auto_sdk_stores_products';
import { DashboardConnection } from './dashboard-connection';
import { DASHBOARD_LOCALE } from './dashboard-locale';
import {
  CatalogModules,
  CatalogWixClient,
  DEFAULT_CONNECTION_TIMEOUT_MS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  WIX_CLIENT,
  WIX_FETCH,
  WIX_MEDIA_ORIGINS,
  WixClientOptions,
} from './wix-client';
import { WixFetch } from './wix-fetch';
import { wixDashboardLocale } from './wix-dashboard-locale';
import { WIX_MEDIA_ORIGIN } from './media-url';

/** The SDK entry points the client is built from; a token so tests can watch them without patching modules. */
export interface WixSdk {
  readonly createClient: typeof createClient;
  readonly dashboard: Pick<typeof dashboard, 'host' | 'auth'>;
  readonly products: CatalogModules['products'];
}

export const WIX_SDK = new InjectionToken<WixSdk>('WIX_SDK', {
  providedIn: 'root',
  factory: () => ({ createClient, dashboard, products: { queryProducts } }),
});

/** This page's dashboard host, or null when `host()` threw (the page is not framed by a Wix dashboard). */
const WIX_HOST = new InjectionToken<RemoteHost | null>('WIX_HOST');

/**
 * Registers the dashboard-authenticated Wix client and the dashboard's language (DASHBOARD_LOCALE). The client
 * is created while the app starts (the dashboard host reads the query string once), before anything on the
 * page rewrites the URL.
 */
export function provideWixClient(options: WixClientOptions = {}): EnvironmentProviders {
  return makeEnvironmentProviders([
    {
      provide: WIX_FETCH,
      useFactory: () =>
        new WixFetch({ timeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS, apiBaseUrl: options.apiBaseUrl }),
    },
    { provide: WIX_HOST, useFactory: () => createHost(inject(WIX_SDK), options) },
    {
      provide: WIX_CLIENT,
      useFactory: () =>
        createCatalogClient(
          inject(WIX_SDK),
          inject(WIX_HOST),
          inject(WIX_FETCH),
          new DashboardConnection(options.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS),
        ),
    },
    {
      provide: DASHBOARD_LOCALE,
      // The URL as the dashboard framed the page: read when the app starts, before the page writes its query.
      useFactory: () => wixDashboardLocale(inject(WIX_HOST) ?? undefined, inject(DOCUMENT).location.search),
    },
    // Development: the emulator serves its generated images, resizable like Wix media, from its own origin.
    ...(options.apiBaseUrl ? [{ provide: WIX_MEDIA_ORIGINS, useValue: [WIX_MEDIA_ORIGIN, new URL(options.apiBaseUrl).origin] }] : []),
    provideEnvironmentInitializer(() => inject(WIX_CLIENT)),
  ]);
}

/** Starts the dashboard host (its handshake); null when the page is not framed by a Wix dashboard origin. */
function createHost(sdk: WixSdk, options: WixClientOptions): RemoteHost | null {
  try {
    return sdk.dashboard.host(options.host);
  } catch {
    // host() throws when the page is not framed by a Wix dashboard origin: every call then fails fast.
    return null;
  }
}

/** Builds the client: the dashboard host and auth (guarded by the connection), our fetch seam, our modules. */
function createCatalogClient(
  sdk: WixSdk,
  dashboardHost: RemoteHost | null,
  wixFetch: WixFetch,
  connection: DashboardConnection,
): CatalogWixClient {
  const host = dashboardHost ?? undefined;
  const auth = host ? connection.guard(sdk.dashboard.auth()) : connection.unreachableAuth<RemoteHost>();
  return sdk.createClient({
    host,
    auth: auth as AuthenticationStrategy<RemoteHost>,
    // The dashboard module itself (not the token's entry points): the page's address goes through it. Only with a
    // host: the SDK builds every module at once, and the dashboard module cannot be built without one, which would
    // leave a page opened outside the dashboard blank instead of saying so.
    modules: host ? { products: sdk.products, dashboard } : { products: sdk.products },
    fetch: wixFetch.fetch,
  }) as CatalogWixClient;
}
