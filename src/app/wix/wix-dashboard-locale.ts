import { dashboard, type EnvironmentState, type Host } from '@wix/dashboard';
import { EMPTY, Observable } from 'rxjs';
import { DashboardLocale, languageFromUrl } from './dashboard-locale';

/** The part of `@wix/dashboard`'s SDK the language needs: `observeState` bound to the page's host. */
export type ObserveState = (observer: (params: unknown, environment: EnvironmentState) => void) => {
  disconnect(): unknown;
};

/**
 * The dashboard's language from the iframe URL, then from `observeState`'s `environmentState.language`
 * (`locale` there is deprecated). Without a host (the page is outside the dashboard) there are no changes.
 */
export function wixDashboardLocale(search: string, observeState: ObserveState | null): DashboardLocale {
  return {
    initial: languageFromUrl(search),
    changes: () =>
      observeState
        ? new Observable<string>((subscriber) => {
            // The observer is proxied to the dashboard; it is called asynchronously, first with the current state.
            const handle = observeState((_params, environment) => {
              if (typeof environment?.language === 'string') subscriber.next(environment.language);
            });
            return () => void Promise.resolve(handle.disconnect()).catch(() => undefined);
          })
        : EMPTY,
  };
}

/** `observeState` of the dashboard SDK bound to `host` (what `client.use(dashboard)` would build). */
export function boundObserveState(host: Host | undefined): ObserveState | null {
  return host ? (dashboard.create(host).observeState as ObserveState) : null;
}
