import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { parse } from 'csv-parse/sync';
import { Subject } from 'rxjs';
import { CatalogExportReader, ExportChunk, ExportCursor, ExportReader, ExportSource } from '../../catalog/export/catalog-export-reader';
import type { ExportRow } from '../../catalog/export/export-row';
import { DashboardRequests } from '../../catalog/dashboard-requests';
import { DashboardSite } from '../../catalog/export/export-services';
import type { ProductPage } from '../../catalog/product';
import { PageLanguage } from '../../i18n/page-language';
import { DASHBOARD_LOCALE } from '../../wix/dashboard-locale';
import { CatalogLabels } from '../catalog-labels';
import { ColumnChoice, DEFAULT_COLUMNS } from '../columns/product-columns';
import { FILTER_CONTEXT, PAGE_CONTEXT } from '../filters/filter-context';
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

/** The page around the panel: the columns the table shows, its language, and whether it shows categories (V3). */
interface PageSetup {
  readonly columns?: ColumnChoice;
  readonly language?: string;
  readonly categories?: boolean;
  /** What the latest page said of cost and profit (absent: unknown). */
  readonly merchantData?: 'sent' | 'withheld';
}

async function render(reader: ExportReader, total: number | null, setup: PageSetup = {}) {
  const toasts: string[] = [];
  const downloads: string[] = [];
  const files: Blob[] = [];
  (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = (file: Blob) => (files.push(file), 'blob:export');
  (URL as unknown as { revokeObjectURL: (u: string) => void }).revokeObjectURL = () => undefined;
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
  TestBed.configureTestingModule({
    providers: [
      { provide: CatalogExportReader, useValue: reader },
      { provide: DashboardRequests, useValue: { toast: (t: { message: string }) => (toasts.push(t.message), true) } },
      { provide: DashboardSite, useValue: { label: () => 'my-store' } },
      // The page hands the panel its labels (PAGE_CONTEXT), the columns shown and its latest page (FILTER_CONTEXT's
      // column context); only they are read.
      { provide: PAGE_CONTEXT, useFactory: () => ({ labels: TestBed.inject(CatalogLabels) }) },
      {
        provide: FILTER_CONTEXT,
        useValue: {
          columns: {
            columns: { choice: signal(setup.columns ?? DEFAULT_COLUMNS) },
            page: signal({ filterSupport: { collectionKind: setup.categories ? 'category' : 'collection' }, merchantData: setup.merchantData } as unknown as ProductPage),
          },
        },
      },
      { provide: DASHBOARD_LOCALE, useValue: { initial: setup.language ?? 'en', changes: () => new Subject<string>() } },
    ],
  });
  await TestBed.inject(PageLanguage).start();
  const fixture = TestBed.createComponent(ExportPanel);
  fixture.componentRef.setInput('source', { kind: 'query', text: 'Lin', sort: 'name-asc' });
  fixture.componentRef.setInput('total', total);
  let closed = 0;
  fixture.componentInstance.closed.subscribe(() => closed++);
  await fixture.whenStable();
  const panel = await TestbedHarnessEnvironment.harnessForFixture(fixture, ExportPanelHarness);
  return { fixture, panel, toasts, downloads, closed: () => closed, files };
}

/** A reader with these rows in one chunk; `sources` records what each read was asked. */
const readerOf = (rows: ExportRow[], sources: ExportSource[] = []): ExportReader => ({ read: async (source) => (sources.push(source), { rows, next: null }) });

/** The downloaded file as a spreadsheet reads it (csv-parse, BOM stripped): header line, then rows. */
async function csvOf(file: Blob): Promise<string[][]> {
  const text = await new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(file);
  });
  return parse(text, { bom: true }) as string[][];
}

