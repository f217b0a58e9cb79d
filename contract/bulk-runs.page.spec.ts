import './jsdom-node-bridge';
import type { ToastRequest } from '../src/app/catalog/dashboard-requests';
import type { ProductsPageHarness } from '../src/app/products/testing/products-page-harness';
import { useBulkPage } from './bulk-setup';
import type { Contract } from './contract-setup';
import type { ConnectedPage } from './connected-page';

/*
 * A bulk change as a whole, through the page (real SDK, emulator): Stop (what was done stays done, is reported
 * as stopped, not failed, and "Run the rest" finishes it), results that outlive the selection, Undo that covers
 * every run of a change, the toast's Undo bound to its own run (and refused while another runs), and failure
 * reasons in words. The emulator's latency keeps a run going long enough to act during it.
 */

jest.setTimeout(60_000);

describe.each(['V1', 'V3'] as const)('bulk runs on the products page (Catalog %s)', (version) => {
  const bulk = useBulkPage({ emulator: { catalogVersion: version, products: 60, rateLimitPerMinute: 0 } });
  let contract: Contract;
  let page: ConnectedPage;
  let harness: ProductsPageHarness;
  let toasts: ToastRequest[];
  beforeEach(() => ({ contract, page, harness, toasts } = bulk));

  const state = () => contract.emulator.state;
  const writes = () => state().stats.snapshot().writes;
  const results = () => page.root().querySelector<HTMLElement>('#cm-bulk-results');
  const cellsOf = async (name: string) => (await harness.rowCells())[(await harness.rowNames()).indexOf(name)].join(' ');
  const settled = () => page.until(() => page.root().querySelector('[aria-busy=true]') === null);
  async function visible(n: number, skip = 0): Promise<string[]> {
    const names = await harness.rowNames();
    const cells = await harness.rowCells();
    return names.filter((_, i) => cells[i].includes('Visible')).slice(skip, skip + n);
  }
  async function select(names: readonly string[]): Promise<void> {
    for (const name of names) await harness.toggleCheckbox(`Select ${name}`);
    await page.until(() => page.root().querySelector('[role=toolbar]') !== null);
  }
  async function hide(names: readonly string[]): Promise<void> {
    await select(names);
    await harness.click('Hide from store');
    await harness.click('Apply');
  }

  it('Stop: the call in flight lands and is reported; "Stopped", not failed; the results outlive the selection; Run the rest; Undo restores all', async () => {
    const names = await visible(3);
    state().update({ latencyMs: 300 });
    await hide(names);
    // V1 writes one product a call: Stop after the first answer (the second is in flight). V3 writes them in one call: Stop during the read.
    await page.until(() => page.text().includes(version === 'V1' ? '1 of 3 done…' : '0 of 3 done…'));
    await harness.click('Clear selection');
    expect(await harness.bulkToolbar()).toBeNull();
    expect(results()?.closest('[hidden]')).toBeNull();
    await harness.click('Stop');
    const [changed, rest] = version === 'V1' ? [2, 1] : [0, 3];
    await page.until(() => page.text().includes(`Stopped: ${changed} changed, ${rest} not attempted.`));
    expect(writes()).toHaveLength(changed);
    expect(page.text()).not.toContain('not changed');
    expect(toasts).toEqual([expect.objectContaining({ message: `Stopped by you: ${changed === 0 ? '0 products' : `${changed} products`} changed, ${rest} not attempted.`, type: 'standard' })]);
    // The table is read again after the call in flight landed: its product shows the change.
    await page.until(() => page.root().querySelector('[aria-busy=true]') === null && writes().length === changed);
    await settled();
    expect(await Promise.all(names.map(cellsOf))).toEqual(names.map((_, i) => expect.stringContaining(i < changed ? 'Hidden' : 'Visible')));

    state().update({ latencyMs: 0 });
    await harness.click('Run the rest');
    await page.until(() => page.text().includes(`Done: ${rest} changed, 0 not changed.`));
    await settled();
    for (const name of names) expect(await cellsOf(name)).toContain('Hidden');
    expect(new Set(writes().map((w) => w.productId)).size).toBe(3);
    expect(writes()).toHaveLength(3);

    await harness.click('Undo');
    await page.until(() => page.text().includes('Done: 3 changed, 0 not changed.'));
    await settled();
    for (const name of names) expect(await cellsOf(name)).toContain('Visible');
    expect(writes().map((w) => w.after)).toEqual([false, false, false, true, true, true]);
  });

  it('Undo after "Retry failed" restores every product of the change; "View details" focuses the results on screen', async () => {
    const names = await visible(3);
    const refused = await idOf(names[1]);
    state().update({ failWritesFor: [refused] });
    await hide(names);
    await page.until(() => page.text().includes('Done: 2 changed, 1 not changed.'));
    await harness.click('Clear selection');
    toasts.at(-1)!.action!.onClick();
    await page.fixture.whenStable();
    expect(page.fixture.nativeElement.ownerDocument.activeElement).toBe(results());
    expect(results()!.closest('[hidden]')).toBeNull();

    state().update({ failWritesFor: [] });
    await harness.click('Retry failed');
    await page.until(() => page.text().includes('Done: 1 changed, 0 not changed.'));
    await harness.click('Undo');
    await page.until(() => page.text().includes('Done: 3 changed, 0 not changed.'));
    await settled();
    for (const name of names) expect(await cellsOf(name)).toContain('Visible');
    expect(writes().filter((w) => w.after === true).map((w) => w.productId).sort()).toEqual((await Promise.all(names.map(idOf))).sort());
  });

  it("the toast's Undo restores its own run, not a later one, and is refused while another run is going", async () => {
    const first = await visible(3);
    await hide(first);
    await page.until(() => toasts.length === 1);
    await settled();
    const undoFirst = toasts[0].action!;
    expect(undoFirst.text).toBe('Undo');

    await harness.click('Clear selection');
    const second = await visible(2);
    state().update({ latencyMs: 300 });
    await hide(second);
    await page.until(() => page.text().includes('0 of 2 done…'));
    undoFirst.onClick();
    expect(toasts.at(-1)).toEqual({ message: 'Undo is not possible while another bulk change is running. Try again when it has finished.', type: 'error' });
    await page.until(() => page.text().includes('Done: 2 changed, 0 not changed.'));
    await settled();
    state().update({ latencyMs: 0 });
    expect(writes()).toHaveLength(5);

    undoFirst.onClick();
    await page.until(() => page.text().includes('Done: 3 changed, 0 not changed.'));
    await settled();
    for (const name of first) expect(await cellsOf(name)).toContain('Visible');
    for (const name of second) expect(await cellsOf(name)).toContain('Hidden');
    expect(writes().slice(5).map((w) => w.productId).sort()).toEqual((await Promise.all(first.map(idOf))).sort());
  });

  it("the toast's Undo is refused with the permission named once writes were refused (403), and writes nothing", async () => {
    const first = await visible(3);
    await hide(first);
    await page.until(() => toasts.length === 1);
    await settled();
    await harness.click('Clear selection');
    state().update({ revokeWritesAfter: 0 });
    await hide(await visible(2));
    const permission = version === 'V1' ? 'WIX_STORES.MODIFY_PRODUCTS' : 'WIX_STORES.PRODUCT_UPDATE';
    await page.until(() => page.text().includes(`(${permission})`));
    await settled();
    const before = writes().length;
    toasts[0].action!.onClick();
    expect(toasts.at(-1)).toEqual({ message: `Changing products is unavailable: your role lacks the “Manage Products” permission (${permission}). Ask the site owner to grant it.`, type: 'error' });
    await new Promise((r) => setTimeout(r, 200));
    expect(writes()).toHaveLength(before);
  });

  it('a product whose calls keep failing is reported in words, not with an internal code', async () => {
    const [name] = await visible(1);
    // The read of every attempt (3) and the final read fail with 500s.
    state().update({ errorNext: { count: 4, status: 500, retryAfter: null } });
    await hide([name]);
    await page.until(() => page.text().includes('Done: 0 changed, 1 not changed.'));
    expect(await harness.bulkResults()).toContain(`${name}: not changed: Wix Stores could not be reached`);
    expect(page.text()).not.toMatch(/\((unavailable|rate-limited|unknown)\)/);
    expect(toasts.at(-1)).toMatchObject({ message: 'No products were changed.', type: 'error' });
  });

  /** The catalog id of the row with this name. */
  async function idOf(name: string): Promise<string> {
    const c = state().catalog as unknown as { ids: string[]; name?: string[]; names?: string[] };
    const list = c.name ?? c.names;
    if (!list) throw new Error('the emulator catalog has no names array');
    return c.ids[list.indexOf(name)];
  }
});
