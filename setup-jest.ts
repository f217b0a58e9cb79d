import { provideCheckNoChangesConfig } from '@angular/core';
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
  // Every change detection in tests also checks that nothing changed behind the view's back.
  extraProviders: [provideCheckNoChangesConfig({ exhaustive: true })],
});
