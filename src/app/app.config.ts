import { ApplicationConfig, provideBrowserGlobalErrorListeners, provideZonelessChangeDetection } from '@angular/core';
import { environment } from '../environments/environment';
import type { Environment } from '../environments/environment-shape';
import { provideCatalog } from './catalog/provide-catalog';
import { providePageLanguage } from './i18n/page-language';
import { provideWixClient } from './wix/provide-wix-client';

const env: Environment = environment;

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideWixClient(env.wixClient()),
    provideCatalog(),
    providePageLanguage(),
    ...(env.providers ?? []),
  ],
};
