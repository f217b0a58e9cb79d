/**
 * `npm run bench`: builds the app (production, for its sizes and budgets; bench, for the browser runs), the
 * seed's-way page, the floor page and the emulator; starts three emulators (5k products: framing the bench
 * build, the seed's-way page and the floor page) and Debian's Chromium; measures every section; prints the tables in order and writes
 * bench/results.json. Figures never fail the run; a build that breaks its budget does.
 *
 *   npm run bench                        everything (about 10–15 minutes on 2 cores; section 9 alone 4–8)
 *   npm run bench -- --only bundle,memory   some sections: bundle, requests, first-results, languages, render, floor, scale, filters, memory, flip, export, bulk
 *   npm run bench -- --quick             fewer repetitions, for trying the bench itself (not comparable)
 *   BENCH_NO_BUILD=1 npm run bench       reuse the builds in dist/ as they are
 */
import { execSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../e2e/lib/browser.mjs';
import { ROOT } from '../e2e/lib/config.mjs';
import { buildBench, buildEmulator, buildFloorPage, buildProduction, buildSeedPage, OUT } from './lib/build.mjs';
import { startEmulator } from './lib/emulator.mjs';
import { measureBundle, printBundle } from './sections/bundle.mjs';
import { measureFirstResults, printFirstResults } from './sections/first-results.mjs';
import { measureFilters, printFilters } from './sections/filters.mjs';
import { measureFlip, printFlip } from './sections/flip.mjs';
import { measureFloor, printFloor } from './sections/floor.mjs';
import { measureLanguages, printLanguages } from './sections/languages.mjs';
import { printGoals } from './sections/goals.mjs';
import { measureMemory, printMemory } from './sections/memory.mjs';
import { measureRenderCost, printRenderCost } from './sections/render-cost.mjs';
import { measureRequests, printRequests, printSeedComparison } from './sections/requests.mjs';
import { measureScale, printScale } from './sections/scale.mjs';
import { measureExport, printExport } from './sections/export.mjs';
import { measureBulk, printBulk } from './sections/bulk.mjs';

const SECTIONS = ['bundle', 'requests', 'first-results', 'languages', 'render', 'floor', 'scale', 'filters', 'memory', 'flip', 'export', 'bulk'];
const argv = process.argv.slice(2);
const onlyArg = argv.find((a) => a.startsWith('--only'));
const only = onlyArg ? (onlyArg.includes('=') ? onlyArg.split('=')[1] : argv[argv.indexOf(onlyArg) + 1]).split(',') : SECTIONS;
const unknown = only.filter((s) => !SECTIONS.includes(s));
if (unknown.length > 0) throw new Error(`--only: unknown section ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}`);
const quick = argv.includes('--quick');
const wants = (section) => only.includes(section);

/** Repetitions: the figures, or a quick pass. */
const PLAN = quick
  ? { latencies: [0, 150], firstResultsRuns: 3, renderPages: 10, floorLatency: 150, floorPairs: 3, floorFlips: 10, languagePairs: 4, languageTracedPairs: 1, prefetchedFlips: 3, prefetchedTracedFlips: 1, flips: 200, scaleVisits: 1, latencyRuns: 10, filterVisits: 1 }
  : { latencies: [0, 150], firstResultsRuns: 7, renderPages: 30, floorLatency: 150, floorPairs: 7, floorFlips: 30, languagePairs: 25, languageTracedPairs: 7, prefetchedFlips: 7, prefetchedTracedFlips: 3, flips: 1000, scaleVisits: 3, latencyRuns: 30, filterVisits: 3 };

const started = Date.now();
const progress = (text) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}\n`);
const git = (cmd) => {
  try {
    return execSync(`git ${cmd}`, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
};

const results = {
  meta: {
    startedAt: new Date(started).toISOString(),
    commit: git('rev-parse --short HEAD'),
    uncommittedChanges: (git('status --porcelain') ?? '') !== '',
    node: process.version,
    cpus: cpus().length,
    loadAverageAtStart: loadavg().map((n) => Number(n.toFixed(2))),
    quick,
    sections: only,
    plan: PLAN,
  },
};
const cleanup = [];

async function main() {
  const reuse = process.env.BENCH_NO_BUILD && existsSync(join(OUT.production, 'stats.json')) && existsSync(join(OUT.bench, 'browser', 'index.html'));
  if (reuse) {
    progress('reusing the builds in dist/ (BENCH_NO_BUILD)');
  } else {
    progress('building: production (with budgets), then bench');
    const production = await buildProduction();
    const bench = await buildBench();
    results.builds = { productionSeconds: production.seconds, benchSeconds: bench.seconds, budgetWarnings: production.warnings };
  }
  if (wants('bundle')) results.bundle = measureBundle(OUT.production);

  const browserSections = only.filter((s) => s !== 'bundle');
  if (browserSections.length > 0) {
    const [bundle, seedPage, floorPage] = await Promise.all([buildEmulator(), buildSeedPage(), buildFloorPage()]);
    progress(`starting ${wants('floor') ? 'three' : 'two'} emulators (5k products) and Chromium`);
    const appDir = join(OUT.bench, 'browser');
    const [app, seed, floor, browser] = await Promise.all([
      startEmulator({ bundle, appDir }),
      startEmulator({ bundle, appDir: seedPage.dir }),
      wants('floor') ? startEmulator({ bundle, appDir: floorPage.dir }) : null,
      launchBrowser(),
    ]);
    cleanup.push(() => browser.close(), () => app.stop(), () => seed.stop(), () => floor?.stop());
    results.meta.chromium = browser.version();
    results.meta.seedPageBytes = seedPage.bytes;
    results.meta.floorPageBytes = floorPage.bytes;
    results.meta.floorPageGzip = floorPage.gzip;

    const timed = async (section, label, measure) => {
      if (!wants(section)) return;
      progress(label);
      const t = Date.now();
      const value = await measure();
      results.durations = { ...results.durations, [section]: (Date.now() - t) / 1000 };
      return value;
    };
    results.requests = await timed('requests', "requests per intent, app and seed's way (12 page visits)", () =>
      measureRequests({ browser, app, seed, latencies: PLAN.latencies }));
    results.firstResults = await timed('first-results', 'time to first results', () =>
      measureFirstResults({ browser, app, latencies: PLAN.latencies, runs: PLAN.firstResultsRuns }));
    results.languages = await timed('languages', 'time to first results, English and Hebrew', () =>
      measureLanguages({ browser, app, latencies: PLAN.latencies, pairs: PLAN.languagePairs, tracedPairs: PLAN.languageTracedPairs }));
    results.renderCost = await timed('render', 'render cost', () => measureRenderCost({ browser, app, pages: PLAN.renderPages }));
    results.floor = await timed('floor', 'the floor page, interleaved with the app', () =>
      measureFloor({ browser, app, floor, latencyMs: PLAN.floorLatency, pairs: PLAN.floorPairs, flips: PLAN.floorFlips }));
    results.flip = await timed('flip', '"next" with the next page prefetched, 25 and 100 rows, traced', () =>
      measureFlip({ browser, app, flips: PLAN.prefetchedFlips, tracedFlips: PLAN.prefetchedTracedFlips }));
    results.memory = await timed('memory', `memory over ${PLAN.flips} page flips`, () => measureMemory({ browser, app, flips: PLAN.flips }));
    results.scale = await timed('scale', 'scale: 1,000,000 products', () =>
      measureScale({ browser, bundle, appDir, small: app, visits: PLAN.scaleVisits, runs: PLAN.latencyRuns }));
    results.filters = await timed('filters', 'filter changes at 5k and 1,000,000 products', () =>
      measureFilters({ browser, bundle, appDir, small: app, visits: PLAN.filterVisits }));
    results.export = await timed('export', 'export: 20,000 products (rate limit off, 200/min); page 5,000 of 1,000,000', () =>
      measureExport({ browser, bundle, appDir }));
    results.bulk = await timed('bulk', `bulk update of 1,000 products at 200 calls/min (V1, V3); the bulk chunks' sizes`, () =>
      measureBulk({ browser, bundle, appDir, productionDir: OUT.production }));
  }
}

