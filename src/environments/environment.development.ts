import { emulatorClientOptions } from '../app/wix/emulator-host';
import type { Environment } from './environment-shape';

/** Development: framed by the local Wix emulator, which also serves the Stores API. */
export const environment = {
  wixClient: () => emulatorClientOptions(window.location.search, window.parent),
} satisfies Environment;
