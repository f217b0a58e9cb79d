import assert from 'node:assert/strict';
import { CatalogPage, rangeText } from '../lib/catalog-page.mjs';
import { sleep } from '../lib/wait.mjs';

const MISSING = '—';
const blank = (v) => typeof v !== 'string' || v.trim() === '';

/** What the table must show for a product as the Stores API sent it: "—" wherever a field is missing. */
function expectedCells(p) {
  const price = p.priceData ?? p.price;
  const hasPrice = Number.isFinite(price?.price) || !blank(price?.formatted?.price);
  const thumb = p.media?.mainMedia?.thumbnail?.url ?? p.media?.mainMedia?.image?.url;
  const safeThumb = !blank(thumb) && /^https?:\/\//i.test(thumb.trim());
  return { name: blank(p.name) ? MISSING : p.name, sku: blank(p.sku) ? MISSING : p.sku, hasPrice, safeThumb };
}

/**
 * 8. Hostile data (emulator/catalogs/hostile.json): names with HTML and script, RTL text, emoji, 500-character
 * names, missing price/SKU/thumbnail. Nothing executes (no dialog, no injected element or handler), nothing
 * overflows the layout, every name is shown as the literal text it is, missing fields show "—".
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

    await s.open('');
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

    // Searching hostile text stays text too.
    await page.search.fill('<img');
    await page.settled();
    await sleep(300);
    assert.deepEqual(s.dialogs, [], 'no dialog after searching for markup');
    await s.state('search-markup');

    assert.deepEqual(problems, [], 'every product shown as literal text, "—" for missing fields, nothing overflowing');
  },
};
