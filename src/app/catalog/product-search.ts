import { Injectable, inject } from '@angular/core';
import {
  EMPTY,
  Observable,
  Subject,
  catchError,
  concat,
  debounce,
  defer,
  filter,
  firstValueFrom,
  ignoreElements,
  map,
  merge,
  of,
  pairwise,
  scan,
  share,
  startWith,
  switchMap,
  tap,
  timer,
} from 'rxjs';
import { AFTER_PAINT_IDLE } from './after-paint-idle';
import { CallBudget } from './call-budget';
import { CatalogError, isCatalogError } from './catalog-error';
import { CATALOG_GATEWAY } from './catalog-gateway';
import { ProductPage, ProductQuery, normalizeQuery, queryKey } from './product';
import { PageCache } from './page-cache';

/** A retry the pipeline is waiting for, so the page can say what happens next. */
export interface PendingRetry {
  readonly error: CatalogError;
  readonly attempt: number;
  readonly delayMs: number;
}

/** What the page renders for the latest query. `previous` keeps the last results visible while loading or failing. */
export type SearchState =
  | { readonly status: 'loading'; readonly query: ProductQuery; readonly previous: ProductPage | null; readonly retry: PendingRetry | null }
  | { readonly status: 'loaded'; readonly query: ProductQuery; readonly page: ProductPage }
  | { readonly status: 'failed'; readonly query: ProductQuery; readonly error: CatalogError; readonly previous: ProductPage | null };

/** Typing settles after this long without a keystroke. */
export const SEARCH_DEBOUNCE_MS = 250;
/** At most this many automatic retries of one read. */
export const MAX_RETRIES = 2;
const BACKOFF_BASE_MS = 500;
/** A Retry-After longer than this is not waited for automatically; the merchant can retry. */
const MAX_RETRY_WAIT_MS = 30_000;

/** One page's search: its page states, and "load the current query again". */
export interface SearchSession {
  /** Page states for the page's queries; subscribe once. */
  readonly states: Observable<SearchState>;
  /** Loads the current query again, bypassing the cache (the merchant's "Try again"). */
  reload(): void;
}

/** Optional hooks of a session. */
export interface SessionOptions {
  /** Called when a prefetch request starts (the bench counts them apart from the merchant's intents). */
  readonly prefetching?: (query: ProductQuery) => void;
}

/** A session's own memory: pages seen, and the one prefetch in flight (a click on it joins it). */
interface SessionMemory {
  readonly cache: PageCache;
  prefetch: { readonly key: string; readonly page: Promise<ProductPage | null> } | null;
}

/** What the search pipeline knows between events; changed only by `reduce`. */
interface SearchModel {
  /** Key of the query last asked for; null after a keystroke dropped its answer (the same query then loads again). */
  readonly lastKey: string | null;
  /** The settled query, for reloads. */
  readonly current: ProductQuery | null;
  /** The last results, kept visible while loading or failing. */
  readonly previous: ProductPage | null;
  readonly loading: boolean;
  /** What this event asks of the loader: load a query, drop the answer in flight, or nothing. */
  readonly command: { readonly load: ProductQuery; readonly fresh: boolean } | 'drop' | null;
}

type SearchEvent =
  | { readonly type: 'settled'; readonly query: ProductQuery }
  | { readonly type: 'keystroke'; readonly query: ProductQuery }
  | { readonly type: 'reload' }
  | { readonly type: 'outcome'; readonly state: SearchState };

const INITIAL: SearchModel = { lastKey: null, current: null, previous: null, loading: false, command: null };

