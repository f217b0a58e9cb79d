/*
 * The Wix client of the bench's plain pages (the seed's way and the floor): the real SDK with the dashboard's
 * host and auth, framed by the emulator, its `https://www.wixapis.com` calls sent to the emulator's origin. No
 * fetch seam of the app's (no timeout, no header capture): these pages do the minimum a page must do.
 */
import { queryProducts } from '@wix/auto_sdk_stores_products';
import { dashboard } from '@wix/dashboard';
import { createClient } from '@wix/sdk';
import { emulatorClientOptions } from '../../src/app/wix/emulator-host';

const WIX_API = /^https:\/\/www\.wixapis\.com/;

/** A client with `products.queryProducts`, authenticated by the emulated dashboard that frames the page. */
export function emulatedWixClient() {
  const options = emulatorClientOptions(location.search, window.parent);
  const apiBase = options.apiBaseUrl ?? 'https://www.wixapis.com';
  const rewrite = (input: RequestInfo | URL): RequestInfo | URL => {
    if (typeof input === 'string') return input.replace(WIX_API, apiBase);
    if (input instanceof URL) return new URL(input.href.replace(WIX_API, apiBase));
    return new Request(input.url.replace(WIX_API, apiBase), input);
  };
  return createClient({
    host: dashboard.host(options.host),
    auth: dashboard.auth(),
    modules: { products: { queryProducts } },
    fetch: (input, init) => fetch(rewrite(input), init),
  });
}
