import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { handleAdmin } from './admin/admin-api';
import type { Role } from './auth/roles';
import type { Catalog } from './catalog/catalog';
import { loadCatalogFile } from './catalog/catalog-file';
import { generateCatalog } from './catalog/generator';
import { hostBundle } from './host-page/bundle';
import { hostHtml } from './host-page/host-html';
import { applicationError, CORS_HEADERS, sendJson, sendText } from './http/wire';
import { DEFAULT_OPTIONS, type EmulatorOptions } from './options';
import { EmulatorState } from './state';
import { createAppServer } from './static/app-server';
import { isStoresPath, StoresApi } from './stores/stores-api';

/** A started emulator. */
export interface RunningEmulator {
  /** Base URL of the host page and Stores API, e.g. http://127.0.0.1:4300. */
  readonly url: string;
  readonly port: number;
  /** The URL the host page frames (the served app with `appDir`). */
  readonly appUrl: string;
  /** The catalog, switches, tokens and counters (for in-process tests). */
  readonly state: EmulatorState;
  /** Issues a token for a role (what GET /_emulator/token does). */
  token(role?: Role): string;
  /** Stops both servers and destroys every socket, hung calls included. */
  close(): Promise<void>;
}

const HOST_HEADER = /^[A-Za-z0-9.\-[\]:]+$/;

/** Builds the catalog the options ask for (a file, or the seeded generator). */
export function buildCatalog(o: EmulatorOptions): Catalog {
  return o.catalogFile ? loadCatalogFile(o.catalogFile, o.currency) : generateCatalog(o);
}

/** Starts the emulator: the dashboard host page, the admin API and the Stores REST API on one port. */
export async function startEmulator(options: Partial<EmulatorOptions> = {}): Promise<RunningEmulator> {
  const o: EmulatorOptions = { ...DEFAULT_OPTIONS, ...options };
  const state = new EmulatorState(o, buildCatalog(o));
  if (o.warmIndexes) state.indexes.warmUp();
  const stores = new StoresApi(state);
  const urlHost = o.host === '0.0.0.0' || o.host === '::' ? 'localhost' : o.host.includes(':') ? `[${o.host}]` : o.host;
  let appServer: Server | null = null;
  let appUrl = o.appUrl;
  if (o.appDir) {
    appServer = createAppServer(o.appDir, o.appHeaders);
    appUrl = `http://${urlHost}:${await listen(appServer, o.appPort, o.host)}`;
  }
  const server = createServer((req, res) => {
    route(req, res).catch((e: unknown) => {
      o.log?.(`emulator error: ${(e as Error).stack ?? String(e)}`);
      sendJson(res, 500, applicationError('INTERNAL', `Emulator error: ${(e as Error).message}`));
    });
  });
  // Requests may sit in "hang next" indefinitely; never let the server time them out on its own.
  server.requestTimeout = 0;
  const port = await listen(server, o.port, o.host).catch(async (e: unknown) => {
    if (appServer) await closeServer(appServer);
    throw e;
  });
  const url = `http://${urlHost}:${port}`;

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = randomUUID();
    res.setHeader('X-Wix-Request-Id', requestId);
    for (const [name, value] of Object.entries(CORS_HEADERS)) res.setHeader(name, value);
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    const parsed = new URL(req.url ?? '/', url);
    const host = req.headers.host;
    const origin = host && HOST_HEADER.test(host) ? `http://${host}` : url;
    if (isStoresPath(parsed.pathname)) return stores.handle(req, res, parsed, requestId, origin);
    if (await handleAdmin(state, { onReset: () => stores.release() }, req, res, parsed)) return;
    // The host page also answers at its simulated dashboard address, so a reload of the tab reframes the view.
    if (req.method === 'GET' && (parsed.pathname === '/' || parsed.pathname === '/index.html' || parsed.pathname.startsWith('/dashboard/'))) {
      return sendText(res, 200, hostHtml(appUrl, state.site, state.catalog.size, state.config), 'text/html; charset=utf-8', {
        'Cache-Control': 'no-store',
      });
    }
    if (req.method === 'GET' && parsed.pathname === '/_emulator/host.js') {
      return sendText(res, 200, await hostBundle(), 'text/javascript; charset=utf-8', { 'Cache-Control': 'no-store' });
    }
    sendJson(res, 404, applicationError('NOT_FOUND', `No emulated endpoint at ${req.method} ${parsed.pathname}`));
  }

  return {
    url,
    port,
    appUrl,
    state,
    token: (role) => state.tokens.issue(role ?? state.config.role).token,
    close: async () => {
      stores.release();
      await Promise.all([closeServer(server), appServer ? closeServer(appServer) : undefined]);
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
