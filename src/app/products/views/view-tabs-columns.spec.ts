import { APP_BASE_HREF, PlatformLocation } from '@angular/common';
import { MOCK_PLATFORM_LOCATION_CONFIG, MockPlatformLocation } from '@angular/common/testing';
import { inject, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HiddenProducts } from '../../catalog/hidden-products';
import { DEFAULT_QUERY, ProductQuery } from '../../catalog/product';
import { QueryUrl } from '../query-url';
import { scriptedHiddenProducts } from '../testing/page-test-bed';
import { VIEWS_CONTEXT, ViewsContext } from './view-context';
import { ViewTabs } from './view-tabs';
import { VIEWS_KEY, V1_SUPPORT, settle, storedViews } from './testing/views-page';
import { ViewTabsHarness } from './testing/view-tabs-harness';

/**
 * The seam to the column chooser (ViewsContext.columns), on the tabs alone: a page with a chooser provides the
 * columns signal; views then save, compare and restore the columns with the rest of the view.
 */
async function render(columns: ReturnType<typeof signal<readonly string[] | null>>) {
  const query = signal<ProductQuery>(DEFAULT_QUERY);
  const context = (): ViewsContext => ({ query, support: signal(V1_SUPPORT), urls: inject(QueryUrl), columns });
  TestBed.configureTestingModule({
    providers: [
      { provide: PlatformLocation, useClass: MockPlatformLocation },
      { provide: MOCK_PLATFORM_LOCATION_CONFIG, useValue: { startUrl: 'http://localhost/' } },
      { provide: APP_BASE_HREF, useValue: '/' },
      { provide: HiddenProducts, useValue: scriptedHiddenProducts() },
      { provide: VIEWS_CONTEXT, useFactory: context },
    ],
  });
  const fixture = TestBed.createComponent(ViewTabs);
  await settle(fixture);
  return { fixture, query, views: await TestbedHarnessEnvironment.harnessForFixture(fixture, ViewTabsHarness) };
}

describe('ViewTabs and the column chooser', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => TestBed.resetTestingModule());

  it('saves the columns with the view, marks it modified when they change, and restores them', async () => {
    const columns = signal<readonly string[] | null>(null);
    const { fixture, query, views } = await render(columns);
    query.set({ ...DEFAULT_QUERY, text: 'mug' });
    columns.set(['name', 'price', 'brand']);
    await settle(fixture);
    await views.click('Save as new');
    await views.answer('Mugs by brand');
    await settle(fixture);
    expect(storedViews()?.views[0]).toMatchObject({ name: 'Mugs by brand', search: 'q=mug', columns: ['name', 'price', 'brand'] });
    expect(await views.selected()).toBe('Mugs by brand');

    columns.set(['name', 'brand', 'price']);
    await settle(fixture);
    expect(await views.selected()).toBe('Mugs by brand (modified)');

    // A built-in view leaves the columns as they are; a saved one brings its own back.
    await views.open('Out of stock');
    await settle(fixture);
    expect(columns()).toEqual(['name', 'brand', 'price']);
    expect(await views.selected()).toBe('Out of stock');
    await views.open('Mugs by brand');
    await settle(fixture);
    expect(columns()).toEqual(['name', 'price', 'brand']);
    expect(query()).toEqual({ ...DEFAULT_QUERY, text: 'mug' });
    expect(await views.selected()).toBe('Mugs by brand');
  });

  it('a view saved on the table’s default columns restores the default (null)', async () => {
    localStorage.setItem(VIEWS_KEY, JSON.stringify({ v: 1, site: '', default: null, open: '', views: [{ id: 'vd', name: 'Plain', search: 'q=cup', columns: null }] }));
    const columns = signal<readonly string[] | null>(['name', 'sku']);
    const { fixture, views } = await render(columns);
    await views.open('Plain');
    await settle(fixture);
    expect(columns()).toBeNull();
  });
});
