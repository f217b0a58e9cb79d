import type { Provider } from '@angular/core';
import type { WixClientOptions } from '../app/wix/wix-client';

/** What every environment file declares (each one `satisfies` this). */
export interface Environment {
  /** How the Wix client connects: production passes nothing; development and tests point it at the emulator. */
  readonly wixClient: () => WixClientOptions;
  /** Extra providers: the bench build's render marks, the e2e build's "never prefetch". */
  readonly providers?: readonly Provider[];
}
