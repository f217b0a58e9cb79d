import assert from 'node:assert/strict';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { ColumnsPage } from '../lib/columns.mjs';
import { until } from '../lib/wait.mjs';

/** The focused element in the app frame: a short description, whether its focus can be seen, whether it is in the dialog. */
function focusInfo() {
  const el = document.activeElement;
  if (!el || el === document.body || !document.hasFocus()) return { what: 'nothing', visible: false, inDialog: false };
  const label = el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent?.trim() ?? el.textContent.trim().slice(0, 40);
  const style = getComputedStyle(el);
  const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none';
  const box = el.getBoundingClientRect();
  const onScreen = box.width > 0 && box.height > 0;
  return { what: `${el.tagName.toLowerCase()} ${label}`, visible: el.matches(':focus-visible') && ring && onScreen, inDialog: !!el.closest('dialog[open]') };
}

/**
 * 26. The column chooser by keyboard only: Tab reaches "Columns", Enter opens the dialog with the focus inside
 * it; Space on a checkbox hides a column; Enter on "Move SKU down" moves SKU (twice) with the focus kept on that
 * button and the move announced; Escape closes the dialog and gives the focus back to "Columns". The focus is
 * visible at every stop; axe with the dialog open.
 */
export default {
  id: 'columns-keyboard',
  title: '26. Column chooser by keyboard only',
  versions: ['V1', 'V3'],
  async run(s) {
    const { catalog } = s;
    const price = catalog.v3 ? 'Price' : 'List price';
    await s.open();
    const page = new CatalogPage(s.app);
    const columns = new ColumnsPage(s);
    await page.showing(await catalog.page());
    const keyboard = s.page.keyboard;
    const frame = await s.appFrame();
    const focused = () => frame.evaluate(focusInfo);
    const press = async (key, expect, label = key) => {
      await keyboard.press(key);
      const f = await until(`${label}: focus on ${expect}`, async () => {
        const info = await focused();
        return info.what.startsWith(expect) && info;
      });
      assert.ok(f.visible, `${label}: the focus on ${f.what} is visible`);
      return f;
    };

    await page.search.focus();
    for (let i = 0; ; i++) {
      await keyboard.press('Tab');
      const f = await focused();
      if (f.what.startsWith('button Columns')) {
        assert.ok(f.visible, 'the focus on Columns is visible');
        break;
      }
      assert.ok(i < 15, `Tab from the search box reaches Columns (at ${f.what})`);
    }

    await keyboard.press('Enter');
    await columns.dialog.waitFor();
    const first = await until('focus inside the dialog', async () => {
      const f = await focused();
      return f.inDialog && f;
    });
    assert.match(first.what, /^input SKU/, 'the first thing the dialog focuses is the first column that can be hidden');
    assert.ok(first.visible, 'and the focus is visible');
    await s.state('keyboard-open');

    // Move SKU down twice: the focus stays on the button pressed, and the move is announced.
    await press('Tab', 'button Move SKU up');
    await press('Tab', 'button Move SKU down');
    await press('Enter', 'button Move SKU down', 'Enter on Move SKU down');
    await press('Enter', 'button Move SKU down', 'Enter again');
    await columns.expectHeaders('SKU moved down twice', ['Image', 'Name', price, 'Stock', 'SKU', 'Visibility', 'Last updated']);
    const status = await columns.dialog.locator('[role=status]').textContent();
    assert.equal(status.trim(), 'SKU moved to position 4 of 14.', 'the move is announced');

    // Tab to Visibility (checkbox, then its two buttons per row), Space hides it.
    for (let i = 0; ; i++) {
      const f = await press('Tab', '', `Tab ${i + 1} in the dialog`);
      assert.ok(f.inDialog, `Tab stays inside the dialog (at ${f.what})`);
      if (f.what === 'input Visibility') break;
      assert.ok(i < 12, 'Tab reaches the Visibility checkbox');
    }
    await keyboard.press('Space');
    await columns.expectHeaders('Visibility hidden', ['Image', 'Name', price, 'Stock', 'SKU', 'Last updated']);

    // Escape closes; the focus goes back to Columns.
    await press('Escape', 'button Columns', 'Escape');
    assert.equal(await columns.dialog.isVisible(), false, 'the dialog is closed');
    await columns.expectHeaders('after closing', ['Image', 'Name', price, 'Stock', 'SKU', 'Last updated']);
    await s.state('keyboard-closed');
  },
};
