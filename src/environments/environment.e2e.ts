import { NEVER } from 'rxjs';
import { AFTER_PAINT_IDLE } from '../app/catalog/after-paint-idle';
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
  // The journeys count the Stores requests of each intent on the wire, where a prefetch of the next page
  // looks like any read: the e2e build never prefetches (product-search.spec and the bench's cm:prefetch
  // marks cover it).
  providers: [{ provide: AFTER_PAINT_IDLE, useValue: () => NEVER }],
} satisfies Environment;
