import assert from 'node:assert/strict';
import { BulkPage, changedOnce, writeMark, writesSince } from '../lib/bulk-page.mjs';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { until } from '../lib/wait.mjs';

/** The Visibility column of the rows named `names`, as the page shows them. */
async function visibilityOf(page, names) {
  const cells = await page.rowCells();
  return names.map((name) => cells.find((c) => c.name === name)?.visibility ?? `(no row "${name}")`);
}

/**
 * 33. Bulk: hide 3 selected products, then Undo from the dashboard's toast. The first row's checkbox by mouse,
 * the next two by keyboard (Arrow Down moves between the checkboxes, Space toggles), the count announced in the
 * bulk toolbar that replaced the search toolbar; the confirm dialog states the action, scope and count (axe
 * with it open); the rows then read "Hidden" (the page re-read them), the results say 3 changed, and the
 * dashboard shows a success toast with Undo. Undo restores them ("Visible"). The emulator's write log: each
 * product's visibility written once to hidden and once back, nothing else, nothing twice.
 */
export default {
  id: 'bulk-hide',
  title: '33. Bulk: hide 3 selected products, Undo from the toast',
  versions: ['V1', 'V3'],
  catalog: 'writes',
  async run(s) {
    const { emulator, catalog } = s;
    const first = await catalog.page({ page: 1 });
    const chosen = first.products.slice(0, 3);
    const names = chosen.map((p) => p.name);
    await s.open();
    const page = new CatalogPage(s.app);
    await page.showing(first);
    assert.deepEqual(await visibilityOf(page, names), ['Visible', 'Visible', 'Visible'], 'the three products start visible');
    const bulk = new BulkPage(s);

    await bulk.checkbox(`Select ${names[0]}`).click();
    await bulk.scoped('1 selected on this page');
    assert.equal(await page.search.count(), 0, 'the bulk toolbar replaced the search toolbar');
    for (const name of names.slice(1)) {
      await s.app.locator(':focus').press('ArrowDown');
      await until(`the focus on "Select ${name}"`, async () => (await s.app.locator(':focus').getAttribute('aria-label')) === `Select ${name}`);
      await s.app.locator(':focus').press('Space');
    }
    await bulk.scoped('3 selected on this page');
    for (const name of names) assert.equal(await bulk.checkbox(`Select ${name}`).isChecked(), true, `${name} is selected`);
    await s.state('three-selected');

    const mark = await writeMark(emulator);
    await bulk.confirm('Hide from store', '3 selected on this page', { state: 'confirm-dialog' });
    await bulk.finished('Done: 3 changed, 0 not changed.');
    await until('the rows to read "Hidden"', async () => (await visibilityOf(page, names)).every((v) => v === 'Hidden'));
    const toast = await bulk.toast('3 products changed.');
    assert.deepEqual(await bulk.toasts(), [{ text: '3 products changed.', type: 'success', action: 'Undo' }], 'one success toast, with Undo');
    const hidden = changedOnce(await writesSince(emulator, mark), 'visible', chosen.map((p) => p.id), 'hide').changes;
    assert.ok([...hidden.values()].every((w) => w.before === true && w.after === false), 'each went from visible to hidden');
    await s.state('hidden');

    const undoMark = await writeMark(emulator);
    await toast.getByRole('button', { name: 'Undo', exact: true }).click();
    await until('the rows to read "Visible" again', async () => (await visibilityOf(page, names)).every((v) => v === 'Visible'));
    await bulk.finished('Done: 3 changed, 0 not changed.');
    const restored = changedOnce(await writesSince(emulator, undoMark), 'visible', chosen.map((p) => p.id), 'undo').changes;
    assert.ok([...restored.values()].every((w) => w.before === false && w.after === true), 'each went back to visible');
    const all = await writesSince(emulator, 0);
    assert.equal(all.length, 6, `six changes in all (3 hidden, 3 restored), nothing applied twice: ${JSON.stringify(all)}`);
    assert.equal((await bulk.toasts()).length, 2, 'a second toast for the undo');
    await s.state('undone');

    // V1 writes visibility one product a call: Stop after the first answer, while the second is in flight.
    if (s.version === 'V1') {
      await bulk.scoped('3 selected on this page');
      await emulator.config({ latencyMs: 400 });
      const stopMark = await writeMark(emulator);
      await bulk.confirm('Hide from store', '3 selected on this page');
      await until('"1 of 3 done…"', async () => (await bulk.results.getByRole('status').textContent().catch(() => ''))?.trim() === '1 of 3 done…');
      // The results outlive the selection: Stop stays in reach when the bulk toolbar goes.
      await s.app.getByRole('button', { name: 'Clear selection', exact: true }).click();
      await bulk.results.getByRole('button', { name: 'Stop', exact: true }).click();
      await bulk.finished('Stopped: 2 changed, 1 not attempted.');
      await bulk.toast('Stopped by you: 2 products changed, 1 not attempted.');
      assert.deepEqual((await bulk.toasts()).at(-1), { text: 'Stopped by you: 2 products changed, 1 not attempted.', type: 'standard', action: 'View details' });
      const stopped = await writesSince(emulator, stopMark);
      assert.deepEqual(stopped.map((w) => [w.productId, w.after]), chosen.slice(0, 2).map((p) => [p.id, false]), `the call in flight landed, none after Stop: ${JSON.stringify(stopped)}`);
      await until('the two written rows to read "Hidden" (re-read after the call in flight)', async () =>
        (await visibilityOf(page, names)).join() === 'Hidden,Hidden,Visible');
      await s.state('stopped');
      await emulator.config({ latencyMs: 0 });
      await bulk.results.getByRole('button', { name: 'Run the rest', exact: true }).click();
      await bulk.finished('Done: 1 changed, 0 not changed.');
      await until('the rows to read "Hidden"', async () => (await visibilityOf(page, names)).every((v) => v === 'Hidden'));
      await bulk.results.getByRole('button', { name: 'Undo', exact: true }).click();
      await bulk.finished('Done: 3 changed, 0 not changed.');
      await until('the rows to read "Visible" again', async () => (await visibilityOf(page, names)).every((v) => v === 'Visible'));
      assert.equal((await writesSince(emulator, stopMark)).length, 6, 'two before Stop, one for the rest, three undone');
    }
    assert.deepEqual(s.pageErrors, [], 'no uncaught error');
  },
};
