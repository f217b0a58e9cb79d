import assert from 'node:assert/strict';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { ColumnsPage } from '../lib/columns.mjs';
import { until } from '../lib/wait.mjs';

/** The emulated dashboard's chrome beside the app frame: its sidebar (200 px) and the page's padding (2 × 24 px). */
const CHROME = 248;
const FRAME = 700;

/**
 * In the app frame: every toolbar control inside the toolbar and none overlapping another; whether the page
 * scrolls sideways; the table region's size and scroll width.
 */
function toolbarLayout() {
  const toolbar = document.querySelector('.toolbar').getBoundingClientRect();
  const controls = [...document.querySelectorAll('.toolbar input, .toolbar select, .toolbar button')].filter((el) => el.getClientRects().length > 0);
  const boxes = controls.map((el) => ({ what: el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent.trim() ?? el.textContent.trim(), box: el.getBoundingClientRect() }));
  const problems = [];
  for (const { what, box } of boxes) {
    if (box.left < toolbar.left - 0.5 || box.right > toolbar.right + 0.5) problems.push(`${what} leaves the toolbar`);
  }
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const overlap = a.box.left < b.box.right - 0.5 && b.box.left < a.box.right - 0.5 && a.box.top < b.box.bottom - 0.5 && b.box.top < a.box.bottom - 0.5;
      if (overlap) problems.push(`${a.what} overlaps ${b.what}`);
    }),
  );
  const doc = document.documentElement;
  const host = document.querySelector('cm-product-table');
  return { problems, pageScrolls: doc.scrollWidth > doc.clientWidth, width: innerWidth, tableWidth: host.clientWidth, tableScrollWidth: host.scrollWidth };
}

/**
 * For the column header `index` (in thead order): scrolls it into view inside the table's region, then reports
 * whether it and the first row's cell below it are fully in view and not covered (the element at their centre
 * is them), whether the cell's text is cut (an ellipsis or clipping), and whether the Name column is still in
 * view and on top at its place.
 */
function reachColumn(index) {
  const host = document.querySelector('cm-product-table');
  const th = host.querySelectorAll('thead th')[index];
  const row = host.querySelector('tbody tr:not(.skeleton)');
  const cell = row.children[index];
  th.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const region = host.getBoundingClientRect();
  const inView = (el) => {
    const b = el.getBoundingClientRect();
    return b.left >= region.left - 0.5 && b.right <= region.right + 0.5;
  };
  const onTop = (el) => {
    const b = el.getBoundingClientRect();
    const hit = document.elementFromPoint((b.left + b.right) / 2, (b.top + b.bottom) / 2);
    return !!hit && (hit === el || el.contains(hit));
  };
  const text = cell.querySelector('span') ?? cell;
  const name = row.querySelector('th[scope=row]');
  return {
    header: th.textContent.trim(),
    cell: cell.textContent.replace(/\s+/g, ' ').trim(),
    visible: inView(th) && inView(cell) && onTop(th) && onTop(cell),
    cut: text.scrollWidth > text.clientWidth + 1,
    nameVisible: inView(name) && onTop(name) && inView(host.querySelector('thead th.name')),
    scrollLeft: host.scrollLeft,
  };
}

/** Every SKU on the page: on one line (never broken inside) and not cut. */
function skuLayout() {
  return [...document.querySelectorAll('cm-product-table td.sku span')].map((span) => {
    const lines = span.getClientRects().length;
    const height = span.getBoundingClientRect().height;
    const lineHeight = parseFloat(getComputedStyle(span).lineHeight) || 20;
    return { sku: span.textContent, oneLine: lines === 1 && height < lineHeight * 1.5, cut: span.scrollWidth > span.clientWidth + 1 };
  });
}

/**
 * 27. A narrow dashboard frame (the app 700 px wide) with every column the user may have: the toolbar wraps
 * without overflow or overlap, the page does not scroll sideways, the table scrolls sideways inside its card; each
 * column can be scrolled into view and read (its header and first cell fully visible, not covered, not cut) while
 * the Name column stays in view (sticky); every SKU is on one line, not cut. Axe at the narrow width.
 */
export default {
  id: 'narrow',
  title: '27. Narrow frame (700 px): toolbar wraps, table scrolls with Name sticky, every column reachable',
  versions: ['V1', 'V3'],
  async run(s) {
    const { catalog } = s;
    await s.open();
    await s.page.setViewportSize({ width: FRAME + CHROME, height: 900 });
    const page = new CatalogPage(s.app);
    const columns = new ColumnsPage(s);
    await page.showing(await catalog.page());
    const frame = await s.appFrame();
    assert.equal(await frame.evaluate(() => innerWidth), FRAME, 'the app frame is 700 px wide');

    // Every column this user may have (an owner: cost and profit too; V3 has no quantities).
    await columns.open();
    await until('cost and profit offered', async () => !(await columns.checkbox('Cost').isDisabled()));
    for (const box of await columns.dialog.getByRole('checkbox').all()) {
      if (!(await box.isDisabled()) && !(await box.isChecked())) await box.check();
    }
    await columns.button('Done').click();
    await until('the dialog closed', async () => !(await columns.dialog.isVisible()));
    const headers = await columns.headers();
    assert.equal(headers.length, catalog.v3 ? 14 : 15, `every column (the image, Name and 13; V3 without Quantity): ${headers.join(', ')}`);
    await until('rows with every column', async () => (await columns.rows()).length === 25);
    await s.state('narrow-all-columns');

    const layout = await frame.evaluate(toolbarLayout);
    assert.deepEqual(layout.problems, [], 'the toolbar wraps cleanly: every control inside it, none overlapping');
    assert.equal(layout.pageScrolls, false, 'the page does not scroll sideways');
    assert.ok(layout.tableScrollWidth > layout.tableWidth, `the table scrolls sideways inside its card (${layout.tableScrollWidth} > ${layout.tableWidth})`);
    s.note(`table ${layout.tableWidth} px wide, ${layout.tableScrollWidth} px of columns`);

    const problems = [];
    for (let i = 1; i < headers.length; i++) {
      const seen = await frame.evaluate(reachColumn, i);
      if (!seen.visible) problems.push(`${seen.header}: not fully in view when scrolled to`);
      if (seen.cut) problems.push(`${seen.header}: "${seen.cell}" is cut`);
      if (seen.cell === '' || seen.cell === '…') problems.push(`${seen.header}: nothing to read`);
      if (!seen.nameVisible) problems.push(`${seen.header}: the Name column left the view at scroll ${seen.scrollLeft}`);
    }
    assert.deepEqual(problems, [], 'every column can be scrolled into view and read, with Name in view');
    const last = await frame.evaluate(reachColumn, headers.length - 1);
    assert.ok(last.scrollLeft > 0, 'the last column needed scrolling');
    await s.state('narrow-scrolled-to-end');

    const skus = await frame.evaluate(skuLayout);
    assert.equal(skus.length, 25);
    assert.deepEqual(skus.filter((k) => !k.oneLine || k.cut), [], 'every SKU on one line, not broken inside, not cut');
  },
};
