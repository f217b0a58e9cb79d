import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { hasPermission, type Permission, PERMISSIONS } from '../auth/roles';
import type { AuthFailure } from '../auth/token-store';
import { readPayload } from '../http/payload';
import { applicationError, HttpError, permissionDenied, sendJson, sendText, validationError } from '../http/wire';
import type { CatalogVersion } from '../options';
import { QueryError } from '../query/query-error';
import type { EmulatorState } from '../state';
import { queryV1Products } from './v1-endpoint';
import { injectedError, spoiledAnswer } from './faults';
import { countV3Products, queryV3Products, VERSION_NAMES } from './v3-endpoints';
import { queryV1Collections, queryV3Categories } from './collections-endpoints';
import type { WriteContext } from './catalog-writes';
import { matchWrite } from './write-routes';
import { matchRead } from './product-reads';
import { queryInventoryItems } from './inventory-items';

interface Endpoint {
  readonly methods: readonly string[];
  readonly permission: Permission;
  /** The catalog version the endpoint serves (428 on a site with another one). */
  readonly version?: CatalogVersion;
  /** A write: `failAfterApplyNext` may lose its answer after it was applied. */
  readonly write?: true;
  /** A single-product read (product-reads.ts): not spoiled by `malformNext`, which spoils list reads. */
  readonly single?: true;
  run(ctx: WriteContext, payload: Record<string, unknown>): Record<string, unknown>;
}

/** The Stores endpoints, under the same paths as www.wixapis.com. */
const ENDPOINTS: Readonly<Record<string, Endpoint>> = {
  '/stores-reader/v1/products/query-platformized': {
    methods: ['GET', 'POST'], permission: PERMISSIONS.v1Read, version: 'V1', run: queryV1Products,
  },
  '/stores/v3/products/query': {
    methods: ['GET', 'POST'], permission: PERMISSIONS.v3Read, version: 'V3', run: (c, p) => queryV3Products(c, p, 'query'),
  },
  '/stores/v3/products/search': {
    methods: ['GET', 'POST'], permission: PERMISSIONS.v3Read, version: 'V3', run: (c, p) => queryV3Products(c, p, 'search'),
  },
  '/stores/v3/products/count': {
    methods: ['GET', 'POST'], permission: PERMISSIONS.v3Read, version: 'V3', run: countV3Products,
  },
  '/stores/v3/inventory-items/query': {
    methods: ['GET', 'POST'], permission: PERMISSIONS.v3InventoryRead, version: 'V3', run: queryInventoryItems,
  },
  '/stores/v1/collections/query': {
    methods: ['GET', 'POST'], permission: PERMISSIONS.v1Read, version: 'V1', run: queryV1Collections,
  },
  // Where @wix/auto_sdk_stores_collections 1.0.51 sends queryCollections on www.wixapis.com (no path mapping).
  '/v2/collections/query': {
    methods: ['GET', 'POST'], permission: PERMISSIONS.v1Read, version: 'V1', run: queryV1Collections,
  },
  '/categories/v1/categories/query': {
    methods: ['POST'], permission: PERMISSIONS.v3Read, version: 'V3', run: queryV3Categories,
  },
  '/stores/v3/provision/version': {
    methods: ['GET'],
    permission: PERMISSIONS.catalogVersion,
    run: (c) => ({ catalogVersion: VERSION_NAMES[c.state.config.catalogVersion] }),
  },
};

const AUTH_MESSAGES: Readonly<Record<AuthFailure, string>> = {
  missing: 'Missing Authorization header: no access token was sent',
  unknown: 'Invalid access token',
  expired: 'Access token expired: ask the dashboard for a new one (getAccessToken)',
};

const INJECTED: Readonly<Record<number, [code: string, description: string]>> = {
  429: ['RESOURCE_EXHAUSTED', 'Too many requests (fault injected by the emulator)'],
  500: ['INTERNAL', 'Internal server error (fault injected by the emulator)'],
  503: ['UNAVAILABLE', 'Service unavailable (fault injected by the emulator)'],
};

/** Whether a path is one of the emulated Stores endpoints. */
export function isStoresPath(path: string): boolean {
  return Object.hasOwn(ENDPOINTS, path) || matchRead('GET', path) !== null || matchWrite(path) !== null;
}

/**
 * Serves the Stores endpoints. Each call goes: count → decode payload → hang? → reset? → latency → injected
 * failure (failNext, then errorNext) → 401 token → 429 throttle → 403 permission → 428 catalog version →
 * 400 payload/query → 200, spoiled by malformNext on product reads.
 */
export class StoresApi {
  private readonly hung = new Set<ServerResponse>();
  private readonly sleepers = new Set<() => void>();

  constructor(private readonly state: EmulatorState) {}

