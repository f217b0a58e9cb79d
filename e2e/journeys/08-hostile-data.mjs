import assert from 'node:assert/strict';
import { CatalogPage, rangeText } from '../lib/catalog-page.mjs';
import { sleep } from '../lib/wait.mjs';

const MISSING = '—';
/** Nothing a person could see: missing, spaces, or zero-width characters only (the page shows "—"). */
const blank = (v) => typeof v !== 'string' || v.replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '') === '';

/** What the table must show for a product as the Stores API sent it: "—" wherever a field is missing. */
function expectedCells(p) {
  const price = p.priceData ?? p.price;
  const hasPrice = Number.isFinite(price?.price) || !blank(price?.formatted?.price);
  const thumb = p.media?.mainMedia?.thumbnail?.url ?? p.media?.mainMedia?.image?.url;
  const safeThumb = !blank(thumb) && /^https?:\/\//i.test(thumb.trim());
  return { name: blank(p.name) ? MISSING : p.name, sku: blank(p.sku) ? MISSING : p.sku, hasPrice, safeThumb };
}

const SCRIPT_URL = /^[\s\u0000-\u001f]*(j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t|v\s*b\s*s\s*c\s*r\s*i\s*p\s*t|data)\s*:/i;

/**
 * 8. Hostile data (emulator/catalogs/hostile.json plus e2e/lib/hostile-catalog.mjs): names with HTML and
 * script, RTL text, emoji, names of 500 and 2,000 characters (words, one unbroken word, zero-width characters),
 * missing price/SKU/thumbnail, javascript: thumbnails in disguise. Nothing executes (no dialog, no injected
 * element or handler, no request to or element with a javascript:/vbscript:/data: URL), nothing overflows the
 * layout, every name is shown as the literal text it is, missing fields show "—".
 */
