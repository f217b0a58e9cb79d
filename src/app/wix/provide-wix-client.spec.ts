import { TestBed } from '@angular/core/testing';
import { firstValueFrom, toArray } from 'rxjs';
import { DASHBOARD_LOCALE } from './dashboard-locale';
import { WIX_SDK, WixSdk, provideWixClient } from './provide-wix-client';
import { WIX_CLIENT, WIX_FETCH, WixClientOptions } from './wix-client';
import { DashboardConnectionError } from './wix-errors';

/** A stand-in for the SDK entry points that records how the client is built. */
function fakeSdk(hostBehaviour: 'ok' | 'throws' = 'ok') {
  const host = { channel: {}, close: jest.fn() };
  const dashboardAuth = { getAuthHeaders: jest.fn(async () => ({ headers: { Authorization: 'dash-token' } })) };
  const client = { products: {} };
  const sdk = {
    createClient: jest.fn(() => client),
    dashboard: {
      host: jest.fn(() => {
        if (hostBehaviour === 'throws') throw new Error('Wix Dashboard SDK: Unable to establish a connection');
        return host;
      }),
      auth: jest.fn(() => dashboardAuth),
    },
    products: { queryProducts: jest.fn() },
  };
  return { sdk, host, client, dashboardAuth };
}

function setUp(options: WixClientOptions, fake = fakeSdk()) {
  TestBed.configureTestingModule({
    providers: [provideWixClient(options), { provide: WIX_SDK, useValue: fake.sdk as unknown as WixSdk }],
  });
  return fake;
}

describe('provideWixClient', () => {
  it('creates the client once, at start-up, with the configured host, the dashboard auth and the fetch seam', async () => {
    const postMessage = jest.fn();
    const fake = setUp({ host: { origin: 'https://manage.wix.com', postMessage }, apiBaseUrl: 'http://localhost:4300' });
    TestBed.inject(WIX_FETCH); // any injection starts the environment
    expect(fake.sdk.dashboard.host).toHaveBeenCalledTimes(1);
    expect(fake.sdk.createClient).toHaveBeenCalledTimes(1);
    expect(TestBed.inject(WIX_CLIENT)).toBe(fake.client);
    expect(TestBed.inject(WIX_CLIENT)).toBe(fake.client);
    expect(fake.sdk.createClient).toHaveBeenCalledTimes(1);
    expect(fake.sdk.dashboard.host).toHaveBeenCalledWith({ origin: 'https://manage.wix.com', postMessage });

    const config = (fake.sdk.createClient.mock.calls[0] as unknown[])[0] as {
      host: unknown;
      auth: { getAuthHeaders(h: unknown): Promise<unknown> };
      fetch: unknown;
      modules: { products: unknown };
    };
    expect(config.host).toBe(fake.host);
    expect(config.fetch).toBe(TestBed.inject(WIX_FETCH).fetch);
    expect(config.modules.products).toBe(fake.sdk.products);
    // The auth is the dashboard's, guarded by the connection timeout.
    await expect(config.auth.getAuthHeaders(fake.host)).resolves.toEqual({ headers: { Authorization: 'dash-token' } });
    expect(fake.dashboardAuth.getAuthHeaders).toHaveBeenCalledWith(fake.host);
  });

  it('production passes no host overrides', () => {
    const fake = setUp({});
    TestBed.inject(WIX_CLIENT);
    expect(fake.sdk.dashboard.host).toHaveBeenCalledWith(undefined);
  });

  it('outside the dashboard (host() throws) still starts, and every call fails fast as not-in-dashboard', async () => {
    const fake = setUp({}, fakeSdk('throws'));
    TestBed.inject(WIX_CLIENT);
    const config = (fake.sdk.createClient.mock.calls[0] as unknown[])[0] as {
      host: unknown;
      auth: { getAuthHeaders(h: unknown): Promise<unknown> };
      modules: Record<string, unknown>;
    };
    expect(config.host).toBeUndefined();
    // The real SDK builds every module at once and the dashboard module throws without a host: left out, so the
    // page starts and says it is outside the dashboard (with it, the browser journey showed a blank page).
    expect(Object.keys(config.modules)).toEqual(['products']);
    const error = await config.auth.getAuthHeaders(undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DashboardConnectionError);
    expect((error as DashboardConnectionError).everConnected).toBe(false);
    expect(fake.dashboardAuth.getAuthHeaders).not.toHaveBeenCalled();
  });

  it("provides the dashboard's language: the iframe URL at start, then observeState on the page's own host", async () => {
    const fake = fakeSdk();
    const disconnect = jest.fn();
    const observeState = jest.fn((observer: (p: unknown, env: { language: string }) => void) => {
      observer({}, { language: 'de' });
      return { disconnect };
    });
    Object.assign(fake.host.channel, { observeState });
    // No essentials on this host: the locale parameter is the language.
    window.history.replaceState({}, '', '/?locale=he&viewMode=dashboard');
    setUp({}, fake);
    const locale = TestBed.inject(DASHBOARD_LOCALE);
    window.history.replaceState({}, '', '/');
    expect(locale.initial).toBe('he');
    await expect(firstValueFrom(locale.changes())).resolves.toBe('de');
    expect(observeState).toHaveBeenCalledTimes(1);
    expect(fake.sdk.dashboard.host).toHaveBeenCalledTimes(1); // the client's host, not a second one
    await Promise.resolve();
    expect(disconnect).toHaveBeenCalled();
  });

  it('outside the dashboard the language is only what the URL says, with no changes', async () => {
    setUp({}, fakeSdk('throws'));
    const locale = TestBed.inject(DASHBOARD_LOCALE);
    expect(locale.initial).toBeNull();
    await expect(firstValueFrom(locale.changes().pipe(toArray()))).resolves.toEqual([]);
  });
});
