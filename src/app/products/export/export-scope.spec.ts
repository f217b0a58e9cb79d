import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { DashboardRequests } from '../../catalog/dashboard-requests';
import { CatalogExportReader, type ExportChunk, type ExportReader, type ExportSource } from '../../catalog/export/catalog-export-reader';
import type { ExportRow } from '../../catalog/export/export-row';
import { DashboardSite } from '../../catalog/export/export-services';
import { WIX_CLIENT } from '../../wix/wix-client';
import { ProductsPage } from '../products-page';
import { pageTestProviders } from '../testing/page-test-bed';
import { ProductsPageHarness } from '../testing/products-page-harness';
import { ScriptedGateway } from '../testing/scripted-gateway';
import { ExportPanelHarness } from './testing/export-panel-harness';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const row = (id: string): ExportRow => ({
  id, name: id, sku: null, price: 1, priceBeforeDiscount: null, currency: 'USD', stock: 'in-stock', quantity: null, visible: true, lastUpdated: null,
});

/**
 * The page over a scripted catalog of 60 products with a reader that records what it was asked to export:
 * both "Export" buttons (the search toolbar's and the bulk toolbar's) come from their lazy chunks for real.
 */
async function render() {
  const sources: ExportSource[] = [];
  let gate: Promise<void> = Promise.resolve();
  /** Holds the reader's answers until the returned function is called (to read the panel mid-export). */
  const hold = () => {
    let release = () => undefined as void;
    gate = new Promise((resolve) => (release = resolve));
    return () => release();
  };
  const reader: ExportReader = {
    read: async (source): Promise<ExportChunk> => {
      sources.push(source);
      await gate;
      return { rows: source.kind === 'ids' ? source.ids.map(row) : [row('p-1')], next: null };
    },
  };
  (URL as unknown as { createObjectURL: (b: Blob) => string }).createObjectURL = () => 'blob:export';
  (URL as unknown as { revokeObjectURL: (u: string) => void }).revokeObjectURL = () => undefined;
  const downloads: string[] = [];
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
  TestBed.configureTestingModule({
    providers: pageTestProviders('/?q=pro', new ScriptedGateway(), [
      { provide: WIX_CLIENT, useValue: {} },
      { provide: CatalogExportReader, useValue: reader },
      { provide: DashboardRequests, useValue: { toast: () => true } },
      { provide: DashboardSite, useValue: { label: () => 'my-store' } },
    ]),
  });
  const fixture = TestBed.createComponent(ProductsPage);
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await sleep(0);
      await fixture.whenStable();
    }
  };
  await settle();
  const page = await TestbedHarnessEnvironment.harnessForFixture(fixture, ProductsPageHarness);
  const panel = () => TestbedHarnessEnvironment.loader(fixture).getHarness(ExportPanelHarness);
  return { page, panel, settle, sources, downloads, hold };
}

describe('Export: all matching or the selected rows', () => {
  afterEach(() => jest.restoreAllMocks());

  it('from the search toolbar exports all N matching: the view’s text and sort, with its total', async () => {
    const { page, panel, settle, sources, downloads, hold } = await render();
    const release = hold();
    await page.click('Export');
    await settle();
    expect(await (await panel()).text()).toContain('All 60 matching products');
    release();
    await settle();
    expect(await (await panel()).text()).toContain('Exported 1 products');
    expect(sources).toEqual([{ kind: 'query', text: 'pro', sort: 'name-asc' }]);
    expect(downloads).toEqual([expect.stringMatching(/^products-my-store-search-pro-\d{4}-\d\d-\d\d\.csv$/)]);
  });

  it('with rows selected, the bulk toolbar’s Export exports exactly those rows, in the order chosen, and says so', async () => {
    const { page, panel, settle, sources, downloads, hold } = await render();
    await page.toggleCheckbox('Select Product 3');
    await page.toggleCheckbox('Select Product 1');
    await settle();
    expect(await page.bulkToolbar()).toContain('2 selected on this page');
    const release = hold();
    await page.click('Export');
    await settle();
    expect(await (await panel()).text()).toContain('2 selected products');
    expect(sources).toEqual([{ kind: 'ids', ids: ['p3', 'p1'] }]);
    // The panel is the page's, not the toolbar's: clearing the selection mid-export does not stop it.
    await page.click('Clear selection');
    await settle();
    expect(await page.bulkToolbar()).toBeNull();
    release();
    await settle();
    expect(await (await panel()).text()).toMatch(/Exported 2 products to products-my-store-selected-\d{4}-\d\d-\d\d\.csv/);
    expect(downloads).toEqual([expect.stringMatching(/^products-my-store-selected-\d{4}-\d\d-\d\d\.csv$/)]);
  });

  it('with all matching selected, Export exports the view (not the rows on screen)', async () => {
    const { page, settle, sources } = await render();
    await page.toggleCheckbox('Select all products on this page');
    await settle();
    await page.click('Select all 60 matching');
    await settle();
    await page.click('Export');
    await settle();
    expect(sources).toEqual([{ kind: 'query', text: 'pro', sort: 'name-asc' }]);
  });
});
