import { APP_BASE_HREF, Location, PlatformLocation } from '@angular/common';
import { MOCK_PLATFORM_LOCATION_CONFIG, MockPlatformLocation } from '@angular/common/testing';
import { inject, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HiddenProducts } from '../../catalog/hidden-products';
import { DEFAULT_QUERY, ProductQuery } from '../../catalog/product';
import { ColumnChoice, PRODUCT_COLUMNS } from '../columns/product-columns';
import { QueryUrl } from '../query-url';
import { scriptedHiddenProducts } from '../testing/page-test-bed';
import { VIEWS_CONTEXT, ViewsContext } from './view-context';
import { ViewTabs } from './view-tabs';
import { VIEWS_KEY, V1_SUPPORT, settle, storedViews } from './testing/views-page';
import { ViewTabsHarness } from './testing/view-tabs-harness';

/**
 * The seam to the column chooser (ViewsContext.columns: PRODUCT_COLUMNS), on the tabs alone: views save, compare
 * and restore the columns with the rest of the view, and the chooser remembers a column change for the site only
 * while no own view is selected.
 */
async function render(url = '/', link = async (search: string) => `https://dash.test/p?${search}`) {
  const query = signal<ProductQuery>(DEFAULT_QUERY);
  const context = (): ViewsContext => ({ query, support: signal(V1_SUPPORT), urls: Object.assign(inject(QueryUrl), { link }), columns: inject(PRODUCT_COLUMNS) });
  TestBed.configureTestingModule({
    providers: [
      { provide: PlatformLocation, useClass: MockPlatformLocation },
      { provide: MOCK_PLATFORM_LOCATION_CONFIG, useValue: { startUrl: `http://localhost${url}` } },
      { provide: APP_BASE_HREF, useValue: '/' },
      { provide: HiddenProducts, useValue: scriptedHiddenProducts() },
      { provide: VIEWS_CONTEXT, useFactory: context },
    ],
  });
  const columns = TestBed.inject(PRODUCT_COLUMNS);
  const fixture = TestBed.createComponent(ViewTabs);
  await settle(fixture);
  return { fixture, query, columns, views: await TestbedHarnessEnvironment.harnessForFixture(fixture, ViewTabsHarness) };
}

describe('ViewTabs and the column chooser', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => TestBed.resetTestingModule());

  it('saves the columns with the view, marks it modified when they change, restores them; remembers per site only on a built-in view', async () => {
    const { fixture, query, columns, views } = await render();
    expect(columns.remember).toBe(true);
    query.set({ ...DEFAULT_QUERY, text: 'mug' });
    columns.choice.set(['price', 'brand', 'sku']);
    await settle(fixture);
    await views.click('Save as new');
    await views.answer('Mugs by brand');
    await settle(fixture);
    expect(storedViews()?.views[0]).toMatchObject({ name: 'Mugs by brand', search: 'q=mug', columns: ['price', 'brand', 'sku'] });
    expect(await views.selected()).toBe('Mugs by brand');
    expect(columns.remember).toBe(false);

    columns.choice.set(['price', 'sku', 'brand']);
    await settle(fixture);
    expect(await views.selected()).toBe('Mugs by brand (modified)');

    // A built-in view leaves the columns as they are (and the chooser remembers changes again); a saved one brings its own back.
    await views.open('Out of stock');
    await settle(fixture);
    expect(columns.choice()).toEqual(['price', 'sku', 'brand']);
    expect(await views.selected()).toBe('Out of stock');
    expect(columns.remember).toBe(true);
    await views.open('Mugs by brand');
    await settle(fixture);
    expect(columns.choice()).toEqual(['price', 'brand', 'sku']);
    expect(query()).toEqual({ ...DEFAULT_QUERY, text: 'mug' });
    expect(await views.selected()).toBe('Mugs by brand');
  });

  it('a view naming columns this page does not know restores the ones it knows, in its order', async () => {
    localStorage.setItem(VIEWS_KEY, JSON.stringify({ v: 1, site: '', default: null, open: '', views: [{ id: 'vd', name: 'Newer', search: 'q=cup', columns: ['hologram', 'stock', 'sku'] }] }));
    const { fixture, columns, views } = await render();
    await views.open('Newer');
    await settle(fixture);
    expect(columns.choice()).toEqual(['stock', 'sku'] satisfies ColumnChoice);
  });

  it('links carry columns other than the default; a linked page shows them once and takes them out of its URL', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void copied.push(t) }, configurable: true });
    const first = await render();
    await first.views.click('Copy link');
    await settle(first.fixture);
    first.columns.choice.set(['sku', 'cost']);
    await first.views.click('Copy link');
    await settle(first.fixture);
    expect(copied).toEqual(['https://dash.test/p?view=all', 'https://dash.test/p?view=all&columns=sku%2Ccost']);
    Reflect.deleteProperty(navigator, 'clipboard');
    TestBed.resetTestingModule();
    localStorage.clear();

    const linked = await render('/?q=cup&columns=sku%2Ccost');
    expect(linked.columns.choice()).toEqual(['sku', 'cost']);
    expect(TestBed.inject(Location).path()).toMatch(/^\/?\?q=cup$/);
    expect(localStorage.getItem(linked.columns.key)).toBeNull();
  });
});
