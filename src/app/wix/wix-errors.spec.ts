import { WireAnswer, wireClient, wixError } from './testing/wire-client';
import { CatalogError, DashboardConnectionError, WixTimeoutError, isCatalogError, toCatalogError } from './wix-errors';

const permission = { id: 'WIX_STORES.READ_PRODUCTS', name: 'Read Products' };

/** Runs one V1 query through the real SDK against a canned answer and maps the rejection. */
async function mapped(answer: WireAnswer): Promise<CatalogError> {
  const { client, wixFetch } = wireClient(() => answer);
  const rejection = await client.products.queryProducts().find().then(
    () => {
      throw new Error('expected the SDK to reject');
    },
    (e: unknown) => e,
  );
  return toCatalogError(rejection, { permission, retryAfterFor: (id) => wixFetch.retryAfterFor(id) });
}

describe('toCatalogError, from real SDK rejections', () => {
  it('401 → unauthenticated, with the request id', async () => {
    expect(await mapped(wixError(401, 'UNAUTHENTICATED', 'Token expired', 'req-a'))).toEqual({
      kind: 'unauthenticated',
      requestId: 'req-a',
    });
  });

  it('403 → permission-denied naming the permission and the application code', async () => {
    expect(await mapped(wixError(403, 'PERMISSION_DENIED', 'Missing WIX_STORES.READ_PRODUCTS', 'req-b'))).toEqual({
      kind: 'permission-denied',
      permission,
      code: 'PERMISSION_DENIED',
      requestId: 'req-b',
    });
  });

  it('404 → not-found', async () => {
    expect(await mapped(wixError(404, 'NOT_FOUND', 'No such entity'))).toMatchObject({ kind: 'not-found', requestId: 'req-404' });
  });

  it('428 → catalog-version-mismatch', async () => {
    expect(await mapped(wixError(428, 'FAILED_PRECONDITION', 'Site uses Catalog V3'))).toMatchObject({
      kind: 'catalog-version-mismatch',
    });
  });

  it('429 → rate-limited with the Retry-After the fetch seam kept', async () => {
    const answer = wixError(429, 'RESOURCE_EXHAUSTED', 'Too many requests', 'req-429');
    (answer as { headers: Record<string, string> }).headers['Retry-After'] = '12';
    expect(await mapped(answer)).toEqual({ kind: 'rate-limited', retryAfterSeconds: 12, requestId: 'req-429' });
  });

  it('429 without Retry-After → rate-limited with an unknown wait', async () => {
    expect(await mapped(wixError(429, 'RESOURCE_EXHAUSTED', 'Too many requests'))).toMatchObject({
      kind: 'rate-limited',
      retryAfterSeconds: null,
    });
  });

  it('400 → invalid-query with the field violations', async () => {
    const answer: WireAnswer = {
      status: 400,
      body: {
        message: 'INVALID_ARGUMENT',
        details: { validationError: { fieldViolations: [{ field: 'query.paging.limit', description: 'must be at most 100', violatedRule: 'MAX' }] } },
      },
      headers: { 'X-Wix-Request-Id': 'req-400' },
    };
    expect(await mapped(answer)).toEqual({
      kind: 'invalid-query',
      // The SDK rewrites "query." to "undefined." for builder queries; the mapping strips that.
      violations: [{ field: 'paging.limit', description: 'must be at most 100' }],
      requestId: 'req-400',
    });
  });

  it.each([500, 502, 503])('%i → unavailable (server)', async (status) => {
    expect(await mapped({ status, rawBody: '<html>Bad gateway</html>' })).toEqual({
      kind: 'unavailable',
      reason: 'server',
      requestId: null,
    });
  });

  it('a network failure (fetch TypeError) → unavailable (network)', async () => {
    expect(await mapped(new TypeError('Failed to fetch'))).toEqual({ kind: 'unavailable', reason: 'network', requestId: null });
  });

  it('a connection reset (fetch rejects) → unavailable (network)', async () => {
    expect(await mapped(Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } }))).toEqual({
      kind: 'unavailable',
      reason: 'network',
      requestId: null,
    });
  });

  // The SDK reports these with the same class and `code: 'UNKNOWN'` as a failed fetch: only the seam tells them apart.
  it.each([
    ['a body cut in the middle', '{"products": [{"id": "a"'],
    ['an empty body', ''],
    ['an HTML page', '<html>Service Unavailable</html>'],
  ])('a 200 with %s → unknown (status 200) with the request id, not a network failure', async (_, rawBody) => {
    expect(await mapped({ status: 200, rawBody, headers: { 'X-Wix-Request-Id': 'req-garbled' } })).toEqual({
      kind: 'unknown',
      status: 200,
      requestId: 'req-garbled',
    });
  });

  it('a 200 the SDK cannot map (a product that is null) → unknown, not a network failure', async () => {
    const answer: WireAnswer = { status: 200, body: { products: [null], metadata: { count: 1, offset: 0, total: 1 } } };
    expect(await mapped(answer)).toEqual({ kind: 'unknown', status: null, requestId: null });
  });

  it('a status outside the known ones → unknown, keeping the status', async () => {
    expect(await mapped(wixError(409, 'ALREADY_EXISTS', 'conflict'))).toEqual({ kind: 'unknown', status: 409, requestId: 'req-409' });
  });
});

describe('toCatalogError, from our own seams', () => {
  it('a timeout of the fetch seam → unavailable (timeout)', () => {
    expect(toCatalogError(new WixTimeoutError(15_000), { permission })).toEqual({
      kind: 'unavailable',
      reason: 'timeout',
      requestId: null,
    });
  });

  it('no dashboard ever answered → not-in-dashboard; it answered before → unavailable', () => {
    expect(toCatalogError(new DashboardConnectionError(false), { permission }).kind).toBe('not-in-dashboard');
    expect(toCatalogError(new DashboardConnectionError(true), { permission })).toMatchObject({
      kind: 'unavailable',
      reason: 'timeout',
    });
  });

  it('leaves a CatalogError as it is and turns junk into unknown', () => {
    const already: CatalogError = { kind: 'not-found', requestId: 'x' };
    expect(toCatalogError(already, { permission })).toBe(already);
    expect(isCatalogError(new Error('x'))).toBe(false);
    expect(toCatalogError('boom', { permission })).toEqual({ kind: 'unknown', status: null, requestId: null });
  });
});
