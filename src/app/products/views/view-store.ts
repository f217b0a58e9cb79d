import { BUILT_IN_VIEWS } from './built-in-views';

// The same as view-start.ts (a spec keeps them equal): importing that module from this lazy chunk would split it
// out of the first bundle into a chunk of its own.
/** localStorage key of a site's saved views: `cm.views:<site key>`. */
export const VIEWS_KEY = 'cm.views:';
/** The stored format this build reads and writes. */
export const VIEWS_FORMAT = 1;
/** The longest query string a view may hold. */
export const MAX_VIEW_SEARCH = 1000;

/** A view the merchant saved. */
export interface SavedView {
  /** `v` and letters or digits (newViewId), never a built-in's. */
  readonly id: string;
  readonly name: string;
  /** The page's parameters of the view, as the URL holds them (defaults left out, no page). */
  readonly search: string;
  /** The columns after Name, in order; absent when saved without a column chooser. */
  readonly columns?: readonly string[];
}

/** A site's saved views and which view opens the page (null: "All products"). */
export interface SavedViews {
  readonly views: readonly SavedView[];
  readonly defaultId: string | null;
}

/** Why stored views were not (all) read, or why saving failed: each has a notice (ViewLabels.problems). */
export type StoreProblem = 'corrupt' | 'foreign' | 'newer' | 'partly' | 'too-many' | 'blocked' | 'save-failed';

/** At most this many saved views per site. */
export const MAX_VIEWS = 50;
/** The longest view name, in characters. */
export const MAX_NAME = 40;
const MAX_COLUMNS = 40;
/** As newViewId makes them: never a built-in's id, nor another element id of the views once prefixed. */
const ID = /^v[a-z0-9]{1,39}$/;
/** A column id as the column chooser names columns (e.g. `name`, `listPrice`, `inventory-quantity`). */
const COLUMN = /^[A-Za-z][\w-]{0,39}$/;
const BUILT_IN_IDS = new Set(['all', 'out-of-stock', 'hidden']);
const CONTROL = /[\u0000-\u001f\u007f]/g;

export const NO_VIEWS: SavedViews = { views: [], defaultId: null };

/**
 * A name as stored: control characters and runs of spaces become one space, trimmed, at most 40 characters
 * (counted whole: an emoji is never cut in half); '' when nothing is left.
 */
export function cleanName(name: string): string {
  const clean = name.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  return Array.from(clean).slice(0, MAX_NAME).join('').trim();
}

