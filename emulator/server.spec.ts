/** @jest-environment node */
import { encodeDotR } from './http/payload';
import { type RunningEmulator, startEmulator } from './server';

let emu: RunningEmulator;
const V1 = '/stores-reader/v1/products/query-platformized';

beforeAll(async () => {
  emu = await startEmulator({ port: 0, products: 400, seed: 3 });
});
afterAll(() => emu.close());
beforeEach(async () => {
  await fetch(`${emu.url}/_emulator/reset`, { method: 'POST' });
});

async function token(role: string): Promise<string> {
  const res = await fetch(`${emu.url}/_emulator/token?role=${role}`);
  return ((await res.json()) as { token: string }).token;
}

async function call(path: string, payload: unknown, auth?: string, init: RequestInit = {}): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(`${emu.url}${path}?.r=${encodeDotR(payload)}`, { headers: auth ? { Authorization: auth } : {}, ...init });
  return { status: res.status, body: await res.json(), headers: res.headers };
}

async function configure(patch: Record<string, unknown>): Promise<{ status: number; body: any }> {
  const res = await fetch(`${emu.url}/_emulator/config`, { method: 'POST', body: JSON.stringify(patch) });
  return { status: res.status, body: await res.json() };
}

describe('tokens and permissions', () => {
  it('401 UNAUTHENTICATED without, with an unknown and with an expired token', async () => {
    for (const auth of [undefined, 'emu.forged', await token('expired')]) {
      const res = await call(V1, { query: {} }, auth);
      expect(res.status).toBe(401);
      expect(res.body.details.applicationError.code).toBe('UNAUTHENTICATED');
    }
  });

  it('403 PERMISSION_DENIED naming the V1 or V3 permission for staff, who may still read the catalog version', async () => {
    const staff = await token('staff');
    const v1 = await call(V1, { query: {} }, staff);
    expect(v1.status).toBe(403);
    expect(v1.body.details.applicationError).toMatchObject({ code: 'PERMISSION_DENIED', description: expect.stringContaining('WIX_STORES.READ_PRODUCTS') });
    await configure({ catalogVersion: 'V3' });
    const v3 = await call('/stores/v3/products/query', { query: {} }, staff);
    expect(v3.body.details.applicationError.description).toContain('SCOPE.STORES.PRODUCT_READ');
    const version = await fetch(`${emu.url}/stores/v3/provision/version`, { headers: { Authorization: staff } });
    expect(await version.json()).toEqual({ catalogVersion: 'V3_CATALOG' });
  });

  it('GET /_emulator/token rejects unknown roles', async () => {
    expect((await fetch(`${emu.url}/_emulator/token?role=admin`)).status).toBe(400);
  });
});

