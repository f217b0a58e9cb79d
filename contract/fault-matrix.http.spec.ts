/** @jest-environment node */
import type { Injector } from '@angular/core';
import { Contract, connectToEmulator } from './contract-setup';
import { sessionWithResults, seen, underFault } from './fault-matrix-setup';
import { watchConsole } from './noise-watch';
import { SearchSession } from './search-session';

/*
 * Fault matrix, HTTP and network faults: the page's search pipeline (ProductSearch → versioned gateway → V1
 * gateway → real SDK → app fetch seam) connected to the emulator through a real dashboard handshake. Each row
 * starts from results on screen, arms one fault and presses "Try again" (a refresh), then checks what the page
 * shows, how many Stores calls it cost, and that nothing was logged. Retry policy under test: 5xx and network
 * ×2 with backoff, 429 after Retry-After (≤ 30 s; 2× backoff without it), 401 once at once, never 400/403/404/428.
 */

jest.setTimeout(20_000);

const READ_PRODUCTS = 'WIX_STORES.READ_PRODUCTS';

describe('fault matrix: HTTP errors and the network, through the real SDK and dashboard handshake', () => {
  let contract: Contract;
  let injector: Injector;
  let session: SearchSession;
  let console: ReturnType<typeof watchConsole>;

  beforeAll(async () => {
    contract = await connectToEmulator({ emulator: { rateLimitPerMinute: 0 } });
    injector = contract.injector;
  });
  afterAll(() => contract.close());
  beforeEach(async () => {
    await fetch(`${contract.emulator.url}/_emulator/reset`, { method: 'POST' });
    console = watchConsole();
    session = await sessionWithResults(injector);
  });
  afterEach(async () => {
    session.close();
    await console.quiet();
  });

  describe('401: an expired token is retried once, at once, with a fresh token; then the reconnect state', () => {
    it('one 401 → the retry loads', async () => {
      const outcome = await underFault(contract, session, { errorNext: { count: 1, status: 401 } });
      expect(outcome.seen).toMatchObject({ view: 'results', rows: 25, stale: false });
      expect(outcome.requests).toBe(2);
      expect(outcome.retryDelays).toEqual([0]);
    });

    it('401 again → "Your Wix session has ended", results hidden, 2 requests', async () => {
      const outcome = await underFault(contract, session, { errorNext: { count: 5, status: 401 } });
      expect(outcome.seen).toMatchObject({ view: 'error', error: 'unauthenticated', rows: null, requestId: expect.any(String) });
      expect(outcome.seen.message).toMatch(/^Your Wix session has ended\. Reload the page/);
      expect(outcome.requests).toBe(2);
    });
  });

  it.each([
    [403, 'permission-denied', `You don’t have permission to view products. Your role on this site lacks the “Read Products” permission (${READ_PRODUCTS})`],
    [404, 'not-found', 'The product catalog was not found'],
    [400, 'invalid-query', 'Wix could not run this search'],
  ])('%i → %s, results hidden, one request (never retried)', async (status, kind, message) => {
    const outcome = await underFault(contract, session, { errorNext: { count: 5, status } });
    expect(outcome.seen).toMatchObject({ view: 'error', error: kind, rows: null, requestId: expect.any(String) });
    expect(outcome.seen.message).toContain(message);
    expect(outcome.requests).toBe(1);
    expect(outcome.retryDelays).toEqual([]);
  });

  describe('428: wrong catalog version', () => {
    it('the version did not change → "catalog changed version", after one version check (2 requests)', async () => {
      const outcome = await underFault(contract, session, { errorNext: { count: 1, status: 428 } });
      expect(outcome.seen).toMatchObject({ view: 'error', error: 'catalog-version-mismatch', rows: null });
      expect(outcome.seen.message).toMatch(/^This site’s catalog changed version/);
      expect(outcome.requests).toBe(2);
      const calls = (await contract.stats()).recent.slice(-2).map((r) => `${r.path} ${r.status}`);
      expect(calls).toEqual(['/stores-reader/v1/products/query-platformized 428', '/stores/v3/provision/version 200']);
    });

    it('the site moved to Catalog V3 → the search is repeated on V3 and loads (3 requests and a count)', async () => {
      const outcome = await underFault(contract, session, { catalogVersion: 'V3' });
      expect(outcome.seen).toMatchObject({ view: 'results', rows: 25 });
      // V3 answers carry no total: countProducts gives it, one call beside the search.
      expect(outcome.state.status === 'loaded' && outcome.state.page.total).toBe(600);
      expect(outcome.requests).toBe(4);
    });
  });

  describe('429: throttled', () => {
    it('with Retry-After: 1 → waits 1 s, the retry loads (2 requests)', async () => {
      const outcome = await underFault(contract, session, { errorNext: { count: 1, status: 429, retryAfter: 1 } });
      expect(outcome.seen).toMatchObject({ view: 'results', stale: false });
      expect(outcome.retryDelays).toEqual([1000]);
      expect(outcome.requests).toBe(2);
    });

    it('with Retry-After, throttled throughout → "Try again in 1 second", stale results kept (3 requests)', async () => {
      const outcome = await underFault(contract, session, { errorNext: { count: 5, status: 429, retryAfter: 1 } });
      expect(outcome.seen).toMatchObject({ view: 'error', error: 'rate-limited', rows: 25, stale: true });
      expect(outcome.seen.message).toBe('Wix is receiving too many requests. Try again in 1 second.');
      expect(outcome.retryDelays).toEqual([1000, 1000]);
      expect(outcome.requests).toBe(3);
    });

    it('without Retry-After → twice the backoff (1 s, 2 s), then "Wait a moment", stale results kept (3 requests)', async () => {
      const outcome = await underFault(contract, session, { errorNext: { count: 5, status: 429 } });
      expect(outcome.seen).toMatchObject({ view: 'error', error: 'rate-limited', rows: 25, stale: true });
      expect(outcome.seen.message).toBe('Wix is receiving too many requests. Wait a moment, then try again.');
      expect(outcome.retryDelays).toEqual([1000, 2000]);
      expect(outcome.requests).toBe(3);
    });

    it('Retry-After beyond 30 s → no automatic wait: "Try again in 120 seconds" (1 request)', async () => {
      const outcome = await underFault(contract, session, { errorNext: { count: 5, status: 429, retryAfter: 120 } });
      expect(outcome.seen).toMatchObject({ view: 'error', error: 'rate-limited', stale: true });
      expect(outcome.seen.message).toContain('Try again in 120 seconds.');
      expect(outcome.requests).toBe(1);
    });

    it('the emulator’s own throttle (sliding minute) → its Retry-After is beyond 30 s: shown, not waited for', async () => {
      // One call a minute: the first refresh takes it, the second is throttled until the minute is over.
      const twice = async (s: SearchSession) => (await s.reload(), s.reload());
      const outcome = await underFault(contract, session, { rateLimitPerMinute: 1 }, twice);
      expect(outcome.seen).toMatchObject({ view: 'error', error: 'rate-limited', stale: true });
      expect(outcome.seen.message).toMatch(/Try again in (3[1-9]|[4-5]\d|60) seconds\./);
      expect(outcome.requests).toBe(2);
    });
  });

  describe('5xx: retried twice with backoff (0.5 s, 1 s)', () => {
    it.each([
      ['500', { errorNext: { count: 5, status: 500 } }],
      ['502', { errorNext: { count: 5, status: 502 } }],
      ['503', { errorNext: { count: 5, status: 503 } }],
    ])('%s throughout → "can’t be reached", stale results kept (3 requests)', async (_, patch) => {
      const outcome = await underFault(contract, session, patch);
      expect(outcome.seen).toMatchObject({ view: 'error', error: 'unavailable', rows: 25, stale: true, requestId: expect.any(String) });
      expect(outcome.seen.message).toBe('Wix Stores can’t be reached right now. This is usually brief. Try again in a moment.');
      expect(outcome.retryDelays).toEqual([500, 1000]);
      expect(outcome.requests).toBe(3);
    });

    it('one 503 (failNext, with Retry-After: 1) → the retry loads (2 requests)', async () => {
      const outcome = await underFault(contract, session, { failNext: { count: 1, status: 503 } });
      expect(outcome.seen).toMatchObject({ view: 'results', stale: false });
      expect(outcome.requests).toBe(2);
    });
  });

  describe('connection reset: a network failure, retried like a 5xx', () => {
    it('reset throughout → "check your internet connection", stale results kept (3 requests)', async () => {
      const outcome = await underFault(contract, session, { resetNext: 5 });
      expect(outcome.seen).toMatchObject({ view: 'error', error: 'unavailable', rows: 25, stale: true, requestId: null });
      expect(outcome.seen.message).toBe('Wix Stores can’t be reached right now. Check your internet connection, then try again.');
      expect(outcome.retryDelays).toEqual([500, 1000]);
      expect(outcome.requests).toBe(3);
    });

    it('one reset → the retry loads (2 requests)', async () => {
      const outcome = await underFault(contract, session, { resetNext: 1 });
      expect(outcome.seen).toMatchObject({ view: 'results', stale: false });
      expect(outcome.requests).toBe(2);
    });
  });

  it('a new page of results under a fault keeps the previous page on screen, marked stale', async () => {
    const outcome = await underFault(contract, session, { errorNext: { count: 5, status: 503 } }, (s) => s.ask({ page: 2 }));
    expect(outcome.seen).toMatchObject({ view: 'error', rows: 25, stale: true });
    const kept = outcome.state.status === 'failed' ? outcome.state.previous : null;
    expect(kept?.page).toBe(1);
  });
});

