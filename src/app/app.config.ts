import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { environment } from '../environments/environment';
import { CATALOG_GATEWAY } from './catalog/catalog-gateway';
import { VersionedCatalogGateway } from './catalog/versioned-catalog-gateway';
import { provideWixClient } from './wix/provide-wix-client';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideWixClient(environment.wixClient()),
    // Asks the site's catalog version once, then reads through the V1 or the (lazily loaded) V3 gateway.
    { provide: CATALOG_GATEWAY, useExisting: VersionedCatalogGateway },
  ],
};
