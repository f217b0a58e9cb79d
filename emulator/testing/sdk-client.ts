import { createClient } from '@wix/sdk';
import * as categories from '@wix/auto_sdk_categories_categories';
import { catalogVersioning, inventoryItemsV3, products, productsV3 } from '@wix/stores';
import type { RunningEmulator } from '../server';

/**
 * The real @wix/sdk and @wix/stores modules against a running emulator, exactly as the app uses them: only
 * `fetch` is swapped, to send https://www.wixapis.com/... to the emulator, and the token is the emulator's for
 * `role`. Every request is checked to be for Wix's API origin (the SDK must not be pointed anywhere else).
 */
export function sdkClient(emu: RunningEmulator, role: Parameters<RunningEmulator['token']>[0] = 'owner') {
  const toEmulator: typeof fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    expect(url.origin).toBe('https://www.wixapis.com');
    return fetch(`${emu.url}${url.pathname}${url.search}`, init);
  };
  return createClient({
    auth: { getAuthHeaders: async () => ({ headers: { Authorization: emu.token(role) } }) },
    modules: { products, productsV3, catalogVersioning, inventoryItemsV3, categories },
    fetch: toEmulator,
  });
}
