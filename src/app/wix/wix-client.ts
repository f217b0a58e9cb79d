import { InjectionToken } from '@angular/core';
import type { RemoteHost, SDKOptions, dashboard } from '@wix/dashboard';
import type { AuthenticationStrategy, WixClient } from '@wix/sdk';
import type { Product, ProductsQueryBuilder, queryProducts } from '@wix/auto_sdk_stores_products';
import { WixFetch } from './wix-fetch';

// Type-only Wix imports: code that needs a token (and a spec that provides a fake client) never loads @wix/*.

/**
 * The modules Catalog Manager uses, and nothing more. `products` holds only `queryProducts` (the same
 * function `@wix/stores`' `products` namespace exports): the namespace would bundle every V1 method (+52 kB).
 */
export interface CatalogModules {
  products: { queryProducts: typeof queryProducts };
  /** The dashboard's page API: its address (navigate, observeState). */
  dashboard: typeof dashboard;
}

/** The dashboard-authenticated Wix client, typed for exactly the modules we use. */
export type CatalogWixClient = WixClient<RemoteHost, AuthenticationStrategy<RemoteHost>, CatalogModules>;

/** A Catalog V1 product as the SDK returns it. */
export type WixV1Product = Product;

/** The V1 query builder returned by `products.queryProducts()`. */
export type WixV1QueryBuilder = ProductsQueryBuilder;

/** How `provideWixClient` connects; production passes nothing. */
export interface WixClientOptions {
  /** Overrides for `dashboard.host()`: development passes an origin and a postMessage that reach the emulator. */
  readonly host?: SDKOptions;
  /** Development only: the origin that stands in for `https://www.wixapis.com`. */
  readonly apiBaseUrl?: string;
  /** Per-request timeout in ms (the SDK has none). Default 15,000. */
  readonly requestTimeoutMs?: number;
  /** How long to wait for the dashboard's first token before saying the page is outside it. Default 8,000. */
  readonly connectionTimeoutMs?: number;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
export const DEFAULT_CONNECTION_TIMEOUT_MS = 8_000;

/** The client every Wix call goes through; tests provide a fake with `{provide: WIX_CLIENT, useValue}`. */
export const WIX_CLIENT = new InjectionToken<CatalogWixClient>('WIX_CLIENT');

/**
 * The origins whose media URLs take Wix's resize transform: Wix's (media-url.ts' WIX_MEDIA_ORIGIN, written out
 * here: media-url stays free of Angular for the lazy V3 chunk); development adds the emulator's
 * (`provideWixClient`). Here with the client's tokens rather than in a file of its own: the product details
 * panel's lazy chunk reads it too, and a module of its own would become an initial chunk of its own.
 */
export const WIX_MEDIA_ORIGINS = new InjectionToken<readonly string[]>('WIX_MEDIA_ORIGINS', {
  providedIn: 'root',
  factory: () => ['https://static.wixstatic.com'],
});

/** The fetch seam of the client, for the headers the SDK drops (Retry-After); `provideWixClient` configures it. */
export const WIX_FETCH = new InjectionToken<WixFetch>('WIX_FETCH', {
  providedIn: 'root',
  factory: () => new WixFetch({ timeoutMs: DEFAULT_REQUEST_TIMEOUT_MS }),
});
