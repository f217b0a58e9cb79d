/** @jest-environment node */
import { sdkClient } from './testing/sdk-client';
import { type RunningEmulator, startEmulator } from './server';

/**
 * The real @wix/sdk and @wix/stores modules against the emulator, exactly as the app uses them: only `fetch`
 * is swapped, to send https://www.wixapis.com/... to the emulator.
 */
let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, products: 1200, seed: 11, rateLimitPerMinute: 0 });
});
afterAll(() => emu.close());
beforeEach(() => emu.state.reset());

const client = (role?: Parameters<RunningEmulator['token']>[0]) => sdkClient(emu, role);

describe('Catalog V1 through the SDK', () => {
  it('queries by name prefix with totals the SDK can page with', async () => {
    const page = await client().products.queryProducts().startsWith('name', 'CL').limit(5).find();
    expect(page.items).toHaveLength(5);
    expect(page.items.every((p) => p.name?.toLowerCase().startsWith('cl'))).toBe(true);
    expect(page.totalCount).toBeGreaterThan(5);
    expect(page.totalPages).toBe(Math.ceil((page.totalCount as number) / 5));
    expect(page.hasNext()).toBe(true);
    expect(page.items[0]._id).toEqual(expect.any(String));
    expect(page.items[0]._createdDate).toBeInstanceOf(Date);
    expect(typeof page.items[0].priceData?.price).toBe('number');
    const next = await page.next();
    expect(next.currentPage).toBe(1);
    expect(next.items.map((p) => p._id)).not.toContain(page.items[0]._id);
    const sent = emu.state.stats.snapshot().recent.map((r) => r.payload);
    expect(sent[0]).toEqual({ query: { filter: { name: { $startsWith: 'CL' } }, paging: { offset: 0, limit: 5 } } });
  });

  it('sorts by price with ge()/le() ranges and skip()', async () => {
    const page = await client().products.queryProducts().ge('priceData.price', 20).le('priceData.price', 40).ascending('price').skip(10).limit(20).find();
    const prices = page.items.map((p) => p.priceData?.price as number);
    expect(prices.every((p) => p >= 20 && p <= 40)).toBe(true);
    expect([...prices].sort((a, b) => a - b)).toEqual(prices);
  });

  it('falls back to POST for long queries', async () => {
    const names = Array.from({ length: 150 }, (_, i) => `Not a product name number ${i}`);
    const page = await client().products.queryProducts().in('name', names).find();
    expect(page.items).toEqual([]);
    expect(emu.state.stats.snapshot().recent.at(-1)).toMatchObject({ method: 'POST', status: 200 });
  });

  it('surfaces Wix errors as SDK errors with status, details and request id', async () => {
    const error = await client('staff').products.queryProducts().find().catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 403,
      details: { applicationError: { code: 'PERMISSION_DENIED', data: { permission: 'WIX_STORES.READ_PRODUCTS' } } },
    });
    expect((error as { requestId: string }).requestId).toEqual(emu.state.stats.snapshot().recent.at(-1)?.requestId);
    const invalid = await client().products.queryProducts().limit(101).find().catch((e: unknown) => e);
    expect(invalid).toMatchObject({ status: 400, details: { validationError: { fieldViolations: [expect.objectContaining({ violatedRule: 'MAX' })] } } });
  });
});

describe('Catalog V3 through the SDK', () => {
  beforeEach(() => emu.state.update({ catalogVersion: 'V3' }));

  it('reports the catalog version', async () => {
    expect(await client().catalogVersioning.getCatalogVersion()).toEqual({ catalogVersion: 'V3_CATALOG' });
  });

  it('pages a query with next() until hasNext() is false', async () => {
    emu.state.update({ catalogVersion: 'V3' });
    let page = await client().productsV3.queryProducts({ fields: ['CURRENCY'] }).eq('visible', true).descending('_createdDate').limit(100).find();
    let seen = page.items.length;
    let pages = 1;
    while (page.hasNext()) {
      page = await page.next();
      seen += page.items.length;
      pages++;
    }
    const visible = emu.state.catalog.visible.reduce((n, v) => n + v, 0);
    expect(seen).toBe(visible);
    expect(pages).toBe(Math.ceil(visible / 100));
    expect(page.items[0].actualPriceRange?.minValue?.formattedAmount).toMatch(/^\$/);
  });

  it('searches names by word prefix, every term in AND mode', async () => {
    const search = { expression: 'modern li', fields: ['name'], mode: 'AND' };
    const result = await client().productsV3.searchProducts({ search, cursorPaging: { limit: 10 } } as never);
    expect(result.products?.length).toBeGreaterThan(0);
    const words = (name?: string | null) => (name ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u);
    expect(result.products?.every((p) => ['modern', 'li'].every((t) => words(p.name).some((w) => w.startsWith(t))))).toBe(true);
  });
});
