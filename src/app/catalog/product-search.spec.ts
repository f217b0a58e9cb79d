import { TestBed } from '@angular/core/testing';
import { NEVER, Observable, Subject, Subscription, map, of, throwError, timer } from 'rxjs';
import { AFTER_PAINT_IDLE } from './after-paint-idle';
import { CALLS_PER_MINUTE, CallBudget } from './call-budget';
import { SitePace } from './site-pace';
import { CatalogError } from './catalog-error';
import { CATALOG_GATEWAY, CatalogGateway } from './catalog-gateway';
import { DEFAULT_QUERY, ProductPage, ProductQuery } from './product';
import { ProductSearch, SEARCH_DEBOUNCE_MS, SearchState, retryDelay } from './product-search';

function pageFor(query: ProductQuery): ProductPage {
  return {
    items: [{ id: `${query.text}-${query.page}`, name: query.text, sku: null, price: null, currency: null, priceBeforeDiscount: null, visible: true, stock: 'unknown', quantity: null, thumbnailUrl: null, lastUpdated: null }],
    total: 100,
    page: query.page,
    pageSize: query.pageSize,
    pageCount: 4,
    hasNext: query.page < 4,
    hasPrevious: query.page > 1,
    textMatch: 'prefix',
  };
}

/** A gateway whose answers the test controls, recording every request. */
class ScriptedGateway implements CatalogGateway {
  readonly requests: ProductQuery[] = [];
  answer: (query: ProductQuery) => Observable<ProductPage> = (q) => of(pageFor(q));
  search(query: ProductQuery): Observable<ProductPage> {
    this.requests.push(query);
    return this.answer(query);
  }
}

/** In these tests the browser is idle this long after results arrive (only when `idle` is on). */
const IDLE_MS = 50;

function setUp({ idle = false } = {}) {
  const gateway = new ScriptedGateway();
  TestBed.configureTestingModule({
    providers: [
      { provide: CATALOG_GATEWAY, useValue: gateway },
      // Without `idle` the browser is never idle: no prefetch disturbs the request counts.
      { provide: AFTER_PAINT_IDLE, useValue: () => (idle ? timer(IDLE_MS).pipe(map(() => undefined)) : NEVER) },
    ],
  });
  const queries = new Subject<ProductQuery>();
  const prefetched: ProductQuery[] = [];
  const search = TestBed.inject(ProductSearch).states(queries, { prefetching: (query) => prefetched.push(query) });
  const states: SearchState[] = [];
  const subscription: Subscription = search.states.subscribe((s) => states.push(s));
  const last = () => states[states.length - 1];
  return { gateway, search, queries, states, last, subscription, prefetched };
}

const q = (patch: Partial<ProductQuery>): ProductQuery => ({ ...DEFAULT_QUERY, ...patch });
const unavailable: CatalogError = { kind: 'unavailable', reason: 'server', requestId: 'r1' };

