import { DOCUMENT, PlatformLocation } from '@angular/common';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import { DEFAULT_QUERY, PAGE_SIZES, PRODUCT_SORTS, ProductQuery, ProductSort, hasFilters } from '../catalog/product';
import type { FilterName, ProductFilters } from '../catalog/product-filters';
import { DASHBOARD_ADDRESS } from '../catalog/dashboard-address';
import { siteKey } from '../catalog/site';
import { defaultViewSearch } from './views/view-start';

/** The query-string names the page owns; every other parameter (the dashboard's) is kept as it is. */
const PARAMS = { text: 'q', sort: 'sort', page: 'page', pageSize: 'size' } as const;

/** Query-string names of the filters. */
export const FILTER_PARAMS: Readonly<Record<FilterName, string>> = {
  visibility: 'visibility',
  stock: 'stock',
  productType: 'type',
  priceMin: 'price_min',
  priceMax: 'price_max',
  collection: 'collection',
  updatedFrom: 'updated_from',
  updatedTo: 'updated_to',
};

/** True when the query string names a filter (its values are read by filter-url.ts, a lazy chunk). */
export function hasFilterParams(search: string): boolean {
  const params = new URLSearchParams(search);
  return Object.values(FILTER_PARAMS).some((name) => params.has(name));
}

/**
 * Names "All products" where a saved default view would otherwise open (`view=all`): a URL without a view opens
 * the site's default view, so choosing every product over it must say so for a reload to keep it.
 */
const ALL_VIEW = 'view';

/** True when the query string holds anything of the page's view (text, sort, paging, a filter, or `view=all`). */
function holdsView(search: string): boolean {
  const params = new URLSearchParams(search);
  return Object.values(PARAMS).some((name) => params.has(name)) || params.has(ALL_VIEW) || hasFilterParams(search);
}

/**
 * Reads a query from a query string, without its filters (`queryWithFilters` in filter-url.ts reads them);
 * anything malformed falls back to the default for that field.
 */
export function queryFromSearch(search: string): ProductQuery {
  const params = new URLSearchParams(search);
  const sort = params.get(PARAMS.sort) as ProductSort | null;
  const size = Number(params.get(PARAMS.pageSize));
  const page = Number(params.get(PARAMS.page));
  return {
    text: params.get(PARAMS.text) ?? DEFAULT_QUERY.text,
    sort: sort && PRODUCT_SORTS.includes(sort) ? sort : DEFAULT_QUERY.sort,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_QUERY.pageSize,
    page: Number.isSafeInteger(page) && page >= 1 ? page : DEFAULT_QUERY.page,
  };
}

/** The query with these filters, or without any when none is set. */
export function withFilters(query: ProductQuery, filters: ProductFilters): ProductQuery {
  const { filters: _, ...rest } = query;
  return hasFilters(filters) ? { ...rest, filters } : rest;
}

/** Writes a query into a query string, leaving defaults out and other parameters untouched. */
export function searchWithQuery(search: string, query: ProductQuery): string {
  const params = new URLSearchParams(search);
  const values: Record<keyof typeof PARAMS, string> = {
    text: query.text,
    sort: query.sort,
    page: String(query.page),
    pageSize: String(query.pageSize),
  };
  for (const key of Object.keys(PARAMS) as (keyof typeof PARAMS)[]) {
    const isDefault = values[key] === String(DEFAULT_QUERY[key]);
    if (isDefault) params.delete(PARAMS[key]);
    else params.set(PARAMS[key], values[key]);
  }
  for (const name of Object.keys(FILTER_PARAMS) as FilterName[]) {
    const value = query.filters?.[name] ?? null;
    if (value === null) params.delete(FILTER_PARAMS[name]);
    else params.set(FILTER_PARAMS[name], String(value));
  }
  return params.toString();
}

