/** @jest-environment node */
import { request } from 'node:http';
import { parseConfigPatch } from '../admin/config-patch';
import { encodeDotR } from '../http/payload';
import { type RunningEmulator, startEmulator } from '../server';

/** The fault injections beyond failNext/hangNext: errorNext, resetNext, malformNext (README, "Fault injection"). */

let emu: RunningEmulator;
const V1 = '/stores-reader/v1/products/query-platformized';
const V3_SEARCH = '/stores/v3/products/search';
const VERSION = '/stores/v3/provision/version';

beforeAll(async () => {
  emu = await startEmulator({ port: 0, products: 300, seed: 5, rateLimitPerMinute: 0 });
});
afterAll(() => emu.close());
beforeEach(async () => {
  await fetch(`${emu.url}/_emulator/reset`, { method: 'POST' });
});

async function configure(patch: Record<string, unknown>): Promise<{ status: number; body: any }> {
  const res = await fetch(`${emu.url}/_emulator/config`, { method: 'POST', body: JSON.stringify(patch) });
  return { status: res.status, body: await res.json() };
}

async function call(path: string, payload: unknown = { query: { paging: { limit: 10 } } }) {
  const res = await fetch(`${emu.url}${path}?.r=${encodeDotR(payload)}`, { headers: { Authorization: emu.token('owner') } });
  const text = await res.text();
  return { status: res.status, text, headers: res.headers, json: () => JSON.parse(text) };
}