describe('ProductSearch', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('loads the first query at once', () => {
    const { gateway, queries, last } = setUp();
    queries.next(q({}));
    expect(gateway.requests).toHaveLength(1);
    expect(last()).toMatchObject({ status: 'loaded', query: q({}) });
  });

  it('makes one request for a 20-character typing burst', () => {
    const { gateway, queries, last } = setUp();
    queries.next(q({}));
    const word = 'stainless steel bowl';
    expect(word).toHaveLength(20);
    for (let i = 1; i <= word.length; i++) {
      queries.next(q({ text: word.slice(0, i) }));
      jest.advanceTimersByTime(60);
    }
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    expect(gateway.requests.map((r) => r.text)).toEqual(['', word]);
    expect(last()).toMatchObject({ status: 'loaded', query: { text: word } });
  });

  it('pauses longer than the debounce are separate intents', () => {
    const { gateway, queries } = setUp();
    queries.next(q({}));
    for (const text of ['s', 'st', 'sta']) {
      queries.next(q({ text }));
      jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS + 1);
    }
    expect(gateway.requests.map((r) => r.text)).toEqual(['', 's', 'st', 'sta']);
  });

  it('changes of page, size and sort are not debounced', () => {
    const { gateway, queries } = setUp();
    queries.next(q({}));
    queries.next(q({ page: 2 }));
    queries.next(q({ page: 2, pageSize: 50 }));
    expect(gateway.requests.map((r) => [r.page, r.pageSize])).toEqual([[1, 25], [2, 25], [2, 50]]);
  });

  it('drops duplicates, including text that only differs in outer spaces', () => {
    const { gateway, queries } = setUp();
    queries.next(q({ text: 'mug' }));
    queries.next(q({ text: 'mug ' }));
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    queries.next(q({ text: 'mug' }));
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    expect(gateway.requests).toHaveLength(1);
  });

  it('never lets a slow old response overwrite a newer one', () => {
    const { gateway, queries, states } = setUp();
    const slow = new Subject<ProductPage>();
    gateway.answer = (query) => (query.page === 1 ? slow : of(pageFor(query)));
    queries.next(q({ page: 1 }));
    queries.next(q({ page: 2 }));
    slow.next(pageFor(q({ page: 1 })));
    slow.complete();
    const loaded = states.filter((s) => s.status === 'loaded');
    expect(loaded).toHaveLength(1);
    expect(loaded[0]).toMatchObject({ query: { page: 2 } });
    expect(slow.observed).toBe(false); // the old request was unsubscribed
  });

  it('drops the answer in flight at the next keystroke, so it never renders under newer text', () => {
    const { gateway, queries, states } = setUp();
    queries.next(q({}));
    const slow = new Subject<ProductPage>();
    gateway.answer = (query) => (query.text === 'al' ? slow : of(pageFor(query)));
    queries.next(q({ text: 'al' }));
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    expect(gateway.requests.map((r) => r.text)).toEqual(['', 'al']);
    queries.next(q({ text: 'alp' })); // typed while "al" is still on its way
    expect(slow.observed).toBe(false);
    slow.next(pageFor(q({ text: 'al' }))); // the late answer arrives: nobody listens
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    const loaded = states.filter((s) => s.status === 'loaded').map((s) => s.query.text);
    expect(loaded).toEqual(['', 'alp']);
  });

  it('a keystroke that does not change the query (a trailing space) lets the answer in flight land', () => {
    const { gateway, queries, last } = setUp();
    queries.next(q({}));
    const slow = new Subject<ProductPage>();
    gateway.answer = (query) => (query.text === 'al' ? slow : of(pageFor(query)));
    queries.next(q({ text: 'al' }));
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    queries.next(q({ text: 'al ' }));
    expect(slow.observed).toBe(true);
    slow.next(pageFor(q({ text: 'al' })));
    slow.complete();
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    expect(gateway.requests.map((r) => r.text)).toEqual(['', 'al']);
    expect(last()).toMatchObject({ status: 'loaded', query: { text: 'al' } });
  });

  it('typing back to a text whose answer was dropped asks for it again', () => {
    const { gateway, queries, last } = setUp();
    queries.next(q({}));
    const slow = new Subject<ProductPage>();
    gateway.answer = (query) => (query.text === 'al' && gateway.requests.length === 2 ? slow : of(pageFor(query)));
    queries.next(q({ text: 'al' }));
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    queries.next(q({ text: 'alp' }));
    queries.next(q({ text: 'al' }));
    jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS);
    expect(gateway.requests.map((r) => r.text)).toEqual(['', 'al', 'al']);
    expect(last()).toMatchObject({ status: 'loaded', query: { text: 'al' } });
  });

  it('serves a page already seen from the cache without a request', () => {
    const { gateway, queries, last } = setUp();
    queries.next(q({ page: 1 }));
    queries.next(q({ page: 2 }));
    queries.next(q({ page: 1 }));
    expect(gateway.requests.map((r) => r.page)).toEqual([1, 2]);
    expect(last()).toMatchObject({ status: 'loaded', query: { page: 1 } });
  });

  it('keeps the previous page visible while the next one loads', () => {
    const { gateway, queries, last } = setUp();
    queries.next(q({ page: 1 }));
    gateway.answer = () => new Subject<ProductPage>();
    queries.next(q({ page: 2 }));
    expect(last()).toMatchObject({ status: 'loading', query: { page: 2 }, previous: { page: 1 } });
  });

  it('retries a server error with backoff, then shows the page', () => {
    const { gateway, queries, last, states } = setUp();
    let failures = 2;
    gateway.answer = (query) => (failures-- > 0 ? throwError(() => unavailable) : of(pageFor(query)));
    queries.next(q({}));
    expect(last()).toMatchObject({ status: 'loading', retry: { attempt: 1, delayMs: 500 } });
    jest.advanceTimersByTime(499);
    expect(gateway.requests).toHaveLength(1);
    jest.advanceTimersByTime(1);
    expect(gateway.requests).toHaveLength(2);
    expect(last()).toMatchObject({ status: 'loading', retry: { attempt: 2, delayMs: 1000 } });
    jest.advanceTimersByTime(1000);
    expect(gateway.requests).toHaveLength(3);
    expect(last().status).toBe('loaded');
    expect(states.some((s) => s.status === 'failed')).toBe(false);
  });

  it('gives up after the bounded retries and shows the error', () => {
    const { gateway, queries, last } = setUp();
    gateway.answer = () => throwError(() => unavailable);
    queries.next(q({}));
    jest.advanceTimersByTime(60_000);
    expect(gateway.requests).toHaveLength(3);
    expect(last()).toEqual({ status: 'failed', query: q({}), error: unavailable, previous: null });
  });

  it('waits for Retry-After when throttled', () => {
    const { gateway, queries, last } = setUp();
    let throttled = true;
    gateway.answer = (query) => {
      if (!throttled) return of(pageFor(query));
      throttled = false;
      return throwError((): CatalogError => ({ kind: 'rate-limited', retryAfterSeconds: 3, requestId: null }));
    };
    queries.next(q({}));
    jest.advanceTimersByTime(2999);
    expect(gateway.requests).toHaveLength(1);
    jest.advanceTimersByTime(1);
    expect(gateway.requests).toHaveLength(2);
    expect(last().status).toBe('loaded');
  });

  it('retries an expired token once, at once, then shows the reconnect state', () => {
    const { gateway, queries, last } = setUp();
    gateway.answer = () => throwError((): CatalogError => ({ kind: 'unauthenticated', requestId: 'r401' }));
    queries.next(q({}));
    jest.advanceTimersByTime(0);
    jest.advanceTimersByTime(60_000);
    expect(gateway.requests).toHaveLength(2);
    expect(last()).toMatchObject({ status: 'failed', error: { kind: 'unauthenticated' } });
  });

  it('an expired token that the dashboard replaces recovers without the merchant noticing', () => {
    const { gateway, queries, last, states } = setUp();
    let expired = true;
    gateway.answer = (query) => {
      if (!expired) return of(pageFor(query));
      expired = false;
      return throwError((): CatalogError => ({ kind: 'unauthenticated', requestId: null }));
    };
    queries.next(q({}));
    jest.advanceTimersByTime(0);
    expect(last().status).toBe('loaded');
    expect(states.some((s) => s.status === 'failed')).toBe(false);
  });

  it.each<CatalogError>([
    { kind: 'permission-denied', permission: { id: 'WIX_STORES.READ_PRODUCTS', name: 'Read Products' }, code: 'PERMISSION_DENIED', requestId: null },
    { kind: 'invalid-query', violations: [], requestId: null },
    { kind: 'unavailable', reason: 'timeout', requestId: null },
    { kind: 'not-in-dashboard', requestId: null },
  ])('never retries $kind', (error) => {
    const { gateway, queries, last } = setUp();
    gateway.answer = () => throwError(() => error);
    queries.next(q({}));
    jest.advanceTimersByTime(60_000);
    expect(gateway.requests).toHaveLength(1);
    expect(last()).toMatchObject({ status: 'failed', error });
  });

  it('reload() asks again for the current query, past the cache', () => {
    const { gateway, search, queries, last } = setUp();
    gateway.answer = () => throwError((): CatalogError => ({ kind: 'permission-denied', permission: { id: 'P', name: 'P' }, code: 'PERMISSION_DENIED', requestId: null }));
    queries.next(q({ text: 'cup' }));
    expect(last().status).toBe('failed');
    gateway.answer = (query) => of(pageFor(query));
    search.reload();
    expect(gateway.requests).toHaveLength(2);
    expect(last()).toMatchObject({ status: 'loaded', query: { text: 'cup' } });
  });

  it('each session is its own: its own cache, and a reload reaches only its own page', () => {
    const { gateway, queries, search } = setUp();
    const otherQueries = new Subject<ProductQuery>();
    const other = TestBed.inject(ProductSearch).states(otherQueries);
    const otherStates: SearchState[] = [];
    other.states.subscribe((s) => otherStates.push(s));
    queries.next(q({ text: 'cup' }));
    otherQueries.next(q({ text: 'cup' }));
    // The second page does not see the first page's cache: it asks for itself.
    expect(gateway.requests.map((r) => r.text)).toEqual(['cup', 'cup']);
    search.reload();
    expect(gateway.requests).toHaveLength(3);
    expect(otherStates.map((s) => s.status)).toEqual(['loading', 'loaded']);
  });
});

