import {
  ApplicationConfig,
  Provider,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { environment } from '../environments/environment';
import { CATALOG_GATEWAY } from './catalog/catalog-gateway';
import { VersionedCatalogGateway } from './catalog/versioned-catalog-gateway';
import { provideWixClient } from './wix/provide-wix-client';
import type { WixClientOptions } from './wix/wix-client';

/** What an environment file holds; only the bench build adds providers (its render marks). */
interface Environment {
  readonly wixClient: () => WixClientOptions;
  readonly providers?: readonly Provider[];
}
const env: Environment = environment;

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideWixClient(env.wixClient()),
    // Asks the site's catalog version once, then reads through the V1 or the (lazily loaded) V3 gateway.
    { provide: CATALOG_GATEWAY, useExisting: VersionedCatalogGateway },
    ...(env.providers ?? []),
  ],
};
