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
import {
  CatalogModules,
  CatalogWixClient,
  DEFAULT_CONNECTION_TIMEOUT_MS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  WIX_CLIENT,
  WixClientOptions,
} from './wix-client';
import { WixFetch } from './wix-fetch';

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

/** The fetch seam of the client, for the headers the SDK drops (Retry-After). */
export const WIX_FETCH = new InjectionToken<WixFetch>('WIX_FETCH', {
  providedIn: 'root',
  factory: () => new WixFetch({ timeoutMs: DEFAULT_REQUEST_TIMEOUT_MS }),
});

/** Whether the dashboard answers; the page shows "open from your dashboard" when it does not. */
export const DASHBOARD_CONNECTION = new InjectionToken<DashboardConnection>('DASHBOARD_CONNECTION', {
  providedIn: 'root',
  factory: () => new DashboardConnection(DEFAULT_CONNECTION_TIMEOUT_MS),
});

/**
 * Registers the dashboard-authenticated Wix client. It is created while the app starts (the dashboard
 * host reads the query string once), before anything on the page rewrites the URL.
 */
export function provideWixClient(options: WixClientOptions = {}): EnvironmentProviders {
  return makeEnvironmentProviders([
    {
      provide: WIX_FETCH,
      useFactory: () =>
        new WixFetch({ timeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS, apiBaseUrl: options.apiBaseUrl }),
    },
    {
      provide: DASHBOARD_CONNECTION,
      useFactory: () => new DashboardConnection(options.connectionTimeoutMs ?? DEFAULT_CONNECTION_TIMEOUT_MS),
    },
    {
      provide: WIX_CLIENT,
      useFactory: () => createCatalogClient(inject(WIX_SDK), options, inject(WIX_FETCH), inject(DASHBOARD_CONNECTION)),
    },
    provideEnvironmentInitializer(() => inject(WIX_CLIENT)),
  ]);
}

/** Builds the client as the provider does; exported for contract tests that run outside Angular's DI. */
export function createCatalogClient(
  sdk: WixSdk,
  options: WixClientOptions,
  wixFetch: WixFetch,
  connection: DashboardConnection,
): CatalogWixClient {
  let host: RemoteHost | undefined;
  try {
    host = sdk.dashboard.host(options.host);
  } catch {
    // host() throws when the page is not framed by a Wix dashboard origin: every call then fails fast.
    connection.markUnreachable();
  }
  const auth = host ? connection.guard(sdk.dashboard.auth()) : connection.unreachableAuth<RemoteHost>();
  return sdk.createClient({
    host,
    auth: auth as AuthenticationStrategy<RemoteHost>,
    modules: { products: sdk.products },
    fetch: wixFetch.fetch,
  }) as CatalogWixClient;
}
