import type { WixClientOptions } from '../app/wix/wix-client';

/** Production: the real Wix dashboard and www.wixapis.com, no overrides. */
export const environment: { readonly wixClient: () => WixClientOptions } = {
  wixClient: () => ({}),
};
