/**
 * The emulated Wix dashboard, in the browser: frames the app, answers its SDK handshake with
 * `@wix/dashboard/provider`, and renders what the app asks for (toasts, title, height, navigation, modals).
 * Bundled by esbuild when the emulator serves /_emulator/host.js.
 */
import { handshakeCode, type ProviderAPI, provideSDKApi } from '@wix/dashboard/provider';
import type { EmulatorConfig } from '../options';
import { BeforeUnloadRegistry, createDashboardApi, type EmulatedDashboardApi, type HostToken } from './dashboard-api';
import { frameContext, frameUrl } from './frame-url';
import { showConfig, wireControls } from './host-controls';
import type { HostBootstrap } from './host-html';
import { logToast, renderModal, renderToast } from './host-ui';

const HANDSHAKE_HINT_MS = 10_000;
const STATS_EVERY_MS = 2000;

const boot = JSON.parse(byId('bootstrap').textContent ?? '{}') as HostBootstrap;
let config: EmulatorConfig = boot.config;
const frame = byId('app') as HTMLIFrameElement;
const form = byId('controls') as HTMLFormElement;
const toasts = byId('toasts');
const toastLog = byId('toast-log');
const hint = byId('hint');
const environmentListeners = new Set<() => void>();
const beforeUnload = new BeforeUnloadRegistry();
let api = dashboardApi();
let port: MessagePort | null = null;
let handshakeTimer: ReturnType<typeof setTimeout> | undefined;
/** The page's route in the simulated dashboard address; the host page keeps that address in its own URL. */
const pageRoute = `/dashboard/${boot.site.siteId}/catalog-manager`;
const dashboardOrigin = 'https://manage.wix.com';
/** The page's relative URL (path after its route, and query), read from the host page's own URL. */
let relative = location.pathname.startsWith(pageRoute) ? location.pathname.slice(pageRoute.length) + location.search : '';

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`host page: #${id} missing`);
  return el;
}

function setConnection(kind: 'ok' | 'bad' | 'wait', text: string): void {
  const badge = byId('connection');
  badge.className = `badge ${kind}`;
  badge.textContent = text;
}

async function fetchToken(): Promise<HostToken> {
  // The role is read at call time; a role switch also replaces the whole API (and so its token cache).
  const res = await fetch(`/_emulator/token?role=${encodeURIComponent(config.role)}`, { cache: 'no-store' });
  if (!res.ok) throw new Error(`token request failed: HTTP ${res.status}`);
  return (await res.json()) as HostToken;
}

function dashboardApi(): EmulatedDashboardApi {
  return createDashboardApi({
    fetchToken,
    siteId: boot.site.siteId,
    beforeUnload,
    environment: () => ({
      language: config.language,
      locale: config.language === 'en' ? 'en-us' : config.language,
      pageLocation: { pageId: 'catalog-manager', pathname: '/' },
      embedded: true,
    }),
    onEnvironmentChange: (listener) => {
      environmentListeners.add(listener);
      return () => environmentListeners.delete(listener);
    },
    showToast: (toast) => (logToast(toastLog, toast), renderToast(toasts, toast)),
    pageLocation: () => {
      const at = new URL(relative || '/', 'http://x');
      return { pageId: 'catalog-manager', pathname: at.pathname, search: at.search };
    },
    navigate: (url, options) => {
      byId('address').textContent = url;
      const own = `${dashboardOrigin}${pageRoute}`;
      if (!url.startsWith(own) || /^[^/?#]/.test(url.slice(own.length))) return;
      // This page's own address: kept in the host page's URL, so reloading the tab reloads this view.
      relative = url.slice(own.length);
      history[options?.history === 'replace' ? 'replaceState' : 'pushState'](null, '', pageRoute + relative);
    },
    navigateBack: () => (byId('address').textContent = `${byId('address').textContent ?? ''} (back)`),
    setPageTitle: (title) => {
      byId('page-title').textContent = title ?? 'Catalog Manager';
      document.title = `${title ?? 'Catalog Manager'} | ${boot.site.siteName}`;
    },
    updateHeight: (px) => (frame.style.height = `${Math.max(240, Math.ceil(px))}px`),
    openModal: (modalId, params, close) => renderModal(byId('modals'), modalId, params, close),
  });
}

function loadApp(): void {
  beforeUnload.clear();
  port?.close();
  port = null;
  hint.hidden = true;
  setConnection('wait', 'Waiting for the app…');
  const url = frameUrl(boot.appUrl, location.origin, frameContext(boot.site, config.language), new URL(relative || '/', 'http://x').search);
  byId('address').textContent = `${dashboardOrigin}${pageRoute}${relative}`;
  clearTimeout(handshakeTimer);
  handshakeTimer = setTimeout(() => {
    if (port || config.dropHandshake) return;
    hint.hidden = false;
    hint.textContent = `No SDK handshake from ${boot.appUrl} yet. Is the app running there (npm start), and does it create dashboard.host()?`;
  }, HANDSHAKE_HINT_MS);
  frame.src = url;
}

async function reloadApp(): Promise<void> {
  if (!(await beforeUnload.mayLeave()) && !window.confirm('The app reports unsaved changes. Reload it anyway?')) return;
  api = dashboardApi();
  loadApp();
}

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== frame.contentWindow) return;
  const data = event.data as { code?: unknown; port?: unknown } | null;
  if (!data || data.code !== handshakeCode || !(data.port instanceof MessagePort)) return;
  if (config.dropHandshake) {
    // Like a dashboard that never answers: the app's SDK calls will wait forever.
    setConnection('bad', 'Handshake dropped (fault)');
    return;
  }
  port?.close();
  port = data.port;
  clearTimeout(handshakeTimer);
  hint.hidden = true;
  provideSDKApi({ api: api as ProviderAPI, port: data.port });
  setConnection('ok', `Connected · ${config.role} · ${config.catalogVersion}`);
});

async function refreshStats(): Promise<void> {
  if (document.hidden) return;
  try {
    const res = await fetch('/_emulator/stats', { cache: 'no-store' });
    const stats = (await res.json()) as { requests: number; recent: { status: number; path: string }[] };
    const last = stats.recent[stats.recent.length - 1];
    byId('stats').textContent = `API calls: ${stats.requests}${last ? ` · last ${last.status || 'hung'}` : ''}`;
  } catch {
    byId('stats').textContent = 'Emulator not reachable';
  }
}

showConfig(form, config);
wireControls(form, () => config, {
  configChanged: (next) => (config = next),
  reloadApp,
  languageChanged: () => environmentListeners.forEach((l) => l()),
  report: (message) => renderToast(toasts, { message, type: 'error' }),
});
setInterval(() => void refreshStats(), STATS_EVERY_MS);
loadApp();