/** The one place the search state changes. */
function reduce(model: SearchModel, event: SearchEvent): SearchModel {
  const next: SearchModel = { ...model, command: null };
  switch (event.type) {
    case 'settled': {
      const key = queryKey(event.query);
      if (key === model.lastKey) return next;
      return { ...next, lastKey: key, current: event.query, command: { load: event.query, fresh: false } };
    }
    case 'keystroke':
      // A keystroke that changes the query makes the answer in flight stale at once, not when typing settles:
      // drop it, so it can never render under newer text. A trailing space leaves it coming.
      if (!model.loading || queryKey(normalizeQuery(event.query)) === model.lastKey) return next;
      return { ...next, lastKey: null, loading: false, command: 'drop' };
    case 'reload':
      return model.current ? { ...next, command: { load: model.current, fresh: true } } : next;
    case 'outcome': {
      const state = event.state;
      return { ...next, loading: state.status === 'loading', previous: state.status === 'loaded' ? state.page : model.previous };
    }
  }
}

/** True when `query` is typing after `before`: the raw text changed (a typed space counts) and is not cleared. */
function isTyping(before: ProductQuery | null, query: ProductQuery): boolean {
  // Clearing the text is one deliberate act, so it is not debounced.
  return before !== null && query.text !== before.text && query.text.trim() !== '';
}

/**
 * Turns query states into page states: debounce typing, drop duplicates, switchMap so only the latest
 * query can render, serve pages already seen from a small cache, and retry idempotent reads that failed
 * for a passing reason (server error, network, throttling) with bounded backoff. Stateless itself: each
 * `states()` call is one page's session, with its own cache and reloads, torn down when unsubscribed.
 */
@Injectable({ providedIn: 'root' })
export class ProductSearch {
  private readonly gateway = inject(CATALOG_GATEWAY);
  private readonly budget = inject(CallBudget);
  private readonly idle = inject(AFTER_PAINT_IDLE);

  /** A search session for a stream of queries (one per page). */
  states(queries: Observable<ProductQuery>, options: SessionOptions = {}): SearchSession {
    const reloads = new Subject<void>();
    const states = defer(() => {
      const memory: SessionMemory = { cache: new PageCache(), prefetch: null };
      const outcomes = new Subject<SearchState>();
      const input = queries.pipe(
        startWith(null),
        pairwise(),
        map(([before, query]) => ({ query: query!, typing: isTyping(before, query!) })),
        share(),
      );
      const events = merge(
        input.pipe(
          debounce(({ typing }) => (typing ? timer(SEARCH_DEBOUNCE_MS) : of(0))),
          map(({ query }): SearchEvent => ({ type: 'settled', query: normalizeQuery(query) })),
        ),
        input.pipe(
          filter(({ typing }) => typing),
          map(({ query }): SearchEvent => ({ type: 'keystroke', query })),
        ),
        reloads.pipe(map((): SearchEvent => ({ type: 'reload' }))),
        outcomes.pipe(map((state): SearchEvent => ({ type: 'outcome', state }))),
      );
      // After each page of results is painted and the browser is idle: the next page, if worth it. Any newer
      // state cancels a prefetch not yet started.
      const prefetches = outcomes.pipe(
        switchMap((state) => {
          const next = state.status === 'loaded' ? nextPageOf(state.query, state.page) : null;
          return next ? this.idle().pipe(map(() => next)) : EMPTY;
        }),
        tap((next) => this.prefetch(memory, next, options)),
        ignoreElements(),
      );
      const shown = events.pipe(
        scan(reduce, INITIAL),
        filter((model) => model.command !== null),
        switchMap(({ command, previous }) =>
          command === 'drop' || command === null ? EMPTY : this.load(memory, command.load, command.fresh, previous),
        ),
        // What was shown feeds back into the model (loading, the last results).
        tap((state) => outcomes.next(state)),
      );
      return merge(prefetches, shown);
    });
    return { states, reload: () => reloads.next() };
  }

