/**
 * Browser journeys for Catalog Manager: `npm run e2e`.
 *
 * Checks the hosting headers, builds the e2e configuration of the app if needed, starts three emulators each
 * serving the built app on a second port (the seeded default catalog; emulator/catalogs/hostile.json plus the
 * journeys' own hostile products; the default catalog again with the production response headers), launches
 * Debian's Chromium once, and runs every journey in e2e/journeys/ in its own browser context, with the emulator
 * reset (and switched to the journey's catalog version) before it. Journeys that declare `versions: ['V1', 'V3']`
 * run twice, once per catalog version. Prints a summary table and exits non-zero when a journey fails.
 */
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { axeLog, launchBrowser, screenshots, Session } from './lib/browser.mjs';
import { ensureAppBuild } from './lib/build.mjs';
import { APP_DIR, ARTIFACTS } from './lib/config.mjs';
import { startEmulator } from './lib/emulator.mjs';
import { writeHostileCatalog } from './lib/hostile-catalog.mjs';
import { e2eHeaders, hostingProblems } from './lib/hosting.mjs';
import search from './journeys/01-search.mjs';
import paging from './journeys/02-paging.mjs';
import urlState from './journeys/03-url-state.mjs';
import staffRole from './journeys/04-staff-role.mjs';
import expiredToken from './journeys/05-expired-token.mjs';
import faults from './journeys/06-faults.mjs';
import outsideDashboard from './journeys/07-outside-dashboard.mjs';
import hostileData from './journeys/08-hostile-data.mjs';
import keyboard from './journeys/09-keyboard.mjs';
import notInstalled from './journeys/10-not-installed.mjs';
import contentSecurityPolicy from './journeys/11-content-security-policy.mjs';
import hostileInput from './journeys/12-hostile-input.mjs';
import tokenHygiene from './journeys/13-token-hygiene.mjs';
import searchWords from './journeys/14-search-words.mjs';
import filters from './journeys/15-filters.mjs';
import priceSort from './journeys/16-price-sort.mjs';
import tabReload from './journeys/17-tab-reload.mjs';
import languages from './journeys/20-languages.mjs';
import exportJourney from './journeys/22-export.mjs';
import exportFaults from './journeys/23-export-faults.mjs';
import deepPaging from './journeys/24-deep-paging.mjs';
import columns from './journeys/25-columns.mjs';
import columnsKeyboard from './journeys/26-columns-keyboard.mjs';
import narrow from './journeys/27-narrow.mjs';
import detailsPanel from './journeys/30-details-panel.mjs';
import openInWix from './journeys/31-open-in-wix.mjs';
import detailsHostile from './journeys/32-details-hostile.mjs';
import detailsVariants from './journeys/37-details-variants.mjs';
import bulkHide from './journeys/33-bulk-hide.mjs';
import bulkPrice from './journeys/34-bulk-price.mjs';
import bulkViewer from './journeys/35-bulk-viewer.mjs';
import bulkCollection from './journeys/36-bulk-collection.mjs';
import bulkCollectionViewer from './journeys/38-bulk-collection-viewer.mjs';
import savedViews from './journeys/40-saved-views.mjs';
import viewsKeyboard from './journeys/41-views-keyboard.mjs';
import hiddenView from './journeys/42-hidden-view.mjs';

const JOURNEY_MODULES = [
  search, paging, urlState, staffRole, expiredToken, faults, outsideDashboard, hostileData, keyboard,
  notInstalled, contentSecurityPolicy, hostileInput, tokenHygiene, searchWords, filters, priceSort, tabReload, languages,
  exportJourney, exportFaults, deepPaging,
  columns, columnsKeyboard, narrow,
  detailsPanel, openInWix, detailsHostile, detailsVariants,
  bulkHide, bulkPrice, bulkViewer, bulkCollection, bulkCollectionViewer,
  savedViews, viewsKeyboard, hiddenView,
];
/** One run per journey and catalog version: id "search" on Catalog V1, "search-v3" on V3. */
const ALL_JOURNEYS = JOURNEY_MODULES.flatMap((journey) =>
  (journey.versions ?? ['V1']).map((version) =>
    version === 'V1'
      ? { ...journey, version }
      : { ...journey, version, id: `${journey.id}-${version.toLowerCase()}`, title: `${journey.title} [Catalog ${version}]` },
  ),
);
/** E2E_ONLY=search,faults-v3,hosting runs only those (journey ids as above; "hosting" is the headers check). */
const only = process.env.E2E_ONLY?.split(',').map((id) => id.trim()).filter(Boolean);
const JOURNEYS = only ? ALL_JOURNEYS.filter((j) => only.includes(j.id)) : ALL_JOURNEYS;
const runHostingCheck = !only || only.includes('hosting');
if (only && JOURNEYS.length + (runHostingCheck ? 1 : 0) !== only.length) {
  throw new Error(`E2E_ONLY: unknown journey id; known: hosting, ${ALL_JOURNEYS.map((j) => j.id).join(', ')}`);
}
const JOURNEY_TIMEOUT_MS = 90_000;
const started = Date.now();
const results = [];
const setup = { emulators: {}, browser: null, log: [] };

before(async () => {
  if (JOURNEYS.length === 0) return; // only the hosting check: no build, no browser
  try {
    await setUp();
  } catch (error) {
    setup.error = error;
  }
}, { timeout: 300_000 });

