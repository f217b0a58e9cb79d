/** @jest-environment node */
import { firstValueFrom } from 'rxjs';
import { DEFAULT_QUERY, ProductQuery } from '../src/app/catalog/product';
import { CatalogError } from '../src/app/wix/wix-errors';
import { Contract, ContractOptions, connectToEmulator } from './contract-setup';

const query = (patch: Partial<ProductQuery>): ProductQuery => ({ ...DEFAULT_QUERY, ...patch });

async function failure(contract: Contract, q: ProductQuery = DEFAULT_QUERY): Promise<CatalogError> {
  return firstValueFrom(contract.v1.search(q)).then(
    () => {
      throw new Error('expected the search to fail');
    },
    (e: CatalogError) => e,
  );
}

describe('Catalog V1 against the emulator, through the real SDK and a real dashboard handshake', () => {
  let contract: Contract;
  beforeAll(async () => {
    contract = await connectToEmulator();
  });
  afterAll(() => contract.close());
  beforeEach(() => fetch(`${contract.emulator.url}/_emulator/reset`, { method: 'POST' }));

  it('searches by name or SKU prefix and pages to the end with a consistent total', async () => {
    const first = await firstValueFrom(contract.v1.search(query({ text: 'c', pageSize: 10 })));
    expect(first.total).toBeGreaterThan(10);
    expect(first.items).toHaveLength(10);
    const seen = new Set<string>();
    let page = first;
    for (let n = 1; ; n++) {
      for (const product of page.items) {
        const matches = product.name.toLowerCase().startsWith('c') || (product.sku ?? '').toLowerCase().startsWith('c');
        expect(matches).toBe(true);
        expect(seen.has(product.id)).toBe(false);
        seen.add(product.id);
      }
      expect(page.total).toBe(first.total);
      if (!page.hasNext) break;
      page = await firstValueFrom(contract.v1.search(query({ text: 'c', pageSize: 10, page: n + 1 })));
    }
    expect(seen.size).toBe(first.total);
    expect(page.page).toBe(first.pageCount);
  });

  it('sends the filter the app builds, and the emulator counts one request per search', async () => {
    await firstValueFrom(contract.v1.search(query({ text: 'Ce', sort: 'price-desc', pageSize: 5 })));
    const stats = await contract.stats();
    expect(stats.requests).toBe(1);
    expect(stats.recent[0]).toMatchObject({ method: 'GET', status: 200 });
    expect(stats.recent[0].payload).toEqual({
      query: {
        filter: { $or: [{ name: { $startsWith: 'Ce' } }, { sku: { $startsWith: 'Ce' } }] },
        sort: [
          { fieldName: 'priceData.price', order: 'DESC' },
          { fieldName: 'numericId', order: 'DESC' },
        ],
        paging: { limit: 5, offset: 0 },
      },
    });
  });

  it('sorts by price as asked', async () => {
    const page = await firstValueFrom(contract.v1.search(query({ sort: 'price-asc', pageSize: 50 })));
    const raw = await contract.client.products.queryProducts().ascending('price').limit(50).find();
    expect(page.items.map((p) => p.id)).toEqual(raw.items.map((p) => p._id));
    const prices = raw.items.map((p) => p.priceData?.price ?? 0);
    expect([...prices].sort((a, b) => a - b)).toEqual(prices);
  });

  it('gives the SDK what its iterator needs: totalCount, hasNext() and next()', async () => {
    const result = await contract.client.products.queryProducts().limit(25).find();
    expect(result.totalCount).toBe(600);
    expect(result.totalPages).toBe(24);
    expect(result.hasNext()).toBe(true);
    const second = await result.next();
    expect(second.currentPage).toBe(1);
    expect(second.items[0]._id).not.toBe(result.items[0]._id);
    expect(second.items[0].lastUpdated).toBeInstanceOf(Date);
  });

  it('falls back to POST for a query too long for the URL, with the same answer', async () => {
    const ids = (await contract.client.products.queryProducts().limit(100).find()).items.map((p) => p._id!);
    const long = await contract.client.products.queryProducts().in('_id', ids).limit(100).find();
    expect(long.items.map((p) => p._id).sort()).toEqual([...ids].sort());
    const stats = await contract.stats();
    expect(stats.recent.map((r) => r.method)).toEqual(['GET', 'POST']);
  });
});

describe('Catalog V1 errors from the emulator arrive as the app’s CatalogError', () => {
  const contracts: Contract[] = [];
  async function connect(options: ContractOptions = {}) {
    const contract = await connectToEmulator(options);
    contracts.push(contract);
    return contract;
  }
  afterAll(() => Promise.all(contracts.map((c) => c.close())));

  it('a role without product access → permission-denied naming WIX_STORES.READ_PRODUCTS', async () => {
    const error = await failure(await connect({ role: 'staff' }));
    expect(error).toMatchObject({
      kind: 'permission-denied',
      permission: { id: 'WIX_STORES.READ_PRODUCTS', name: 'Read Products' },
      code: 'PERMISSION_DENIED',
    });
    expect(error.requestId).toEqual(expect.any(String));
  });

  it('an expired token → unauthenticated', async () => {
    expect(await failure(await connect({ role: 'expired' }))).toMatchObject({ kind: 'unauthenticated', requestId: expect.any(String) });
  });

  it('failing calls → unavailable (503) and rate-limited with Retry-After (429)', async () => {
    const contract = await connect();
    await contract.configure({ failNext: { count: 1, status: 503 } });
    expect(await failure(contract)).toMatchObject({ kind: 'unavailable', reason: 'server', requestId: expect.any(String) });
    await contract.configure({ failNext: { count: 1, status: 429 } });
    const throttled = await failure(contract);
    if (throttled.kind !== 'rate-limited') throw new Error(`expected rate-limited, got ${throttled.kind}`);
    expect(throttled.retryAfterSeconds).toBeGreaterThan(0);
    await expect(firstValueFrom(contract.v1.search(DEFAULT_QUERY))).resolves.toMatchObject({ total: 600 });
  });

  it('a hung call → unavailable (timeout) after the fetch seam’s timeout', async () => {
    const contract = await connect({ requestTimeoutMs: 300 });
    await contract.configure({ hangNext: 1 });
    const started = Date.now();
    expect(await failure(contract)).toEqual({ kind: 'unavailable', reason: 'timeout', requestId: null });
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('a V1 call on a Catalog V3 site → catalog-version-mismatch (428)', async () => {
    const contract = await connect();
    await contract.configure({ catalogVersion: 'V3' });
    expect(await failure(contract)).toMatchObject({ kind: 'catalog-version-mismatch' });
  });

  it('a page larger than 100 → invalid-query with the field violation', async () => {
    const contract = await connect();
    const error = await failure(contract, query({ pageSize: 101 }));
    if (error.kind !== 'invalid-query') throw new Error(`expected invalid-query, got ${error.kind}`);
    expect(error.violations[0].field).toMatch(/limit/);
  });

  it('nobody answers the handshake → not-in-dashboard after the connection timeout', async () => {
    const contract = await connect({ dropHandshake: true, connectionTimeoutMs: 300 });
    expect(await failure(contract)).toEqual({ kind: 'not-in-dashboard', requestId: null });
    expect((await contract.stats()).requests).toBe(0);
  });
});
