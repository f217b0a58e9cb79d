import assert from 'node:assert/strict';
import { BulkPage, changedOnce, writeMark, writesSince } from '../lib/bulk-page.mjs';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { catalogSnapshot } from '../lib/catalog-snapshot.mjs';
import { until } from '../lib/wait.mjs';

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * 36. Bulk: More → Add to collection (V1) / category (V3), then filter by it, then Remove from it. Three products
 * of the first page that are not in a small collection are selected; "More" discloses the two actions
 * (aria-expanded); "Add to collection…" opens the list the collection filter uses (searched by name), the
 * confirm dialog states the action, the target, the scope and the count (axe with it open); the results say 3
 * changed and the dashboard shows a success toast. Filtering by that collection (server-side: the product read
 * carries its id) then lists them with the collection's own products; selecting them there and "Remove from
 * collection…" takes them out (the filtered rows are re-read without them). The emulator's write log: each
 * product's membership changed once in, once out, nothing else, nothing twice.
 */
export default {
  id: 'bulk-collection',
  title: '36. Bulk: add 3 products to a collection/category, filter by it, remove them',
  versions: ['V1', 'V3'],
  catalog: 'writes',
  async run(s) {
    const { emulator, catalog } = s;
    const word = catalog.v3 ? 'category' : 'collection';
    const group = await catalog.collectionFor({}, 20);
    const first = await catalog.page({ page: 1 });
    const collectionsOf = new Map((await catalogSnapshot(emulator, catalog.version)).map((p) => [p.id, p.collections]));
    const chosen = first.products.filter((p) => !collectionsOf.get(p.id).includes(group.id)).slice(0, 3);
    const names = chosen.map((p) => p.name);
    const ids = chosen.map((p) => p.id);
    assert.equal(chosen.length, 3, 'three products of the first page outside the collection');
    await s.open();
    const page = new CatalogPage(s.app);
    await page.showing(first);
    const bulk = new BulkPage(s);
    const more = bulk.action('More');

    /** More → Add/Remove → search the list → choose the collection → submit; returns the dialog's text. */
    const membership = async (action, submit) => {
      if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
      await until('More to say its actions are shown (aria-expanded)', async () => (await more.getAttribute('aria-expanded')) === 'true');
      await bulk.action(`${action} ${word}…`).click();
      const form = s.app.getByRole('form', { name: `Choose the ${word}` });
      await form.getByRole('searchbox', { name: catalog.v3 ? 'Search categories' : 'Search collections' }).fill(group.name);
      await form.getByRole('radio', { name: new RegExp(`^${escape(group.name)}\\b`) }).first().check();
      await form.getByRole('button', { name: `${submit} “${group.name}”`, exact: true }).click();
      await until('the confirm dialog', async () => bulk.dialog.isVisible());
      return (await bulk.dialog.textContent()).replace(/\s+/g, ' ');
    };
    const apply = async () => {
      await bulk.dialog.getByRole('button', { name: 'Apply', exact: true }).click();
      await until('the dialog to close', async () => !(await bulk.dialog.isVisible()));
    };

    for (const name of names) await bulk.checkbox(`Select ${name}`).click();
    await bulk.scoped('3 selected on this page');
    assert.equal(await more.getAttribute('aria-expanded'), 'false', 'More starts closed');
    const addMark = await writeMark(emulator);
    const text = await membership('Add to', 'Add to');
    assert.ok(text.includes(`Add to ${word} “${group.name}”: 3 selected on this page.`), `the dialog states action, target, scope and count: ${text}`);
    await s.state('membership-confirm');
    await apply();
    await bulk.finished('Done: 3 changed, 0 not changed.');
    await bulk.toast('3 products changed.');
    assert.deepEqual((await bulk.toasts()).at(-1), { text: '3 products changed.', type: 'success', action: 'Undo' }, 'a success toast');
    const added = changedOnce(await writesSince(emulator, addMark), 'collections', ids, 'add').changes;
    assert.ok([...added.values()].every((w) => !w.before.includes(group.id) && w.after.includes(group.id)), 'each went into the collection');
    await s.state('added');

    // Filter by the collection: the server answers with the collection's products and the three added.
    await s.app.getByRole('button', { name: 'Clear selection', exact: true }).click();
    const filterMark = await emulator.mark();
    await s.app.getByRole('button', { name: /^More filters/ }).click();
    const panel = s.app.getByRole('region', { name: 'More filters' });
    await panel.getByRole('searchbox', { name: catalog.v3 ? 'Search categories' : 'Search collections' }).fill(group.name);
    await panel.getByRole('radio', { name: new RegExp(`^${escape(group.name)}\\b`) }).first().check();
    const total = group.count + 3;
    const filtered = await page.resultsWithRange(`1–${total} of ${total}`);
    for (const name of names) assert.ok(filtered.includes(name), `${name} is listed in the collection: ${JSON.stringify(filtered)}`);
    const reads = (await filterMark.calls()).filter((c) => c.path === catalog.productsPath);
    assert.ok(reads.length > 0 && reads.every((c) => JSON.stringify(c.payload).includes(group.id)), 'the rows come from a read filtered by the collection');
    await panel.getByRole('button', { name: 'Done' }).click();
    await s.state('filtered');

    // Select them again in the filtered list, and take them out.
    for (const name of names) await bulk.checkbox(`Select ${name}`).click();
    await bulk.scoped('3 selected on this page');
    const removeMark = await writeMark(emulator);
    const removeText = await membership('Remove from', 'Remove from');
    assert.ok(removeText.includes(`Remove from ${word} “${group.name}”: 3 selected on this page.`), removeText);
    await apply();
    await bulk.finished('Done: 3 changed, 0 not changed.');
    await page.resultsWithRange(`1–${group.count} of ${group.count}`);
    for (const name of names) assert.ok(!(await page.rowNames()).includes(name), `${name} left the filtered list`);
    changedOnce(await writesSince(emulator, removeMark), 'collections', ids, 'remove');
    const all = (await writesSince(emulator, addMark)).filter((w) => JSON.stringify(w.before) !== JSON.stringify(w.after));
    assert.equal(all.length, 6, `six changes in all (3 in, 3 out), nothing applied twice: ${JSON.stringify(all)}`);
    assert.deepEqual(s.pageErrors, [], 'no uncaught error');
    await s.state('removed');
  },
};
