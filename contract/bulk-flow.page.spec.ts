import './jsdom-node-bridge';
import type { ToastRequest } from '../src/app/catalog/dashboard-requests';
import type { ProductsPageHarness } from '../src/app/products/testing/products-page-harness';
import { useBulkPage } from './bulk-setup';
import type { Contract } from './contract-setup';
import type { ConnectedPage } from './connected-page';

/*
 * The bulk actions through the page: checkboxes, the lazy bulk toolbar, the confirm dialog, the run, results per
 * product, Retry failed, Undo (from the toast), the 403 state and the price form's preview. The page runs in
 * jsdom with the real SDK against an in-process emulator, so what the rows say comes from re-reads and the
 * emulator's write log says what was applied (each change once). Toasts are recorded at DashboardRequests, the
 * page's one door to `dashboard.showToast` (the browser journeys check the host shows them).
 */

jest.setTimeout(60_000);

describe.each(['V1', 'V3'] as const)('bulk actions on the products page (Catalog %s, real SDK, emulator)', (version) => {
  const bulk = useBulkPage({ emulator: { catalogVersion: version, products: 60, rateLimitPerMinute: 0 } });
  let contract: Contract;
  let page: ConnectedPage;
  let harness: ProductsPageHarness;
  let toasts: ToastRequest[];
  beforeEach(() => ({ contract, page, harness, toasts } = bulk));

  const writes = () => contract.emulator.state.stats.snapshot().writes;
  const visibilityOf = async (name: string) => (await harness.rowCells())[(await harness.rowNames()).indexOf(name)].join(' ');
  /** Three products of the first page that are visible (the seeded catalog hides some). */
  async function threeVisible(): Promise<string[]> {
    const names = await harness.rowNames();
    const cells = await harness.rowCells();
    return names.filter((_, i) => cells[i].includes('Visible')).slice(0, 3);
  }
  async function select(names: readonly string[]): Promise<void> {
    for (const name of names) await harness.toggleCheckbox(`Select ${name}`);
    await page.until(() => page.root().querySelector('[role=toolbar]') !== null);
  }

  it('hide 3 → confirm (action, scope, count) → rows read "Hidden", results and a toast; Undo from the toast restores them; each write once', async () => {
    const names = await threeVisible();
    await select(names);
    await harness.click('Hide from store');
    expect(await harness.dialogText()).toContain('Hide from store: 3 selected on this page. This changes these products in your store.');
    expect(page.root().querySelector('dialog[open] h2')?.textContent).toBe('Confirm bulk change');
    await harness.click('Apply');
    expect(await harness.dialogText()).toBeNull();
    await page.until(() => page.text().includes('Done: 3 changed, 0 not changed.'));
    await page.until(() => page.root().querySelector('[aria-busy=true]') === null);
    for (const name of names) expect(await visibilityOf(name)).toContain('Hidden');
    expect(writes().map((w) => [w.field, w.after])).toEqual([['visible', false], ['visible', false], ['visible', false]]);
    expect(new Set(writes().map((w) => w.productId)).size).toBe(3);
    expect(toasts).toEqual([expect.objectContaining({ message: '3 products changed.', type: 'success', action: expect.objectContaining({ text: 'Undo' }) })]);

    toasts[0].action!.onClick();
    await page.until(() => toasts.length === 2);
    await page.until(() => page.root().querySelector('[aria-busy=true]') === null);
    for (const name of names) expect(await visibilityOf(name)).toContain('Visible');
    expect(writes().map((w) => w.after)).toEqual([false, false, false, true, true, true]);
  });

  it('a product Wix refuses is reported with the reason; Retry failed retries only it; Cancel in the dialog writes nothing', async () => {
    const names = await threeVisible();
    await select(names);
    await harness.click('Show in store');
    await harness.click('Cancel');
    expect(await harness.dialogText()).toBeNull();
    expect(writes()).toEqual([]);

    const ids = contract.emulator.state.catalog.ids;
    const refusedId = ids.find((id) => contract.emulator.state.catalog.names?.[ids.indexOf(id)] === names[1]) ?? null;
    // The second selected product is refused by the emulator (failWritesFor), found by its row's name.
    const target = refusedId ?? (await idOfRow(names[1]));
    contract.emulator.state.update({ failWritesFor: [target] });
    await harness.click('Hide from store');
    await harness.click('Apply');
    await page.until(() => page.text().includes('Done: 2 changed, 1 not changed.'));
    expect(await harness.bulkResults()).toContain(`${names[1]}: refused by Wix (WRITE_REFUSED`);
    expect(toasts.at(-1)).toMatchObject({ message: '2 products changed, 1 not changed.', type: 'warning', action: { text: 'View details' } });

    contract.emulator.state.update({ failWritesFor: [] });
    await harness.click('Retry failed');
    await page.until(() => page.text().includes('Done: 1 changed, 0 not changed.'));
    const logged = writes().map((w) => w.productId);
    expect(logged).toHaveLength(3);
    expect(new Set(logged).size).toBe(3);
    expect(logged.at(-1)).toBe(target);
  });

  it('after a 403 the actions are unavailable for the session, naming the permission', async () => {
    const names = await threeVisible();
    await select(names);
    contract.emulator.state.update({ revokeWritesAfter: 0 });
    await harness.click('Hide from store');
    await harness.click('Apply');
    const permission = version === 'V1' ? 'WIX_STORES.MODIFY_PRODUCTS' : 'WIX_STORES.PRODUCT_UPDATE';
    await page.until(() => page.text().includes(`(${permission})`));
    expect(page.text()).toContain(`Changing products is unavailable: your role lacks the “Manage Products” permission (${permission}).`);
    expect(writes()).toEqual([]);
    for (const action of ['Show in store', 'Hide from store', 'Change price']) {
      expect(page.root().querySelector(`[role=toolbar] button[aria-disabled=true][aria-describedby=cm-writes-denied]`)).not.toBeNull();
      await harness.click(action);
      expect(await harness.dialogText()).toBeNull();
    }
    expect(await harness.hasButton('Retry failed')).toBe(false);
  });

  it('Change price previews the selected products before → after and applies the absolute result once', async () => {
    const names = await threeVisible();
    await select(names.slice(0, 2));
    await harness.click('Change price');
    await page.until(() => page.root().querySelectorAll('.preview tr').length === 2);
    const before = await harness.pricePreview();
    // Default +10 %, to the cent: each row says "name before → after" with after = before × 1.1, in dollars.
    for (const row of before) {
      const [from, to] = amounts(row);
      expect(to).toBeCloseTo(Math.round(from * 110) / 100, 2);
    }
    await harness.typePriceValue('abc');
    expect(page.text()).toContain('Enter a number');
    await harness.typePriceValue('-5');
    await page.fixture.whenStable();
    const after = await harness.pricePreview();
    expect(after.map((r) => amounts(r)[1].toFixed(2))).toEqual(before.map((r) => (Math.round(amounts(r)[0] * 95) / 100).toFixed(2)));
    await harness.click('Apply price change');
    // The change in full, the scope and the count; Cancel has the focus (a stray Enter changes nothing).
    expect(await harness.dialogText()).toContain('Decrease prices by 5 %, rounded to the cent: 2 selected on this page.');
    expect(await harness.dialogFocus()).toBe('Cancel');
    await harness.click('Apply');
    await page.until(() => page.text().includes('Done: 2 changed, 0 not changed.'));
    const priceWrites = writes().filter((w) => w.field === 'price');
    expect(priceWrites.map((w) => Number(w.after).toFixed(2)).sort()).toEqual(after.map((r) => amounts(r)[1].toFixed(2)).sort());
  });

  it('"All matching" previews the first products on screen, amounts in the store currency; Cancel writes nothing', async () => {
    await harness.toggleCheckbox('Select all products on this page');
    await page.until(() => page.root().querySelector('[role=toolbar]') !== null);
    await harness.click('Select all 60 matching');
    await harness.click('Change price');
    await page.until(() => page.root().querySelectorAll('.preview tr').length === 3);
    expect(await harness.previewCaption()).toBe('Preview of the first products on this page (before → after)');
    const names = (await harness.rowNames()).slice(0, 3);
    const rows = await harness.pricePreview();
    rows.forEach((row, i) => expect(row.startsWith(names[i])).toBe(true));
    for (const row of rows) expect(amounts(row)).toHaveLength(2);
    await harness.choosePriceMode('set');
    await harness.typePriceValue('12');
    await harness.click('Apply price change');
    expect(await harness.dialogText()).toContain('Set price to $12.00: All 60 matching selected.');
    await harness.click('Cancel');
    expect(await harness.dialogText()).toBeNull();
    expect(writes()).toEqual([]);
  });

  /** The amounts of a preview row, each with the store's currency (a bare "12.00" does not count). */
  function amounts(row: string): number[] {
    return [...row.matchAll(/\$([\d,]+\.\d\d)/g)].map((m) => Number(m[1].replace(/,/g, '')));
  }

  /** The catalog id of the row with this name (the emulator's catalog arrays, by name). */
  async function idOfRow(name: string): Promise<string> {
    const c = contract.emulator.state.catalog as unknown as { ids: string[]; name?: string[]; names?: string[] };
    const list = c.name ?? c.names;
    if (!list) throw new Error('the emulator catalog has no names array');
    return c.ids[list.indexOf(name)];
  }
});