describe('ProductSearch: prefetching the next page', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());
  const settlePromises = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };

  it('prefetches the next page once, when idle after a loaded page; the "next" click is served from the cache', async () => {
    const { gateway, queries, last, prefetched } = setUp({ idle: true });
    queries.next(q({ page: 1 }));
    expect(gateway.requests.map((r) => r.page)).toEqual([1]);
    jest.advanceTimersByTime(IDLE_MS);
    expect(gateway.requests.map((r) => r.page)).toEqual([1, 2]);
    expect(prefetched).toEqual([q({ page: 2 })]);
    await settlePromises();
    queries.next(q({ page: 2 }));
    expect(last()).toMatchObject({ status: 'loaded', query: { page: 2 } });
    // The click made no request; its own idle time prefetches page 3.
    expect(gateway.requests.map((r) => r.page)).toEqual([1, 2]);
    jest.advanceTimersByTime(IDLE_MS);
    expect(gateway.requests.map((r) => r.page)).toEqual([1, 2, 3]);
  });

  it('a click while the prefetch is on its way joins it: still one request for that page', async () => {
    const { gateway, queries, last } = setUp({ idle: true });
    queries.next(q({ page: 1 }));
    const slow = new Subject<ProductPage>();
    gateway.answer = (query) => (query.page === 2 ? slow : of(pageFor(query)));
    jest.advanceTimersByTime(IDLE_MS);
    queries.next(q({ page: 2 }));
    expect(last()).toMatchObject({ status: 'loading', query: { page: 2 } });
    slow.next(pageFor(q({ page: 2 })));
    slow.complete();
    await settlePromises();
    expect(last()).toMatchObject({ status: 'loaded', query: { page: 2 } });
    expect(gateway.requests.filter((r) => r.page === 2)).toHaveLength(1);
  });

  it('does not prefetch past the end, from the last page, or from an empty page', () => {
    const { gateway, queries } = setUp({ idle: true });
    queries.next(q({ page: 4 })); // hasNext false
    jest.advanceTimersByTime(IDLE_MS * 4);
    gateway.answer = (query) => of({ ...pageFor(query), items: [], hasNext: true });
    queries.next(q({ page: 9 }));
    jest.advanceTimersByTime(IDLE_MS * 4);
    expect(gateway.requests.map((r) => r.page)).toEqual([4, 9]);
  });

  it('does not prefetch after a failure or while loading; a failed prefetch is silent and not retried', async () => {
    const { gateway, queries, last, states } = setUp({ idle: true });
    gateway.answer = () => throwError((): CatalogError => ({ kind: 'invalid-query', violations: [], requestId: null }));
    queries.next(q({ page: 1 }));
    jest.advanceTimersByTime(IDLE_MS * 4);
    expect(gateway.requests).toHaveLength(1);
    gateway.answer = (query) => (query.page === 2 ? throwError(() => unavailable) : of(pageFor(query)));
    queries.next(q({ page: 1, pageSize: 10 }));
    jest.advanceTimersByTime(IDLE_MS);
    await settlePromises();
    jest.advanceTimersByTime(60_000);
    expect(gateway.requests.map((r) => [r.page, r.pageSize])).toEqual([[1, 25], [1, 10], [2, 10]]);
    expect(last()).toMatchObject({ status: 'loaded', query: { page: 1, pageSize: 10 } });
    expect(states.filter((s) => s.status === 'failed')).toHaveLength(1); // only the first query's own failure
  });

  it('does not prefetch once half of the minute\'s calls are used, and does again when they age out', () => {
    const { gateway, queries } = setUp({ idle: true });
    const budget = TestBed.inject(CallBudget);
    for (let i = 0; i < CALLS_PER_MINUTE / 2 - 1; i++) budget.record();
    queries.next(q({ page: 1 })); // the 100th call of the minute
    jest.advanceTimersByTime(IDLE_MS);
    expect(gateway.requests.map((r) => r.page)).toEqual([1]);
    jest.advanceTimersByTime(60_000);
    queries.next(q({ page: 1, sort: 'price-asc' }));
    jest.advanceTimersByTime(IDLE_MS);
    expect(gateway.requests.map((r) => [r.page, r.sort])).toEqual([[1, 'name-asc'], [1, 'price-asc'], [2, 'price-asc']]);
  });

  it('the page\'s reads never wait for the site\'s pace: read at once with background work holding the whole window', async () => {
    const { gateway, queries, last } = setUp();
    const budget = TestBed.inject(CallBudget);
    const pace = TestBed.inject(SitePace);
    for (let i = 0; i < CALLS_PER_MINUTE; i++) budget.record();
    pace.pauseFor(30); // and a Retry-After holding background work
    let background = false;
    void pace.take().then(() => (background = true));
    queries.next(q({ page: 1 }));
    expect(gateway.requests).toHaveLength(1);
    expect(last()).toMatchObject({ status: 'loaded', query: { page: 1 } });
    queries.next(q({ page: 2 }));
    expect(gateway.requests).toHaveLength(2);
    expect(budget.calls).toHaveLength(CALLS_PER_MINUTE + 2); // counted, so background work leaves room for them
    await Promise.resolve();
    expect(background).toBe(false);
  });

  it('a 429 on a page read pauses background work for its Retry-After (the page retries on its own)', () => {
    const { gateway, queries } = setUp();
    gateway.answer = () => throwError((): CatalogError => ({ kind: 'rate-limited', retryAfterSeconds: 20, requestId: null }));
    const budget = TestBed.inject(CallBudget);
    queries.next(q({}));
    expect(budget.resumeAt).toBe(Date.now() + 20_000);
    expect(TestBed.inject(SitePace).waitMs()).toBe(20_000);
  });

  it('does not prefetch while a Retry-After Wix sent runs, and does again after it', () => {
    const { gateway, queries } = setUp({ idle: true });
    TestBed.inject(CallBudget).pauseFor(10);
    queries.next(q({ page: 1 }));
    jest.advanceTimersByTime(IDLE_MS);
    expect(gateway.requests.map((r) => r.page)).toEqual([1]);
    jest.advanceTimersByTime(10_000);
    queries.next(q({ page: 1, sort: 'price-asc' }));
    jest.advanceTimersByTime(IDLE_MS);
    expect(gateway.requests.map((r) => [r.page, r.sort])).toEqual([[1, 'name-asc'], [1, 'price-asc'], [2, 'price-asc']]);
  });

  it('a newer query before the browser is idle cancels the prefetch of the older one', () => {
    const { gateway, queries } = setUp({ idle: true });
    queries.next(q({ page: 1 }));
    jest.advanceTimersByTime(IDLE_MS - 1);
    queries.next(q({ page: 1, sort: 'price-asc' }));
    jest.advanceTimersByTime(IDLE_MS);
    expect(gateway.requests.map((r) => [r.page, r.sort])).toEqual([[1, 'name-asc'], [1, 'price-asc'], [2, 'price-asc']]);
  });
});

