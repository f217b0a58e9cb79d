import { TestBed } from '@angular/core/testing';
import { VIEWS_KEY, V3_SUPPORT, renderViewsPage, settle, storedViews } from './testing/views-page';

/** 50 stored views, named "View 1"… */
function fiftyViews(): string {
  const views = Array.from({ length: 50 }, (_, i) => ({ id: `v${i + 1}`, name: `View ${i + 1}`, search: `q=p${i + 1}` }));
  return JSON.stringify({ v: 1, site: '', default: null, open: '', views });
}

describe('ProductsPage saved views: bad storage, limits, hidden products, links', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    TestBed.resetTestingModule();
    jest.restoreAllMocks();
  });

  it('a corrupt entry is left out with a notice; the page works; saving a view replaces it', async () => {
    localStorage.setItem(VIEWS_KEY, '{"v":1,"site":"","views":[{"id":');
    const { fixture, page, views } = await renderViewsPage('/');
    expect(await views.problem()).toBe('Your saved views could not be read and were left out. Saving a view replaces them. Dismiss');
    expect(await views.names()).toEqual(['All products', 'Out of stock']);
    expect((await page.rowNames()).length).toBe(25);
    await page.choose('Stock', 'in-stock');
    await settle(fixture);
    await views.click('Save as new');
    await views.answer('In stock');
    await settle(fixture);
    expect(await views.problem()).toBeNull();
    expect(storedViews()?.views.map((v) => v.name)).toEqual(['In stock']);
  });

  it.each([
    ['another site’s', { v: 1, site: 'other-site', default: null, open: 'stock=in-stock', views: [] }, 'belong to another site'],
    ['a newer version’s', { v: 2, site: '', default: 'x', open: 'stock=in-stock', views: 'new shape' }, 'saved by a newer version'],
    ['a damaged view among good ones', { v: 1, site: '', default: null, open: '', views: [{ id: 'va', name: 'Good', search: 'type=digital' }, { id: 'all', name: 'Bad id', search: '' }, { name: 7 }] }, 'Some saved views could not be read'],
  ])('%s entry is left out with a notice, and never opens the page on its default', async (_, entry, notice) => {
    localStorage.setItem(VIEWS_KEY, JSON.stringify(entry));
    const { gateway, views } = await renderViewsPage('/');
    expect(await views.problem()).toContain(notice);
    expect(gateway.requests[0].filters).toBeUndefined();
    expect(await views.selected()).toBe('All products');
  });

  it('a view’s junk parameters are dropped as a URL’s are', async () => {
    localStorage.setItem(VIEWS_KEY, JSON.stringify({ v: 1, site: '', default: null, open: '', views: [{ id: 'vj', name: 'Junk', search: 'stock=lots&size=7&sort=cheapest&q=mug' }] }));
    const { fixture, gateway, views } = await renderViewsPage('/');
    await views.open('Junk');
    await settle(fixture, 60); // past the search text's debounce
    expect(gateway.requests.at(-1)).toEqual({ text: 'mug', sort: 'name-asc', pageSize: 25, page: 1 });
    expect(await views.selected()).toBe('Junk');
  });

  it('storage the browser blocks: a notice, no saving, and the page still works', async () => {
    jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    const { fixture, page, views } = await renderViewsPage('/');
    expect(await views.problem()).toContain('This browser does not let the page store anything');
    await page.choose('Stock', 'in-stock');
    await settle(fixture);
    expect(await views.selected()).toBe('All products (modified)');
    expect(await views.buttons()).toEqual(['Copy link', 'View options']);
    expect((await page.rowNames()).length).toBe(25);
  });

  it('full storage: the view is not saved, a notice says so, and nothing is lost', async () => {
    localStorage.setItem(VIEWS_KEY, JSON.stringify({ v: 1, site: '', default: null, open: '', views: [{ id: 'vk', name: 'Kept', search: 'type=digital' }] }));
    const { fixture, page, views } = await renderViewsPage('/');
    jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await page.choose('Stock', 'in-stock');
    await settle(fixture);
    await views.click('Save as new');
    await views.answer('Lost?');
    await settle(fixture);
    expect(await views.problem()).toContain('The view could not be saved');
    expect(await views.names()).toEqual(['All products', 'Out of stock', 'Kept']);
    expect(storedViews()?.views.map((v) => v.name)).toEqual(['Kept']);
  });

  it('at 50 views "Save as new" is disabled with the reason; names must be given and differ', async () => {
    localStorage.setItem(VIEWS_KEY, fiftyViews());
    const { fixture, page, views } = await renderViewsPage('/');
    expect((await views.names()).length).toBe(52);
    await page.choose('Stock', 'in-stock');
    await settle(fixture);
    expect(await views.buttonState('Save as new')).toEqual({ disabled: true, reason: 'You can save up to 50 views. Delete one to save another.' });

    await views.open('View 7');
    await settle(fixture);
    await views.click('View options');
    await views.click('Rename');
    await views.answer('   ');
    expect((await views.dialog())?.error).toBe('Enter a name for the view.');
    await views.answer('view 8');
    expect((await views.dialog())?.error).toBe('A view with this name exists. Choose another name.');
    await views.answer('Seventh');
    await settle(fixture);
    expect(await views.dialog()).toBeNull();
    expect((await views.names())[8]).toBe('Seventh');
  });

  it('"Hidden" asks Wix once whether this role may see hidden products; a role that may not gets it disabled with the reason', async () => {
    const { fixture, gateway, hidden, views, filters } = await renderViewsPage('/', { support: V3_SUPPORT, hidden: 'denied' });
    expect(hidden.asked).toBe(0);
    const before = gateway.requests.length;
    await views.open('Hidden');
    await settle(fixture);
    expect(hidden.asked).toBe(1);
    expect(gateway.requests.length).toBe(before);
    expect(await views.tabs()).toContainEqual({ name: 'Hidden', selected: false, disabled: true, tabIndex: -1 });
    expect(await views.reason('Hidden')).toBe('Hidden products are visible only to store managers');
    // The filter bar follows the same answer: its "Hidden" option is disabled with the same reason.
    expect(await filters.optionDisabled('Visibility', 'hidden')).toBe(true);
    expect((await filters.control('Visibility')).reason).toBe('Hidden products are visible only to store managers');
    await views.open('Hidden');
    expect(hidden.asked).toBe(1);
  });

  it('"Hidden" for a role that may see hidden products shows them (visibility filter on the server)', async () => {
    const { fixture, gateway, views } = await renderViewsPage('/', { support: V3_SUPPORT, hidden: 'allowed' });
    await views.open('Hidden');
    await settle(fixture);
    expect(gateway.requests.at(-1)?.filters).toMatchObject({ visibility: 'hidden' });
    expect(await views.selected()).toBe('Hidden');
  });

  it('the filter bar asks as the visibility control is reached, and disables "Hidden" with the reason', async () => {
    const { fixture, page, hidden, filters } = await renderViewsPage('/', { support: V3_SUPPORT, hidden: 'denied' });
    expect(await filters.optionDisabled('Visibility', 'hidden')).toBe(false);
    await page.choose('Visibility', 'hidden');
    await settle(fixture);
    expect(hidden.asked).toBe(1);
    expect(await filters.optionDisabled('Visibility', 'hidden')).toBe(true);
    expect(await page.selectValue('Visibility')).toBe('');
    expect(await filters.chips()).toEqual([]);
  });
});
