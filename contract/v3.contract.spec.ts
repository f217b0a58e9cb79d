/** @jest-environment node */
import { queryProducts } from '@wix/auto_sdk_stores_products';
import { createClient } from '@wix/sdk';
import { firstValueFrom } from 'rxjs';
import type { Role } from '../emulator/auth/roles';
import { type RunningEmulator, startEmulator } from '../emulator/server';
import { CATALOG_GATEWAY, CatalogGateway } from '../src/app/catalog/catalog-gateway';
import { DEFAULT_QUERY, ProductPage, ProductQuery } from '../src/app/catalog/product';
import { provideCatalog } from '../src/app/catalog/provide-catalog';
import { V3CatalogGateway } from '../src/app/catalog/v3-catalog-gateway';
import { WIX_CLIENT, WIX_FETCH, CatalogWixClient } from '../src/app/wix/wix-client';
import { CatalogError } from '../src/app/wix/wix-errors';
import { WixFetch } from '../src/app/wix/wix-fetch';
import { appInjector } from './app-injector';

/*
 * Catalog V3 against the in-process emulator, through the real SDK: a client built like the app's (the same
 * modules, the app's fetch seam pointed at the emulator) with an auth strategy that asks the emulator for a
 * token on every request, as the dashboard would; V3 reads bind to it through `client.use`, as in the app. No dashboard handshake: it is the V1 contract's subject,
 * and this way nothing stays open when the emulator closes, so Jest exits by itself.
 */

interface Connection {
  readonly versioned: CatalogGateway;
  readonly v3: V3CatalogGateway;
}

function connect(emulator: RunningEmulator, role: Role = 'owner'): Connection {
  const wixFetch = new WixFetch({ timeoutMs: 5_000, apiBaseUrl: emulator.url });
  const client = createClient({
    auth: {
      getAuthHeaders: async () => {
        const response = await fetch(`${emulator.url}/_emulator/token?role=${role}`);
        const { token } = (await response.json()) as { token: string };
        return { headers: { Authorization: token } };
      },
    },
    modules: { products: { queryProducts } },
    fetch: wixFetch.fetch,
  }) as unknown as CatalogWixClient;
  // The app's catalog wiring over this client, in an injector that behaves as the app's root.
  const injector = appInjector([{ provide: WIX_CLIENT, useValue: client }, { provide: WIX_FETCH, useValue: wixFetch }, provideCatalog()]);
  return { versioned: injector.get(CATALOG_GATEWAY), v3: injector.get(V3CatalogGateway) };
}

const query = (patch: Partial<ProductQuery>): ProductQuery => ({ ...DEFAULT_QUERY, ...patch });
const amount = (price: string | null) => Number((price ?? '').replace(/[^0-9.]/g, ''));

async function failure(search: Promise<ProductPage>): Promise<CatalogError> {
  return search.then(
    () => Promise.reject(new Error('expected the search to fail')),
    (e: CatalogError) => e,
  );
}

