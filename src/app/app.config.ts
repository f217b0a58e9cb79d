import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { environment } from '../environments/environment';
import type { Environment } from '../environments/environment-shape';
import { provideCatalog } from './catalog/provide-catalog';
import { provideWixClient } from './wix/provide-wix-client';

const env: Environment = environment;

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideWixClient(env.wixClient()),
    provideCatalog(),
    ...(env.providers ?? []),
  ],
};