async function setUp() {
  let t = Date.now();
  setup.log.push(ensureAppBuild());
  setup.log.push(`build check ${ms(Date.now() - t)}`);
  rmSync(ARTIFACTS, { recursive: true, force: true });
  t = Date.now();
  // Chromium starts beside the emulators; the emulators one after the other (each `npm run emulator` bundles
  // itself into the same .emulator-build/ file). Whatever did start is kept, so after() stops it on failure.
  const emulators = (async () => {
    setup.emulators.default = await startEmulator({ name: 'default', appDir: APP_DIR });
    setup.emulators.hostile = await startEmulator({ name: 'hostile', appDir: APP_DIR, catalogFile: writeHostileCatalog() });
    // The production headers (hosting/headers.json) with the emulator's origin in place of Wix's.
    const appHeaders = (url) => e2eHeaders({ api: url, media: url, dashboard: url });
    setup.emulators.csp = await startEmulator({ name: 'csp', appDir: APP_DIR, appHeaders });
    // A 1,000,000-product catalog (~7 s, ~600 MB) only when a journey runs on it.
    if (JOURNEYS.some((j) => j.catalog === 'million')) {
      setup.emulators.million = await startEmulator({ name: 'million', appDir: APP_DIR, products: 1_000_000 });
    }
    // The seeded catalog again, for the journeys that write (bulk actions): a reset does not undo writes, and the
    // other journeys' expected rows come from the default catalog as seeded.
    if (JOURNEYS.some((j) => j.catalog === 'writes')) {
      setup.emulators.writes = await startEmulator({ name: 'writes', appDir: APP_DIR });
    }
  })();
  const browser = launchBrowser().then((b) => (setup.browser = b));
  const settled = await Promise.allSettled([emulators, browser]);
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) throw failed.reason;
  const urls = Object.entries(setup.emulators).map(([name, e]) => `${name} ${e.url}`).join(', ');
  setup.log.push(`emulators + Chromium ready in ${ms(Date.now() - t)} (${urls})`);
}

let setupReported = false;
/** The first journey reports a failed set-up in full; the others say where to look. */
function assertSetUp() {
  if (!setup.error) return;
  if (setupReported) throw new Error('set-up failed (see the first journey)');
  setupReported = true;
  throw setup.error;
}

after(async () => {
  await setup.browser?.close().catch(() => {});
  await Promise.all(Object.values(setup.emulators).map((e) => e?.stop()));
  printSummary();
});

// 0. The hosting configuration: headers.json says what the policy must, _headers and nginx.conf agree with it.
if (runHostingCheck) {
  test('0. Hosting headers: headers.json, _headers, nginx.conf agree', () => {
    const t = Date.now();
    const problems = hostingProblems();
    results.push({ title: '0. Hosting headers: headers.json, _headers, nginx.conf agree', status: problems.length ? 'fail' : 'pass', ms: Date.now() - t, notes: [] });
    assert.deepEqual(problems, [], 'hosting/ headers as the issue asks, the same in all three files');
  });
}

for (const journey of JOURNEYS) {
  test(journey.title, { timeout: JOURNEY_TIMEOUT_MS }, async () => {
    assertSetUp();
    const emulator = setup.emulators[journey.catalog ?? 'default'];
    const session = new Session(setup.browser, emulator, journey.id, journey.version);
    // A million products are not read whole: that journey asks the emulator for the pages it needs.
    if (journey.catalog === 'million') session.catalog = null;
    await session.resetEmulator();
    const t = Date.now();
    const result = { title: journey.title, status: 'fail', ms: 0, notes: session.notes };
    results.push(result);
    try {
      await journey.run(session);
      result.status = 'pass';
    } catch (error) {
      // Keep what the person saw when it failed.
      await session.state('FAILED', { axe: false }).catch(() => {});
      throw error;
    } finally {
      result.ms = Date.now() - t;
      await session.close();
    }
  });
}

// 21. Accessibility: axe-core ran inside the app frame on every state the journeys above recorded.
test('21. Accessibility: axe-core on every state', { skip: JOURNEYS.length === 0 }, () => {
  assertSetUp();
  const t = Date.now();
  const failing = axeLog.filter((entry) => entry.violations.length > 0);
  results.push({
    title: '21. Accessibility: axe-core on every state',
    status: failing.length === 0 && axeLog.length > 0 ? 'pass' : 'fail',
    ms: Date.now() - t,
    notes: [`${axeLog.length} states checked, ${failing.length} with serious/critical violations`],
  });
  if (!only) assert.ok(axeLog.length >= 30, `axe ran on only ${axeLog.length} states: journeys failed before reaching the rest`);
  const report = failing.flatMap((entry) =>
    entry.violations.map((v) => `${entry.journey}-${entry.state}: [${v.impact}] ${v.id} (${v.help}) at ${v.targets.join('; ')}`),
  );
  assert.deepEqual(report, [], 'zero serious or critical axe violations');
});

function printSummary() {
  const width = Math.max(...results.map((r) => r.title.length), 10);
  const lines = [
    '',
    'Catalog Manager browser journeys',
    ...setup.log.map((l) => `  ${l}`),
    '',
    `  ${'journey'.padEnd(width)}  result  time`,
    ...results.flatMap((r) => [
      `  ${r.title.padEnd(width)}  ${r.status === 'pass' ? 'pass  ' : 'FAIL  '}  ${ms(r.ms).padStart(6)}`,
      ...r.notes.map((n) => `  ${''.padEnd(width)}    · ${n}`),
    ]),
    '',
    `  total ${ms(Date.now() - started)} · ${screenshots.length} screenshots in e2e/artifacts/ · axe on ${axeLog.length} states`,
    '',
  ];
  console.log(lines.join('\n'));
}

function ms(n) {
  return n < 1000 ? `${n} ms` : `${(n / 1000).toFixed(1)} s`;
}
