import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { CatalogOracle } from '../lib/catalog-oracle.mjs';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { APP_DIR, KEYSTROKE_DELAY_MS } from '../lib/config.mjs';
import { e2eHeaders, parsePolicy, productionHeaders } from '../lib/hosting.mjs';
import { sleep, until } from '../lib/wait.mjs';

const CSP_CONSOLE = /Content.Security.Policy/i;

/** A page on another loopback origin that frames `url`: the attacker's page in a clickjacking attempt. */
async function startFramingPage(url) {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>Not the Wix dashboard</title><h1>Not the Wix dashboard</h1><iframe id="app" src="${url.replaceAll('"', '&quot;')}" width="1000" height="600"></iframe>`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * 11. The production build under the production headers (hosting/headers.json), served by the `csp` emulator
 * with only Wix's origins replaced by the emulator's (connect-src, img-src, frame-ancestors). The app loads,
 * shows thumbnails, searches and pages on Catalog V1 and V3 (V3 downloads a lazy chunk) without one policy
 * violation; API calls carry no path or query in Referer. A page on another origin that frames the app gets
 * nothing: Chromium refuses the frame (frame-ancestors) and the app never runs.
 */
export default {
  id: 'csp',
  title: '11. Content-Security-Policy and headers of the production build',
  catalog: 'csp',
  async run(s) {
    const { emulator } = s;
    const appOrigin = new URL(emulator.appUrl).origin;
    // Both catalogs read before the app runs (the V3 read puts the site on V3 while it lasts).
    const v3 = await new CatalogOracle(emulator, 'V3').load();

    // What the emulator serves is exactly hosting/headers.json with the emulator's origin for Wix's.
    const expectedHeaders = e2eHeaders({ api: emulator.url, media: emulator.url, dashboard: emulator.url });
    assert.deepEqual(emulator.appHeaders, expectedHeaders);
    const production = parsePolicy(productionHeaders()['Content-Security-Policy']);
    const served = parsePolicy(expectedHeaders['Content-Security-Policy']);
    const changed = [...production.keys()].filter((d) => production.get(d).join(' ') !== served.get(d).join(' '));
    assert.deepEqual(changed.sort(), ['connect-src', 'frame-ancestors', 'img-src'], 'only the Wix origins differ from production');
    // Angular's critical-CSS inlining loads the global stylesheet with an inline onload (media="print" →
    // "all"), which script-src forbids: the stylesheet would never apply. angular.json turns it off.
    const index = readFileSync(join(APP_DIR, 'index.html'), 'utf8');
    assert.doesNotMatch(index, /<link[^>]*\sonload=/i, 'the built index.html loads no stylesheet with an inline onload');
    assert.doesNotMatch(index, /\son[a-z]+=/i, 'the built index.html has no inline event handler at all');
    const bundle = readdirSync(APP_DIR).find((f) => /^main-.*\.js$/.test(f));
    for (const path of ['/', '/index.html', `/${bundle}`, '/some/deep/link', '/missing.js']) {
      const response = await fetch(`${emulator.appUrl}${path}`);
      for (const [name, value] of Object.entries(expectedHeaders)) {
        assert.equal(response.headers.get(name), value, `${path} (${response.status}) is served with ${name}`);
      }
    }
    s.note(`served policy: ${expectedHeaders['Content-Security-Policy']}`);

    // Requests the app makes to the Stores API: their Referer.
    await s.newPage();
    const referers = new Set();
    s.page.on('request', (request) => {
      const url = new URL(request.url());
      if (request.frame().url().startsWith(emulator.appUrl) && url.origin === emulator.url && url.pathname.startsWith('/stores')) {
        referers.add(request.headers().referer ?? '(none)');
      }
    });
    await s.goto();
    const page = new CatalogPage(s.app);
    const v1 = s.catalog;
    await page.showing(await v1.page());
    const frame = await s.appFrame();
    // The first rows' thumbnails (the others load lazily, when scrolled to) come from the emulator (img-src).
    const thumbnails = await until('the first thumbnails to load', () =>
      frame.evaluate(() => {
        const images = [...document.querySelectorAll('cm-product-table img.thumb')].slice(0, 5);
        return images.length === 5 && images.every((img) => img.complete && img.naturalWidth > 0) && images.length;
      }),
    );
    await s.state('v1-loaded');
    await page.search.pressSequentially('cl', { delay: KEYSTROKE_DELAY_MS });
    await page.showing(await v1.page({ text: 'cl' }));
    await page.nextPage.click();
    await page.showing(await v1.page({ text: 'cl', page: 2 }));
    await s.state('v1-searched-paged');

    // Catalog V3: the switch reloads the app, which then downloads the V3 chunk (script-src 'self').
    await s.expectAppReload(() => s.hostControl('catalogVersion', 'V3'));
    await page.settled();
    if (await page.searchText()) await page.clearSearch.click(); // the reloaded app may keep "cl" from its URL
    await page.showing(await v3.page());
    await page.nextPage.click();
    await page.showing(await v3.page({ page: 2 }));
    await page.search.pressSequentially('wlt-', { delay: KEYSTROKE_DELAY_MS });
    await page.showing(await v3.page({ text: 'wlt-' }));
    await s.state('v3-searched');
    await sleep(300);

    // Not one violation, in any frame, nor a policy complaint in the console.
    const cspMessages = s.console.filter((m) => CSP_CONSOLE.test(m.text)).map((m) => m.text);
    const violations = s.cspViolations.map((v) => `${v.directive} blocked ${v.blocked || '(inline)'} in ${v.document} at ${v.source} ${v.sample ?? ''}`);
    assert.deepEqual(cspMessages, [], 'no policy message in the console');
    // The global stylesheet applies: a person sees styled focus rings and hidden helper text.
    const applied = await frame.evaluate(() => ({
      links: [...document.querySelectorAll('link[rel=stylesheet]')].map((l) => l.media || 'all'),
      visuallyHidden: getComputedStyle(document.querySelector('.visually-hidden')).position,
    }));
    assert.ok(applied.links.length > 0, 'the app links its global stylesheet');
    assert.ok(applied.links.every((m) => m === 'all'), `the global stylesheet applies (media ${applied.links})`);
    assert.equal(applied.visuallyHidden, 'absolute', 'global rules (.visually-hidden) apply');
    assert.deepEqual(violations, [], 'no Content-Security-Policy violation while loading, searching and paging on V1 and V3');
    assert.deepEqual(s.pageErrors, [], 'no uncaught error in the page');
    assert.deepEqual([...referers], [`${appOrigin}/`], 'API calls carry the app origin as Referer, never its path or query');
    s.note(`${thumbnails} thumbnails loaded from the emulator (img-src); Referer on API calls: ${[...referers].join(', ')}`);

    // Another origin frames the very URL the dashboard frames: Chromium refuses it, the app never runs.
    const framedUrl = frame.url();
    await s.close();
    const elsewhere = await startFramingPage(framedUrl);
    try {
      const mark = await emulator.mark();
      await s.openDirect(elsewhere.url);
      const blocked = await until('the framed app to be refused', async () => {
        const child = s.page.frames().find((f) => f !== s.page.mainFrame());
        return child && child.url().startsWith('chrome-error://') && child;
      }, { timeout: 5_000 });
      const refusal = s.console.find((m) => /frame-ancestors/.test(m.text));
      assert.ok(refusal, `Chromium reports the frame-ancestors refusal (console: ${JSON.stringify(s.console.map((m) => m.text))})`);
      assert.ok(refusal.text.includes(appOrigin), `the refusal names the app: ${refusal.text}`);
      assert.equal(await blocked.locator('cm-root').count(), 0, 'no app in the frame');
      await sleep(500);
      assert.deepEqual(await mark.calls(), [], 'the app never ran: no Stores call');
      s.note(`framed by ${elsewhere.url}: ${refusal.text.slice(0, 140)}…`);
      await s.state('framed-by-another-origin', { axe: false });
    } finally {
      await elsewhere.close();
    }
  },
};
