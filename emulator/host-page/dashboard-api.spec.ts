/** @jest-environment node */
import { dashboard } from '@wix/dashboard';
import { type ProviderAPI, provideSDKApi, type ToastConfig } from '@wix/dashboard/provider';
import { createClient } from '@wix/sdk';
import { pages } from '@wix/stores/dashboard';
import { BeforeUnloadRegistry, createDashboardApi, type DashboardApiDeps, type HostToken } from './dashboard-api';
import { frameContext, frameUrl } from './frame-url';

/**
 * The app side is the real @wix/dashboard host() over a real MessageChannel, created as the development build
 * creates it; the parent side is createDashboardApi() served with provideSDKApi, as the host page does.
 */
const site = { siteId: 'site-1', siteUrl: 'https://emulated.wixsite.com/store' };
const opened: { close(): void }[] = [];
// comlink opens a MessageChannel per proxied callback; open ports keep Node (and Jest) alive, so close them all.
const ports: MessagePort[] = [];
const NativeChannel = globalThis.MessageChannel;
class TrackedChannel extends NativeChannel {
  constructor() {
    super();
    ports.push(this.port1, this.port2);
  }
}
beforeAll(() => (globalThis.MessageChannel = TrackedChannel));
afterAll(() => (globalThis.MessageChannel = NativeChannel));

function connect(overrides: Partial<DashboardApiDeps> = {}) {
  const deps: DashboardApiDeps = {
    fetchToken: async () => ({ token: 'emu.token', expiresInSeconds: 300 }),
    siteId: site.siteId,
    environment: () => ({ language: 'en', locale: 'en-us', pageLocation: { pageId: 'p', pathname: '/' }, embedded: true }),
    ...overrides,
  };
  let parentPort: MessagePort | undefined;
  const host = dashboard.host({
    origin: 'https://manage.wix.com',
    autoHeightUpdate: false,
    fullUrl: frameUrl('http://localhost:4200/', 'http://127.0.0.1:4300', frameContext(site, 'he')),
    postMessage: (message: { code: string; port: MessagePort }) => {
      expect(message.code).toBe('wix-sdk-bo-hello-handshake');
      parentPort = message.port;
      provideSDKApi({ api: createDashboardApi(deps) as ProviderAPI, port: message.port });
    },
  });
  opened.push({ close: () => (host.close(), parentPort?.close()) });
  return { host, client: createClient({ host, auth: dashboard.auth(), modules: { dashboard } }) };
}

afterEach(() => {
  opened.splice(0).forEach((c) => c.close());
  ports.splice(0).forEach((p) => p.close());
});

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(check()).toBe(true);
};

