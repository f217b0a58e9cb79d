/**
 * `npm run bench:emulator`: query latency of the emulated Stores API at 5k and 1M products.
 * Each query goes over HTTP exactly as the SDK sends it (GET with `.r`), JSON parsing included; "server" is
 * the emulator's own handling time from /_emulator/stats. Prints p50/p95 per query and start-up cost.
 */
import { performance } from 'node:perf_hooks';
import { encodeDotR } from '../emulator/http/payload';
import { type RunningEmulator, startEmulator } from '../emulator/server';

interface BenchQuery {
  readonly label: string;
  readonly path: string;
  readonly payload: (size: number) => unknown;
  readonly v3?: boolean;
}

const V1 = '/stores-reader/v1/products/query-platformized';
const deepOffset = (size: number) => Math.min(9900, Math.max(0, size - 100));
const QUERIES: readonly BenchQuery[] = [
  {
    label: 'name prefix "cla", first page',
    path: V1,
    payload: () => ({ query: { filter: { name: { $startsWith: 'cla' } }, paging: { offset: 0, limit: 50 } } }),
  },
  { label: 'first page, no filter', path: V1, payload: () => ({ query: { paging: { offset: 0, limit: 50 } } }) },
  { label: 'offset ~9,900', path: V1, payload: (n) => ({ query: { paging: { offset: deepOffset(n), limit: 50 } } }) },
  {
    label: 'sorted by price',
    path: V1,
    payload: () => ({ query: { sort: [{ fieldName: 'price', order: 'ASC' }], paging: { offset: 0, limit: 50 } } }),
  },
  {
    label: 'prefix "m" + price DESC + offset 500',
    path: V1,
    payload: () => ({
      query: { filter: { name: { $startsWith: 'm' } }, sort: [{ fieldName: 'price', order: 'DESC' }], paging: { offset: 500, limit: 50 } },
    }),
  },
  {
    label: 'sorted by price, offset ~9,900',
    path: V1,
    payload: (n) => ({ query: { sort: [{ fieldName: 'price', order: 'ASC' }], paging: { offset: deepOffset(n), limit: 50 } } }),
  },
  {
    label: 'V3 search "cla" (name), first page',
    path: '/stores/v3/products/search',
    v3: true,
    payload: () => ({
      search: { search: { expression: 'cla', fields: ['name'] }, cursorPaging: { limit: 50 } },
      fields: ['CURRENCY', 'THUMBNAIL'],
    }),
  },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

interface Measured {
  readonly p50: number;
  readonly p95: number;
  readonly server: number;
  readonly total: number;
}

async function measure(emu: RunningEmulator, q: BenchQuery, runs: number): Promise<Measured> {
  emu.state.update({ catalogVersion: q.v3 ? 'V3' : 'V1' });
  const url = `${emu.url}${q.path}?.r=${encodeDotR(q.payload(emu.state.catalog.size))}`;
  const headers = { Authorization: emu.token('owner') };
  let total = 0;
  for (let i = 0; i < 10; i++) await (await fetch(url, { headers })).json();
  emu.state.stats.reset();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const res = await fetch(url, { headers });
    const body = (await res.json()) as { metadata?: { total: number }; products: unknown[] };
    times.push(performance.now() - started);
    if (res.status !== 200) throw new Error(`${q.label}: HTTP ${res.status} ${JSON.stringify(body)}`);
    total = body.metadata?.total ?? body.products.length;
  }
  const server = emu.state.stats.snapshot().recent.map((r) => r.ms).sort((a, b) => a - b);
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), server: percentile(server, 50), total };
}

async function main(): Promise<void> {
  const sizes = process.argv.includes('--quick') ? [5000] : [5000, 1_000_000];
  const rows: string[] = [];
  const startup: string[] = [];
  for (const size of sizes) {
    const started = performance.now();
    const emu = await startEmulator({ port: 0, products: size, rateLimitPerMinute: 0 });
    const seconds = (performance.now() - started) / 1000;
    const rss = process.memoryUsage().rss / 1e6;
    const peak = process.resourceUsage().maxRSS / 1e3;
    const count = size.toLocaleString('en-US').padStart(9);
    startup.push(`${count} products: ready in ${seconds.toFixed(1)} s, RSS ${rss.toFixed(0)} MB (process peak ${peak.toFixed(0)} MB)`);
    const runs = size > 100_000 ? 100 : 200;
    for (const q of QUERIES) {
      const r = await measure(emu, q, runs);
      const cells = [r.p50.toFixed(1).padStart(7), r.p95.toFixed(1).padStart(7), r.server.toFixed(1).padStart(9), String(r.total).padStart(8)];
      rows.push([count, q.label.padEnd(38), ...cells].join('  '));
    }
    startup.push(`${' '.repeat(9)}           after the queries: process peak ${(process.resourceUsage().maxRSS / 1e3).toFixed(0)} MB`);
    await emu.close();
  }
  console.log('Emulator Stores API latency (ms, HTTP round trip incl. JSON parse; 50 products per page)');
  console.log(['  catalog', 'query'.padEnd(38), '    p50', '    p95', 'server p50', '  matches'].join('  '));
  console.log(rows.join('\n'));
  console.log('\nStart-up (catalog generation + sort indexes):');
  console.log(startup.join('\n'));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