describe('wire', () => {
  it('answers CORS preflights for the SDK headers and exposes the request id', async () => {
    const res = await fetch(`${emu.url}${V1}`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:4200', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization,x-wix-bi-gateway' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/authorization.*content-type.*x-wix-bi-gateway.*x-wix-consistent/);
    expect(res.headers.get('access-control-expose-headers')).toBe('X-Wix-Request-Id, Retry-After');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect((await emu.state.stats.snapshot()).requests).toBe(0);
  });

  it('decodes .r, accepts the POST fallback and plain params, and records the decoded payloads', async () => {
    const owner = await token('owner');
    const query = { query: { filter: { name: { $startsWith: 'cl' } }, paging: { offset: 0, limit: 4 } } };
    const viaGet = await call(V1, query, owner);
    const viaPost = await fetch(`${emu.url}${V1}`, { method: 'POST', headers: { Authorization: owner, 'Content-Type': 'application/json' }, body: JSON.stringify(query) });
    expect(viaGet.status).toBe(200);
    expect(viaGet.headers.get('x-wix-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await viaPost.json()).toEqual(viaGet.body);
    const plain = await fetch(`${emu.url}${V1}?query.paging.limit=2`, { headers: { Authorization: owner } });
    expect(((await plain.json()) as any).products).toHaveLength(2);
    const stats = (await (await fetch(`${emu.url}/_emulator/stats`)).json()) as any;
    expect(stats.requests).toBe(3);
    expect(stats.byEndpoint).toEqual({ [`GET ${V1}`]: 2, [`POST ${V1}`]: 1 });
    expect(stats.byStatus).toEqual({ 200: 3 });
    expect(stats.recent[0]).toMatchObject({ method: 'GET', path: V1, status: 200, payload: query });
  });

  it('428 when the endpoint does not match the catalog version; NONE = Stores not installed', async () => {
    const owner = await token('owner');
    expect((await call('/stores/v3/products/search', { search: {} }, owner)).status).toBe(428);
    await configure({ catalogVersion: 'V3' });
    const v1 = await call(V1, { query: {} }, owner);
    expect(v1.status).toBe(428);
    expect(v1.body.details.applicationError.data).toEqual({ catalogVersion: 'V3_CATALOG' });
    await configure({ catalogVersion: 'NONE' });
    const version = await fetch(`${emu.url}/stores/v3/provision/version`, { headers: { Authorization: owner } });
    expect(await version.json()).toEqual({ catalogVersion: 'STORES_NOT_INSTALLED' });
  });

  it('400 with validationError for limit > 100 and INVALID_FILTER for unknown fields', async () => {
    const owner = await token('owner');
    const limit = await call(V1, { query: { paging: { limit: 500 } } }, owner);
    expect(limit.status).toBe(400);
    expect(limit.body.details.validationError.fieldViolations[0]).toMatchObject({ field: 'query.paging.limit', violatedRule: 'MAX' });
    const unknown = await call(V1, { query: { filter: { color: 'red' } } }, owner);
    expect(unknown.body.details.applicationError.code).toBe('INVALID_FILTER');
  });
});

describe('faults and throttling', () => {
  it('throttles past rateLimitPerMinute with 429 and Retry-After', async () => {
    await configure({ rateLimitPerMinute: 2 });
    const owner = await token('owner');
    expect((await call(V1, { query: {} }, owner)).status).toBe(200);
    expect((await call(V1, { query: {} }, owner)).status).toBe(200);
    const third = await call(V1, { query: {} }, owner);
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(third.body.details.applicationError.code).toBe('RESOURCE_EXHAUSTED');
  });

  it('fails the next N calls with the chosen status, then recovers', async () => {
    const owner = await token('owner');
    expect((await configure({ failNext: { count: 2, status: 503 } })).body.config.failNext).toEqual({ count: 2, status: 503 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(V1, { query: {} }, owner)).status);
    expect(statuses).toEqual([503, 503, 200]);
    await configure({ failNext: { count: 1, status: 500 } });
    expect((await call(V1, { query: {} }, owner)).status).toBe(500);
  });

  it('adds latency', async () => {
    await configure({ latencyMs: 150 });
    const owner = await token('owner');
    const started = Date.now();
    await call(V1, { query: {} }, owner);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('rejects unknown settings and restores the start-up config on reset', async () => {
    expect((await configure({ latency: 5 })).status).toBe(400);
    await configure({ catalogVersion: 'V3', role: 'staff', hangNext: 3 });
    const reset = (await (await fetch(`${emu.url}/_emulator/reset`, { method: 'POST' })).json()) as any;
    expect(reset.config).toMatchObject({ catalogVersion: 'V1', role: 'owner', hangNext: 0, latencyMs: 0, failNext: { count: 0 } });
  });
});

describe('host page and media', () => {
  it('serves the dashboard frame and a host script with the SDK provider', async () => {
    const html = await (await fetch(`${emu.url}/`)).text();
    expect(html).toContain('<iframe id="app"');
    expect(html).toContain('"appUrl":"http://localhost:4200"');
    const script = await (await fetch(`${emu.url}/_emulator/host.js`)).text();
    expect(script).toContain('wix-sdk-bo-hello-handshake');
  }, 30_000);

  it('serves generated thumbnails and 404s other media names', async () => {
    const owner = await token('owner');
    const { body } = await call(V1, { query: { paging: { limit: 1 } } }, owner);
    const url = body.products[0].media.mainMedia.thumbnail.url as string;
    expect(url.startsWith(`${emu.url}/_emulator/media/`)).toBe(true);
    const image = await fetch(url);
    expect(image.headers.get('content-type')).toBe('image/svg+xml');
    expect(await image.text()).toMatch(/^<svg /);
    expect((await fetch(`${emu.url}/_emulator/media/evil.svg`)).status).toBe(404);
  });

  it('serves a thumbnail resized through the Wix media transform, 400 for bad parameters', async () => {
    const owner = await token('owner');
    const { body } = await call(V1, { query: { paging: { limit: 1 } } }, owner);
    const url = body.products[0].media.mainMedia.thumbnail.url as string;
    const file = url.slice(url.lastIndexOf('/') + 1);
    const sized = await fetch(`${url}/v1/fill/w_80,h_80,al_c,q_80,enc_auto/${file}`);
    expect(sized.status).toBe(200);
    expect(await sized.text()).toMatch(/^<svg [^>]*width="80" height="80"/);
    expect((await fetch(`${url}/v1/fill/w_0,h_80/${file}`)).status).toBe(400);
    expect((await fetch(`${url}/v1/fill/w_80/${file}`)).status).toBe(400);
    expect((await fetch(`${emu.url}/_emulator/media/evil.svg/v1/fill/w_80,h_80/evil.svg`)).status).toBe(404);
  });
});

describe('hung calls', () => {
  it('hangs the next call until close(), which still returns promptly', async () => {
    const own = await startEmulator({ port: 0, products: 10, warmIndexes: false });
    await fetch(`${own.url}/_emulator/config`, { method: 'POST', body: JSON.stringify({ hangNext: 1 }) });
    const pending = fetch(`${own.url}${V1}?.r=${encodeDotR({ query: {} })}`, { headers: { Authorization: own.token('owner') } });
    const outcome = pending.then(() => 'answered', () => 'failed');
    await new Promise((r) => setTimeout(r, 100));
    expect(own.state.stats.snapshot().recent[0]).toMatchObject({ status: 0 });
    const started = Date.now();
    await own.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await outcome).toBe('failed');
  });
});
