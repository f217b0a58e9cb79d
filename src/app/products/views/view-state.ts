import type { ProductQuery } from '../../catalog/product';
import type { BuiltInView } from './built-in-views';
import type { SavedView } from './view-store';

/** The state on screen as views compare it: the query string of its query (on page 1) and the columns. */
export interface ScreenState {
  readonly search: string;
  /** The columns shown after Name, in order; undefined when the page has no column chooser. */
  readonly columns: readonly string[] | undefined;
}

/** A tab: a built-in view or a saved one. */
export type ViewTab = (BuiltInView & { readonly builtIn: true; readonly columns?: undefined }) | (SavedView & { readonly builtIn: false });

/** The query as a view holds it: the text as sent (trimmed), always the first page. */
export function viewQuery(query: ProductQuery): ProductQuery {
  return { ...query, text: query.text.trim(), page: 1 };
}

/**
 * Whether the screen shows exactly this view: the same query string (the page's parameters in one fixed order,
 * defaults left out, so equal queries give equal strings) and, when the view says which columns, the same
 * columns. A view without columns (built-ins, views saved before the column chooser) leaves them as they are.
 */
export function showsView(view: Pick<SavedView, 'search' | 'columns'>, screen: ScreenState): boolean {
  if (view.search !== screen.search) return false;
  if (view.columns === undefined || screen.columns === undefined) return true;
  return sameColumns(view.columns, screen.columns);
}

/** The same columns in the same order. */
export function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * The tab shown as selected: the one chosen last if the screen still shows it, else the first tab that shows
 * exactly what is on screen, else the one chosen last (then marked modified), else the first.
 */
export function selectedTab(tabs: readonly ViewTab[], chosenId: string, screen: ScreenState): ViewTab {
  const chosen = tabs.find((t) => t.id === chosenId);
  if (chosen && showsView(chosen, screen)) return chosen;
  return tabs.find((t) => showsView(t, screen)) ?? chosen ?? tabs[0];
}