  /** Answers one Stores call (the path must satisfy isStoresPath). */
  async handle(req: IncomingMessage, res: ServerResponse, url: URL, requestId: string, origin: string): Promise<void> {
    const { state } = this;
    const method = req.method ?? 'GET';
    // A GET of one product and a V3 PATCH share `/stores/v3/products/{id}`: the method picks the route.
    const written = Object.hasOwn(ENDPOINTS, url.pathname) ? null : (matchRead(method, url.pathname) ?? matchWrite(url.pathname));
    const endpoint: Endpoint = written?.route ?? ENDPOINTS[url.pathname];
    const started = performance.now();
    let payload: unknown = null;
    const record = (status: number) => {
      const ms = Math.round((performance.now() - started) * 10) / 10;
      state.stats.finished({ method, path: url.pathname, status, payload, ms, requestId, at: new Date().toISOString() });
      state.options.log?.(`${method} ${url.pathname} ${status || 'hung'} ${ms}ms`);
    };
    state.stats.arrived(method, url.pathname);
    try {
      if (!endpoint.methods.includes(method)) {
        const allow = { Allow: endpoint.methods.join(', ') };
        throw new HttpError(405, applicationError('METHOD_NOT_ALLOWED', `${method} is not allowed here`), allow);
      }
      let payloadError: unknown = null;
      payload = await readPayload(req, url).catch((e: unknown) => ((payloadError = e), null));
      if (state.takeHang()) {
        this.hung.add(res);
        res.on('close', () => this.hung.delete(res));
        record(0);
        return;
      }
      if (state.takeReset()) {
        // No status line at all: the client sees the connection reset (fetch rejects with a TypeError).
        record(0);
        res.destroy();
        return;
      }
      const latency = state.config.latencyMs;
      if (latency > 0) await this.sleep(latency);
      const failure = state.takeFailure();
      if (failure !== null) {
        const [code, description] = INJECTED[failure];
        throw new HttpError(failure, applicationError(code, description), failure === 500 ? {} : { 'Retry-After': '1' });
      }
      const error = state.takeError();
      if (error) throw injectedError(error, endpoint.permission, state.config.catalogVersion);
      const auth = state.tokens.verify(req.headers.authorization);
      if (typeof auth === 'string') throw new HttpError(401, applicationError('UNAUTHENTICATED', AUTH_MESSAGES[auth]));
      const wait = state.limiter.take();
      if (wait > 0) throw throttled(wait, state.config.rateLimitPerMinute);
      if (!hasPermission(auth.role, endpoint.permission)) throw permissionDenied(endpoint.permission);
      if (endpoint.write && !state.takeWriteAllowance()) throw permissionDenied(endpoint.permission);
      const { catalogVersion } = state.config;
      if (endpoint.version && endpoint.version !== catalogVersion) throw wrongVersion(endpoint.version, catalogVersion);
      if (payloadError) throw payloadError;
      // Only product reads are spoiled: the catalog version check stays sound, so the app reaches the read.
      // Product reads only: collection/category lists are not spoiled either.
      const malform = endpoint.version && !endpoint.write && !endpoint.single && url.pathname.includes('/products/') ? state.takeMalform() : null;
      const ctx: WriteContext = {
        state, role: auth.role, origin, extraItems: malform === 'extra-item' ? 1 : 0,
        requestId, endpoint: `${method} ${url.pathname}`, params: written?.params ?? {},
      };
      const body = endpoint.run(ctx, (payload ?? {}) as Record<string, unknown>);
      const lost = endpoint.write ? state.takeFailAfterApply() : null;
      if (lost === 'hang') {
        // Applied, and the answer never comes: the client times out not knowing whether it was applied.
        this.hung.add(res);
        res.on('close', () => this.hung.delete(res));
        record(0);
        return;
      }
      if (lost === 'reset') {
        record(0);
        res.destroy();
        return;
      }
      if (malform) sendText(res, 200, spoiledAnswer(body, malform), 'application/json; charset=utf-8', { 'Cache-Control': 'no-store' });
      else sendJson(res, 200, body);
      record(200);
    } catch (e) {
      const [status, body, headers] = errorAnswer(e, state);
      sendJson(res, status, body, headers);
      record(status);
    }
  }

  /** Ends hung calls and pending latency waits (on reset and close). */
  release(): void {
    for (const res of this.hung) res.destroy();
    this.hung.clear();
    for (const wake of this.sleepers) wake();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
    });
  }
}

function throttled(retryAfter: number, limit: number): HttpError {
  const description = `Rate limit exceeded: at most ${limit} requests per minute per site`;
  const body = applicationError('RESOURCE_EXHAUSTED', description, { limitPerMinute: limit, retryAfterSeconds: retryAfter });
  return new HttpError(429, body, { 'Retry-After': String(retryAfter) });
}

function wrongVersion(served: CatalogVersion, actual: CatalogVersion): HttpError {
  const description =
    actual === 'NONE'
      ? 'Wix Stores is not installed on this site'
      : `This site uses Catalog ${actual}; this endpoint serves Catalog ${served} sites (check getCatalogVersion first)`;
  return new HttpError(428, applicationError('CATALOG_VERSION_MISMATCH', description, { catalogVersion: VERSION_NAMES[actual] }));
}

function errorAnswer(e: unknown, state: EmulatorState): [number, unknown, Record<string, string>] {
  if (e instanceof HttpError) return [e.status, e.body, e.headers];
  if (e instanceof QueryError) return [400, e.violation ? validationError([e.violation]) : applicationError(e.code, e.message), {}];
  state.options.log?.(`emulator error: ${(e as Error).stack ?? String(e)}`);
  return [500, applicationError('INTERNAL', `Emulator error: ${(e as Error).message}`), {}];
}