  /**
   * One silent read of the page after the one on screen, into the session's cache, so "next" is served from
   * it with no request. Skipped when it is cached or in flight, or more than half of the minute's calls are
   * used. A failure is forgotten: no error shown, no retry (the click then asks as usual).
   */
  private prefetch(memory: SessionMemory, query: ProductQuery, options: SessionOptions): void {
    const key = queryKey(query);
    if (memory.prefetch !== null || memory.cache.get(key) || !this.budget.allowsOptional()) return;
    this.budget.record();
    options.prefetching?.(query);
    const page = firstValueFrom(this.gateway.search(query)).then(
      (result) => {
        memory.cache.set(key, result);
        return result;
      },
      () => null,
    );
    memory.prefetch = { key, page };
    void page.then(() => {
      if (memory.prefetch?.page === page) memory.prefetch = null;
    });
  }

  private load(memory: SessionMemory, query: ProductQuery, fresh: boolean, previous: ProductPage | null): Observable<SearchState> {
    const key = queryKey(query);
    // A reload asks for what is true now (after a failure, or after a write): no page seen before is served again.
    if (fresh) memory.cache.clear();
    const cached = fresh ? null : memory.cache.get(key);
    if (cached) return of({ status: 'loaded', query, page: cached } as const);
    const loading = of({ status: 'loading', query, previous, retry: null } as const);
    const prefetched = fresh || memory.prefetch?.key !== key ? null : memory.prefetch.page;
    if (prefetched) {
      // Clicked while its prefetch is on the way: wait for that one request instead of sending another.
      return concat(
        loading,
        defer(() => prefetched).pipe(
          switchMap((page) => (page ? of<SearchState>({ status: 'loaded', query, page }) : this.attempt(memory.cache, query, previous, 0))),
        ),
      );
    }
    return concat(loading, this.attempt(memory.cache, query, previous, 0));
  }

  private attempt(cache: PageCache, query: ProductQuery, previous: ProductPage | null, attempt: number): Observable<SearchState> {
    return defer(() => {
      this.budget.record();
      return this.gateway.search(query);
    }).pipe(
      tap((page) => cache.set(queryKey(query), page)),
      map((page): SearchState => ({ status: 'loaded', query, page })),
      catchError((raw: unknown) => {
        const error: CatalogError = isCatalogError(raw) ? raw : { kind: 'unknown', status: null, requestId: null };
        // Wix's Retry-After holds for the whole site: background work (bulk, export, prefetch) waits it out too.
        if (error.kind === 'rate-limited') this.budget.pauseFor(error.retryAfterSeconds ?? 1);
        const delayMs = retryDelay(error, attempt);
        if (delayMs === null) return of<SearchState>({ status: 'failed', query, error, previous });
        const retry: PendingRetry = { error, attempt: attempt + 1, delayMs };
        return concat(
          of<SearchState>({ status: 'loading', query, previous, retry }),
          timer(delayMs).pipe(switchMap(() => this.attempt(cache, query, previous, attempt + 1))),
        );
      }),
    );
  }
}

/** The query for the page after `page`, when there is one worth prefetching (not past the end, not empty). */
function nextPageOf(query: ProductQuery, page: ProductPage): ProductQuery | null {
  return page.hasNext && page.items.length > 0 ? { ...query, page: query.page + 1 } : null;
}

/** How long to wait before retrying, or null when this error must not be retried. */
export function retryDelay(error: CatalogError, attempt: number): number | null {
  if (attempt >= MAX_RETRIES) return null;
  // The dashboard hands out a fresh token per request: an expired one is worth exactly one more try.
  if (error.kind === 'unauthenticated') return attempt === 0 ? 0 : null;
  const backoff = BACKOFF_BASE_MS * 2 ** attempt;
  if (error.kind === 'rate-limited') {
    const wait = error.retryAfterSeconds === null ? backoff * 2 : error.retryAfterSeconds * 1000;
    return wait <= MAX_RETRY_WAIT_MS ? wait : null;
  }
  // A timeout already cost the merchant the whole timeout: say so rather than wait that long again.
  if (error.kind === 'unavailable' && error.reason !== 'timeout') return backoff;
  return null;
}
