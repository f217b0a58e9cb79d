import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, ElementRef, Injector, Type, WritableSignal, computed, effect, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { filter, tap } from 'rxjs';
import { CatalogError } from '../catalog/catalog-error';
import { CATALOG_GATEWAY } from '../catalog/catalog-gateway';
import { PRODUCT_SORTS, ProductPage, ProductQuery, ProductSort, TextMatch, hasFilters } from '../catalog/product';
import type { ProductFilters } from '../catalog/product-filters';
import { ProductSearch, SearchState } from '../catalog/product-search';
import { CatalogErrorView } from './catalog-error-view';
import { CatalogLabels } from './catalog-labels';
import { PRODUCT_COLUMNS, isMerchantColumn } from './columns/product-columns';
import { DETAILS_CONTEXT, FILTER_CONTEXT, FilterContext, PAGE_CONTEXT, PageContext, VIEWS_CONTEXT } from './filters/filter-context';
import { mountLazy } from './lazy-component';
import { Paginator } from './paginator';
import { ProductTable } from './product-table';
import { QueryUrl } from './query-url';
import { RENDER_MARKS } from './render-marks';
import { SearchBox } from './search-box';
import { ProductSelection } from './selection/product-selection';
import type { ViewsContext } from './views/view-context';

/** Every state the page can be in; the template has one branch for each. */
export type PageView =
  | { readonly kind: 'loading'; readonly page: ProductPage | null; readonly retryInSeconds: number | null }
  | { readonly kind: 'results'; readonly page: ProductPage }
  | { readonly kind: 'empty-catalog' }
  | { readonly kind: 'no-matches'; readonly text: string; readonly textMatch: TextMatch; readonly filtered?: boolean }
  /**
   * Past the end, `lastPage` the last page. Or, with `unreachable`, a Catalog V1 page past Wix's offset window
   * that cannot be opened directly (one view, reworded, keeps the first bundle small): `lastPage` is the nearest
   * page before it that opens, `firstAfter` the nearest after it.
   */
  | { readonly kind: 'past-end'; readonly lastPage: number; readonly unreachable?: { readonly page: number; readonly firstAfter: number } }
  | { readonly kind: 'stores-not-installed' }
  | { readonly kind: 'error'; readonly error: CatalogError; readonly stale: ProductPage | null };

/** Errors after which the last results are still worth showing, marked stale. */
const KEEP_STALE_ON: ReadonlySet<CatalogError['kind']> = new Set(['unavailable', 'rate-limited', 'unknown']);

