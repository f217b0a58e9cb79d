import {
  EnvironmentInjector,
  EnvironmentProviders,
  Injector,
  Provider,
  createEnvironmentInjector,
  ɵINJECTOR_SCOPE as INJECTOR_SCOPE,
} from '@angular/core';

/**
 * An injector that behaves as the app's root (services `providedIn: 'root'` resolve in it), for contract tests
 * that run in Node without TestBed. It takes the app's own provide functions, so the wiring is the app's.
 * INJECTOR_SCOPE is Angular's private marker of a root injector; only tests use it.
 */
export function appInjector(providers: (Provider | EnvironmentProviders)[]): EnvironmentInjector {
  return createEnvironmentInjector([{ provide: INJECTOR_SCOPE, useValue: 'root' }, ...providers], Injector.NULL as EnvironmentInjector);
}
