import { ROLE_LABELS, ROLES, type Role } from '../auth/roles';
import { CATALOG_VERSIONS, type EmulatorConfig, FAIL_STATUSES } from '../options';
import type { SiteIdentity } from '../state';
import { HOST_CSS } from './host-css';

/** What the host page script starts from (embedded in the page as JSON). */
export interface HostBootstrap {
  readonly appUrl: string;
  readonly site: SiteIdentity;
  readonly products: number;
  readonly config: EmulatorConfig;
  readonly roles: readonly { readonly value: Role; readonly label: string }[];
}

/** The dashboard host page: header, control bar, sidebar, the app's iframe, toasts and modals. */
export function hostHtml(appUrl: string, site: SiteIdentity, products: number, config: EmulatorConfig): string {
  const bootstrap: HostBootstrap = { appUrl, site, products, config, roles: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })) };
  // "<" escaped so that no value can close the script element.
  const json = JSON.stringify(bootstrap).replace(/</g, '\\u003c');
  const options = (values: readonly (string | number)[], labels?: readonly string[]) =>
    values.map((v, i) => `<option value="${v}">${escapeHtml(labels?.[i] ?? String(v))}</option>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(site.siteName)} | Wix dashboard (emulated)</title>
<link rel="icon" href="data:,">
<style>${HOST_CSS}</style>
</head>
<body>
<header class="top">
  <span class="logo" aria-hidden="true">WiX</span>
  <span class="site" data-testid="site-name">${escapeHtml(site.siteName)}</span>
  <output class="address" id="address" data-testid="address-bar" aria-label="Dashboard address"></output>
  <span class="badge" id="connection" data-testid="connection" role="status">Waiting for the app…</span>
</header>
<form class="controls" id="controls" aria-label="Emulator controls" data-testid="control-bar">
  <strong class="tag">Emulator</strong>
  <label>User <select name="role" data-testid="role">${options(ROLES, ROLES.map((r) => ROLE_LABELS[r]))}</select></label>
  <label>Catalog <select name="catalogVersion" data-testid="catalog-version">${options(CATALOG_VERSIONS, ['V1', 'V3', 'Stores not installed'])}</select></label>
  <label>Language <select name="language" data-testid="language">${options(['en', 'he', 'de'], ['English', 'עברית', 'Deutsch'])}</select></label>
  <label>Latency <input name="latencyMs" type="number" min="0" step="100" size="5" data-testid="latency"> ms</label>
  <span class="group">Fail next <input name="failCount" type="number" min="0" value="1" size="2" aria-label="Number of calls to fail">
    calls with <select name="failStatus" aria-label="Failure status">${options(FAIL_STATUSES)}</select>
    <button type="button" data-action="fail" data-testid="fail-next">Fail</button></span>
  <button type="button" data-action="hang" data-testid="hang-next">Hang next call</button>
  <label><input name="dropHandshake" type="checkbox" data-testid="drop-handshake"> Drop handshake</label>
  <button type="button" data-action="reload" data-testid="reload-app">Reload app</button>
  <button type="button" data-action="reset" data-testid="reset">Reset</button>
  <output class="stats" id="stats" data-testid="stats">API calls: 0</output>
</form>
<div class="layout">
  <nav class="sidebar" aria-label="Dashboard">
    <a href="#" aria-disabled="true">Home</a>
    <span class="section">Catalog</span>
    <a href="#" aria-current="page" class="active">Products</a>
    <a href="#" aria-disabled="true">Collections</a>
    <a href="#" aria-disabled="true">Inventory</a>
    <span class="section">Sales</span>
    <a href="#" aria-disabled="true">Orders</a>
    <a href="#" aria-disabled="true">Customers</a>
    <a href="#" aria-disabled="true">Settings</a>
  </nav>
  <main class="page">
    <h1 id="page-title" data-testid="page-title">Catalog Manager</h1>
    <iframe id="app" title="Catalog Manager" data-testid="app-frame"></iframe>
    <p class="hint" id="hint" hidden></p>
  </main>
</div>
<div class="toasts" id="toasts" aria-live="polite" data-testid="toasts"></div>
<ol id="toast-log" hidden data-testid="toast-log"></ol>
<div class="modal-layer" id="modals"></div>
<script type="application/json" id="bootstrap">${json}</script>
<script src="/_emulator/host.js"></script>
</body>
</html>`;
}

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
