/** @jest-environment node */
import type { Injector } from '@angular/core';
import type { SearchState } from '../src/app/catalog/product-search';
import { Contract, connectToEmulator } from './contract-setup';
import { sessionWithResults, underFault } from './fault-matrix-setup';
import { watchConsole } from './noise-watch';
import { SearchSession } from './search-session';

/*
 * Fault matrix, strange answers: Wix answers 200 with something the page cannot take at face value (emulator
 * `malformNext`). The page must neither crash nor call it a network failure nor show an empty catalog it was
 * not given; what it can show honestly, it shows. None of these is retried: asking again gets the same answer.
 */

jest.setTimeout(20_000);

const SOMETHING_WRONG = 'Something went wrong loading products. Try again. If it keeps failing, contact support with the request ID below.';
/** The same message when no request id survived (the answer broke inside the SDK's mapping). */
const SOMETHING_WRONG_NO_ID = 'Something went wrong loading products. Try again. If it keeps failing, contact support.';
const loadedPage = (state: SearchState) => (state.status === 'loaded' ? state.page : null);

describe.each(['V1', 'V3'] as const)('fault matrix: strange answers on a Catalog %s site', (catalogVersion) => {
  let contract: Contract;
  let injector: Injector;
  let session: SearchSession;
  let console: ReturnType<typeof watchConsole>;

  beforeAll(async () => {
    contract = await connectToEmulator({ emulator: { rateLimitPerMinute: 0, catalogVersion } });
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

  it('invalid JSON → "something went wrong" with the request id, not "check your connection"; stale rows kept; 1 request', async () => {
    const outcome = await underFault(contract, session, { malformNext: { count: 5, shape: 'invalid-json' } });
    const { recent } = await contract.stats();
    expect(outcome.seen).toEqual({
      view: 'error',
      error: 'unknown',
      message: SOMETHING_WRONG,
      requestId: recent.at(-1)?.requestId,
      rows: 25,
      stale: true,
    });
    expect(outcome.requests).toBe(1);
  });

  it('no `products` → "something went wrong", not an empty catalog; stale rows kept; 1 request', async () => {
    // V1 says there are 600 products and sends none; V3 sends none and a cursor to more: both contradict themselves.
    const outcome = await underFault(contract, session, { malformNext: { count: 5, shape: 'no-products' } });
    expect(outcome.seen).toMatchObject({ view: 'error', error: 'unknown', message: SOMETHING_WRONG_NO_ID, rows: 25, stale: true });
    expect(outcome.requests).toBe(1);
  });

  it('a product without name and price → shown with gaps ("—" in the table), the others whole; 1 request', async () => {
    const outcome = await underFault(contract, session, { malformNext: { count: 1, shape: 'missing-fields' } });
    expect(outcome.seen).toMatchObject({ view: 'results', rows: 25, stale: false });
    const [bare, next] = loadedPage(outcome.state)?.items ?? [];
    expect(bare).toMatchObject({ name: '', price: null, priceBeforeDiscount: null, id: expect.any(String) });
    expect(next.name).not.toBe('');
    expect(next.price).not.toBeNull();
    expect(outcome.requests).toBe(1);
  });

  it('a 101-item page for 100 → no row shown twice, none lost on the next page', async () => {
    const first = await underFault(contract, session, { malformNext: { count: 1, shape: 'extra-item' } }, (s) => s.ask({ pageSize: 100 }));
    expect(first.requests).toBe(1);
    const page1 = loadedPage(first.state)!;
    const page2 = loadedPage(await session.ask({ page: 2 }))!;
    const sound = new SearchSession(injector);
    const expected: string[] = [];
    for (const page of [1, 2, 3]) expected.push(...loadedPage(await sound.ask({ pageSize: 100, page }))!.items.map((p) => p.id));
    sound.close();
    const shown = [...page1.items, ...page2.items].map((p) => p.id);
    expect(new Set(shown).size).toBe(shown.length);
    if (catalogVersion === 'V1') {
      // Offset paging: page 2 starts at offset 100 whatever page 1 held, so the 101st row waits for page 2.
      expect(page1.items).toHaveLength(100);
      expect(shown).toEqual(expected.slice(0, 200));
    } else {
      // Cursor paging: page 2 starts after what page 1 held, so all 101 are shown (dropping one would lose it).
      expect(page1.items).toHaveLength(101);
      expect(shown).toEqual(expected.slice(0, 201));
    }
  });

  it('an empty page inside the result → no false "past the end"; the page before stays on screen', async () => {
    const outcome = await underFault(contract, session, { malformNext: { count: 5, shape: 'empty-page' } }, (s) => s.ask({ page: 3 }));
    if (catalogVersion === 'V1') {
      // Offset 50 of a total of 600, and no products: a contradiction, shown as such over the kept page 1.
      expect(outcome.seen).toMatchObject({ view: 'error', error: 'unknown', message: SOMETHING_WRONG_NO_ID, rows: 25, stale: true });
      expect(outcome.requests).toBe(1);
    } else {
      // V3 walks to page 3 by cursor: page 2 comes back empty with a cursor to more, a contradiction; the walk stops.
      expect(outcome.seen).toMatchObject({ view: 'error', error: 'unknown', message: SOMETHING_WRONG_NO_ID, rows: 25, stale: true });
      expect(outcome.requests).toBe(1);
    }
  });

  if (catalogVersion === 'V1') {
    it('`metadata.total` as a string → read as the number it spells; 1 request', async () => {
      const outcome = await underFault(contract, session, { malformNext: { count: 1, shape: 'total-as-string' } });
      expect(outcome.seen).toMatchObject({ view: 'results', rows: 25 });
      expect(loadedPage(outcome.state)).toMatchObject({ total: 600, pageCount: 24, hasNext: true });
      expect(outcome.requests).toBe(1);
    });
  }
});