/** The catalog page: search, sort, results, paging, and every loading, empty and error state. */
@Component({
  selector: 'cm-products-page',
  imports: [SearchBox, ProductTable, Paginator, CatalogErrorView],
  templateUrl: './products-page.html',
  styleUrl: './products-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProductsPage {
  protected readonly labels = inject(CatalogLabels);
  protected readonly sorts = PRODUCT_SORTS;
  private readonly queryUrl = inject(QueryUrl);
  private readonly document = inject(DOCUMENT);
  private readonly marks = inject(RENDER_MARKS);

  /** What the merchant asked for, as typed (the search service settles it). */
  protected readonly query = signal<ProductQuery>(this.queryUrl.read());
  /** While the URL's filters are being read (their reader is a lazy chunk), nothing is asked: no unfiltered rows. */
  private urlPending = this.queryUrl.hasFilters();
  private readonly columnSet = inject(PRODUCT_COLUMNS);
  private readonly columns = this.columnSet.choice;
  /** This page's own search session: its cache and reloads live and die with the page. */
  private readonly search = inject(ProductSearch).states(
    // While a cost or profit column is chosen, the query asks for them (Catalog V3 sends them only when asked).
    toObservable(computed(() => ({ ...this.query(), ...(this.columns().some(isMerchantColumn) && { merchantData: true as const }) }))).pipe(
      filter(() => !this.urlPending),
    ),
    {
    // A no-op outside the bench build, which counts prefetches apart from the merchant's intents.
    prefetching: (query) => this.marks.prefetching(query),
  });
  protected readonly state = toSignal<SearchState | null>(
    this.search.states
      // A no-op outside the bench build, which marks when results arrive and when their rows are painted.
      .pipe(
        tap((s) => {
          if (s.status === 'loaded') this.marks.resultsReceived(s.query, s.page.items.length);
        }),
      ),
    { initialValue: null },
  );
  protected readonly view = computed(() => toView(this.state()));
  protected readonly table = computed(() => tableOf(this.view()));
  /** The latest page the catalog answered, fresh or kept from before (null until the first). */
  private readonly latest = computed(() => pageOf(this.state()));
  /** How the catalog matches text, from the latest page it answered (unknown until the first). */
  protected readonly textMatch = computed(() => this.latest()?.textMatch ?? null);
  /** What the catalog can filter on, from the latest page it answered (unknown until the first). */
  protected readonly filterSupport = computed(() => this.latest()?.filterSupport ?? null);
  protected readonly currency = computed(() => this.latest()?.items.find((p) => p.currency)?.currency ?? null);
  protected readonly filters = computed(() => this.query().filters ?? null);
  /** The columns shown: the chosen ones, without cost and profit where the catalog withholds them from this user. */
  protected readonly shown = computed(() => this.columns().filter((c) => !isMerchantColumn(c) || this.latest()?.merchantData !== 'withheld'));
  /** The page's own element: lazy pieces' hosts are found in it (no `viewChild`, see `mount`). */
  private readonly element: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);
  private readonly gateway = inject(CATALOG_GATEWAY);
  /** The product whose details panel is open (null: closed); created with the panel, at the first opening. */
  private details?: WritableSignal<string | null>;

  /** What is selected (ids across pages of this query, or all matching); cleared with a notice when the query changes. */
  protected readonly selection = inject(ProductSelection);
  /** The bulk toolbar is mounted (a lazy chunk, on the first selection): it replaces the search toolbar while rows are selected. */
  protected readonly bulkShown = signal(false);

  /**
   * What the lazily mounted pieces read and change (filters/filter-context.ts): the filter bar its filters and the
   * column chooser's context, the saved views theirs, the bulk toolbar and Export the labels, the selection and
   * the query on screen. One injector for all of them.
   */
  private readonly lazyInjector = Injector.create({
    providers: [
      {
        provide: FILTER_CONTEXT,
        useValue: {
          filters: this.filters,
          support: this.filterSupport,
          currency: this.currency,
          set: (filters) => this.setFilters(filters),
          mount: mountLazy,
          columns: { columns: this.columnSet, page: this.latest, gateway: this.gateway, labels: this.labels },
        } satisfies FilterContext,
      },
      {
        provide: VIEWS_CONTEXT,
        useValue: { query: this.query, support: this.filterSupport, urls: this.queryUrl, columns: this.columnSet } satisfies ViewsContext,
      },
      {
        provide: PAGE_CONTEXT,
        useValue: {
          labels: this.labels,
          selection: this.selection,
          query: computed(() => this.state()?.query ?? this.query()),
          page: computed(() => this.table()?.page ?? null),
          reload: () => this.search.reload(),
          panels: () => this.element.querySelector<HTMLElement>('.panels') ?? undefined,
        } satisfies PageContext,
      },
    ],
    parent: this.injector,
  });

  constructor() {
    effect(() => this.selection.follow(this.query()));
    // The bulk toolbar, mounted on the first selection and kept (it hides itself while nothing is selected):
    // `mountLazy`, as a ViewContainerRef slot or `@defer` cost ~2.4 kB raw of Angular core in the first load.
    // A chunk that fails to download leaves the search toolbar in place; the next selection asks again.
    let bulk = false;
    effect(() => {
      if (bulk || !this.selection.active()) return;
      bulk = true;
      this.mount('.bulk-host', 'cm-bulk-toolbar', () => import('./bulk/bulk-toolbar').then((m) => m.BulkToolbar)).then(
        () => this.bulkShown.set(true),
        () => (bulk = false),
      );
    });
    this.queryUrl
      .changes()
      .pipe(takeUntilDestroyed())
      .subscribe((query) => this.query.set(query));
    effect(() => {
      const settled = this.state()?.query;
      if (settled) this.queryUrl.write(settled);
    });
    // The query as the page opened, until the URL's filters, the dashboard's address or the merchant change it.
    let opened = this.query();
    if (this.urlPending) {
      const settle = (query: ProductQuery) => {
        this.urlPending = false;
        // The dashboard's address (a shared link) may have answered first: it wins over a default view.
        this.query.set(this.query() === opened ? (opened = query) : { ...this.query() });
      };
      // A reader that cannot be downloaded leaves the filters out rather than the page blank.
      this.queryUrl.readAll().then(settle, () => settle({ ...this.query() }));
    }
    // A whole-tab reload: the dashboard's address has the view even where the frame's URL does not.
    this.queryUrl.fromDashboard().then((query) => query && this.query() === opened && this.query.set(query), () => undefined);
    // The toolbar's lazy features mount once the toolbar is there (not on a site without Wix Stores).
    let mounted = false;
    effect(() => {
      if (mounted || this.view().kind === 'stores-not-installed') return;
      mounted = true;
      this.mountToolbar();
    });
  }

  /**
   * The toolbar's lazy features, one chunk (toolbar-features.ts): the filter bar (with the column chooser), the
   * saved views' tabs in the row reserved for them, and the Export button. Chunks that fail to download leave the
   * page without those controls, not broken; a reload asks again.
   */
  private mountToolbar(): void {
    const features = import('./toolbar-features');
    this.mount('.toolbar > .filters', 'cm-filter-bar', () => features.then((m) => m.FilterBar)).catch(() => undefined);
    this.mount('.views', 'cm-view-tabs', () => features.then((m) => m.ViewTabs)).catch(() => undefined);
    this.mount('.toolbar > .export', 'cm-export-button', () => features.then((m) => m.ExportButton)).catch(() => undefined);
  }

  /**
   * A lazy piece from its chunk (`load`), created with the page's contexts in the host element `selector` finds
   * in the page's own element once the chunk is in (by then the host is rendered: the effect that started this
   * runs before this render's DOM updates). Not with a `viewChild`: no component of the app uses a query, which
   * keeps Angular's query code (about 10 kB) out of the initial bundle. Rejects when the chunk cannot be
   * downloaded (or the host is not there).
   */
  private async mount<C>(selector: string, tag: string, load: () => Promise<Type<C>>): Promise<void> {
    const component = await load();
    await mountLazy(this.element.querySelector<HTMLElement>(selector)!, tag, this.lazyInjector, async () => component);
  }

  /** Opens a product's details in the side panel, whose code is a lazy chunk mounted at the first opening. */
  protected openDetails(id: string): void {
    if (this.details) return this.details.set(id);
    const context = { open: (this.details = signal<string | null>(id)), table: this.table, labels: this.labels };
    const injector = Injector.create({ providers: [{ provide: DETAILS_CONTEXT, useValue: context }], parent: this.injector });
    // In the body: the panel is a modal dialog (the top layer), not part of the page's layout. A chunk that fails
    // to download opens nothing; the next click asks again.
    mountLazy(this.document.body, 'cm-product-details', injector, () => import('./details/product-details-panel').then((m) => m.ProductDetailsPanel)).catch(
      () => (this.details = undefined),
    );
  }

  protected setFilters(filters: ProductFilters | null): void {
    this.query.update((q) => {
      const { filters: _, ...rest } = q;
      return filters && hasFilters(filters) ? { ...rest, filters, page: 1 } : { ...rest, page: 1 };
    });
  }

  protected setText(text: string): void {
    this.query.update((q) => (q.text === text ? q : { ...q, text, page: 1 }));
  }

  protected setSort(sort: string): void {
    this.query.update((q) => ({ ...q, sort: sort as ProductSort, page: 1 }));
  }

  protected setPage(page: number): void {
    // After a failed refresh the old page is on screen while the query already asks for this one: ask again.
    if (page === this.query().page) this.search.reload();
    else this.query.update((q) => ({ ...q, page }));
  }

  protected setPageSize(pageSize: number): void {
    // Keep the first product on screen in view: land on the page that contains it.
    this.query.update((q) => ({ ...q, pageSize, page: Math.floor(((q.page - 1) * q.pageSize) / pageSize) + 1 }));
  }

  protected retry(): void {
    this.search.reload();
  }

  protected reloadPage(): void {
    this.document.location.reload();
  }

  /** Rows of placeholder while the first page loads: as many as will arrive, up to a screenful. */
  protected skeletonRows(): number {
    return Math.min(this.query().pageSize, 25);
  }
}

