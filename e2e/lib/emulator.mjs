import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, spawnEmulator, stopEmulator } from './emulator-process.mjs';

const STARTUP_TIMEOUT_MS = 90_000;

/**
 * Starts the emulator CLI (`npm run emulator`) as a child process in its own process group, serving the built
 * app from `appDir` on a second port, and waits until both answer. Returns the admin-API client.
 * `appHeaders(url)`, given the emulator's origin, returns extra response headers for the app (`--app-headers`).
 */
export async function startEmulator({ name, appDir, catalogFile, appHeaders, products }) {
  const [port, appPort] = [await freePort(), await freePort()];
  const url = `http://127.0.0.1:${port}`;
  const args = ['run', '--silent', 'emulator', '--', '--quiet', '--host', '127.0.0.1', '--port', String(port), '--app-dir', appDir, '--app-port', String(appPort)];
  if (catalogFile) args.push('--catalog', catalogFile);
  if (products) args.push('--products', String(products));
  let headers = null;
  if (appHeaders) {
    headers = appHeaders(url);
    const dir = mkdtempSync(join(tmpdir(), 'cm-e2e-headers-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, `${name}.json`);
    writeFileSync(file, JSON.stringify(headers));
    args.push('--app-headers', file);
  }
  const { child, appUrl } = await spawnEmulator({ command: 'npm', args, port, label: name, timeoutMs: STARTUP_TIMEOUT_MS });
  // Check that the app answers where the host page frames it.
  const index = await fetch(`${appUrl}/`).then((r) => r.text()).catch((e) => `unreachable: ${e.message}`);
  if (!index.includes('<cm-root')) throw new Error(`emulator (${name}) does not serve the app at ${appUrl}: ${index.slice(0, 200)}`);
  return Object.assign(new EmulatorClient(name, url, appUrl, child), { appHeaders: headers });
}

/** The emulator's admin API and a direct line to its Stores API (an owner token, like the dashboard's). */
export class EmulatorClient {
  constructor(name, url, appUrl, child) {
    this.name = name;
    this.url = url;
    this.appUrl = appUrl;
    this.child = child;
    this.appFrameSelector = 'iframe#app';
  }

  async admin(method, path, body) {
    const response = await fetch(`${this.url}/_emulator/${path}`, {
      method,
      headers: body ? { 'Content-Type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`emulator ${method} /_emulator/${path} → ${response.status}: ${JSON.stringify(json)}`);
    return json;
  }

  /** Changes switches (role, failNext, hangNext, tokenTtlSeconds, dropHandshake…). */
  config(patch) {
    return this.admin('POST', 'config', patch);
  }

  /** Back to the start-up switches; counters, faults, hung calls and throttle cleared. */
  reset() {
    return this.admin('POST', 'reset');
  }

  /** `{requests, byEndpoint, byStatus, recent: [{method, path, status, payload, at}]}` of Stores calls. */
  stats() {
    return this.admin('GET', 'stats');
  }

  /** Marks this moment; `calls()` of the mark lists the Stores calls that finished since (oldest first). */
  async mark() {
    const seen = new Set((await this.stats()).recent.map((call) => call.requestId));
    return { calls: async () => (await this.stats()).recent.filter((call) => !seen.has(call.requestId)) };
  }

  /**
   * Queries Catalog V1 directly, as the SDK would (`.r` payload), with a fresh owner token: what the catalog
   * holds, to compare the page against. Call it before mark() when counting the page's own requests.
   */
  queryV1(query) {
    return this.stores('/stores-reader/v1/products/query-platformized', { query });
  }

  /** Catalog V3 `products/search` directly (`{search, fields}` payload), with a fresh owner token. */
  searchV3(search, fields) {
    return this.stores('/stores/v3/products/search', { search, ...(fields && { fields }) });
  }

  /** One Stores API call as the SDK makes it (GET with a `.r` payload; `post`: a JSON body), with a fresh owner token. */
  async stores(path, payload, { post = false } = {}) {
    const { token } = await this.admin('GET', 'token?role=owner');
    const r = Buffer.from(JSON.stringify(payload)).toString('base64url');
    const response = post
      ? await fetch(`${this.url}${path}`, { method: 'POST', headers: { Authorization: token, 'content-type': 'application/json' }, body: JSON.stringify(payload) })
      : await fetch(`${this.url}${path}?.r=${r}`, { headers: { Authorization: token } });
    const json = await response.json();
    if (!response.ok) throw new Error(`direct call ${path} ${JSON.stringify(payload)} → ${response.status}: ${JSON.stringify(json)}`);
    return json;
  }

  /** Stops the emulator (its whole process group) and waits for it to exit. */
  async stop() {
    await stopEmulator(this.child);
  }

}
