import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { until } from '../../e2e/lib/wait.mjs';
import { close, openPage, painted } from '../lib/app-session.mjs';
import { startEmulator } from '../lib/emulator.mjs';
import { kB, printTable } from '../lib/format.mjs';
import { measureBulkPace, printBulkPace } from './bulk-pace.mjs';

const PRODUCTS = 1_000;
/** Wix's per-site budget, which the emulator enforces during the runs (429 with Retry-After past it). */
const RATE_LIMIT = 200;
const RUN_TIMEOUT_MS = 600_000;

/**
 * One bulk run through the page, as a merchant does it: the header checkbox, "Select all 1,000 matching", the
 * action (`act` fills in what it needs), Apply in the confirm dialog; timed from Apply to the results' "Done"
 * line. Counts the run's Stores calls by kind (the page's re-read of its rows at the end included).
 */
async function timedRun(browser, emulator, name, version, act) {
  await emulator.clearStats();
  await emulator.config({ rateLimitPerMinute: RATE_LIMIT, ...(version === 'V3' && { catalogVersion: 'V3' }) });
  const s = await openPage(browser, emulator, name);
  await painted(s, { page: 1 });
  const app = s.frame;
  await app.getByRole('checkbox', { name: 'Select all products on this page', exact: true }).click();
  await app.getByRole('button', { name: `Select all ${PRODUCTS.toLocaleString('en-US')} matching`, exact: true }).click();
  await act(app);
  const dialog = app.getByRole('alertdialog', { name: 'Confirm bulk change' });
  await dialog.waitFor();
  const before = await emulator.stats();
  const t = performance.now();
  await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
  const done = `Done: ${PRODUCTS.toLocaleString('en-US')} changed, 0 not changed.`;
  await until(`"${done}"`, async () => (await app.getByText(done).count()) > 0, { timeout: RUN_TIMEOUT_MS, interval: 100 });
  const seconds = (performance.now() - t) / 1000;
  // The page re-reads its rows when a run ends: wait for it, so it is counted once, not sometimes.
  await until('the rows re-read', async () => (await app.locator('table').getAttribute('aria-busy')) === 'false');
  const after = await emulator.stats();
  const delta = (key) => (after.byEndpoint[key] ?? 0) - (before.byEndpoint[key] ?? 0);
  const keys = Object.keys(after.byEndpoint);
  const writes = keys.filter((k) => /\/bulk\/|^PATCH |\/productIds/.test(k)).reduce((n, k) => n + delta(k), 0);
  const calls = after.requests - before.requests;
  const limited = (after.byStatus['429'] ?? 0) - (before.byStatus['429'] ?? 0);
  const changed = after.writes.length;
  await close(s);
  return { version, seconds, calls, writes, reads: calls - writes, limited, changed };
}

/** A lazy chunk's download: its file and the files it statically imports that the first load does not have. */
function lazyClosure(outputs, initial, entry) {
  const start = Object.keys(outputs).find((name) => outputs[name].entryPoint === entry);
  if (!start) return null;
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || initial.has(name) || !outputs[name]) return;
    seen.add(name);
    for (const i of outputs[name].imports ?? []) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(start);
  return [...seen];
}

/** The files the first load fetches (main's static import closure), as bundle.mjs counts them. */
function initialOf(outputs) {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name) || !outputs[name]) return;
    seen.add(name);
    for (const i of outputs[name].imports ?? []) if (i.kind === 'import-statement') visit(i.path);
  };
  for (const [name, o] of Object.entries(outputs)) if (o.entryPoint === 'src/main.ts') visit(name);
  return seen;
}

/** The lazy chunks issue 12 adds (bulk toolbar, V1 and V3 writes), from the production build's metafile. */
export function bulkChunks(productionDir) {
  const { outputs } = JSON.parse(readFileSync(join(productionDir, 'stats.json'), 'utf8'));
  const initial = initialOf(outputs);
  const entries = [
    ['bulk toolbar (selection actions, price form, More → collection/category picker, confirm, results, labels en/de/he)', 'src/app/products/bulk/bulk-toolbar.ts'],
    ['Catalog V1 writes incl. collection add/remove (first V1 bulk action)', 'src/app/catalog/bulk/v1-catalog-writer.ts'],
    ['Catalog V3 writes + categories bulk add/remove (first V3 bulk action)', 'src/app/catalog/bulk/v3-catalog-writer.ts'],
  ];
  return entries.map(([label, entry]) => {
    const files = lazyClosure(outputs, initial, entry) ?? [];
    const bytes = files.map((f) => readFileSync(join(productionDir, 'browser', f)));
    return { label, entry, files: files.length, raw: bytes.reduce((n, b) => n + b.length, 0), gzip: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) };
  });
}

