import { emulatorClientOptions } from '../app/wix/emulator-host';
import type { WixClientOptions } from '../app/wix/wix-client';

/** Development: framed by the local Wix emulator, which also serves the Stores API. */
export const environment: { readonly wixClient: () => WixClientOptions } = {
  wixClient: () => emulatorClientOptions(window.location.search, window.parent),
};
