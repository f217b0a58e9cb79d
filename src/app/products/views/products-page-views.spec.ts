import { TestBed } from '@angular/core/testing';
import { TestKey } from '@angular/cdk/testing';
import { VIEWS_KEY, V3_SUPPORT, renderViewsPage, settle, storedViews } from './testing/views-page';

describe('ProductsPage saved views', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => TestBed.resetTestingModule());

  it('shows the built-in views as tabs in a labelled tab list; "Hidden" only where the catalog can filter on visibility', async () => {
    const { views } = await renderViewsPage('/');
    expect(await views.label()).toBe('Views');
    expect(await views.tabs()).toEqual([
      { name: 'All products', selected: true, disabled: false, tabIndex: 0 },
      { name: 'Out of stock', selected: false, disabled: false, tabIndex: -1 },
    ]);
    TestBed.resetTestingModule();
    const v3 = await renderViewsPage('/', { support: V3_SUPPORT });
    expect(await v3.views.names()).toEqual(['All products', 'Out of stock', 'Hidden']);
  });

  it('a tab shows its view with one request, from the first page, and the URL says so', async () => {
    const { fixture, gateway, views, location } = await renderViewsPage('/?q=Product&page=2');
    const before = gateway.requests.length;
    await views.open('Out of stock');
    await settle(fixture);
    expect(gateway.requests.length).toBe(before + 1);
    expect(gateway.requests.at(-1)).toMatchObject({ text: '', page: 1, filters: { stock: 'out-of-stock' } });
    expect(await views.selected()).toBe('Out of stock');
    expect(location.path()).toMatch(/^\/?\?stock=out-of-stock$/);
  });

  it('a changed screen marks the tab modified; Save as new names it, stores it and selects it, unmodified', async () => {
    const { fixture, page, views } = await renderViewsPage('/');
    expect(await views.buttons()).toEqual(['Copy link', 'View options']);
    await page.choose('Stock', 'in-stock');
    await page.choose('Sort by', 'price-desc');
    await settle(fixture);
    expect(await views.selected()).toBe('All products (modified)');
    expect(await views.buttons()).toEqual(['Save as new', 'Copy link', 'View options']);

    await views.click('Save as new');
    expect(await views.dialog()).toEqual({ title: 'Save view', name: '', error: null });
    await views.answer('  Restock\u0007 soon  ');
    await settle(fixture);
    expect(await views.dialog()).toBeNull();
    expect(await views.tabs()).toContainEqual({ name: 'Restock soon', selected: true, disabled: false, tabIndex: 0 });
    expect(await views.status()).toBe('View “Restock soon” saved');
    const stored = storedViews();
    expect(stored).toEqual({
      v: 1,
      site: '',
      default: null,
      open: '',
      // The columns on screen are part of the view (the page's column chooser: the default ones here).
      views: [{ id: expect.stringMatching(/^v[a-z0-9]+$/), name: 'Restock soon', search: 'sort=price-desc&stock=in-stock', columns: ['sku', 'price', 'stock', 'visibility', 'updated'] }],
    });
    // Nothing but the view: no token, nothing about the person.
    expect(Object.keys(stored!)).toEqual(['v', 'site', 'default', 'open', 'views']);
  });

  it('a saved view is there after a reload, and shows the same products with one request', async () => {
    const first = await renderViewsPage('/');
    await first.page.choose('Stock', 'out-of-stock');
    await first.page.typeSearch('Product 1');
    await settle(first.fixture, 60);
    await first.views.click('Save as new');
    await first.views.answer('Ones out of stock');
    await settle(first.fixture);
    const shown = await first.page.rowNames();
    TestBed.resetTestingModule();

    const { fixture, gateway, page, views } = await renderViewsPage('/');
    expect(await views.names()).toEqual(['All products', 'Out of stock', 'Ones out of stock']);
    const before = gateway.requests.length;
    await views.open('Ones out of stock');
    await settle(fixture, 60);
    expect(gateway.requests.length).toBe(before + 1);
    expect(gateway.requests.at(-1)).toMatchObject({ text: 'Product 1', filters: { stock: 'out-of-stock' }, page: 1 });
    expect(await page.rowNames()).toEqual(shown);
    expect(await views.selected()).toBe('Ones out of stock');
  });

  it('Save keeps the own view up to date; Rename renames it; Delete asks first, then removes it', async () => {
    localStorage.setItem(VIEWS_KEY, JSON.stringify({ v: 1, site: '', default: null, open: '', views: [{ id: 'vone', name: 'Digital', search: 'type=digital' }] }));
    const { fixture, page, views } = await renderViewsPage('/');
    await views.open('Digital');
    await settle(fixture);
    await page.choose('Sort by', 'name-desc');
    await settle(fixture);
    expect(await views.selected()).toBe('Digital (modified)');
    await views.click('Save');
    await settle(fixture);
    expect(await views.selected()).toBe('Digital');
    expect(storedViews()?.views[0].search).toBe('sort=name-desc&type=digital');

    await views.click('View options');
    await views.click('Rename');
    expect(await views.dialog()).toEqual({ title: 'Rename view', name: 'Digital', error: null });
    await views.answer('Downloads');
    await settle(fixture);
    expect(await views.names()).toEqual(['All products', 'Out of stock', 'Downloads']);

    await views.click('Delete');
    expect((await views.dialog())?.title).toBe('Delete the view “Downloads”?');
    await views.click('Cancel');
    expect(await views.dialog()).toBeNull();
    expect(await views.names()).toContain('Downloads');
    await views.click('Delete');
    await views.click('Delete');
    await settle(fixture);
    expect(await views.names()).toEqual(['All products', 'Out of stock']);
    expect(storedViews()?.views).toEqual([]);
    expect(await views.selected()).toBe('All products (modified)');
    expect(await views.focused()).toBe('All products');
  });

  it('the default view opens the page: its only request asks for it; "All products" over it stays through a reload', async () => {
    localStorage.setItem(VIEWS_KEY, JSON.stringify({ v: 1, site: '', default: null, open: '', views: [] }));
    let shown = await renderViewsPage('/');
    await shown.views.open('Out of stock');
    await settle(shown.fixture);
    await shown.views.click('View options');
    await shown.views.click('Open this view by default');
    expect(storedViews()).toMatchObject({ default: 'out-of-stock', open: 'stock=out-of-stock' });
    TestBed.resetTestingModule();

    shown = await renderViewsPage('/');
    expect(shown.gateway.requests.map((q) => q.filters?.stock ?? null)).toEqual(['out-of-stock']);
    expect(await shown.views.selected()).toBe('Out of stock (default)');
    await shown.views.open('All products');
    await settle(shown.fixture);
    expect(shown.location.path()).toMatch(/^\/?\?view=all$/);
    expect(shown.mirrored.at(-1)).toBe('view=all');
    TestBed.resetTestingModule();

    const reloaded = await renderViewsPage('/?view=all');
    expect(reloaded.gateway.requests.map((q) => q.filters ?? null)).toEqual([null]);
    expect(await reloaded.views.selected()).toBe('All products');
  });

  it('an own default view opens the page with its query (first request) and its columns, its tab selected', async () => {
    const view = { id: 'vcols', name: 'Lean', search: 'type=digital', columns: ['price', 'sku'] };
    localStorage.setItem(VIEWS_KEY, JSON.stringify({ v: 1, site: '', default: 'vcols', open: 'type=digital', views: [view] }));
    const { gateway, page, views } = await renderViewsPage('/');
    expect(gateway.requests[0].filters).toMatchObject({ productType: 'digital' });
    expect(await views.selected()).toBe('Lean (default)');
    expect((await page.columnHeaders()).map((h) => h.name)).toEqual(['Image', 'Name', 'List price', 'SKU']);
  });

  // Enter and Space are the tab buttons' own activation (a click), pressed for real in the browser journey.
  it('is used with the keyboard: arrows (wrapping), Home and End move the focus; activating the focused tab shows it', async () => {
    const { fixture, gateway, views } = await renderViewsPage('/', { support: V3_SUPPORT, hidden: 'allowed' });
    await views.press(TestKey.RIGHT_ARROW, 'All products');
    expect(await views.focused()).toBe('Out of stock');
    await views.press(TestKey.END);
    expect(await views.focused()).toBe('Hidden');
    await views.press(TestKey.RIGHT_ARROW);
    expect(await views.focused()).toBe('All products');
    await views.press(TestKey.LEFT_ARROW);
    expect(await views.focused()).toBe('Hidden');
    await views.press(TestKey.HOME);
    await views.press(TestKey.RIGHT_ARROW);
    const before = gateway.requests.length;
    expect(await views.selected()).toBe('All products');
    await views.activateFocused();
    await settle(fixture);
    expect(gateway.requests.length).toBe(before + 1);
    expect(await views.selected()).toBe('Out of stock');
    expect((await views.tabs()).map((t) => t.tabIndex)).toEqual([-1, 0, -1]);
  });
});
