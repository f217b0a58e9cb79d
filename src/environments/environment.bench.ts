import { provideRenderMarks } from '../app/products/render-marks';
import { emulatorClientOptions } from '../app/wix/emulator-host';
import type { Environment } from './environment-shape';

/**
 * Benchmarks (`npm run bench`): a production-optimised build framed by the emulator, with User Timing marks
 * around each render of results (`cm:results`, `cm:rendered`, `cm:painted`, measure `cm:render`).
 * Default timeouts, as in production.
 */
export const environment = {
  wixClient: () => emulatorClientOptions(window.location.search, window.parent),
  providers: [provideRenderMarks()],
} satisfies Environment;
