import { InjectionToken, Signal } from '@angular/core';
import type { CatalogGateway } from '../../catalog/catalog-gateway';
import type { ProductPage, ProductQuery } from '../../catalog/product';
import type { CatalogLabels } from '../catalog-labels';
import type { ProductColumns } from '../columns/product-columns';
import type { ProductFilters, FilterSupport } from '../../catalog/product-filters';
import type { DetailsContext } from '../details/details-context';
import type { mountLazy } from '../lazy-component';
import type { ViewsContext } from '../views/view-context';
import type { ProductSelection } from '../selection/product-selection';

/*
 * What the page hands its lazily mounted pieces (filter bar, "More filters", column chooser, saved views, details
 * panel, Export, bulk toolbar), as tokens in this one module. Why one module, and instances rather than imports:
 * esbuild puts a module the first bundle shares with lazy chunks in a chunk of its own unless every lazy chunk
 * that uses Angular reaches it (then it joins Angular's chunk). A lazy piece importing `CatalogLabels` or `ProductSelection` split each into an
 * initial file of its own (~0.1 kB of import/export glue each, measured); every lazy piece importing this
 * module keeps it, and what it holds, in Angular's chunk.
 */

/**
 * What the lazily mounted filter bar reads and changes: the page provides it, so no input binding machinery is
 * needed to hand state into a component created from a lazy chunk.
 */
export interface FilterContext {
  /** The filters of the query on screen; null when none is set. */
  readonly filters: Signal<ProductFilters | null>;
  /** What the site's catalog can filter on; null until the first answer. */
  readonly support: Signal<FilterSupport | null>;
  /** ISO currency code of the store, for price chips. */
  readonly currency: Signal<string | null>;
  /** Applies new filters (one request); null clears them. */
  set(filters: ProductFilters | null): void;
  /**
   * The page's `mountLazy`, for the bar's own lazy panel: handed over rather than imported, because a module
   * the first bundle shares with a lazy chunk is split into a chunk of its own (import/export glue in the
   * first bundle).
   */
  readonly mount: typeof mountLazy;
  /** What the column chooser (shown at the end of the filter row) works with. */
  readonly columns: ColumnContext;
}

/** What the "More filters" panel reads and changes: the bar's filters (never null), and closing the panel. */
export interface PanelContext {
  readonly filters: Signal<ProductFilters>;
  readonly support: Signal<FilterSupport | null>;
  set(filters: ProductFilters): void;
  /** Closes the panel; focus goes back to its button. */
  close(): void;
}

export const FILTER_CONTEXT = new InjectionToken<FilterContext>('FILTER_CONTEXT');
/** Here rather than in the panel's chunk: the first bundle, the bar and the panel then share one chunk. */
export const PANEL_CONTEXT = new InjectionToken<PanelContext>('PANEL_CONTEXT');

/**
 * What the column chooser (in the filter bar's chunk) works with, handed over by the page rather than imported: a
 * module of the first bundle imported by a lazy chunk is split out of it into a chunk of its own (with
 * import/export glue), so the chunk imports only what the filter bar already does.
 */
export interface ColumnContext {
  /** The columns shown, and their setter. */
  readonly columns: ProductColumns;
  /**
   * The latest page the catalog answered (null until the first): whether this user gets cost and profit,
   * collections or categories, the collection ids on screen.
   */
  readonly page: Signal<ProductPage | null>;
  /** The catalog, for one product asking for cost and profit where no page has said whether this user gets them. */
  readonly gateway: CatalogGateway;
  readonly labels: CatalogLabels;
}

/**
 * The product details panel's context (details/details-context.ts), here for the reason PANEL_CONTEXT is: the
 * first bundle and every lazy chunk that reads a context then share this one module in one chunk, where a
 * module of its own would be split into a chunk of its own (and its import/export glue).
 */
export const DETAILS_CONTEXT = new InjectionToken<DetailsContext>('DETAILS_CONTEXT');
/** The saved views' context (views/view-context.ts), here for the same reason. */
export const VIEWS_CONTEXT = new InjectionToken<ViewsContext>('VIEWS_CONTEXT');

/** The page as its lazy toolbars (bulk actions, Export) see it: its labels, selection and the query on screen. */
export interface PageContext {
  readonly labels: CatalogLabels;
  readonly selection: ProductSelection;
  /** The query whose rows are on screen (settled; the typed one while none has settled yet). */
  readonly query: Signal<ProductQuery>;
  readonly page: Signal<ProductPage | null>;
  /** Reads the page on screen again (after a write), bypassing what the session cached. */
  reload(): void;
  /** Where panels go that must outlive the toolbar that opened them (the export's progress). */
  panels(): HTMLElement | undefined;
}

export const PAGE_CONTEXT = new InjectionToken<PageContext>('PAGE_CONTEXT');

/**
 * Re-exported (not used here) so that every lazy piece reaches the page's language module through this one:
 * the lazy labels (FilterLabels, BulkLabels) read it, and a module only some lazy chunks reach is split out
 * of Angular's chunk into an initial file of its own (see the note at the top).
 */
export { PageLanguage } from '../../i18n/page-language';
