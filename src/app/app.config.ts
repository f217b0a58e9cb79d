import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { environment } from '../environments/environment';
import { CATALOG_GATEWAY } from './catalog/catalog-gateway';
import { V1CatalogGateway } from './catalog/v1-catalog-gateway';
import { provideWixClient } from './wix/provide-wix-client';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideWixClient(environment.wixClient()),
    { provide: CATALOG_GATEWAY, useExisting: V1CatalogGateway },
  ],
};