/** A new view id (not a secret: it only tells views apart). */
export function newViewId(): string {
  return `v${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * Reads a stored entry. Nothing is trusted: an entry that is not JSON of this format and site is left out whole
 * (with the reason); a view that does not check out (id, name, query string, columns) is left out alone;
 * past 50 views the rest are left out. Never throws.
 */
export function parseViews(raw: string | null, site: string): { saved: SavedViews; problem: StoreProblem | null } {
  if (raw === null) return { saved: NO_VIEWS, problem: null };
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return { saved: NO_VIEWS, problem: 'corrupt' };
  }
  if (!isRecord(stored) || typeof stored['v'] !== 'number') return { saved: NO_VIEWS, problem: 'corrupt' };
  if (stored['v'] > VIEWS_FORMAT && Number.isInteger(stored['v'])) return { saved: NO_VIEWS, problem: 'newer' };
  if (stored['v'] !== VIEWS_FORMAT || !Array.isArray(stored['views'])) return { saved: NO_VIEWS, problem: 'corrupt' };
  if (stored['site'] !== site) return { saved: NO_VIEWS, problem: 'foreign' };
  const views: SavedView[] = [];
  const ids = new Set<string>();
  let dropped = false;
  for (const item of stored['views'] as unknown[]) {
    const view = viewOf(item);
    if (!view || ids.has(view.id)) {
      dropped = true;
    } else if (views.length < MAX_VIEWS) {
      views.push(view);
      ids.add(view.id);
    }
  }
  const wanted = stored['default'];
  const defaultId = typeof wanted === 'string' && (BUILT_IN_IDS.has(wanted) || ids.has(wanted)) && wanted !== 'all' ? wanted : null;
  const problem = dropped || (wanted != null && wanted !== 'all' && defaultId === null) ? 'partly' : views.length < (stored['views'] as unknown[]).length ? 'too-many' : null;
  return { saved: { views, defaultId }, problem };
}

/** The views with one of them changed. */
export function updated(saved: SavedViews, id: string, patch: Partial<Omit<SavedView, 'id'>>): SavedViews {
  return { ...saved, views: saved.views.map((view) => (view.id === id ? { ...view, ...patch } : view)) };
}

/** The views without one of them (which then no longer opens the page either). */
export function without(saved: SavedViews, id: string): SavedViews {
  return { views: saved.views.filter((view) => view.id !== id), defaultId: saved.defaultId === id ? null : saved.defaultId };
}

/** Whether a view other than `except` has this name (letter case aside). */
export function nameTaken(saved: SavedViews, name: string, except: string | null): boolean {
  const lower = name.toLocaleLowerCase();
  return saved.views.some((view) => view.id !== except && view.name.toLocaleLowerCase() === lower);
}

/** The query string of the view that opens the page ('' for "All products"). */
export function defaultSearch(saved: SavedViews): string {
  const id = saved.defaultId;
  return BUILT_IN_VIEWS.find((view) => view.id === id)?.search ?? saved.views.find((view) => view.id === id)?.search ?? '';
}

/**
 * The stored form, versioned and keyed to its site, nothing but the views (no token, nothing about the user):
 * `{v: 1, site, default: <view id> | null, open: <the default view's query string>, views: [{id, name, search,
 * columns?}]}`. `open` is derived (`default`'s query string), kept so the first bundle can start on the default
 * view without reading the views (view-start.ts); this reader ignores it and every write renews it.
 */
export function serializeViews(saved: SavedViews, site: string): string {
  return JSON.stringify({ v: VIEWS_FORMAT, site, default: saved.defaultId, open: defaultSearch(saved), views: saved.views });
}

/** The views of one site in localStorage (`cm.views:<site>`); storage that is missing or throws is reported, not thrown. */
export class ViewStore {
  /** The localStorage key of this site's views. */
  readonly key: string;

  constructor(
    private readonly storage: () => Storage | null | undefined,
    private readonly site: string,
  ) {
    this.key = VIEWS_KEY + site;
  }

  /** The site's views, with the reason when some or all could not be read. */
  read(): { saved: SavedViews; problem: StoreProblem | null } {
    let raw: string | null;
    try {
      const storage = this.storage();
      if (!storage) return { saved: NO_VIEWS, problem: 'blocked' };
      raw = storage.getItem(this.key);
    } catch {
      return { saved: NO_VIEWS, problem: 'blocked' };
    }
    return parseViews(raw, this.site);
  }

  /** Stores the views; false when the browser refused (full or blocked storage): the caller keeps what it had. */
  write(saved: SavedViews): boolean {
    try {
      const storage = this.storage();
      if (!storage) return false;
      storage.setItem(this.key, serializeViews(saved, this.site));
      return true;
    } catch {
      return false;
    }
  }
}

function viewOf(item: unknown): SavedView | null {
  if (!isRecord(item)) return null;
  const { id, name, search, columns } = item;
  if (typeof id !== 'string' || !ID.test(id) || BUILT_IN_IDS.has(id)) return null;
  if (typeof name !== 'string' || cleanName(name) !== name || name === '') return null;
  if (typeof search !== 'string' || search.length > MAX_VIEW_SEARCH) return null;
  if (columns === undefined || columns === null) return { id, name, search };
  const valid = Array.isArray(columns) && columns.length <= MAX_COLUMNS && columns.every((c) => typeof c === 'string' && COLUMN.test(c)) && new Set(columns).size === columns.length;
  return valid ? { id, name, search, columns: columns as string[] } : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