function print() {
  const m = results.meta;
  console.log(`\nCatalog Manager bench · ${m.startedAt.slice(0, 16).replace('T', ' ')} UTC · commit ${m.commit}${m.uncommittedChanges ? ' + uncommitted changes' : ''}`);
  console.log(`Node ${m.node} · Chromium ${m.chromium ?? '—'} (headless) · ${m.cpus} cores · load average at start ${m.loadAverageAtStart.join(' ')}${m.quick ? ' · QUICK (not comparable)' : ''}`);
  if (results.bundle) printBundle(results.bundle);
  if (results.requests) printRequests(results.requests);
  if (results.firstResults) printFirstResults(results.firstResults);
  if (results.languages) printLanguages(results.languages);
  if (results.renderCost) printRenderCost(results.renderCost);
  if (results.scale) printScale(results.scale);
  if (results.filters) printFilters(results.filters);
  if (results.memory) printMemory(results.memory);
  if (results.export) printExport(results.export);
  if (results.bulk) printBulk(results.bulk);
  if (results.requests) printSeedComparison(results.requests, m.seedPageBytes);
  if (results.floor) printFloor(results.floor, m.floorPageBytes);
  if (results.flip) printFlip(results.flip);
  printGoals(results);
}

let failed = null;
try {
  await main();
} catch (error) {
  failed = error;
}
for (const stop of cleanup.reverse()) await Promise.resolve().then(stop).catch(() => {});
results.meta.durationSeconds = (Date.now() - started) / 1000;
print();
writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nbench/results.json written · whole run ${results.meta.durationSeconds.toFixed(0)} s`);
if (failed) {
  console.error(`\nbench failed: ${failed.stack ?? failed}`);
  process.exitCode = 1;
}
