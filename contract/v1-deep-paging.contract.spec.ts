/** @jest-environment node */
import { firstValueFrom } from 'rxjs';
import { DEFAULT_QUERY, ProductPage, ProductQuery, ProductSort } from '../src/app/catalog/product';
import { V1PageResult, V1Pager } from '../src/app/catalog/v1-pager';
import { afterKey } from '../src/app/catalog/v1-keyset';
import { v1OrderOf } from '../src/app/catalog/v1-read';
import { Contract, connectToEmulator } from './contract-setup';

/**
 * Keyset paging through the real SDK (the gateway's reads) against the emulator with a small offset window
 * (200 instead of 10,000; the pager is given the same), so a 700-product catalog has most of its pages past it.
 * Prices repeat in the generated catalog, so ties decide where pages split. The expected rows come from the
 * emulator's own offset reads with the window off, through the app's page search.
 */
describe('Catalog V1 past the offset window, through the real SDK', () => {
  let contract: Contract;
  beforeAll(async () => {
    contract = await connectToEmulator({ emulator: { products: 700, offsetWindow: 200, rateLimitPerMinute: 0 } });
  });
  afterAll(() => contract.close());

  const query = (patch: Partial<ProductQuery>): ProductQuery => ({ ...DEFAULT_QUERY, pageSize: 50, ...patch });
  const page = (q: ProductQuery): Promise<ProductPage> => firstValueFrom(contract.v1.search(q));
  const pagerOf = (window: number) => {
    const pager = new V1Pager((read) => contract.v1.read(read, afterKey), window);
    return (sort: ProductSort, text: string, pageSize: number, n: number) => pager.page({ text, order: v1OrderOf(sort), pageSize, page: n });
  };
  const ids = (result: V1PageResult): string[] => (result.kind === 'page' ? result.items.map((item) => String(item._id)) : []);

  /** Every product of a sort, read with the window off (offsets allowed), then the window put back. */
  async function allIds(sort: ProductSort, text = ''): Promise<string[]> {
    const config = (offsetWindow: number) =>
      fetch(`${contract.emulator.url}/_emulator/config`, { method: 'POST', body: JSON.stringify({ offsetWindow }) });
    await config(0);
    const ids: string[] = [];
    try {
      for (let n = 1; ; n++) {
        const p = await page(query({ sort, text, pageSize: 100, page: n }));
        ids.push(...p.items.map((item) => item.id));
        if (!p.hasNext) return ids;
      }
    } finally {
      await config(200);
    }
  }

  it.each<ProductSort>(['price-asc', 'name-desc', 'updated-desc'])('pages %s with Next past the window: every product once, in order', async (sort) => {
    const expected = await allIds(sort);
    expect(new Set(expected).size).toBe(700);
    const next = pagerOf(200);
    const seen: string[] = [];
    for (let n = 1; n <= 14; n++) {
      const result = await next(sort, '', 50, n);
      expect(result.kind === 'page' && result.total).toBe(700);
      seen.push(...ids(result));
    }
    expect(seen).toEqual(expected);
    const stats = await contract.stats();
    expect(stats.recent.filter((r) => r.status === 400)).toEqual([]);
  });

  it('opens the last page and pages back with Previous, with search text', async () => {
    const expected = await allIds('price-desc', 'c');
    const last = Math.ceil(expected.length / 10);
    expect(last).toBeGreaterThan(10);
    const previous = pagerOf(50);
    const pages: string[][] = [];
    for (let n = last; n >= 1; n--) pages.unshift(ids(await previous('price-desc', 'c', 10, n)));
    expect(pages.flat()).toEqual(expected);
  });

  it('says a page in the middle cannot be opened directly, and which can', async () => {
    expect(await pagerOf(50)('name-asc', '', 10, 40)).toMatchObject({ kind: 'unreachable', total: 700, lastBefore: 5, firstAfter: 66 });
  });
});