describe('retryDelay', () => {
  it('does not wait for a Retry-After longer than 30 s', () => {
    expect(retryDelay({ kind: 'rate-limited', retryAfterSeconds: 31, requestId: null }, 0)).toBeNull();
    expect(retryDelay({ kind: 'rate-limited', retryAfterSeconds: null, requestId: null }, 0)).toBe(1000);
  });
});

describe('retryDelay: the whole policy, fault by fault', () => {
  const id = { requestId: 'r' };
  /** The delays of the automatic retries one fault gets, when it keeps happening. */
  const retries = (error: CatalogError) => {
    const delays: number[] = [];
    for (let attempt = 0; ; attempt++) {
      const delay = retryDelay(error, attempt);
      if (delay === null) return delays;
      delays.push(delay);
    }
  };

  it.each<[string, CatalogError, number[]]>([
    ['401 (expired token): once, at once', { kind: 'unauthenticated', ...id }, [0]],
    ['403', { kind: 'permission-denied', permission: { id: 'p', name: 'P' }, code: 'PERMISSION_DENIED', ...id }, []],
    ['404', { kind: 'not-found', ...id }, []],
    ['428', { kind: 'catalog-version-mismatch', ...id }, []],
    ['400', { kind: 'invalid-query', violations: [], ...id }, []],
    ['429 with Retry-After 3', { kind: 'rate-limited', retryAfterSeconds: 3, ...id }, [3000, 3000]],
    ['429 with Retry-After 30', { kind: 'rate-limited', retryAfterSeconds: 30, ...id }, [30_000, 30_000]],
    ['429 with Retry-After 31', { kind: 'rate-limited', retryAfterSeconds: 31, ...id }, []],
    ['429 without Retry-After', { kind: 'rate-limited', retryAfterSeconds: null, ...id }, [1000, 2000]],
    ['5xx', { kind: 'unavailable', reason: 'server', ...id }, [500, 1000]],
    ['network (reset, offline)', { kind: 'unavailable', reason: 'network', requestId: null }, [500, 1000]],
    ['timeout (a hang)', { kind: 'unavailable', reason: 'timeout', requestId: null }, []],
    ['not in the dashboard (no handshake)', { kind: 'not-in-dashboard', requestId: null }, []],
    ['an answer that cannot be shown', { kind: 'unknown', status: 200, ...id }, []],
    ['Stores not installed', { kind: 'stores-not-installed', requestId: null }, []],
  ])('%s', (_, error, expected) => {
    expect(retries(error)).toEqual(expected);
  });
});
