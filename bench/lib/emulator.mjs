import { EmulatorClient } from '../../e2e/lib/emulator.mjs';
import { freePort, spawnEmulator } from '../../e2e/lib/emulator-process.mjs';

const STARTUP_TIMEOUT_MS = 120_000;
/** The Stores endpoint the page reads products from (Catalog V1). */
export const V1_QUERY = '/stores-reader/v1/products/query-platformized';

/**
 * Starts the bundled emulator (`bundle`, from build.mjs) in its own process group with these flags, serving
 * `appDir` on a second port and framing it. Rate limiting is off: a bench makes more calls than a person.
 */
export async function startEmulator({ bundle, appDir, products = 5000, latencyMs = 0 }) {
  const [port, appPort] = [await freePort(), await freePort()];
  const args = [bundle, '--quiet', '--host', '127.0.0.1', '--port', port, '--app-dir', appDir, '--app-port', appPort,
    '--products', products, '--latency', latencyMs, '--rate-limit', 0].map(String);
  const { child, url, appUrl, readySeconds } = await spawnEmulator({
    command: process.execPath,
    args,
    port,
    label: `${products} products`,
    timeoutMs: STARTUP_TIMEOUT_MS,
    pollMs: 100,
  });
  // The host page script is bundled on its first request: pay that before anything is timed.
  await (await fetch(`${url}/_emulator/host.js`)).text();
  return new BenchEmulator(url, appUrl, child, products, readySeconds);
}

/** e2e's admin-API client (so e2e's Session can drive it) plus what the bench measures with. */
class BenchEmulator extends EmulatorClient {
  constructor(url, appUrl, child, products, readySeconds) {
    super(`${products} products`, url, appUrl, child);
    Object.assign(this, { products, readySeconds });
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

  /** Product queries (V1 query endpoint) since the counters were cleared. */
  async productQueries() {
    const { byEndpoint } = await this.stats();
    return Object.entries(byEndpoint).filter(([key]) => key.endsWith(V1_QUERY)).reduce((sum, [, n]) => sum + n, 0);
  }

  /** A token as the dashboard hands it to the page. */
  async token() {
    return (await this.admin('GET', 'token?role=owner')).token;
  }

  /**
   * Times one GET of the V1 query endpoint with this whole payload (`{query}`, as `.r`, as the SDK sends it);
   * returns {ms, body}. Not e2e's `queryV1(query)`, which takes only the query and returns the body.
   */
  async timedV1Query(payload, token) {
    const r = Buffer.from(JSON.stringify(payload)).toString('base64url');
    const started = performance.now();
    const response = await fetch(`${this.url}${V1_QUERY}?.r=${r}`, { headers: { Authorization: token ?? (await this.token()) } });
    const body = await response.json();
    const ms = performance.now() - started;
    if (!response.ok) throw new Error(`query ${JSON.stringify(payload)} → ${response.status}: ${JSON.stringify(body)}`);
    return { ms, body };
  }
}