describe('Catalog V3 against the emulator, through the real SDK', () => {
  let emulator: RunningEmulator;
  let site: Connection;
  const configure = async (patch: Record<string, unknown>) => {
    const response = await fetch(`${emulator.url}/_emulator/config`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(patch),
    });
    expect(response.status).toBe(200);
  };
  const stats = async () =>
    (await (await fetch(`${emulator.url}/_emulator/stats`)).json()) as {
      requests: number;
      recent: { method: string; path: string; status: number; payload: unknown }[];
    };
  const search = (q: ProductQuery, gateway: CatalogGateway = site.v3) => firstValueFrom(gateway.search(q));

  beforeAll(async () => {
    emulator = await startEmulator({ port: 0, catalogVersion: 'V3', products: 600 });
  });
  afterAll(() => emulator.close());
  beforeEach(async () => {
    await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST' });
    site = connect(emulator);
  });

  it('asks the catalog version once, then reads with the V3 gateway (a first visit: one guessed V1 read, 428)', async () => {
    await search(query({}), site.versioned);
    await search(query({ page: 2 }), site.versioned);
    expect((await stats()).recent.map((r) => [r.method, r.path, r.status])).toEqual([
      ['GET', '/stores/v3/provision/version', 200],
      ['GET', '/stores-reader/v1/products/query-platformized', 428],
      ['GET', '/stores/v3/products/search', 200],
      ['GET', '/stores/v3/products/search', 200],
    ]);
  });

  it('sends the search the app builds, with only the fields the table shows', async () => {
    await search(query({ text: 'Ce', sort: 'price-desc', pageSize: 5 }));
    const { recent } = await stats();
    expect(recent).toHaveLength(1);
    expect(recent[0].payload).toEqual({
      search: {
        search: { expression: 'Ce', fields: ['name', 'variantsInfo.variants.sku'], mode: 'AND', fuzzy: false },
        sort: [{ fieldName: 'actualPriceRange.minValue.amount', order: 'DESC' }],
        cursorPaging: { limit: 5 },
      },
      fields: ['CURRENCY', 'THUMBNAIL', 'MIN_PRICE_VARIANT', 'DIRECT_CATEGORIES_INFO'],
    });
  });

  it('searches by name or SKU and pages with cursors to the end and back; the count appears at the end', async () => {
    const first = await search(query({ text: 'c', pageSize: 10 }));
    expect(first).toMatchObject({ total: null, pageCount: null, hasNext: true, hasPrevious: false });
    const seen = new Set<string>();
    const pages: ProductPage[] = [first];
    let page = first;
    for (let n = 2; page.hasNext; n++) {
      page = await search(query({ text: 'c', pageSize: 10, page: n }));
      pages.push(page);
    }
    // V3 search results carry no variants, so no SKU: check SKU matches against the emulator's catalog.
    const { ids, skus } = emulator.state.catalog;
    const skuOf = new Map(ids.map((id, row) => [id, skus[row] ?? '']));
    for (const p of pages) {
      for (const product of p.items) {
        // The emulator's V3 search matches word prefixes (emulator/README.md, "V3 search").
        const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
        const matches = [product.name, skuOf.get(product.id)!].some((text) => words(text).some((w) => w.startsWith('c')));
        expect(matches).toBe(true);
        expect(seen.has(product.id)).toBe(false);
        seen.add(product.id);
      }
    }
    expect(pages.length).toBeGreaterThan(2);
    expect(page).toMatchObject({ total: seen.size, pageCount: pages.length, hasNext: false });
    // Back one page: the cursor it was fetched with gives the same products.
    const back = await search(query({ text: 'c', pageSize: 10, page: pages.length - 1 }));
    expect(back.items.map((p) => p.id)).toEqual(pages[pages.length - 2].items.map((p) => p.id));
    // After the first page, only cursors went over the wire: the emulator rejects a cursor with filter or sort.
    const { recent } = await stats();
    expect(recent.every((r) => r.status === 200)).toBe(true);
    expect(recent.slice(1).every((r) => Object.keys((r.payload as { search: object }).search).join() === 'cursorPaging')).toBe(true);
  });

  it('maps V3 products with formatted prices, thumbnails, stock and dates', async () => {
    const page = await search(query({ pageSize: 50 }));
    expect(page.items).toHaveLength(50);
    for (const product of page.items) {
      expect(product.id).toEqual(expect.any(String));
      expect(product.name).not.toBe('');
      expect(product.lastUpdated).toBeInstanceOf(Date);
      expect(product.stock).not.toBe('unknown');
      expect(product.quantity).toBeNull();
    }
    expect(page.items.some((p) => p.price !== null && p.currency !== null)).toBe(true);
    expect(page.items.some((p) => p.thumbnailUrl?.startsWith(emulator.url))).toBe(true);
  });

  it('sorts by name and by price as asked', async () => {
    const byName = await search(query({ sort: 'name-asc', pageSize: 50 }));
    const names = byName.items.map((p) => p.name.toLowerCase());
    expect([...names].sort((a, b) => a.localeCompare(b))).toEqual(names);
    const byPrice = await search(query({ sort: 'price-desc', pageSize: 50 }));
    const prices = byPrice.items.filter((p) => p.price !== null).map((p) => amount(p.price));
    expect([...prices].sort((a, b) => b - a)).toEqual(prices);
  });

  it('browses by last update with queryProducts, forward and back with the same results', async () => {
    const one = await search(query({ sort: 'updated-desc', pageSize: 20 }));
    const two = await search(query({ sort: 'updated-desc', pageSize: 20, page: 2 }));
    const oneAgain = await search(query({ sort: 'updated-desc', pageSize: 20, page: 1 }));
    const dates = [...one.items, ...two.items].map((p) => p.lastUpdated!.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    expect(oneAgain.items.map((p) => p.id)).toEqual(one.items.map((p) => p.id));
    const { recent } = await stats();
    expect(recent.map((r) => r.path)).toEqual(Array(3).fill('/stores/v3/products/query'));
    // Variants come with products/query: the SKU shows.
    expect(one.items.some((p) => p.sku !== null)).toBe(true);
  });

  it('a page past the end says where the last page is', async () => {
    const first = await search(query({ text: 'c', pageSize: 50, page: 1 }));
    const page = await search(query({ text: 'c', pageSize: 50, page: 40 }));
    expect(page.items).toEqual([]);
    expect(page.total).toBeGreaterThan(first.items.length);
    expect(page.pageCount).toBe(Math.ceil(page.total! / 50));
  });

  it('a site that moves from V1 to V3: 428, the version is asked again, and the search is answered by V3', async () => {
    await configure({ catalogVersion: 'V1' });
    await search(query({}), site.versioned);
    await configure({ catalogVersion: 'V3' });
    const page = await search(query({}), site.versioned);
    expect(page.items).toHaveLength(25);
    expect((await stats()).recent.map((r) => [r.path, r.status])).toEqual([
      ['/stores/v3/provision/version', 200],
      ['/stores-reader/v1/products/query-platformized', 200],
      ['/stores-reader/v1/products/query-platformized', 428],
      ['/stores/v3/provision/version', 200],
      ['/stores/v3/products/search', 200],
    ]);
  });

  it('a V3 read on a V1 site → catalog-version-mismatch (428)', async () => {
    await configure({ catalogVersion: 'V1' });
    expect(await failure(search(query({})))).toMatchObject({ kind: 'catalog-version-mismatch', requestId: expect.any(String) });
  });

  it('a site without Wix Stores → stores-not-installed; the only product read is the guessed first one', async () => {
    await configure({ catalogVersion: 'NONE' });
    expect(await failure(search(query({}), site.versioned))).toEqual({ kind: 'stores-not-installed', requestId: null });
    expect((await stats()).recent.map((r) => r.path)).toEqual(['/stores/v3/provision/version', '/stores-reader/v1/products/query-platformized']);
  });

  it('a role without product access → permission-denied naming SCOPE.STORES.PRODUCT_READ', async () => {
    const staff = connect(emulator, 'staff');
    expect(await failure(search(query({}), staff.versioned))).toMatchObject({
      kind: 'permission-denied',
      permission: { id: 'SCOPE.STORES.PRODUCT_READ', name: 'Read Products' },
      code: 'PERMISSION_DENIED',
      requestId: expect.any(String),
    });
  });
});