/** The results on screen, if any: fresh, or older ones kept (marked stale) while loading or after a failed refresh. */
export function tableOf(view: PageView): { page: ProductPage; stale: boolean } | null {
  switch (view.kind) {
    case 'results':
      return { page: view.page, stale: false };
    case 'loading':
      return view.page ? { page: view.page, stale: true } : null;
    case 'error':
      return view.stale ? { page: view.stale, stale: true } : null;
    default:
      return null;
  }
}

/** The latest page the catalog answered, fresh or kept from before. */
function pageOf(state: SearchState | null): ProductPage | null {
  if (!state) return null;
  return state.status === 'loaded' ? state.page : state.previous;
}

/** Derives the view from the search state. Exported for tests. */
export function toView(state: SearchState | null): PageView {
  if (!state) return { kind: 'loading', page: null, retryInSeconds: null };
  switch (state.status) {
    case 'loading':
      return {
        kind: 'loading',
        page: state.previous,
        retryInSeconds: state.retry ? Math.ceil(state.retry.delayMs / 1000) : null,
      };
    case 'failed':
      // Not a failure to retry: the site has no catalog until Wix Stores is added.
      if (state.error.kind === 'stores-not-installed') return { kind: 'stores-not-installed' };
      return { kind: 'error', error: state.error, stale: KEEP_STALE_ON.has(state.error.kind) ? state.previous : null };
    case 'loaded': {
      const { page, query } = state;
      if (page.items.length > 0) return { kind: 'results', page };
      if (page.unreachable) return { kind: 'past-end', lastPage: page.unreachable.lastBefore, unreachable: { page: page.page, firstAfter: page.unreachable.firstAfter } };
      if (query.page > 1 && (page.total ?? 0) > 0) return { kind: 'past-end', lastPage: page.pageCount ?? 1 };
      if (query.page > 1) return { kind: 'past-end', lastPage: 1 };
      if (hasFilters(query.filters)) return { kind: 'no-matches', text: query.text, textMatch: page.textMatch, filtered: true };
      return query.text ? { kind: 'no-matches', text: query.text, textMatch: page.textMatch } : { kind: 'empty-catalog' };
    }
  }
}