/** A product with every column's data. */
const full: ExportRow = {
  id: 'p-1', name: '=Linen, "dress"', sku: 'LD-1', price: 12.5, priceBeforeDiscount: 20, currency: 'EUR',
  stock: 'in-stock', quantity: 7, visible: false, lastUpdated: new Date('2026-03-04T05:06:07Z'),
  productType: 'physical', brand: 'Acme', ribbon: null, created: new Date('2025-01-02T03:04:05Z'), collectionIds: ['c-1', 'c-2'],
};

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
    expect(await panel.text()).toContain('Exporting 1,000,000 products takes about 1 h 3 min');
    await panel.click('Don’t export');
    expect(closed()).toBe(1);
    expect(held.calls).toEqual([]);
  });

  it('writes the table’s default columns: the id first, prices as numbers with their currency, dates as ISO 8601', async () => {
    const { fixture, files } = await render(readerOf([full]), 1);
    await tick();
    await fixture.whenStable();
    expect(await csvOf(files[0])).toEqual([
      ['Product ID', 'Name', 'SKU', 'Price', 'Price before discount', 'Currency', 'Stock', 'Quantity', 'Visibility', 'Last updated'],
      ['p-1', `'=Linen, "dress"`, 'LD-1', '12.5', '20', 'EUR', 'In stock', '7', 'Hidden', '2026-03-04T05:06:07.000Z'],
    ]);
  });

  it('writes the columns the merchant chose, in their order; for a manager, cost and profit as numbers with the currency', async () => {
    const sources: ExportSource[] = [];
    const rows = [{ ...full, cost: 4.25, profit: 8.25 }, { ...full, id: 'p-2', collectionIds: [], productType: null, cost: null, profit: null }];
    const { fixture, panel, files } = await render(readerOf(rows, sources), 2, {
      columns: ['brand', 'cost', 'collections', 'created', 'profit', 'productType'],
      categories: true,
      merchantData: 'sent',
    });
    await tick();
    await fixture.whenStable();
    const [header, ...written] = await csvOf(files[0]);
    expect(header).toEqual(['Product ID', 'Name', 'Brand', 'Cost', 'Category IDs', 'Created', 'Profit', 'Product type', 'Currency']);
    expect(written).toEqual([
      ['p-1', `'=Linen, "dress"`, 'Acme', '4.25', 'c-1, c-2', '2025-01-02T03:04:05.000Z', '8.25', 'Physical', 'EUR'],
      ['p-2', `'=Linen, "dress"`, 'Acme', '', '', '2025-01-02T03:04:05.000Z', '', '', 'EUR'],
    ]);
    // The reader is asked for cost and profit (V3 then asks MERCHANT_DATA), and the panel has nothing to explain.
    expect(sources).toEqual([{ kind: 'query', text: 'Lin', sort: 'name-asc', merchantData: true }]);
    expect(await panel.text()).not.toContain('Cost and profit');
  });

  it('with Price shown, cost and profit share its currency column', async () => {
    const { fixture, files } = await render(readerOf([{ ...full, cost: 3, profit: 9.5 }]), 1, { columns: ['price', 'cost', 'profit'], merchantData: 'sent' });
    await tick();
    await fixture.whenStable();
    expect(await csvOf(files[0])).toEqual([
      ['Product ID', 'Name', 'Price', 'Price before discount', 'Currency', 'Cost', 'Profit'],
      ['p-1', `'=Linen, "dress"`, '12.5', '20', 'EUR', '3', '9.5'],
    ]);
  });

  it('for a role Wix withholds cost from, cost and profit are left out (not asked for), and the panel says why', async () => {
    const sources: ExportSource[] = [];
    const { fixture, panel, files } = await render(readerOf([{ ...full, cost: null, profit: null }], sources), 1, {
      columns: ['brand', 'cost', 'profit'],
      merchantData: 'withheld',
    });
    await tick();
    await fixture.whenStable();
    const [header, written] = await csvOf(files[0]);
    expect(header).toEqual(['Product ID', 'Name', 'Brand']);
    expect(written).toEqual(['p-1', `'=Linen, "dress"`, 'Acme']);
    expect(sources).toEqual([{ kind: 'query', text: 'Lin', sort: 'name-asc' }]);
    expect(await panel.text()).toContain('Cost and profit are not exported: your role can’t see them.');
  });

  it('says nothing of cost and profit while the table does not show them', async () => {
    const { fixture, panel } = await render(readerOf([full]), 1, { columns: ['sku', 'quantity'] });
    await tick();
    await fixture.whenStable();
    expect(await panel.text()).not.toContain('Cost and profit');
  });

  it('Stock and Quantity shown together give one quantity column; collections on V1 are collection ids', async () => {
    const { fixture, files } = await render(readerOf([full]), 1, { columns: ['quantity', 'stock', 'collections'] });
    await tick();
    await fixture.whenStable();
    expect((await csvOf(files[0]))[0]).toEqual(['Product ID', 'Name', 'Quantity', 'Stock', 'Collection IDs']);
  });

  it.each([
    ['de', ['Produkt-ID', 'Name', 'SKU', 'Preis', 'Preis vor Rabatt', 'Währung', 'Lagerbestand', 'Menge', 'Sichtbarkeit', 'Zuletzt aktualisiert'], '1 Produkt nach'],
    ['he', ['מזהה מוצר', 'שם', 'מק״ט', 'מחיר', 'מחיר לפני הנחה', 'מטבע', 'מלאי', 'כמות', 'נראוּת', 'עדכון אחרון'], 'מוצר אחד יוצא לקובץ'],
  ])('in %s, the panel and the file’s headers and words follow the page’s language; numbers stay numbers', async (language, headers, done) => {
    const { fixture, panel, files } = await render(readerOf([full]), 1, { language });
    await tick();
    await fixture.whenStable();
    const [header, row] = await csvOf(files[0]);
    expect(header).toEqual(headers);
    expect(row.slice(3, 6)).toEqual(['12.5', '20', 'EUR']);
    const english = TestBed.inject(CatalogLabels);
    expect(row[6]).toBe(english.stock['in-stock']);
    expect(row[6]).not.toBe('In stock');
    expect(await panel.text()).toContain(done);
  });
});
