import { close, counts, log, openPage, painted, searchBox } from '../lib/app-session.mjs';
import { V1_QUERY, startEmulator } from '../lib/emulator.mjs';
import { int, median, ms, percentile, printTable } from '../lib/format.mjs';

const BIG = 1_000_000;
const DEEP = { page: 100, pageSize: 100 }; // offset 9,900
const TARGET_MATCHES = 100_000;

/** The name-or-SKU filter the page sends for a search (as in e2e's search journey). */
const prefixFilter = (text) => ({ $or: [{ name: { $startsWith: text } }, { sku: { $startsWith: text } }] });

/** The one letter whose name-or-SKU prefix matches closest to 100k products (deterministic per seed). */
async function pickPrefix(emulator) {
  const token = await emulator.token();
  let best = null;
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
    const { body } = await emulator.timedV1Query({ query: { filter: prefixFilter(letter), paging: { limit: 1, offset: 0 } } }, token);
    const total = body.metadata.total;
    if (!best || Math.abs(total - TARGET_MATCHES) < Math.abs(best.total - TARGET_MATCHES)) best = { letter, total };
  }
  return best;
}

/** The latest product query the emulator answered: the payload the page sent and the server's time. */
async function lastQuery(emulator) {
  const call = (await emulator.stats()).recent.filter((c) => c.path === V1_QUERY).at(-1);
  return { payload: call.payload, serverMs: call.ms };
}

/**
 * One visit at 1M products: the first page (cold load), then a prefix typed in the search box, then the
 * browser's Back/Forward landing on page 100 of 100 per page (a popstate to that URL, as the page restores it).
 */
async function visit(browser, emulator, prefix, i) {
  await emulator.clearStats();
  const s = await openPage(browser, emulator, `scale-${i}`);
  const first = await painted(s, { page: 1 });
  const firstQuery = await lastQuery(emulator);

  let before = await counts(s);
  await searchBox(s).click();
  await searchBox(s).pressSequentially(prefix, { delay: 60 });
  const typed = await painted(s, { text: prefix }, before.painted);
  const prefixQuery = await lastQuery(emulator);
  const lastKey = (await log(s)).keys.at(-1);

  before = await counts(s);
  const popped = await s.frame.evaluate(({ page, pageSize }) => {
    const url = new URL(location.href);
    url.searchParams.delete('q');
    url.searchParams.set('size', String(pageSize));
    url.searchParams.set('page', String(page));
    history.pushState(null, '', url);
    const at = performance.now();
    dispatchEvent(new PopStateEvent('popstate'));
    return at;
  }, DEEP);
  const deep = await painted(s, DEEP, before.painted);
  const deepQuery = await lastQuery(emulator);
  await close(s);
  return {
    firstPage: { ms: first.at, ...firstQuery },
    prefix: { ms: typed.at - lastKey, ...prefixQuery },
    deepPage: { ms: deep.at - popped, ...deepQuery },
  };
}

/** The page's own payload sent again from Node, `runs` times: HTTP round trip and the emulator's own time. */
async function replay(emulator, payload, runs) {
  const token = await emulator.token();
  const { paging } = payload.query;
  // A small catalog has no offset 9,900: ask for its last full page instead.
  const offset = Math.min(paging.offset, Math.max(0, emulator.products - paging.limit));
  const sent = { ...payload, query: { ...payload.query, paging: { ...paging, offset } } };
  for (let i = 0; i < 3; i++) await emulator.timedV1Query(sent, token);
  await emulator.clearStats();
  const times = [];
  let total = 0;
  for (let i = 0; i < runs; i++) {
    const { ms: took, body } = await emulator.timedV1Query(sent, token);
    times.push(took);
    total = body.metadata.total;
  }
  const server = (await emulator.stats()).recent.map((c) => c.ms);
  return { offset, total, p50: median(times), p95: percentile(times, 95), serverP50: median(server) };
}

/**
 * Section 5: the page against 1,000,000 products (`visits` visits, medians), and the Stores latency of the
 * page's three queries at 5k (`small`, the emulator already running) and at 1M products.
 */
export async function measureScale({ browser, bundle, appDir, small, visits, runs }) {
  const started = Date.now();
  const big = await startEmulator({ bundle, appDir, products: BIG });
  try {
    const prefix = await pickPrefix(big);
    const samples = [];
    for (let i = 0; i < visits; i++) samples.push(await visit(browser, big, prefix.letter, i));
    const page = {};
    const latency = {};
    for (const key of ['firstPage', 'deepPage', 'prefix']) {
      page[key] = { ms: median(samples.map((x) => x[key].ms)), serverMs: median(samples.map((x) => x[key].serverMs)) };
      const payload = samples[0][key].payload;
      latency[key] = { small: await replay(small, payload, runs), big: await replay(big, payload, runs) };
    }
    return { products: BIG, readySeconds: big.readySeconds, prefix, visits, runs, page, latency, samples, seconds: (Date.now() - started) / 1000 };
  } finally {
    await big.stop();
  }
}

/** Prints section 5. */
export function printScale(r) {
  const labels = {
    firstPage: 'first page (app frame navigation → rows painted)',
    deepPage: `page ${DEEP.page} at ${DEEP.pageSize}/page, offset 9,900 (Back/Forward → rows painted)`,
    prefix: `prefix "${r.prefix.letter}", ${int(r.prefix.total)} matches (last key → rows painted, incl. 250 ms debounce)`,
  };
  printTable(`5. Scale: ${int(r.products)} products (emulator ready in ${r.readySeconds.toFixed(1)} s; page figures median of ${r.visits} visits)`,
    ['intent', 'in the page', 'Stores server time'],
    Object.entries(labels).map(([key, label]) => [label, ms(r.page[key].ms), ms(r.page[key].serverMs)]));
  const rows = Object.keys(labels).map((key) => {
    const { small, big } = r.latency[key];
    return [{ firstPage: 'first page, by name', deepPage: 'offset 9,900 (5k: its last page)', prefix: `prefix "${r.prefix.letter}", by name` }[key],
      ms(small.p50), ms(small.p95), ms(big.p50), ms(big.p95), ms(big.serverP50)];
  });
  printTable(`   Stores latency: the page's own queries sent again from Node, ${r.runs} times each (HTTP round trip incl. JSON parse)`,
    ['query', '5k p50', '5k p95', '1M p50', '1M p95', '1M server p50'], rows);
}
