import { InjectionToken } from '@angular/core';
import { EMPTY, Observable } from 'rxjs';

/**
 * The dashboard's language as the Wix dashboard tells it: known before the first paint (from the iframe URL)
 * and followed at run time (`observeState`). No `@wix/*` import here, so a spec that provides a fake, and the
 * page's language service, never load the SDK; `provideWixClient()` provides the real one.
 */
export interface DashboardLocale {
  /** The language in the iframe URL (`essentials.language`, else `locale`), or null when it has none. */
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
 * The language in a dashboard iframe's query string. Wix adds `locale` ("the browser's language identified with
 * two characters") to every dashboard iframe; the dashboard host also passes `essentials` (JSON, encoded twice,
 * as `@wix/dashboard`'s host decodes it), whose `language` is the Wix user's account language, which Wix says
 * dashboard pages should use, so it wins. Anything malformed is ignored.
 */
export function languageFromUrl(search: string): string | null {
  const params = new URLSearchParams(search);
  const essentials = params.get('essentials');
  if (essentials) {
    try {
      const language: unknown = JSON.parse(decodeURIComponent(essentials))?.language;
      if (typeof language === 'string' && language.trim()) return language.trim();
    } catch {
      // Malformed essentials: fall through to `locale`.
    }
  }
  const locale = params.get('locale')?.trim();
  return locale ? locale : null;
}
