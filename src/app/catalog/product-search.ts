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
  map,
  merge,
  of,
  share,
  switchMap,
  tap,
  timer,
} from 'rxjs';
import { CatalogError, isCatalogError } from '../wix/wix-errors';
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

/**
 * Turns query states into page states: debounce typing, drop duplicates, switchMap so only the latest
 * query can render, serve pages already seen from a small cache, and retry idempotent reads that failed
 * for a passing reason (server error, network, throttling) with bounded backoff.
 */
@Injectable({ providedIn: 'root' })
export class ProductSearch {
  private readonly gateway = inject(CATALOG_GATEWAY);
  private readonly cache = new PageCache();
  private readonly reloads = new Subject<void>();

  /** Page states for a stream of queries. Subscribe once per page. */
  states(queries: Observable<ProductQuery>): Observable<SearchState> {
    return defer(() => {
      let lastText: string | null = null;
      let lastKey: string | null = null;
      let loading = false;
      let current: ProductQuery | null = null;
      let previous: ProductPage | null = null;
      const input = queries.pipe(
        // Compare raw text: a typed space is a keystroke too, even though it trims away.
        // Clearing the text is one deliberate act, so it is not debounced.
        map((query) => {
          const typing = lastText !== null && query.text !== lastText && query.text.trim() !== '';
          lastText = query.text;
          return { query, typing };
        }),
        share(),
      );
      const settled = input.pipe(
        debounce(({ typing }) => (typing ? timer(SEARCH_DEBOUNCE_MS) : of(0))),
        map(({ query }) => normalizeQuery(query)),
        filter((query) => queryKey(query) !== lastKey),
        tap((query) => {
          lastKey = queryKey(query);
          current = query;
        }),
        map((query) => ({ query, fresh: false })),
      );
      // A keystroke makes the answer in flight stale at once, not when the typing settles: drop it, so it
      // can never render under newer text. The settled query then loads even if it is the same one again.
      const keystrokes = input.pipe(
        // A keystroke that does not change the query (a trailing space) leaves the answer coming.
        filter(({ query, typing }) => typing && loading && queryKey(normalizeQuery(query)) !== lastKey),
        tap(() => (lastKey = null)),
        map(() => null),
      );
      const reloads = this.reloads.pipe(map(() => (current ? { query: current, fresh: true } : null)));
      return merge(settled, keystrokes, reloads).pipe(
        switchMap((request) => (request ? this.load(request.query, request.fresh, previous) : EMPTY)),
        tap((state) => {
          loading = state.status === 'loading';
          if (state.status === 'loaded') previous = state.page;
        }),
      );
    });
  }

  /** Loads the current query again, bypassing the cache (the merchant's "Try again"). */
  reload(): void {
    this.reloads.next();
  }

  private load(query: ProductQuery, fresh: boolean, previous: ProductPage | null): Observable<SearchState> {
    const cached = fresh ? null : this.cache.get(queryKey(query));
    if (cached) return of({ status: 'loaded', query, page: cached } as const);
    return concat(of({ status: 'loading', query, previous, retry: null } as const), this.attempt(query, previous, 0));
  }

  private attempt(query: ProductQuery, previous: ProductPage | null, attempt: number): Observable<SearchState> {
    return this.gateway.search(query).pipe(
      tap((page) => this.cache.set(queryKey(query), page)),
      map((page): SearchState => ({ status: 'loaded', query, page })),
      catchError((raw: unknown) => {
        const error: CatalogError = isCatalogError(raw) ? raw : { kind: 'unknown', status: null, requestId: null };
        const delayMs = retryDelay(error, attempt);
        if (delayMs === null) return of<SearchState>({ status: 'failed', query, error, previous });
        const retry: PendingRetry = { error, attempt: attempt + 1, delayMs };
        return concat(
          of<SearchState>({ status: 'loading', query, previous, retry }),
          timer(delayMs).pipe(switchMap(() => this.attempt(query, previous, attempt + 1))),
        );
      }),
    );
  }
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