export default {
  id: 'hostile-data',
  title: '8. Hostile data',
  catalog: 'hostile',
  async run(s) {
    const { emulator } = s;
    const sort = [{ fieldName: 'name', order: 'ASC' }];
    const wire = await emulator.queryV1({ filter: {}, sort, paging: { limit: 100, offset: 0 } });
    const total = wire.metadata.total;
    assert.ok(total > 0 && total <= 100, `the hostile catalog fits on one page of 100 (${total})`);

    const requested = [];
    await s.newPage();
    s.page.on('request', (request) => requested.push(request.url()));
    await s.goto();
    const page = new CatalogPage(s.app);
    await page.settled();
    await s.state('first-page');
    await page.pageSize.selectOption('100');
    const names = await page.resultsWithRange(rangeText(1, total, total));
    assert.equal(names.length, total);
    await sleep(500); // let any injected handler (onerror of a broken image, a timer) have its chance
    await s.state('all-products');

    // Nothing executed.
    assert.deepEqual(s.dialogs, [], 'no alert/confirm/prompt fired');
    assert.deepEqual(s.pageErrors, [], 'no uncaught error in the page');
    const frame = await s.appFrame();
    const injected = await frame.evaluate(() => {
      const table = document.querySelector('cm-product-table');
      const found = [];
      for (const el of table.querySelectorAll('*')) {
        if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE', 'A', 'FORM', 'svg', 'SVG', 'MARQUEE'].includes(el.tagName)) found.push(el.tagName);
        for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) found.push(`${el.tagName}[${attr}]`);
      }
      for (const img of table.querySelectorAll('img')) if (!img.classList.contains('thumb')) found.push(`img ${img.src}`);
      return found;
    });
    assert.deepEqual(injected, [], 'no element or handler came from product data');

    // No script URL was requested, nor stands in any attribute of the page (src, href, srcset, style…).
    assert.deepEqual(requested.filter((url) => SCRIPT_URL.test(url)), [], 'no request to a javascript:, vbscript: or data: URL');
    const scriptAttributes = await frame.evaluate((source) => {
      const pattern = new RegExp(source, 'i');
      const found = [];
      for (const el of document.querySelectorAll('*')) {
        for (const name of el.getAttributeNames()) {
          const value = el.getAttribute(name);
          if (pattern.test(value) || /url\(\s*['"]?\s*(javascript|vbscript|data):/i.test(value)) found.push(`${el.tagName}[${name}]=${value.slice(0, 60)}`);
        }
      }
      for (const img of document.images) if (pattern.test(img.currentSrc) || pattern.test(img.src)) found.push(`img ${img.src.slice(0, 60)}`);
      return found;
    }, SCRIPT_URL.source);
    assert.deepEqual(scriptAttributes, [], 'no element carries a javascript:, vbscript: or data: URL');
    const scriptThumbs = wire.products.filter((p) => SCRIPT_URL.test(p.media?.mainMedia?.thumbnail?.url ?? p.media?.mainMedia?.image?.url ?? '')).length;
    s.note(`${scriptThumbs} products with a javascript:/vbscript:/data: thumbnail: none requested, none in the page`);

    // Every name and SKU is shown as literal text; missing fields show "—".
    const cells = await page.rowCells();
    const literal = await frame.evaluate(() =>
      [...document.querySelectorAll('cm-product-table tbody th[scope=row] .clamp')].map((el) => el.textContent),
    );
    const problems = [];
    const check = (ok, message) => ok || problems.push(message);
    wire.products.forEach((product, i) => {
      const want = expectedCells(product);
      const label = `row ${i + 1} (name ${JSON.stringify(product.name).slice(0, 50)})`;
      check(literal[i] === want.name, `${label}: name shown as ${JSON.stringify(literal[i]).slice(0, 60)}, expected ${JSON.stringify(want.name).slice(0, 60)}`);
      check(cells[i].sku === want.sku, `${label}: SKU shown as ${JSON.stringify(cells[i].sku)}, expected ${JSON.stringify(want.sku)}`);
      if (!want.hasPrice) check(cells[i].price === MISSING, `${label}: a missing price shows ${JSON.stringify(cells[i].price)}, expected "—"`);
      else check(cells[i].price !== MISSING, `${label}: the price is missing on screen`);
      if (!want.safeThumb) check(cells[i].thumbnail === null, `${label}: an image is shown from ${cells[i].thumbnail}`);
    });
    const missing = wire.products.map(expectedCells);
    s.note(`${total} products; missing: SKU ${missing.filter((m) => m.sku === MISSING).length}, price ${missing.filter((m) => !m.hasPrice).length}, thumbnail ${missing.filter((m) => !m.safeThumb).length}`);

    // Nothing overflows: no horizontal scrolling anywhere, long names clamped inside their cells.
    const layout = await frame.evaluate(() => {
      const problems = [];
      const doc = document.documentElement;
      if (doc.scrollWidth > doc.clientWidth) problems.push(`page scrolls sideways (${doc.scrollWidth} > ${doc.clientWidth})`);
      const host = document.querySelector('cm-product-table');
      if (host.scrollWidth > host.clientWidth) problems.push(`table scrolls sideways (${host.scrollWidth} > ${host.clientWidth})`);
      const tableBox = document.querySelector('cm-product-table table').getBoundingClientRect();
      document.querySelectorAll('cm-product-table tbody tr').forEach((row, i) => {
        const box = row.getBoundingClientRect();
        if (box.height > 140) problems.push(`row ${i + 1} is ${Math.round(box.height)} px tall`);
        for (const cell of row.children) {
          const c = cell.getBoundingClientRect();
          if (c.left < tableBox.left - 1 || c.right > tableBox.right + 1) problems.push(`row ${i + 1}: a cell leaves the table`);
          if (cell.scrollWidth > cell.clientWidth + 1) problems.push(`row ${i + 1}: text overflows a ${cell.tagName} (${cell.scrollWidth} > ${cell.clientWidth})`);
        }
      });
      return problems;
    });
    problems.push(...layout);
    // The longest names (2,000 characters, some in one unbroken word) are clamped in their cell.
    const longest = await frame.evaluate(() => {
      const cells = [...document.querySelectorAll('cm-product-table tbody th[scope=row]')].filter((th) => th.textContent.length >= 2000);
      return cells.map((th) => ({ height: Math.round(th.getBoundingClientRect().height), width: Math.round(th.getBoundingClientRect().width), text: th.textContent.trim().slice(0, 20) }));
    });
    assert.ok(longest.length >= 3, `the 2,000-character names are on the page (${longest.length})`);
    s.note(`2,000-character names shown in cells of ${longest.map((c) => `${c.width}×${c.height}`).join(', ')} px`);
    // Searching hostile text stays text too.
    await page.search.fill('<img');
    await page.settled();
    await sleep(300);
    assert.deepEqual(s.dialogs, [], 'no dialog after searching for markup');
    await s.state('search-markup');

    assert.deepEqual(problems, [], 'every product shown as literal text, "—" for missing fields, nothing overflowing');
  },
};
