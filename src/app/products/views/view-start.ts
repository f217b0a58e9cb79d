// The one part of saved views in the first bundle: which view a URL without one opens. The tabs, the store with
// its checks and notices, and the labels are the views' lazy chunk (view-store.ts, view-tabs.ts).

/** localStorage key of a site's saved views: `cm.views:<site key>` (site-key.ts; '' when the URL names none). */
export const VIEWS_KEY = 'cm.views:';
/** The stored format this build reads and writes (`v`); another value is not read. */
export const VIEWS_FORMAT = 1;
/** The longest query string a view may hold (the page's parameters: text ≤ 100 characters, filters, sort, size). */
export const MAX_VIEW_SEARCH = 1000;

/**
 * The query string of the site's default view, '' for none: read synchronously before the first request so it
 * already asks for the default view. The store keeps it ready in the entry's `open` (view-store.ts), so this
 * needs to know nothing of the views. Anything unexpected (no storage, blocked storage, another format, another
 * site's entry, junk) is no default here; the lazy store says why. Its values are checked as the URL's are.
 */
export function defaultViewSearch(storage: () => Storage | null | undefined, site: string): string {
  try {
    const stored = JSON.parse(storage()?.getItem(VIEWS_KEY + site) ?? 'null');
    const search: unknown = stored?.v === VIEWS_FORMAT && stored.site === site && Array.isArray(stored.views) ? stored.open : '';
    return typeof search === 'string' && search.length <= MAX_VIEW_SEARCH ? search : '';
  } catch {
    return '';
  }
}