describe('errorNext: any error status on demand, with Wix’s body for it', () => {
  it.each([
    [400, 'INVALID_ARGUMENT'],
    [401, 'UNAUTHENTICATED'],
    [403, 'PERMISSION_DENIED'],
    [404, 'NOT_FOUND'],
    [428, 'CATALOG_VERSION_MISMATCH'],
    [429, 'RESOURCE_EXHAUSTED'],
    [500, 'INTERNAL'],
    [502, 'BAD_GATEWAY'],
    [503, 'UNAVAILABLE'],
  ])('%i → %s, then the next call answers normally', async (status, code) => {
    await configure({ errorNext: { count: 1, status } });
    const failed = await call(V1);
    expect(failed.status).toBe(status);
    expect(failed.json().details.applicationError.code).toBe(code);
    expect(failed.headers.get('x-wix-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(failed.headers.get('retry-after')).toBeNull();
    expect((await call(V1)).status).toBe(200);
  });

  it('403 names the permission of the endpoint called; 428 names the site’s catalog', async () => {
    await configure({ errorNext: { count: 2, status: 403 } });
    expect((await call(V1)).json().details.applicationError.data).toEqual({ permission: 'WIX_STORES.READ_PRODUCTS' });
    const version = await fetch(`${emu.url}${VERSION}`, { headers: { Authorization: emu.token('owner') } });
    expect(((await version.json()) as any).details.applicationError.data).toEqual({ permission: 'SCOPE.STORES.CATALOG_READ_LIMITED' });
    await configure({ errorNext: { count: 1, status: 428 } });
    expect((await call(V1)).json().details.applicationError.data).toEqual({ catalogVersion: 'V1_CATALOG' });
  });

  it('sends Retry-After only when asked to, and counts down', async () => {
    await configure({ errorNext: { count: 2, status: 429, retryAfter: 7 } });
    const first = await call(V1);
    expect(first.headers.get('retry-after')).toBe('7');
    expect((await configure({})).body.config.errorNext).toEqual({ count: 1, status: 429, retryAfter: 7 });
    expect((await call(V1)).status).toBe(429);
    expect((await call(V1)).status).toBe(200);
  });

  it('counts every injected answer in the stats', async () => {
    await configure({ errorNext: { count: 2, status: 500 } });
    await call(V1);
    await call(V1);
    await call(V1);
    const stats = emu.state.stats.snapshot();
    expect(stats.requests).toBe(3);
    expect(stats.byStatus).toEqual({ 500: 2, 200: 1 });
  });
});

describe('resetNext: the connection dies without an answer', () => {
  it('fetch rejects with a TypeError; the call shows status 0; the next call answers', async () => {
    await configure({ resetNext: 1 });
    const error = await call(V1).catch((e: unknown) => e);
    // Node's fetch lives in another realm than the test: compare by name.
    expect((error as Error).name).toBe('TypeError');
    expect(emu.state.stats.snapshot().recent[0]).toMatchObject({ status: 0, path: V1 });
    expect((await call(V1)).status).toBe(200);
  });

  it('a raw socket sees the connection closed before any status line', async () => {
    await configure({ resetNext: 1 });
    const { port } = new URL(emu.url);
    const outcome = await new Promise<string>((resolve) => {
      const req = request({ port, path: `${V1}?.r=${encodeDotR({ query: {} })}`, headers: { Authorization: emu.token() } });
      req.on('response', (res) => resolve(`status ${res.statusCode}`));
      req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
      req.end();
    });
    expect(outcome).toMatch(/ECONNRESET|socket hang up/);
  });
});

describe('malformNext: spoiled 200 answers of product reads', () => {
  const page = { query: { paging: { limit: 10, offset: 20 } } };

  it('invalid-json: a body cut in the middle', async () => {
    await configure({ malformNext: { count: 1, shape: 'invalid-json' } });
    const res = await call(V1, page);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(() => res.json()).toThrow(SyntaxError);
    expect(res.text.startsWith('{"products":[')).toBe(true);
  });

  it('no-products: the metadata without the products', async () => {
    await configure({ malformNext: { count: 1, shape: 'no-products' } });
    expect((await call(V1, page)).json()).toEqual({ metadata: { count: 10, offset: 20, total: 300 } });
  });

  it('total-as-string: metadata.total as a JSON string', async () => {
    await configure({ malformNext: { count: 1, shape: 'total-as-string' } });
    expect((await call(V1, page)).json().metadata).toEqual({ count: 10, offset: 20, total: '300' });
  });

  it('missing-fields: the first product without name and price, the others whole', async () => {
    await configure({ malformNext: { count: 1, shape: 'missing-fields' } });
    const { products } = (await call(V1, page)).json();
    expect(products[0]).not.toHaveProperty('name');
    expect(products[0]).not.toHaveProperty('priceData');
    expect(products[0]).not.toHaveProperty('price');
    expect(products[0].id).toEqual(expect.any(String));
    expect(products[1]).toHaveProperty('name');
    expect(products[1]).toHaveProperty('priceData');
  });

  it('extra-item: one product more than the limit (101 for 100)', async () => {
    await configure({ malformNext: { count: 1, shape: 'extra-item' } });
    const spoiled = (await call(V1, { query: { paging: { limit: 100 } } })).json();
    expect(spoiled.products).toHaveLength(101);
    expect(spoiled.metadata).toEqual({ count: 101, offset: 0, total: 300 });
    const sound = (await call(V1, { query: { paging: { limit: 100 } } })).json();
    expect(spoiled.products.slice(0, 100)).toEqual(sound.products);
  });

  it('empty-page: no products at an offset inside the total', async () => {
    await configure({ malformNext: { count: 1, shape: 'empty-page' } });
    expect((await call(V1, page)).json()).toEqual({ products: [], metadata: { count: 0, offset: 20, total: 300 } });
  });

  it('spoils V3 reads too, and leaves the catalog version check alone', async () => {
    await configure({ catalogVersion: 'V3', malformNext: { count: 1, shape: 'empty-page' } });
    const version = await fetch(`${emu.url}${VERSION}`, { headers: { Authorization: emu.token() } });
    expect(await version.json()).toEqual({ catalogVersion: 'V3_CATALOG' });
    const spoiled = (await call(V3_SEARCH, { search: { cursorPaging: { limit: 5 } } })).json();
    expect(spoiled.products).toEqual([]);
    expect(spoiled.pagingMetadata).toMatchObject({ count: 0, hasNext: true, cursors: { next: expect.any(String) } });
  });

  it('is used up only by reads that would have answered 200', async () => {
    await configure({ malformNext: { count: 1, shape: 'no-products' }, errorNext: { count: 1, status: 503 } });
    expect((await call(V1, page)).status).toBe(503);
    expect((await call(V1, page)).json()).not.toHaveProperty('products');
    expect((await call(V1, page)).json()).toHaveProperty('products');
  });

  it('reset clears every pending fault', async () => {
    await configure({ errorNext: { count: 5, status: 404 }, resetNext: 5, malformNext: { count: 5, shape: 'invalid-json' } });
    const reset = (await (await fetch(`${emu.url}/_emulator/reset`, { method: 'POST' })).json()) as any;
    expect(reset.config).toMatchObject({ errorNext: { count: 0 }, resetNext: 0, malformNext: { count: 0 } });
    expect((await call(V1)).status).toBe(200);
  });
});

describe('parseConfigPatch for the new faults', () => {
  it('accepts them with their defaults', () => {
    expect(parseConfigPatch({ errorNext: { count: 1 }, resetNext: 2, malformNext: { count: 3, shape: 'extra-item' } })).toEqual({
      ok: true,
      patch: { errorNext: { count: 1, status: 503, retryAfter: null }, resetNext: 2, malformNext: { count: 3, shape: 'extra-item' } },
    });
  });

  it.each([
    [{ errorNext: { count: 1, status: 418 } }, /errorNext.status must be one of/],
    [{ errorNext: { count: -1, status: 401 } }, /errorNext.count/],
    [{ errorNext: { count: 1, status: 429, retryAfter: 'soon' } }, /errorNext.retryAfter/],
    [{ errorNext: { count: 1, status: 429, retryAfter: 1.5 } }, /errorNext.retryAfter/],
    [{ resetNext: -1 }, /resetNext must be an integer/],
    [{ malformNext: { count: 1 } }, /malformNext.shape must be one of/],
    [{ malformNext: { count: 1, shape: 'garbage' } }, /malformNext.shape/],
    [{ malformNext: 3 }, /malformNext.count/],
  ])('rejects %j', (patch, message) => {
    const result = parseConfigPatch(patch);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.errors.join('; ')).toMatch(message);
  });

  it('keeps failNext exactly as it was: 429, 500, 503 only', () => {
    expect(parseConfigPatch({ failNext: { count: 1, status: 404 } }).ok).toBe(false);
    expect(parseConfigPatch({ failNext: { count: 1, status: 429 } })).toEqual({ ok: true, patch: { failNext: { count: 1, status: 429 } } });
  });
});