describe('fault matrix: answers that never come', () => {
  const contracts: Contract[] = [];
  let console: ReturnType<typeof watchConsole>;
  beforeEach(() => (console = watchConsole()));
  afterEach(() => console.quiet());
  afterAll(() => Promise.all(contracts.map((c) => c.close())));

  async function connect(options: Parameters<typeof connectToEmulator>[0]) {
    const contract = await connectToEmulator(options);
    contracts.push(contract);
    return contract;
  }

  it('a hang past the timeout → "did not answer in time", stale results kept, not retried (1 request)', async () => {
    const contract = await connect({ requestTimeoutMs: 400, emulator: { rateLimitPerMinute: 0 } });
    const session = await sessionWithResults(contract.injector);
    const started = Date.now();
    const outcome = await underFault(contract, session, { hangNext: 1 });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(outcome.seen).toMatchObject({ view: 'error', error: 'unavailable', rows: 25, stale: true, requestId: null });
    expect(outcome.seen.message).toBe('Wix did not answer in time. This is usually brief. Try again in a moment.');
    expect(outcome.requests).toBe(1);
    session.close();
  });

  it('a handshake that never comes → "open from your dashboard" after the connection timeout, no request at all', async () => {
    const contract = await connect({ dropHandshake: true, connectionTimeoutMs: 300 });
    const session = new SearchSession(contract.injector);
    const first = await session.ask({});
    expect(seen(first)).toMatchObject({ view: 'error', error: 'not-in-dashboard', rows: null, requestId: null });
    expect(seen(first).message).toMatch(/^Open Catalog Manager from your Wix dashboard/);
    // "Try again" waits for the dashboard once more, and still sends nothing without a token.
    expect(seen(await session.reload())).toMatchObject({ error: 'not-in-dashboard' });
    expect((await contract.stats()).requests).toBe(0);
    session.close();
  });

  it('a session that expired before the page opened → the reconnect state after one retry (the version check twice, the guessed first read once)', async () => {
    const contract = await connect({ role: 'expired' });
    const session = new SearchSession(contract.injector);
    const first = await session.ask({});
    expect(seen(first)).toMatchObject({ view: 'error', error: 'unauthenticated', rows: null });
    const stats = await contract.stats();
    // The first read goes out with the version check (guessed V1); the retry waits for the version's answer.
    expect(stats.recent.map((r) => `${r.path} ${r.status}`).sort()).toEqual([
      '/stores-reader/v1/products/query-platformized 401',
      '/stores/v3/provision/version 401',
      '/stores/v3/provision/version 401',
    ]);
    session.close();
  });
});
