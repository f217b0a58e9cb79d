/** @jest-environment node */
import { CatalogExportReader, type ExportCursor, type ExportSource } from '../src/app/catalog/export/catalog-export-reader';
import type { ExportRow } from '../src/app/catalog/export/export-row';
import { Contract, connectToEmulator } from './contract-setup';

/**
 * Export of selected rows (issue 13's "the selected rows") through the app's reader, the real SDK and the
 * emulator, on V1 and V3: 100 ids a call with an `_id $in` query, rows in the order the ids were chosen, an id
 * the catalog no longer has left out, and each row's values the catalog's own.
 */
describe.each(['V1', 'V3'] as const)('export of selected rows on Catalog %s', (version) => {
  let contract: Contract;
  let reader: CatalogExportReader;
  beforeAll(async () => {
    contract = await connectToEmulator({ emulator: { catalogVersion: version, products: 400, rateLimitPerMinute: 0 } });
    reader = contract.injector.get(CatalogExportReader);
  });
  afterAll(() => contract.close());

  /** Every chunk of an export, in order, and the product calls it took. */
  async function exportAll(source: ExportSource): Promise<{ rows: ExportRow[]; calls: number }> {
    const before = (await contract.stats()).recent.length;
    const rows: ExportRow[] = [];
    let cursor: ExportCursor = null;
    do {
      const chunk = await reader.read(source, cursor);
      rows.push(...chunk.rows);
      cursor = chunk.next;
    } while (cursor);
    const calls = (await contract.stats()).recent.slice(before).filter((c) => c.path.includes('/products'));
    return { rows, calls: calls.length };
  }

  it('reads 150 chosen ids in two calls, in the order chosen, with the catalog’s names, prices and visibility', async () => {
    const c = contract.emulator.state.catalog;
    const paid = contract.emulator.state.indexes.effectivePrices();
    // Chosen out of catalog order (every second product, backwards), plus one id that does not exist.
    const chosen = Array.from({ length: 150 }, (_, i) => c.ids[298 - 2 * i]);
    const { rows, calls } = await exportAll({ kind: 'ids', ids: [...chosen.slice(0, 75), 'no-such-product', ...chosen.slice(75)] });
    expect(calls).toBe(2);
    expect(rows.map((r) => r.id)).toEqual(chosen);
    for (const r of rows) {
      const at = c.ids.indexOf(r.id);
      expect(r.name).toBe(c.names[at]);
      expect(r.visible).toBe(c.visible[at] === 1);
      // The price a buyer pays, and the list price beside it when discounted (V1 and V3 alike).
      expect(r.price).toBeCloseTo(paid[at], 2);
      expect(r.priceBeforeDiscount ?? paid[at]).toBeCloseTo(c.price[at], 2);
    }
  });

  it('with merchantData (a cost or profit column shown), an owner gets each product’s cost and profit as numbers: selected ids and a view', async () => {
    const c = contract.emulator.state.catalog;
    const paid = contract.emulator.state.indexes.effectivePrices();
    const chosen = [c.ids[5], c.ids[1], c.ids[42]];
    const byIds = await exportAll({ kind: 'ids', ids: chosen, merchantData: true });
    const view = await reader.read({ kind: 'query', text: '', sort: 'name-asc', merchantData: true }, null);
    for (const r of [...byIds.rows, ...view.rows]) {
      const at = c.ids.indexOf(r.id);
      if (Number.isNaN(c.cost[at])) continue;
      expect(r.cost).toBeCloseTo(c.cost[at], 2);
      expect(r.profit).toBeCloseTo(paid[at] - c.cost[at], 2);
    }
    expect([...byIds.rows, ...view.rows].filter((r) => typeof r.cost === 'number').length).toBeGreaterThan(50);
  });
});

describe.each(['V1', 'V3'] as const)('export with cost and profit on Catalog %s as a viewer', (version) => {
  let contract: Contract;
  beforeAll(async () => {
    contract = await connectToEmulator({ role: 'viewer', emulator: { catalogVersion: version, products: 150, rateLimitPerMinute: 0 } });
  });
  afterAll(() => contract.close());

  it('Wix withholds cost (V3: a 403 for asking, then the same read without): rows come, without cost or profit', async () => {
    const reader = contract.injector.get(CatalogExportReader);
    const c = contract.emulator.state.catalog;
    const view = await reader.read({ kind: 'query', text: '', sort: 'name-asc', merchantData: true }, null);
    const byIds = await reader.read({ kind: 'ids', ids: [c.ids[3], c.ids[7]], merchantData: true }, null);
    expect(view.rows.length).toBeGreaterThan(0);
    expect(byIds.rows.map((r) => r.id)).toEqual([c.ids[3], c.ids[7]]);
    expect([...view.rows, ...byIds.rows].every((r) => r.cost == null && r.profit == null)).toBe(true);
  });
});
