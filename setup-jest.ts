import { ErrorHandler, NgModule, provideCheckNoChangesConfig, provideZonelessChangeDetection } from '@angular/core';
import { getTestBed } from '@angular/core/testing';
import { BrowserTestingModule, platformBrowserTesting } from '@angular/platform-browser/testing';
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks these; the Wix SDK and Angular both reach for them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

/**
 * Zoneless, as the app runs, with exhaustive no-changes checks (every check also verifies that nothing
 * changed behind the view's back), and errors rethrown instead of logged so a failing view fails its test.
 * jest-preset-angular's setupZonelessTestEnv cannot take environment providers, hence this module.
 */
@NgModule({
  providers: [
    provideZonelessChangeDetection(),
    provideCheckNoChangesConfig({ exhaustive: true }),
    {
      provide: ErrorHandler,
      useValue: {
        handleError: (error: unknown) => {
          throw error;
        },
      },
    },
  ],
})
class ZonelessTestModule {}

// Node-environment suites (emulator, contract tests) have no DOM and no Angular views to test.
if (typeof document !== 'undefined') {
  getTestBed().initTestEnvironment([BrowserTestingModule, ZonelessTestModule], platformBrowserTesting(), {
    errorOnUnknownElements: true,
    errorOnUnknownProperties: true,
  });
}
