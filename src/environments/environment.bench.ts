import type { Provider } from '@angular/core';
import { provideRenderMarks } from '../app/products/render-marks';
import { emulatorClientOptions } from '../app/wix/emulator-host';
import type { WixClientOptions } from '../app/wix/wix-client';

/**
 * Benchmarks (`npm run bench`): a production-optimised build framed by the emulator, with User Timing marks
 * around each render of results (`cm:results`, `cm:rendered`, `cm:painted`, measure `cm:render`).
 * Default timeouts, as in production.
 */
export const environment: { readonly wixClient: () => WixClientOptions; readonly providers: readonly Provider[] } = {
  wixClient: () => emulatorClientOptions(window.location.search, window.parent),
  providers: [provideRenderMarks()],
};