/** More → Add to collection/category… → the `nth` option of the list that is not "All Products" → submit. */
async function addTo(app, word, nth) {
  await app.getByRole('button', { name: 'More', exact: true }).click();
  await app.getByRole('button', { name: `Add to ${word}…`, exact: true }).click();
  const form = app.getByRole('form', { name: `Choose the ${word}` });
  const options = form.getByRole('radio');
  await until('the list of targets', async () => (await options.count()) > nth + 1);
  const labels = await form.locator('label.option .name').allInnerTexts();
  const index = labels.map((name, i) => [name, i]).filter(([name]) => !name.startsWith('All Products'))[nth][1];
  await options.nth(index).check();
  await form.getByRole('button', { name: /^Add to “/ }).click();
}

/**
 * Bulk update of 1,000 products through the page at Wix's 200 calls a minute (the emulator enforces it; the
 * site pace lets background work use 160 of them): Catalog V1 "Set price to" (one `bulkUpdateProductsProperty` per 100 with one
 * price) and Catalog V3 +10 % (`bulkUpdateProducts`, 100 products a call, each with its own price). The
 * minimum is one read of the current values and one write per 100 products (20 for 1,000). Membership: all
 * 1,000 added to one collection (V1 `addProductsToCollection`) / category (V3 `bulkAddItemsToCategory`), 100 a
 * call after the read of their membership; products already in are not written.
 */
export async function measureBulk({ browser, bundle, appDir, productionDir }) {
  const emulator = await startEmulator({ bundle, appDir, products: PRODUCTS });
  const runs = [];
  try {
    runs.push(await timedRun(browser, emulator, 'bulk-v1-set-price', 'V1', async (app) => {
      await app.getByRole('button', { name: 'Change price', exact: true }).click();
      const form = app.getByRole('form', { name: 'Change price' });
      await form.getByRole('combobox', { name: /^How/ }).selectOption('set');
      await form.getByRole('textbox', { name: /^New price/ }).fill('19.99');
      await form.getByRole('button', { name: 'Apply price change' }).click();
    }));
    runs.push(await timedRun(browser, emulator, 'bulk-v3-percent', 'V3', async (app) => {
      await app.getByRole('button', { name: 'Change price', exact: true }).click();
      const form = app.getByRole('form', { name: 'Change price' });
      await form.getByRole('textbox', { name: /^Percent/ }).fill('10');
      await form.getByRole('button', { name: 'Apply price change' }).click();
    }));
    // Membership: every product into one collection (V1) / category (V3); a different one for each run, as the
    // V3 run sees the V1 run's writes (the same catalog).
    runs.push(await timedRun(browser, emulator, 'bulk-v1-add-collection', 'V1', (app) => addTo(app, 'collection', 0)));
    runs.push(await timedRun(browser, emulator, 'bulk-v3-add-category', 'V3', (app) => addTo(app, 'category', 1)));
  } finally {
    await emulator.stop();
  }
  return { products: PRODUCTS, rateLimit: RATE_LIMIT, runs, chunks: bulkChunks(productionDir), pace: await measureBulkPace({ browser, bundle, appDir }) };
}

export function printBulk(r) {
  const minimum = 2 * Math.ceil(r.products / 100);
  printTable(`Bulk update of ${r.products.toLocaleString('en-US')} products ("all matching"), emulator at ${r.rateLimit} calls/min`,
    ['run', 'time', 'calls (reads + writes)', 'calls ÷ minimum', '429s', 'products written'],
    [
      ...r.runs.map((x, i) => [
        [
          'V1 set price (bulkUpdateProductsProperty)',
          'V3 +10 % (bulkUpdateProducts)',
          'V1 add to a collection (addProductsToCollection)',
          'V3 add to a category (bulkAddItemsToCategory)',
        ][i],
        `${x.seconds.toFixed(1)} s`,
        `${x.calls} (${x.reads} + ${x.writes})`,
        `${x.calls} ÷ ${minimum} = ${(x.calls / minimum).toFixed(2)}`,
        String(x.limited),
        String(x.changed),
      ]),
      `minimum: one read of the current values and one write per 100 products; the calls include walking the`,
      `result (100 a page), the walk's count (V3) and the page's re-read of its rows at the end; products written:`,
      `the emulator's write log (a product already at its target, or already in the collection, is not written again);`,
      `membership calls take up to 1,000 ids (the typings' @maxSize); the app writes each batch of 100 it read`,
    ]);
  printTable('Lazy chunks of the bulk actions (issue 12; production build, beyond the first load)', ['chunk', 'files', 'raw', 'gzip -9'],
    r.chunks.map((c) => [c.label, String(c.files), kB(c.raw), kB(c.gzip)]));
  printBulkPace(r.pace);
}