describe('dashboard API over the SDK handshake', () => {
  it('hands out the token as the Authorization header, cached until shortly before it expires', async () => {
    let clock = 0;
    let issued = 0;
    const fetchToken = jest.fn(async (): Promise<HostToken> => ({ token: `emu.t${++issued}`, expiresInSeconds: 300 }));
    const { host } = connect({ fetchToken, now: () => clock });
    const auth = dashboard.auth();
    expect(await auth.getAuthHeaders(host)).toEqual({ headers: { Authorization: 'emu.t1' } });
    clock = 200_000;
    expect((await auth.getAuthHeaders(host)).headers['Authorization']).toBe('emu.t1');
    clock = 271_000; // past 300 s minus the 30 s refresh margin
    expect((await auth.getAuthHeaders(host)).headers['Authorization']).toBe('emu.t2');
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });

  it('fetches again every time for tokens that are already expired', async () => {
    const fetchToken = jest.fn(async () => ({ token: 'emu.old', expiresInSeconds: -1 }));
    const { host } = connect({ fetchToken });
    await dashboard.auth().getAuthHeaders(host);
    await dashboard.auth().getAuthHeaders(host);
    expect(fetchToken).toHaveBeenCalledTimes(2);
  });

  it('shows toasts and runs their action callbacks in the app', async () => {
    const toasts: ToastConfig[] = [];
    const { client } = connect({ showToast: (t) => (toasts.push(t), { remove: () => undefined }) });
    const onClick = jest.fn();
    client.dashboard.showToast({ message: '<b>Saved</b>', type: 'success', action: { text: 'Undo', onClick } });
    await until(() => toasts.length === 1);
    expect(toasts[0]).toMatchObject({ message: '<b>Saved</b>', type: 'success', action: { text: 'Undo' } });
    await toasts[0].action?.onClick();
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('navigates, builds page URLs, sets the title and height', async () => {
    const navigate = jest.fn();
    const setPageTitle = jest.fn();
    const updateHeight = jest.fn();
    const { client, host } = connect({ navigate, setPageTitle, updateHeight });
    expect(await client.dashboard.getPageUrl({ pageId: 'orders', relativeUrl: '/123' })).toBe('https://manage.wix.com/dashboard/site-1/orders/123');
    client.dashboard.navigate({ pageId: 'orders' });
    client.dashboard.setPageTitle('Products (12)');
    await host.channel.updateHeight(640);
    await until(() => navigate.mock.calls.length === 1 && setPageTitle.mock.calls.length === 1);
    expect(navigate.mock.calls[0][0]).toBe('https://manage.wix.com/dashboard/site-1/orders');
    expect(setPageTitle).toHaveBeenCalledWith('Products (12)');
    expect(updateHeight).toHaveBeenCalledWith(640);
  });

  it("maps Wix Stores' Products page (its page builder's id) to its dashboard route, the product editor below it", async () => {
    const navigate = jest.fn();
    const { client } = connect({ navigate });
    const products = pages.productsList();
    expect(await client.dashboard.getPageUrl(products)).toBe('https://manage.wix.com/dashboard/site-1/wix-stores/products');
    client.dashboard.navigate({ ...products, relativeUrl: 'product/prod-7' });
    await until(() => navigate.mock.calls.length === 1);
    expect(navigate.mock.calls[0][0]).toBe('https://manage.wix.com/dashboard/site-1/wix-stores/products/product/prod-7');
  });

  it('reports the environment through observeState, again when it changes', async () => {
    let language = 'he';
    const listeners = new Set<() => void>();
    const { client } = connect({
      environment: () => ({ language, locale: language, pageLocation: { pageId: 'p', pathname: '/' }, embedded: true }),
      onEnvironmentChange: (l) => (listeners.add(l), () => listeners.delete(l)),
    });
    const seen: string[] = [];
    client.dashboard.observeState((_params, env) => seen.push(env.language));
    await until(() => seen.length === 1);
    language = 'de';
    await until(() => listeners.size === 1);
    listeners.forEach((l) => l());
    await until(() => seen.length === 2);
    expect(seen).toEqual(['he', 'de']);
  });

  it('opens a modal whose modalClosed resolves with closeModal data', async () => {
    const openModal = jest.fn(() => ({ dismiss: jest.fn() }));
    const { client } = connect({ openModal });
    const { modalClosed } = client.dashboard.openModal('confirm-delete', { count: 3 });
    await until(() => openModal.mock.calls.length === 1);
    expect(openModal.mock.calls[0]).toEqual(['confirm-delete', { count: 3 }, expect.any(Function)]);
    client.dashboard.closeModal({ confirmed: true });
    await expect(modalClosed).resolves.toEqual({ confirmed: true });
  });

  it('lets the host ask the app before unloading it', async () => {
    const beforeUnload = new BeforeUnloadRegistry();
    const { client } = connect({ beforeUnload });
    await until(() => (beforeUnload as unknown as { handlers: Set<unknown> }).handlers.size === 1);
    expect(await beforeUnload.mayLeave()).toBe(true);
    client.dashboard.onBeforeUnload((event: Event) => event.preventDefault());
    expect(await beforeUnload.mayLeave()).toBe(false);
  });

  it('passes siteInfo and essentials through the double-encoded query string', () => {
    const { host } = connect();
    expect(host.channel.getSiteInfo()).toMatchObject({ siteUrl: site.siteUrl, wixEditorAvailable: true });
    expect(host.channel.pageGetLayout()).toEqual({ type: 'desktop' });
    expect(host.essentials).toMatchObject({ language: 'he', timezone: 'UTC' });
  });
});
