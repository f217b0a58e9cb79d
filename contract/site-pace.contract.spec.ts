/** @jest-environment node */
import { firstValueFrom, lastValueFrom } from 'rxjs';
import { BulkRunner } from '../src/app/catalog/bulk/bulk-runner';
import { CallBudget } from '../src/app/catalog/call-budget';
import { CatalogVersionResolver } from '../src/app/catalog/catalog-version';
import { CatalogExportReader, type ExportReader } from '../src/app/catalog/export/catalog-export-reader';
import { BACKGROUND_CALLS_PER_MINUTE, PACE_CLOCK, SitePace } from '../src/app/catalog/site-pace';
import { LoggedCallBudget, busiestMinute, virtualPaceClock } from '../src/app/catalog/testing/virtual-pace-clock';
import { CsvWriter } from '../src/app/products/export/csv-writer';
import { type ExportProgress, runExport } from '../src/app/products/export/export-runner';
import { connectToEmulator } from './contract-setup';

/**
 * A bulk run and an export at once through the app's own runners, the real SDK and the emulator, on the site's
 * one pace with a virtual clock (its waits take no real time; the emulator's real-time rate limit is off, so the
 * pace alone keeps the calls in bounds): what the pace lets through, minute by minute, and Retry-After.
 */
describe('site pace: bulk and export at once (Catalog V1, real SDK)', () => {
  async function setUp(products: number) {
    const time = virtualPaceClock();
    const budget = new LoggedCallBudget();
    const contract = await connectToEmulator({
      emulator: { catalogVersion: 'V1', products, rateLimitPerMinute: 0 },
      providers: [{ provide: PACE_CLOCK, useValue: time.clock }, { provide: CallBudget, useValue: budget }],
    });
    await firstValueFrom(contract.injector.get(CatalogVersionResolver).current());
    const c = contract.emulator.state.catalog;
    const visible = c.ids.filter((_, r) => c.visible[r] === 1);
    const exportTimes: number[] = [];
    const real = contract.injector.get(CatalogExportReader);
    const reader: ExportReader = { read: (source, cursor) => (exportTimes.push(time.now()), real.read(source, cursor)) };
    /** Hides `ids` and exports the whole catalog at once; runs virtual time while either waits on the pace. */
    const both = async (ids: readonly string[]) => {
      let open = 2;
      const bulk = lastValueFrom(contract.injector.get(BulkRunner).run({ kind: 'ids', ids }, { action: { kind: 'visibility', visible: false } })).finally(() => open--);
      const writer = new CsvWriter([{ header: 'id', value: (r) => r.id }]);
      const exported = lastValueFrom(runExport(reader, { kind: 'query', text: '', sort: 'name-asc' }, products, writer, contract.injector.get(SitePace), undefined, time.clock))
        .finally(() => open--);
      while (open > 0) {
        await time.advance();
        await new Promise((r) => setTimeout(r, 2)); // real HTTP to the emulator between virtual waits
      }
      return { bulk: await bulk, exported: (await exported) as ExportProgress };
    };
    return { contract, time, budget, visible, exportTimes, both };
  }

  it('never lets more than 160 background calls into any 60 s; both finish, each product written once; the export is not starved', async () => {
    const { contract, budget, visible, exportTimes, both } = await setUp(3_000);
    try {
      const { bulk, exported } = await both(visible.slice(0, 300));
      expect(bulk.results.filter((r) => r.ok)).toHaveLength(300);
      expect(exported).toMatchObject({ status: 'done', written: 3_000 });
      const writes = contract.emulator.state.stats.snapshot().writes;
      expect(new Set(writes.map((w) => w.productId)).size).toBe(writes.length);
      expect(writes).toHaveLength(300);
      expect(budget.log.length).toBeGreaterThan(300 + 30);
      expect(busiestMinute(budget.log)).toBe(BACKGROUND_CALLS_PER_MINUTE);
      // 30 export reads beside 300+ bulk calls: taking turns, the export's last read is among the first ~60 calls.
      const sorted = [...budget.log].sort((a, b) => a - b);
      expect(sorted.indexOf(exportTimes.at(-1)!)).toBeLessThan(70);
    } finally {
      await contract.close();
    }
  }, 60_000);

  it('a 429 with Retry-After 20 pauses both runners for 20 s; both then finish', async () => {
    const { contract, time, budget, visible, exportTimes, both } = await setUp(1_000);
    try {
      contract.emulator.state.update({ errorNext: { count: 1, status: 429, retryAfter: 20 } });
      const { bulk, exported } = await both(visible.slice(0, 40));
      expect(bulk.results.every((r) => r.ok)).toBe(true);
      expect(exported).toMatchObject({ status: 'done', written: 1_000 });
      // Under 160 calls: the only wait is Wix's pause, between two background calls, 20 s long.
      const sorted = [...budget.log].sort((a, b) => a - b);
      const gaps = sorted.slice(1).map((t, i) => [sorted[i], t - sorted[i]] as const).filter(([, gap]) => gap > 0);
      expect(gaps).toHaveLength(1);
      const [pausedAt, gap] = gaps[0];
      expect(gap).toBe(20_000);
      const resumed = pausedAt + gap;
      expect(exportTimes.some((t) => t >= resumed)).toBe(true);
      expect(sorted.filter((t) => t >= resumed).length).toBeGreaterThan(exportTimes.filter((t) => t >= resumed).length); // bulk too
      expect(time.now()).toBeGreaterThanOrEqual(20_000);
    } finally {
      await contract.close();
    }
  }, 60_000);
});
