import assert from 'node:assert/strict';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { until } from '../lib/wait.mjs';

/** The focused element in the app frame: a short description, whether it is a tab, and whether its focus is seen. */
function focusInfo() {
  const el = document.activeElement;
  if (!el || el === document.body || !document.hasFocus()) return { what: 'nothing', tab: null, visible: false };
  const label = el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent?.trim() ?? el.textContent.replace(/\s+/g, ' ').trim().slice(0, 40);
  const style = getComputedStyle(el);
  const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none';
  const box = el.getBoundingClientRect();
  return {
    what: `${el.getAttribute('role') ?? el.tagName.toLowerCase()} ${label}`,
    tab: el.getAttribute('role') === 'tab' ? el.querySelector('.name')?.textContent.trim() : null,
    visible: el.matches(':focus-visible') && ring && box.width > 0 && box.height > 0,
  };
}

/**
 * 41. The views by keyboard alone (WAI-ARIA tabs, manual activation): Shift+Tab from the search box reaches the
 * selected tab; arrow keys (wrapping), Home and End move the focus without asking the catalog anything; Enter
 * and Space show the focused view (one product read). A search typed makes the view modified; "Save as new"
 * opens a dialog with the name field focused, Enter saves and the new tab takes the focus; "View options" opens
 * with Enter and Escape closes it back onto its button; Escape closes a dialog back onto what opened it. The
 * focus is visible at every stop; axe on the dialog.
 */
export default {
  id: 'views-keyboard',
  title: '41. Saved views by keyboard',
  versions: ['V1', 'V3'],
  async run(s) {
    const { catalog } = s;
    const [all, outOfStock, searched] = [await catalog.page(), await catalog.page({ filters: { stock: 'out-of-stock' } }), await catalog.page({ text: 'cl' })];
    await s.open();
    const page = new CatalogPage(s.app);
    await page.showing(all);
    await s.app.getByRole('tablist', { name: 'Views' }).waitFor();
    const frame = await s.appFrame();
    const keyboard = s.page.keyboard;
    const problems = [];
    const press = async (key, why) => {
      await keyboard.press(key);
      const info = await frame.evaluate(focusInfo);
      if (!info.visible) problems.push(`after ${key} (${why}): focus on ${info.what}, not visibly marked`);
      return info;
    };
    const reads = async (mark) => (await mark.calls()).filter((c) => c.path === catalog.productsPath).length;
    const last = catalog.v3 ? 'Hidden' : 'Out of stock';

    await page.search.focus();
    let info;
    for (let i = 0; i < 5 && !(info = await press('Shift+Tab', 'back to the tabs')).tab; i++);
    assert.equal(info.tab, 'All products', `Shift+Tab from the search box reaches the selected tab (at ${info.what})`);

    let mark = await s.emulator.mark();
    assert.equal((await press('ArrowRight', 'next tab')).tab, 'Out of stock');
    assert.equal((await press('End', 'last tab')).tab, last);
    assert.equal((await press('ArrowRight', 'wraps to the first')).tab, 'All products');
    assert.equal((await press('ArrowLeft', 'wraps to the last')).tab, last);
    assert.equal((await press('Home', 'first tab')).tab, 'All products');
    assert.equal(await reads(mark), 0, 'moving between tabs asks the catalog nothing (manual activation)');
    await press('ArrowRight', 'to Out of stock');
    mark = await s.emulator.mark();
    await press('Enter', 'show Out of stock');
    await page.showing(outOfStock);
    assert.equal(await reads(mark), 1, 'Enter shows the view: one product read');
    await s.state('tab-entered');
    assert.equal((await press('ArrowLeft', 'back to All products')).tab, 'All products');
    await press(' ', 'show All products');
    await page.showing(all);

    // A search makes the view modified; "Save as new" by keyboard, then the new tab has the focus.
    await press('Tab', 'Copy link');
    await press('Tab', 'View options');
    assert.match((await press('Tab', 'the search box')).what, /Search products/);
    await keyboard.type('cl', { delay: 60 });
    await page.showing(searched);
    let back;
    for (let i = 0; i < 4 && !/Save as new/.test((back = await press('Shift+Tab', 'back to Save as new')).what); i++);
    assert.match(back.what, /Save as new/, 'Shift+Tab reaches "Save as new"');
    await press('Enter', 'open the dialog');
    const dialog = s.app.getByRole('dialog', { name: 'Save view' });
    await dialog.waitFor();
    assert.match((await frame.evaluate(focusInfo)).what, /View name/, 'the name field has the focus');
    await s.state('dialog-open');
    await keyboard.type('Cl by keyboard');
    await press('Enter', 'save');
    await until('the new tab focused', async () => (await frame.evaluate(focusInfo)).tab === 'Cl by keyboard');
    assert.equal(await dialog.count(), 0, 'the dialog closed');

    // View options: Enter opens them, Escape closes them onto their button; Escape closes a dialog onto its opener.
    await press('Tab', 'Copy link');
    assert.match((await press('Tab', 'View options')).what, /View options/);
    const options = s.app.getByRole('button', { name: 'View options' });
    await press('Enter', 'open the options');
    await until('the options open', async () => (await options.getAttribute('aria-expanded')) === 'true');
    assert.match((await press('Tab', 'Rename')).what, /Rename/);
    await press('Enter', 'open Rename');
    await s.app.getByRole('dialog', { name: 'Rename view' }).waitFor();
    assert.match((await press('Escape', 'close the dialog')).what, /Rename/, 'Escape returns the focus to Rename');
    assert.match((await press('Escape', 'close the options')).what, /View options/, 'Escape returns the focus to View options');
    await until('the options closed', async () => (await options.getAttribute('aria-expanded')) === 'false');

    assert.deepEqual(problems, [], 'the focus is visible at every stop');
    assert.deepEqual(s.pageErrors, [], 'no uncaught error');
    await s.state('done');
  },
};
