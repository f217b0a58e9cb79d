import type { Provider } from '@angular/core';
import { NEVER } from 'rxjs';
import { AFTER_PAINT_IDLE } from '../src/app/catalog/after-paint-idle';
import { queryProducts } from '@wix/auto_sdk_stores_products';
import { dashboard, type RemoteHost, type SDKOptions } from '@wix/dashboard';
import { provideSDKApi } from '@wix/dashboard/provider';
import { createClient } from '@wix/sdk';
import { createDashboardApi, type DashboardApiDeps } from '../emulator/host-page/dashboard-api';
import type { EmulatorOptions } from '../emulator/options';
import { startEmulator } from '../emulator/server';
import { appInjector } from './app-injector';
import { provideCatalog } from '../src/app/catalog/provide-catalog';
import { V1CatalogGateway } from '../src/app/catalog/v1-catalog-gateway';
import { WIX_SDK, WixSdk, provideWixClient } from '../src/app/wix/provide-wix-client';
import { WIX_CLIENT, WIX_FETCH } from '../src/app/wix/wix-client';

/**
 * comlink opens a MessageChannel for every proxied argument (each token request has one) and never closes
 * them; in Node an open port keeps the process alive. Every port opened while a contract runs is recorded
 * here and closed with it.
 */
const openedPorts = new Set<MessagePort>();
class RecordedMessageChannel extends MessageChannel {
  constructor() {
    super();
    openedPorts.add(this.port1);
    openedPorts.add(this.port2);
  }
}
globalThis.MessageChannel = RecordedMessageChannel;

/** How a contract test connects the app's Wix edge to an in-process emulator. */
export interface ContractOptions {
  readonly emulator?: Partial<EmulatorOptions>;
  readonly role?: 'owner' | 'store-manager' | 'editor' | 'viewer' | 'staff' | 'expired';
  /** Skip answering the dashboard handshake (the page is outside the dashboard). */
  readonly dropHandshake?: boolean;
  readonly requestTimeoutMs?: number;
  readonly connectionTimeoutMs?: number;
  /** More of the emulated dashboard (its address: pageLocation, navigate). */
  readonly dashboard?: Partial<DashboardApiDeps>;
  /** More providers for the app's root (e.g. a virtual clock for the site's pace). */
  readonly providers?: Provider[];
}

/**
 * The real SDK, connected the way the page connects in production: `dashboard.host()` posts its handshake,
 * the emulator's dashboard API answers it over a real MessageChannel (`provideSDKApi`), tokens come from the
 * emulator, and the app's fetch seam points the SDK's `https://www.wixapis.com` requests at the emulator.
 */
export async function connectToEmulator(options: ContractOptions = {}) {
  const emulator = await startEmulator({ port: 0, products: 600, ...options.emulator });
  const ports: MessagePort[] = [];
  const hosts: RemoteHost[] = [];
  const api = createDashboardApi({
    fetchToken: async () => {
      const response = await fetch(`${emulator.url}/_emulator/token?role=${options.role ?? 'owner'}`);
      const body = (await response.json()) as { token: string; expiresInSeconds?: number };
      return { token: body.token, expiresInSeconds: body.expiresInSeconds ?? 300 };
    },
    environment: () => ({ language: 'en', locale: 'en-US' }) as never,
    ...options.dashboard,
  });
  // The query string a dashboard page gets (siteInfo is read from it, double-encoded as the dashboard sends it).
  const siteInfo = encodeURIComponent(encodeURIComponent(JSON.stringify({ siteId: 'contract-site', siteName: 'Contract Store' })));
  const hostConfig: SDKOptions = {
    origin: 'https://manage.wix.com',
    fullUrl: `https://catalog-manager.example/?siteInfo=${siteInfo}`,
    autoHeightUpdate: false,
    postMessage: (message: { port: MessagePort }) => {
      ports.push(message.port);
      if (!options.dropHandshake) provideSDKApi({ api: api as never, port: message.port });
    },
  };
  const sdk: WixSdk = {
    createClient,
    dashboard: {
      host: (o?: SDKOptions) => {
        const host = dashboard.host(o);
        hosts.push(host);
        return host;
      },
      auth: dashboard.auth,
    },
    products: { queryProducts },
  };
  // The app's own wiring (provideWixClient, provideCatalog) in a root-scoped injector, as the app's root is;
  // only the SDK entry points are watched (to close every host) and the options point at the emulator.
  const injector = appInjector([
    provideWixClient({
      host: hostConfig,
      apiBaseUrl: emulator.url,
      requestTimeoutMs: options.requestTimeoutMs ?? 5_000,
      connectionTimeoutMs: options.connectionTimeoutMs ?? 3_000,
    }),
    { provide: WIX_SDK, useValue: sdk },
    provideCatalog(),
    // The contracts count the requests of each intent: no idle-time prefetch (product-search.spec tests it).
    { provide: AFTER_PAINT_IDLE, useValue: () => NEVER },
    ...(options.providers ?? []),
  ]);

  return {
    emulator,
    /** The app's services over the real SDK and this emulator (what `app.config.ts` provides). */
    injector,
    client: injector.get(WIX_CLIENT),
    /** The app's fetch seam the client sends through (Retry-After by request id). */
    wixFetch: injector.get(WIX_FETCH),
    v1: injector.get(V1CatalogGateway),
    /** Changes the emulator's runtime config, as the control bar does. */
    async configure(patch: Record<string, unknown>): Promise<void> {
      const response = await fetch(`${emulator.url}/_emulator/config`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(patch),
      });
      if (response.status !== 200) throw new Error(`config ${response.status}: ${await response.text()}`);
    },
    /** Stores API traffic since the last reset, as the emulator counted it. */
    async stats(): Promise<{ requests: number; recent: { method: string; path: string; status: number; payload: unknown; requestId: string }[] }> {
      return (await fetch(`${emulator.url}/_emulator/stats`)).json() as never;
    },
    async close(): Promise<void> {
      injector.destroy();
      for (const host of hosts) host.close();
      for (const port of [...ports, ...openedPorts]) port.close();
      openedPorts.clear();
      await emulator.close();
    },
  };
}

export type Contract = Awaited<ReturnType<typeof connectToEmulator>>;
