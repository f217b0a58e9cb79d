import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { CatalogExportReader, ExportChunk, ExportCursor, ExportReader } from '../../catalog/export/catalog-export-reader';
import type { ExportRow } from '../../catalog/export/export-row';
import { DashboardRequests } from '../../catalog/dashboard-requests';
import { DashboardSite } from '../../catalog/export/export-services';
import { CatalogLabels } from '../catalog-labels';
import { PAGE_CONTEXT } from '../filters/filter-context';
import { ExportPanel } from './export-panel';
import { ExportPanelHarness } from './testing/export-panel-harness';

const row = (n: number): ExportRow => ({
  id: `p-${n}`, name: `Product ${n}`, sku: null, price: n, priceBeforeDiscount: null, currency: 'USD',
  stock: 'in-stock', quantity: null, visible: true, lastUpdated: null,
});

/** 250 products in three chunks; the second waits until the test releases it. */
function heldReader() {
  let release: () => void = () => undefined;
  const calls: ExportCursor[] = [];
  const reader: ExportReader = {
    read: (_source, cursor): Promise<ExportChunk> => {
      calls.push(cursor);
      const from = cursor && 'index' in cursor ? cursor.index : 0;
      const chunk = { rows: Array.from({ length: Math.min(100, 250 - from) }, (_, i) => row(from + i + 1)), next: from + 100 < 250 ? { index: from + 100 } : null };
      return calls.length === 2 ? new Promise((resolve) => (release = () => resolve(chunk))) : Promise.resolve(chunk);
    },
  };
  return { reader, calls, release: () => release() };
}

async function render(reader: ExportReader, total: number | null) {
  const toasts: string[] = [];
  const downloads: string[] = [];
  (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = () => 'blob:export';
  (URL as unknown as { revokeObjectURL: (u: string) => void }).revokeObjectURL = () => undefined;
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
  TestBed.configureTestingModule({
    providers: [
      { provide: CatalogExportReader, useValue: reader },
      { provide: DashboardRequests, useValue: { toast: (t: { message: string }) => (toasts.push(t.message), true) } },
      { provide: DashboardSite, useValue: { label: () => 'my-store' } },
      // The page hands the panel its labels (PAGE_CONTEXT); here only they are read.
      { provide: PAGE_CONTEXT, useFactory: () => ({ labels: TestBed.inject(CatalogLabels) }) },
    ],
  });
  const fixture = TestBed.createComponent(ExportPanel);
  fixture.componentRef.setInput('source', { kind: 'query', text: 'Lin', sort: 'name-asc' });
  fixture.componentRef.setInput('total', total);
  let closed = 0;
  fixture.componentInstance.closed.subscribe(() => closed++);
  await fixture.whenStable();
  const panel = await TestbedHarnessEnvironment.harnessForFixture(fixture, ExportPanelHarness);
  return { fixture, panel, toasts, downloads, closed: () => closed };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('ExportPanel', () => {
  afterEach(() => jest.restoreAllMocks());

  it('shows progress with the count, then downloads the file, says where it went and sends a dashboard toast', async () => {
    const held = heldReader();
    const { fixture, panel, toasts, downloads } = await render(held.reader, 250);
    await tick();
    await fixture.whenStable();
    expect(await panel.text()).toContain('100 of 250 products');
    expect(await panel.progress()).toEqual({ value: '100', max: '250' });
    held.release();
    await tick();
    await fixture.whenStable();
    const name = downloads[0];
    expect(name).toMatch(/^products-my-store-search-lin-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(await panel.text()).toContain(`Exported 250 products to ${name}.`);
    expect(await panel.downloadName('Download the file again')).toBe(name);
    expect(toasts).toEqual([`Exported 250 products to ${name}.`]);
  });

  it('Cancel closes the panel, makes no further call and saves nothing', async () => {
    const held = heldReader();
    const { fixture, panel, downloads, closed } = await render(held.reader, 250);
    await tick();
    await fixture.whenStable();
    await panel.click('Cancel export');
    held.release();
    await tick();
    expect(closed()).toBe(1);
    expect(held.calls).toHaveLength(2);
    expect(downloads).toEqual([]);
  });

  it('asks before a long export, saying how long it takes; "Don’t export" closes without a call', async () => {
    const held = heldReader();
    HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) { this.open = true; };
    HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) { this.open = false; };
    const { fixture, panel, closed } = await render(held.reader, 1_000_000);
    await tick();
    await fixture.whenStable();
    expect(await panel.text()).toContain('Exporting 1,000,000 products takes about 56 min');
    await panel.click('Don’t export');
    expect(closed()).toBe(1);
    expect(held.calls).toEqual([]);
  });
});
