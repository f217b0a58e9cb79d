import { queryProducts } from '@wix/auto_sdk_stores_products';
import { createClient } from '@wix/sdk';
import type { CatalogWixClient } from '../wix-client';
import { WixFetch } from '../wix-fetch';

/** A request as it left the real SDK: method, path, and the decoded `.r` payload or JSON body. */
export interface WireRequest {
  readonly method: string;
  readonly url: URL;
  readonly payload: unknown;
  readonly headers: Record<string, string>;
}

/** How the fake network answers one request. */
export type WireAnswer =
  | { status: number; body?: unknown; rawBody?: string; headers?: Record<string, string> }
  | 'hang'
  | Error;

/**
 * The real SDK (createClient + queryProducts) over a fake network, for unit tests that must see exactly
 * what goes over the wire. Provide `client` as WIX_CLIENT and `wixFetch` as WIX_FETCH. Catalog V3 reads
 * bind to the same client (`client.use`), so the V3 helpers below answer them over the same network.
 */
export function wireClient(answer: (request: WireRequest) => WireAnswer | Promise<WireAnswer>, timeoutMs = 15_000) {
  const requests: WireRequest[] = [];
  const network = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input));
    const encoded = url.searchParams.get('.r');
    const payload = encoded
      ? JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'))
      : typeof init?.body === 'string'
        ? JSON.parse(init.body)
        : null;
    const request: WireRequest = {
      method: init?.method ?? 'GET',
      url,
      payload,
      headers: { ...(init?.headers as Record<string, string>) },
    };
    requests.push(request);
    const result = await answer(request);
    if (result === 'hang') {
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    }
    if (result instanceof Error) throw result;
    return fakeResponse(result.status, result.rawBody ?? JSON.stringify(result.body ?? {}), result.headers ?? {});
  }) as typeof fetch;
  const wixFetch = new WixFetch({ timeoutMs, fetch: network });
  const client = createClient({
    auth: { getAuthHeaders: async () => ({ headers: { Authorization: 'test-token' } }) },
    modules: { products: { queryProducts } },
    fetch: wixFetch.fetch,
  }) as unknown as CatalogWixClient;
  return { client, wixFetch, requests };
}

/** The parts of a Response the SDK reads (jsdom has no Response). */
function fakeResponse(status: number, body: string, headers: Record<string, string>): Response {
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    status,
    ok: status >= 200 && status < 300,
    statusText: String(status),
    headers: { get: (name: string) => lower.get(name.toLowerCase()) ?? null },
    json: async () => JSON.parse(body),
    text: async () => body,
  } as unknown as Response;
}

/** A Wix error body as the servers send it. */
export function wixError(status: number, code: string, description: string, requestId = `req-${status}`): WireAnswer {
  return {
    status,
    body: { message: `${code}: ${description}`, details: { applicationError: { code, description, data: {} } } },
    headers: { 'X-Wix-Request-Id': requestId },
  };
}

/** A V1 query answer with the metadata the SDK needs for paging. */
export function v1Page(products: unknown[], offset: number, total: number, requestId = 'req-ok'): WireAnswer {
  return {
    status: 200,
    body: { products, metadata: { count: products.length, offset, total } },
    headers: { 'X-Wix-Request-Id': requestId },
  };
}

/** A realistic V1 product JSON, overridable per field. */
export function v1Product(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const price = 10 + n;
  return {
    id: `prod-${n}`,
    name: `Product ${n}`,
    sku: `SKU-${n}`,
    visible: true,
    productType: 'physical',
    numericId: String(1000 + n),
    stock: { trackInventory: true, quantity: n, inStock: n > 0, inventoryStatus: n > 0 ? 'IN_STOCK' : 'OUT_OF_STOCK' },
    priceData: { currency: 'EUR', price, discountedPrice: price, formatted: { price: `€${price}.00`, discountedPrice: `€${price}.00` } },
    media: { mainMedia: { thumbnail: { url: `https://static.example/thumb-${n}.png`, width: 50, height: 50 } } },
    lastUpdated: '2026-03-04T10:00:00.000Z',
    createdDate: '2026-01-02T10:00:00.000Z',
    ...overrides,
  };
}

/** The answer of `GET /stores/v3/provision/version` (what `getCatalogVersion()` reads). */
export function catalogVersionAnswer(catalogVersion: 'V1_CATALOG' | 'V3_CATALOG' | 'STORES_NOT_INSTALLED'): WireAnswer {
  return { status: 200, body: { catalogVersion }, headers: { 'X-Wix-Request-Id': 'req-version' } };
}

/** Whether a request is the catalog version check. */
export function isVersionRequest(request: WireRequest): boolean {
  return request.url.pathname === '/stores/v3/provision/version';
}

/**
 * A V3 `products/query` or `products/search` answer. The SDK's `hasNext()` reads only `cursors.next`, so the
 * last page must carry `next: null`.
 */
export function v3Page(products: unknown[], next: string | null, prev: string | null = null, requestId = 'req-v3'): WireAnswer {
  return {
    status: 200,
    body: { products, pagingMetadata: { count: products.length, cursors: { next, prev }, hasNext: next !== null } },
    headers: { 'X-Wix-Request-Id': requestId },
  };
}

/** A realistic Catalog V3 product JSON as the server sends it with `fields: [CURRENCY, THUMBNAIL]`; overridable. */
export function v3Product(n: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const price = { amount: `${10 + n}.00`, formattedAmount: `€${10 + n}.00` };
  return {
    id: `prod-${n}`,
    revision: '1',
    createdDate: '2026-01-02T10:00:00.000Z',
    updatedDate: '2026-03-04T10:00:00.000Z',
    name: `Product ${n}`,
    slug: `product-${n}`,
    visible: true,
    currency: 'EUR',
    actualPriceRange: { minValue: price, maxValue: price },
    compareAtPriceRange: { minValue: price, maxValue: price },
    media: {
      main: {
        url: `https://static.example/image-${n}.png`,
        mediaType: 'IMAGE',
        thumbnail: { url: `https://static.example/thumb-${n}.png`, width: 50, height: 50 },
      },
    },
    inventory: { availabilityStatus: n > 0 ? 'IN_STOCK' : 'OUT_OF_STOCK', preorderStatus: 'DISABLED' },
    productType: 'PHYSICAL',
    variantsInfo: { variants: [{ id: '00000000-0000-0000-0000-000000000000', sku: `SKU-${n}`, visible: true }] },
    variantSummary: { variantCount: 1 },
    ...overrides,
  };
}
