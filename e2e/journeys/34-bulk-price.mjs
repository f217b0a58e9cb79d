import assert from 'node:assert/strict';
import { KEYSTROKE_DELAY_MS } from '../lib/config.mjs';
import { BulkPage, changedOnce, writeMark, writesSince } from '../lib/bulk-page.mjs';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { until } from '../lib/wait.mjs';

const OUT = { stock: 'out-of-stock' };

/**
 * A search text whose out-of-stock products (each with a price) span 2–4 pages of 10: the first letters of a
 * name (V1 matches the start of a name or SKU) or its first word (V3 matches words), the count nearest 20.
 */
async function viewFor(catalog) {
  const out = await catalog.matching('', 'name-asc', OUT);
  const candidates = new Set(out.map((p) => (catalog.v3 ? p.name.toLowerCase().split(/\s+/)[0] : p.name.slice(0, 2).toLowerCase())));
  let best = null;
  for (const text of [...candidates].sort()) {
    if (!/^[a-z]{2,}$/.test(text)) continue;
    const products = await catalog.matching(text, 'name-asc', OUT);
    if (products.length < 11 || products.length > 40 || products.some((p) => p.price === null)) continue;
    if (!best || Math.abs(products.length - 20) < Math.abs(best.products.length - 20)) best = { text, products };
  }
  assert.ok(best, 'a search with 11–40 priced out-of-stock products');
  return best;
}

/** The leading amount of a price cell ("$1,234.50 Sale $999.00" → 1234.5). */
const leadingAmount = (cell) => Number(/\d[\d,]*(?:\.\d+)?/.exec(cell)?.[0].replace(/,/g, '') ?? NaN);

/**
 * 34. Bulk: "all matching" price adjust (+10 %, to the cent) on a searched and filtered result, 10 a page. The
 * header checkbox selects the page, then "Select all N matching"; the confirm dialog says "All N matching
 * selected"; a progress bar counts products done (the emulator answers each call 250 ms late, so it is seen);
 * the first write is applied and then its answer lost (a connection reset), so the run must read again before
 * it writes again. The write log: every matching product's price written exactly once, each the price read
 * before +10 % (absolute values computed once), none outside the view; the rows on screen show the new prices.
 */
export default {
  id: 'bulk-price',
  title: '34. Bulk: +10 % on all matching products of a filtered search, with progress',
  versions: ['V1', 'V3'],
  catalog: 'writes',
  async run(s) {
    const { emulator, catalog } = s;
    const { text, products } = await viewFor(catalog);
    s.note(`"${text}", out of stock: ${products.length} products`);
    await s.open();
    const page = new CatalogPage(s.app);
    await page.settled();
    await page.search.pressSequentially(text, { delay: KEYSTROKE_DELAY_MS });
    await s.app.getByRole('combobox', { name: 'Stock', exact: true }).selectOption('out-of-stock');
    await page.pageSize.selectOption('10');
    await page.showing(await catalog.page({ text, filters: OUT, size: 10 }));

    const bulk = new BulkPage(s);
    await bulk.checkbox('Select all products on this page').click();
    await bulk.scoped('10 selected on this page');
    await bulk.action(`Select all ${products.length} matching`).click();
    const scope = `All ${products.length} matching selected`;
    await bulk.scoped(scope);
    await bulk.action('Change price').click();
    const form = s.app.getByRole('form', { name: 'Change price' });
    assert.equal(await form.getByRole('combobox', { name: /^How/ }).inputValue(), 'percent', 'adjust by % is the first choice');
    await form.getByRole('textbox', { name: /^Percent/ }).fill('10');
    // "All matching" previews the first rows on screen (they match), amounts in the store's currency.
    const preview = await until('the preview of the first products on this page', async () => {
      const rows = await form.locator('.preview tr').allTextContents();
      return rows.length === 3 && rows;
    });
    assert.equal(await form.locator('.preview caption').textContent(), 'Preview of the first products on this page (before → after)');
    for (const [i, row] of preview.entries()) {
      // Each amount carries the store's currency (a symbol or code), as the table's prices do: not a bare 12.00.
      const [before, after] = [...row.matchAll(/(?:[$€£¥₪]|[A-Z]{3}\s?)([\d,]+\.\d\d)/g)].map((m) => Number(m[1].replace(/,/g, '')));
      assert.ok(row.includes(products[i].name) && Math.abs(after - Math.round(before * 110) / 100) < 0.005, `preview row "${row}": +10 % in the store's currency`);
    }
    await s.state('price-form');

    const mark = await writeMark(emulator);
    await emulator.config({ latencyMs: 250, failAfterApplyNext: { count: 1, how: 'reset' } });
    await form.getByRole('button', { name: 'Apply price change' }).click();
    await until('the confirm dialog', async () => bulk.dialog.isVisible());
    const question = (await bulk.dialog.textContent()).replace(/\s+/g, ' ');
    assert.ok(question.includes(`Increase prices by 10 %, rounded to the cent: ${scope}.`), `the dialog states the change in full, the scope and the count: ${question}`);
    assert.equal(await bulk.focusedInDialog(), 'Cancel', 'Cancel has the focus: a stray Enter changes nothing');
    await s.state('confirm-dialog');
    await bulk.dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    const progress = await until('the progress bar counting products done', async () => {
      const status = (await bulk.results.getByRole('status').textContent().catch(() => ''))?.trim() ?? '';
      const bar = bulk.results.getByRole('progressbar', { name: 'Products done' });
      return /^\d+ of \d+ done…$/.test(status) && (await bar.count()) === 1 && { status, max: await bar.getAttribute('max') };
    }, { interval: 20 });
    assert.equal(progress.max, String(products.length), `the bar counts to ${products.length}`);
    s.note(`progress seen: "${progress.status}"`);
    await s.state('progress', { axe: false });
    await bulk.finished(`Done: ${products.length} changed, 0 not changed.`, { timeout: 60_000 });
    await emulator.config({ latencyMs: 0 });

    const { changes: written, repeats } = changedOnce(await writesSince(emulator, mark), 'price', products.map((p) => p.id), 'price +10 %');
    for (const w of written.values()) {
      assert.ok(Math.abs(w.after - w.before * 1.1) <= 0.0051, `${w.productId}: ${w.before} → ${w.after} is +10 % to the cent`);
    }
    const lost = (await emulator.stats()).byStatus['0'] ?? 0;
    assert.ok(lost >= 1, 'a write was applied and its answer lost (the injected reset)');
    s.note(`${lost} answer(s) lost after the write was applied; ${repeats} repeated write(s), each the same absolute value`);
    const toasts = await bulk.toasts();
    assert.deepEqual(toasts.at(-1), { text: `${products.length} products changed.`, type: 'success', action: 'Undo' });

    // The page re-read the rows: their leading price is the new one (V1 the list price, V3 the price paid).
    await until('the rows to show the new prices', async () => {
      const cells = await page.rowCells();
      // Page 1 of the view: its first 10 products, in order (names may repeat in a catalog, positions do not).
      return cells.length === 10 && cells.every((c, i) => c.name === products[i].name && Math.abs(leadingAmount(c.price) - written.get(products[i].id).after) < 0.005);
    });
    assert.deepEqual(s.pageErrors, [], 'no uncaught error');
    await s.state('prices-changed');
  },
};
