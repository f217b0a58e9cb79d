import { dashboard, type EnvironmentState, type Host } from '@wix/dashboard';
import { EMPTY, Observable } from 'rxjs';
import { DashboardLocale, localeParam } from './dashboard-locale';

/** The part of `@wix/dashboard`'s SDK the language needs: `observeState` bound to the page's host. */
export type ObserveState = (observer: (params: unknown, environment: EnvironmentState) => void) => {
  disconnect(): unknown;
};

/**
 * The dashboard's language: at start the Wix user's account language from the `essentials` the dashboard
 * host parsed from the iframe URL, else Wix's `locale` parameter; then `observeState`'s
 * `environmentState.language` (its `locale` is deprecated). Outside the dashboard (no host) nothing changes.
 */
export function wixDashboardLocale(host: Host | undefined, search: string, observeState = boundObserveState(host)): DashboardLocale {
  return {
    initial: host?.essentials?.language?.trim() || localeParam(search),
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
