import { emulatorClientOptions } from '../app/wix/emulator-host';
import type { Environment } from './environment-shape';

/**
 * Browser journeys: a production-optimised build framed by the emulator. Shorter timeouts so the
 * "Wix did not answer" and "open from your dashboard" journeys finish quickly.
 */
export const environment = {
  wixClient: () => ({
    ...emulatorClientOptions(window.location.search, window.parent),
    requestTimeoutMs: 4_000,
    connectionTimeoutMs: 4_000,
  }),
} satisfies Environment;
