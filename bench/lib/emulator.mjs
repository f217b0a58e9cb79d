import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { ROOT } from '../../e2e/lib/config.mjs';
import { sleep } from '../../e2e/lib/wait.mjs';

const STARTUP_TIMEOUT_MS = 120_000;
/** The Stores endpoint the page reads products from (Catalog V1). */
export const V1_QUERY = '/stores-reader/v1/products/query-platformized';
const running = new Set();

// Never leave an emulator behind, however the bench ends.
process.once('exit', () => running.forEach((child) => kill(child, 'SIGTERM')));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    running.forEach((child) => kill(child, 'SIGTERM'));
    process.exit(130);
  });
}

function kill(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the bundled emulator (`bundle`, from build.mjs) in its own process group with these flags, serving
 * `appDir` on a second port and framing it. Rate limiting is off: a bench makes more calls than a person.
 */
export async function startEmulator({ bundle, appDir, products = 5000, latencyMs = 0 }) {
  const [port, appPort] = [await freePort(), await freePort()];
  const args = [bundle, '--quiet', '--host', '127.0.0.1', '--port', port, '--app-dir', appDir, '--app-port', appPort,
    '--products', products, '--latency', latencyMs, '--rate-limit', 0].map(String);
  const child = spawn(process.execPath, args, { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  const keep = (chunk) => (output = (output + chunk).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.once('exit', (code, signal) => {
    exited = signal ?? code;
    running.delete(child);
  });
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (exited !== null) throw new Error(`emulator (${products} products) exited with ${exited}:\n${output}`);
    const health = await fetch(`${url}/_emulator/health`).then((r) => (r.ok ? r.json() : null)).catch(() => null);
    if (health?.ok) break;
    if (Date.now() - started > STARTUP_TIMEOUT_MS) {
      kill(child, 'SIGKILL');
      throw new Error(`emulator (${products} products) did not answer within ${STARTUP_TIMEOUT_MS / 1000} s:\n${output}`);
    }
    await sleep(100);
  }
  const readySeconds = (Date.now() - started) / 1000;
  const hostPage = await (await fetch(`${url}/`)).text();
  const appUrl = JSON.parse(/<script type="application\/json" id="bootstrap">(.*?)<\/script>/s.exec(hostPage)[1]).appUrl.replace(/\/$/, '');
  // The host page script is bundled on its first request: pay that before anything is timed.
  await (await fetch(`${url}/_emulator/host.js`)).text();
  return new BenchEmulator({ url, appUrl, child, products, readySeconds });
}

/** The admin API of one emulator, shaped like e2e's client so e2e's Session can drive it. */
class BenchEmulator {
  constructor({ url, appUrl, child, products, readySeconds }) {
    Object.assign(this, { url, appUrl, child, products, readySeconds });
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

  /** Sets the extra latency of every Stores call (and clears the counters). */
  async latency(latencyMs) {
    await this.admin('POST', 'reset');
    await this.admin('POST', 'config', { latencyMs });
  }

  /** Clears the Stores call counters (and faults), keeping the configured latency. */
  async clearStats() {
    const { config } = await this.admin('GET', 'config');
    await this.admin('POST', 'reset');
    await this.admin('POST', 'config', { latencyMs: config.latencyMs });
  }

  stats() {
    return this.admin('GET', 'stats');
  }

  /** Product queries (V1 query endpoint) since the counters were cleared. */
  async productQueries() {
    const { byEndpoint } = await this.stats();
    return Object.entries(byEndpoint).filter(([key]) => key.endsWith(V1_QUERY)).reduce((sum, [, n]) => sum + n, 0);
  }

  /** A token as the dashboard hands it to the page. */
  async token() {
    return (await this.admin('GET', 'token?role=owner')).token;
  }

  /** GET of the V1 query endpoint with this payload (`.r`, as the SDK sends it); returns {ms, body}. */
  async queryV1(payload, token) {
    const r = Buffer.from(JSON.stringify(payload)).toString('base64url');
    const started = performance.now();
    const response = await fetch(`${this.url}${V1_QUERY}?.r=${r}`, { headers: { Authorization: token ?? (await this.token()) } });
    const body = await response.json();
    const ms = performance.now() - started;
    if (!response.ok) throw new Error(`query ${JSON.stringify(payload)} → ${response.status}: ${JSON.stringify(body)}`);
    return { ms, body };
  }

  /** Stops the emulator's process group and waits for it to exit. */
  async stop() {
    if (!running.has(this.child)) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    kill(this.child, 'SIGTERM');
    await Promise.race([exited, sleep(5_000)]);
    if (running.has(this.child)) kill(this.child, 'SIGKILL');
  }
}