/**
 * The query mirrored in the URL: reload, back and forward restore it. Straight over `PlatformLocation` (the
 * browser's history and location): Angular's `Location` and its strategies cost ~1.8 kB gzip of the initial
 * bundle for a page without a router. The path is kept as it is; only the query string changes.
 */
@Injectable({ providedIn: 'root' })
export class QueryUrl {
  private readonly platform = inject(PlatformLocation);
  private readonly address = inject(DASHBOARD_ADDRESS);
  private readonly document = inject(DOCUMENT);
  /** The site the page serves, from the dashboard's iframe URL: saved views are stored per site. */
  readonly site = siteKey(this.document);
  /** The query string of the site's saved default view ('' for none), read once, synchronously, at start. */
  private defaultView = defaultViewSearch(() => this.document.defaultView?.localStorage, this.site);
  /** Whether the page opened on the default view (its URL held none): the views then show its columns too. */
  readonly openedOnDefault = !!this.defaultView && !holdsView(this.platform.search);

  /** The query string whose view is shown: the URL's, or the default view's when the URL holds none. */
  private viewSearch(): string {
    const search = this.platform.search;
    return holdsView(search) ? search : this.defaultView;
  }

  /** The query the URL (or the default view) holds now, without filters (see `readAll`). */
  read(): ProductQuery {
    return queryFromSearch(this.viewSearch());
  }

  /** True when the view names filters: `readAll` must load their reader before the query is known. */
  hasFilters(): boolean {
    return hasFilterParams(this.viewSearch());
  }

  /** The query the URL holds now, filters included (their reader is a lazy chunk, loaded only when needed). */
  readAll(search = this.viewSearch()): Promise<ProductQuery> {
    const query = queryFromSearch(search);
    if (!hasFilterParams(search)) return Promise.resolve(query);
    return import('./filters/filter-url').then((m) => withFilters(query, m.filtersFromSearch(search, FILTER_PARAMS)));
  }

  /**
   * The view in the dashboard's address when the frame's own URL holds none (a dashboard that reports the
   * relative URL only through observeState), else null: a reload of the whole dashboard tab keeps the view.
   */
  async fromDashboard(): Promise<ProductQuery | null> {
    if (holdsView(this.platform.search)) return null;
    const search = await this.address.initialSearch();
    return holdsView(search) ? this.readAll(search) : null;
  }

  /**
   * Records a settled query as a new history entry, unless the URL already holds it, and mirrors it into the
   * dashboard's address (only the page's own parameters; the dashboard replaces its entry, no history per change).
   */
  write(query: ProductQuery): void {
    const own = searchWithQuery('', query);
    const all = !own && !!this.defaultView;
    this.address.mirror(all ? `${ALL_VIEW}=all` : own);
    const search = this.platform.search;
    const params = new URLSearchParams(searchWithQuery(search, query));
    if (all) params.set(ALL_VIEW, 'all');
    else params.delete(ALL_VIEW);
    const next = params.toString();
    if (next === new URLSearchParams(search).toString()) return;
    this.platform.pushState(null, '', `${this.platform.pathname}${next ? `?${next}` : ''}${this.platform.hash}`);
  }

  /** The page's own parameters for a query, as the URL holds them (defaults left out): a view's stored form. */
  searchOf(query: ProductQuery): string {
    return searchWithQuery('', query);
  }

  /** Makes this the default view's query string ('' for none), as the saved views just stored it. */
  setDefault(search: string): void {
    this.defaultView = search;
  }

  /** The dashboard's URL of the page opened on this query string, to share; null outside the dashboard. */
  link(search: string): Promise<string | null> {
    return this.address.link(search);
  }

  /** Queries restored by the browser's back and forward buttons. */
  changes(): Observable<ProductQuery> {
    return new Observable((subscriber) =>
      this.platform.onPopState(() => {
        // A failed chunk download keeps the query on screen rather than applying half of the URL.
        this.readAll().then((query) => subscriber.next(query), () => undefined);
      }),
    );
  }
}
