import assert from 'node:assert/strict';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { until } from '../lib/wait.mjs';

/** The focused element in the app frame: a short description, and whether its focus can be seen. */
function focusInfo() {
  const el = document.activeElement;
  if (!el || el === document.body || !document.hasFocus()) return { what: 'nothing', visible: false };
  const label = el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent?.trim() ?? el.textContent.trim().slice(0, 40);
  const style = getComputedStyle(el);
  const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none';
  return { what: `${el.tagName.toLowerCase()} ${label}`, visible: el.matches(':focus-visible') && ring };
}

/**
 * 15. Filters: out of stock + a collection (V1) / category (V3), shown as chips; removing one chip and "Clear
 * all" each bring back the catalog's own answer; a reload of the app keeps the filters (rows and chips). The
 * expected rows come from the whole catalog filtered by Wix's documented semantics (catalog-semantics.mjs
 * `matchesFilters`), never from the app's request. Then the same by keyboard only, and axe with the panel open.
 */
export default {
  id: 'filters',
  title: '15. Filters, chips, reload, keyboard',
  versions: ['V1', 'V3'],
  async run(s) {
    const { catalog } = s;
    const word = catalog.v3 ? 'Category' : 'Collection';
    const out = { stock: 'out-of-stock' };
    const group = await catalog.collectionFor(out);
    const both = { ...out, collection: group.id };
    const [all, outOnly, outInGroup, groupOnly, typed] = [
      await catalog.page(),
      await catalog.page({ filters: out }),
      await catalog.page({ filters: both }),
      await catalog.page({ filters: { collection: group.id } }),
      await catalog.page({ filters: { productType: 'digital' } }),
    ];
    assert.ok(outInGroup.products.length >= 2 && outInGroup.products.length < outOnly.products.length + (outOnly.last ? 0 : 1), 'the collection narrows the out-of-stock list');
    s.note(`${word.toLowerCase()} "${group.name}": ${outInGroup.total ?? outInGroup.products.length} out of stock`);

    await s.open();
    const page = new CatalogPage(s.app);
    await page.showing(all);
    const stock = s.app.getByRole('combobox', { name: 'Stock', exact: true });
    const more = s.app.getByRole('button', { name: /^More filters/ });
    const chipList = s.app.getByRole('list', { name: 'Active filters' });
    const chips = async () => ((await chipList.count()) === 0 ? [] : (await chipList.locator('li.chip > span').allInnerTexts()).map((t) => t.trim()));
    const expectChips = (label, expected) => until(`${label}: chips ${JSON.stringify(expected)}`, async () => JSON.stringify(await chips()) === JSON.stringify(expected));
    const outChip = 'Stock: Out of stock';
    const groupChip = `${word}: ${group.name}`;

    const mark = await s.emulator.mark();
    await stock.selectOption('out-of-stock');
    await page.showing(outOnly);
    await expectChips('out of stock', [outChip]);
    const reads = (await mark.calls()).filter((c) => c.path === catalog.productsPath);
    assert.equal(reads.length, 1, `one product read for one filter change: ${JSON.stringify(reads.map((c) => c.payload))}`);
    await s.state('out-of-stock');

    await more.click();
    const panel = s.app.getByRole('region', { name: 'More filters' });
    await panel.getByRole('searchbox', { name: catalog.v3 ? 'Search categories' : 'Search collections' }).fill(group.name);
    const option = panel.getByRole('radio', { name: new RegExp(`^${group.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) }).first();
    await option.check();
    await page.showing(outInGroup);
    await expectChips('with the collection', [outChip, groupChip]);
    // axe with the panel open (Session.state runs it; run.mjs fails the run on any serious or critical finding).
    await s.state('panel-open');
    await panel.getByRole('button', { name: 'Done' }).click();

    // The app's URL holds the filters: a reload brings back the rows and the chips (the name read by id).
    const url = new URL((await s.appFrame()).url());
    assert.equal(url.searchParams.get('stock'), 'out-of-stock');
    assert.equal(url.searchParams.get('collection'), group.id);
    const frame = await s.appFrame();
    await s.expectAppReload(() => frame.evaluate(() => void setTimeout(() => location.reload())));
    await page.showing(outInGroup);
    await expectChips('after the reload', [outChip, groupChip]);
    assert.equal(await stock.inputValue(), 'out-of-stock', 'the Stock control shows the filter after the reload');
    await s.state('after-reload');

    await s.app.getByRole('button', { name: `Remove filter: ${outChip}` }).click();
    await page.showing(groupOnly);
    await expectChips('one removed', [groupChip]);
    await s.app.getByRole('button', { name: 'Clear all', exact: true }).click();
    await page.showing(all);
    await expectChips('cleared', []);
    await s.state('cleared');

    // Keyboard only: from the search box to Stock and Product type, arrows choose; Enter opens the panel
    // (focus moves into it); Done returns focus to its button; Tab reaches a chip's remove button.
    const keyboard = s.page.keyboard;
    const focused = () => frame.evaluate(focusInfo);
    await page.search.focus();
    // Date inputs take one Tab per segment (month, day, year), so the panel needs more than a dozen.
    const tabTo = async (what) => {
      for (let i = 0; i < 30; i++) {
        await keyboard.press('Tab');
        const f = await (await s.appFrame()).evaluate(focusInfo);
        if (f.what.startsWith(what)) {
          assert.ok(f.visible, `focus on ${f.what} is visible`);
          return;
        }
      }
      assert.fail(`Tab never reached ${what} (last: ${(await focused()).what})`);
    };
    await tabTo('select Product type');
    await keyboard.press('ArrowDown'); // Any → Physical
    await keyboard.press('ArrowDown'); // → Digital
    await page.showing(typed);
    await expectChips('digital by keyboard', ['Product type: Digital']);
    await tabTo('button More filters');
    await keyboard.press('Enter');
    await until('focus inside the panel', async () => (await (await s.appFrame()).evaluate(() => !!document.activeElement?.closest('cm-more-filters'))));
    await s.state('panel-open-keyboard');
    await tabTo('button Done');
    await keyboard.press('Enter');
    await until('focus back on More filters', async () => (await focused()).what.startsWith('button More filters'));
    await tabTo('button Remove filter: Product type: Digital');
    await keyboard.press('Enter');
    await page.showing(all);
    await expectChips('removed by keyboard', []);
  },
};
