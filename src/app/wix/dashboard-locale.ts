import { InjectionToken } from '@angular/core';
import { EMPTY, Observable } from 'rxjs';

/**
 * The dashboard's language as the Wix dashboard tells it: known before the first paint (from the iframe URL)
 * and followed at run time (`observeState`). No `@wix/*` import here, so a spec that provides a fake, and the
 * page's language service, never load the SDK; `provideWixClient()` provides the real one.
 */
export interface DashboardLocale {
  /** The language the iframe URL gives (`essentials.language`, else `locale`), or null when it has none. */
  readonly initial: string | null;
  /** The dashboard's language each time it reports its state (first at once, then on every change). */
  changes(): Observable<string>;
}

/** Outside `provideWixClient()` (unit tests): no language given, no changes. */
export const DASHBOARD_LOCALE = new InjectionToken<DashboardLocale>('DASHBOARD_LOCALE', {
  providedIn: 'root',
  factory: () => ({ initial: null, changes: () => EMPTY }),
});

/**
 * Wix's `locale` parameter of a dashboard iframe URL ("the browser's language identified with two characters"),
 * or null. The account language in `essentials`, which wins over it, is read by `@wix/dashboard`'s host.
 */
export function localeParam(search: string): string | null {
  return new URLSearchParams(search).get('locale')?.trim() || null;
}
