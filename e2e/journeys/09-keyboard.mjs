import assert from 'node:assert/strict';
import { CatalogPage } from '../lib/catalog-page.mjs';

/** The focused element in the app frame: what it is and whether a person can see the focus on it. */
function focusInfo() {
  const el = document.activeElement;
  if (!el || el === document.body || !document.hasFocus()) return { what: 'nothing (focus left the page)', visible: false };
  const label = el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent?.trim() ?? el.textContent.trim().slice(0, 30);
  const what = `${el.tagName.toLowerCase()}${label ? ` "${label}"` : ''}`;
  const inTable = !!el.closest('cm-product-table');
  const style = getComputedStyle(el);
  const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none';
  const box = el.getBoundingClientRect();
  const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight;
  return { what, inTable, visible: el.matches(':focus-visible') && ring && onScreen };
}

/**
 * 9. Keyboard only: from the search box, Tab reaches the table (its sort buttons, every product's name), the paginator and the page size; Enter and
 * Space act on the paging buttons, arrows change the page size, Escape clears the search; after every key the
 * focus is on something and visibly marked. (Catalog V3: no "Last page" button to reach before the count is known.)
 */
export default {
  id: 'keyboard',
  title: '9. Keyboard only',
  versions: ['V1', 'V3'],
  async run(s) {
    const { catalog } = s;
    const [page1, page2, size50, search50] = [
      await catalog.page({ page: 1 }),
      await catalog.page({ page: 2 }),
      await catalog.page({ size: 50 }),
      await catalog.page({ text: 'cl', size: 50 }),
    ];
    await s.open();
    const page = new CatalogPage(s.app);
    await page.showing(page1);
    const frame = await s.appFrame();
    const focused = () => frame.evaluate(focusInfo);
    const keyboard = s.page.keyboard;
    const problems = [];
    const press = async (key, context, { mayLeave = false } = {}) => {
      await keyboard.press(key);
      const info = await focused();
      const left = info.what.startsWith('nothing');
      if (!info.visible && !(mayLeave && left)) problems.push(`after ${key} (${context}): focus on ${info.what}, not visibly marked`);
      return info;
    };

    // Tab from the search box through the page.
    await page.search.focus();
    assert.ok((await focused()).visible, 'the search box shows its focus');
    const stops = [];
    // Every product's name is a button (it opens the product's details): a stop per row on top of the controls.
    for (let i = 0; i < 16 + page1.names.length; i++) {
      // Past the last control, Tab leaves the app for the dashboard around it: that ends the walk.
      const info = await press('Tab', `tab stop ${i + 1}`, { mayLeave: true });
      if (info.what.startsWith('nothing')) break;
      stops.push(info);
      await s.state(`tab-${String(i + 1).padStart(2, '0')}`, { axe: false });
    }
    const order = stops.map((stop) => (stop.inTable ? `${stop.what} (in the table)` : stop.what));
    s.note(`tab order from the search box: ${order.join(' → ')}`);
    const reached = (pattern) => stops.some((stop) => pattern.test(stop.what));
    const unreached = (what) => problems.push(`Tab from the search box never reaches ${what} (order: ${order.join(' → ')})`);
    // At 1280 px the table's column headers sort (the "Sort by" select is for narrow frames).
    for (const column of ['Name', catalog.v3 ? 'Price' : 'List price', 'Last updated']) {
      if (!stops.some((stop) => stop.inTable && stop.what === `button "${column}"`)) unreached(`the "${column}" column's sort button`);
    }
    if (!stops.some((stop) => stop.inTable)) unreached('the products table');
    const names = stops.filter((stop) => stop.inTable && page1.names.some((name) => stop.what === `button "${name.slice(0, 30).trim()}"`));
    if (names.length !== page1.names.length) unreached(`every product's name button (${names.length} of ${page1.names.length})`);
    if (!reached(/select "Products per page"/)) unreached('the "Products per page" select');
    if (!reached(/"Next page"/)) unreached('the "Next page" button');
    if (!catalog.v3 && !reached(/"Last page"/)) unreached('the "Last page" button');
    if (catalog.v3 && reached(/"Last page"/)) problems.push('a "Last page" button is reachable while the number of pages is unknown');

    // Enter and Space act; the focus stays where the person is.
    await page.nextPage.focus();
    await press('Enter', 'Enter on Next page');
    await page.showing(page2);
    const afterNext = await focused();
    if (!/"Next page"/.test(afterNext.what)) problems.push(`after Enter on "Next page" the focus moved to ${afterNext.what}`);
    if (!afterNext.visible) problems.push(`after page 2 loaded, focus on ${afterNext.what} is not visible`);
    await s.state('enter-next-page');

    await page.previousPage.focus();
    await press('Space', 'Space on Previous page');
    await page.showing(page1);
    const afterPrevious = await focused();
    if (!afterPrevious.visible) problems.push(`after page 1 came back, focus on ${afterPrevious.what} is not visible`);
    await s.state('space-previous-page');

    await page.pageSize.focus();
    await press('ArrowDown', 'ArrowDown on Products per page');
    await page.showing(size50);
    const afterSize = await focused();
    if (!/Products per page/.test(afterSize.what) || !afterSize.visible) problems.push(`after changing the page size, focus on ${afterSize.what} (visible: ${afterSize.visible})`);
    await s.state('arrow-page-size');

    // Search: type, Escape clears; Tab to the clear button, Enter clears.
    await page.search.focus();
    await keyboard.type('cl', { delay: 60 });
    await page.showing(search50);
    await press('Escape', 'Escape in the search box');
    await page.showing(size50);
    assert.equal(await page.searchText(), '', 'Escape clears the search');
    await keyboard.type('cl', { delay: 60 });
    const toClear = await press('Tab', 'Tab to Clear search');
    assert.match(toClear.what, /Clear search/, 'Tab from the search text reaches the clear button');
    await s.state('clear-button-focused');
    await press('Enter', 'Enter on Clear search');
    await page.showing(size50);
    assert.equal(await page.searchText(), '');

    assert.deepEqual(problems, [], 'every control reachable by Tab, and the focus always on something and visible');
  },
};
