import { Location } from '@angular/common';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';
import { SEARCH_DEBOUNCE_MS } from '../catalog/product-search';
import { CatalogError } from '../catalog/catalog-error';
import { ProductsPage } from './products-page';
import { ProductsPageHarness } from './testing/products-page-harness';
import { ScriptedGateway, catalogPage, onlyPage, product } from './testing/scripted-gateway';
import { pageTestProviders } from './testing/page-test-bed';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function render(url = '/', gateway = new ScriptedGateway()) {
  TestBed.configureTestingModule({
    providers: pageTestProviders(url, gateway),
  });
  const location = TestBed.inject(Location);
  const fixture = TestBed.createComponent(ProductsPage);
  await fixture.whenStable();
  const page = await TestbedHarnessEnvironment.harnessForFixture(fixture, ProductsPageHarness);
  /** Lets the typing settle (the debounce runs on real timers here). */
  const settle = async () => {
    await sleep(SEARCH_DEBOUNCE_MS + 20);
    await fixture.whenStable();
  };
  return { fixture, gateway, location, page, settle };
}

describe('ProductsPage', () => {
  it('shows placeholder rows while the first page loads, then the results and the range', async () => {
    const gateway = new ScriptedGateway();
    const pending = gateway.hold();
    const { page, fixture } = await render('/', gateway);
    expect(await page.skeletonRowCount()).toBe(25);
    expect(await page.text()).toContain('Loading products');
    pending.next(catalogPage(gateway.requests[0], 60));
    pending.complete();
    await fixture.whenStable();
    expect(await page.skeletonRowCount()).toBe(0);
    expect((await page.rowNames()).slice(0, 2)).toEqual(['Product 1', 'Product 2']);
    expect(await page.rowNames()).toHaveLength(25);
    expect(await page.range()).toBe('1–25 of 60');
  });

  it('labels the search box and the controls', async () => {
    const { fixture, page } = await render();
    expect((await page.searchDescription()).label).toBe('Search products');
    for (const name of ['First page', 'Previous page', 'Next page', 'Last page']) {
      expect(await page.hasButton(name)).toBe(true);
    }
    // Icons inside buttons are decoration: the accessible name is the label, never the drawing.
    expect((fixture.nativeElement as HTMLElement).querySelectorAll('button svg:not([aria-hidden=true])')).toHaveLength(0);
  });

  it('says under the search box how this catalog matches text: the start of a name or SKU on Catalog V1', async () => {
    const { page, settle } = await render();
    expect((await page.searchDescription()).hint).toBe('Finds products whose name or SKU starts with what you type.');
    await page.typeSearch('zzz');
    await settle();
    expect(await page.text()).toContain('Products are matched by the start of their name or SKU.');
  });

  it('on Catalog V3 promises every word, not "starts with"', async () => {
    const gateway = new ScriptedGateway();
    gateway.answer = (q) => of({ ...catalogPage(q, 60), textMatch: 'words' as const });
    const { page, settle } = await render('/', gateway);
    const { hint } = await page.searchDescription();
    expect(hint).toBe('Finds products with every word you type in their name or SKU.');
    expect(hint).not.toContain('starts with');
    await page.typeSearch('zzz qqq');
    await settle();
    expect(await page.text()).toContain('Products match when every word you typed starts a word of their name or SKU.');
  });

  it('pages forward, to the end and back, and changes the page size', async () => {
    const { page, gateway } = await render();
    expect(await page.isButtonDisabled('Previous page')).toBe(true);
    await page.click('Previous page'); // at the start: nothing happens
    expect(gateway.requests).toHaveLength(1);
    await page.click('Next page');
    expect(await page.range()).toBe('26–50 of 60');
    expect((await page.rowNames())[0]).toBe('Product 26');
    await page.click('Last page');
    expect(await page.range()).toBe('51–60 of 60');
    expect(await page.isButtonDisabled('Next page')).toBe(true);
    await page.click('First page');
    expect(await page.range()).toBe('1–25 of 60');
    await page.choose('Products per page', '50');
    expect(await page.range()).toBe('1–50 of 60');
    expect(gateway.requests.map((r) => [r.page, r.pageSize])).toEqual([[1, 25], [2, 25], [3, 25], [1, 50]]);
  });

  it('keeps the keyboard focus on the paging button while the next page loads and after', async () => {
    const gateway = new ScriptedGateway();
    const { page, fixture } = await render('/', gateway);
    await page.focusButton('Next page');
    const pending = gateway.hold();
    await page.click('Next page');
    expect(await page.text()).not.toContain('Loading products'); // the old rows stay, marked stale
    expect(await page.isStale()).toBe(true);
    expect(await page.isButtonFocused('Next page')).toBe(true);
    pending.next(catalogPage(gateway.requests[1], 60));
    pending.complete();
    await fixture.whenStable();
    expect(await page.range()).toBe('26–50 of 60');
    expect(await page.isButtonFocused('Next page')).toBe(true);
    await page.focusButton('Previous page');
    gateway.answer = new ScriptedGateway().answer;
    await page.click('Previous page');
    // At the first page the button is inert but keeps the focus instead of dropping it to the body.
    expect(await page.isButtonFocused('Previous page')).toBe(true);
    expect(await page.isButtonDisabled('Previous page')).toBe(true);
  });

  it('searches once the typing settles and starts from page 1', async () => {
    const { page, gateway, settle } = await render('/?page=2');
    await page.typeSearch('Product 1');
    await page.typeSearch('Product 12');
    await settle();
    expect(gateway.requests.map((r) => [r.text, r.page])).toEqual([['', 2], ['Product 12', 1]]);
    expect(await page.rowNames()).toEqual(['Product 12']);
    expect(await page.range()).toBe('1–1 of 1');
  });

  it('says when nothing matches, shows the text, and offers to clear it', async () => {
    const { page, gateway, settle } = await render();
    await page.typeSearch('zzz');
    await settle();
    expect(await page.text()).toContain('No products match “zzz”.');
    await page.click('Clear search');
    expect(await page.searchText()).toBe('');
    expect(await page.rowNames()).toHaveLength(25);
    expect(gateway.requests).toHaveLength(2); // the unfiltered page came from the cache
  });

  it('tells a merchant with an empty store that it is empty, not that the search failed', async () => {
    const gateway = new ScriptedGateway();
    gateway.answer = (q) => of(catalogPage(q, 0));
    const { page } = await render('/', gateway);
    expect(await page.text()).toContain('Your store has no products yet.');
    expect(await page.error()).toBeNull();
  });

  it('a page past the end offers the last page', async () => {
    const { page } = await render('/?page=9');
    expect(await page.text()).toContain('This page is past the end of the results.');
    await page.click('Go to the last page');
    expect(await page.range()).toBe('51–60 of 60');
  });

  it('renders product text as text, never as HTML', async () => {
    const gateway = new ScriptedGateway();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    gateway.answer = () => onlyPage([product(1, { name: hostile, sku: '<b>x</b>' })]);
    const { page, fixture } = await render('/', gateway);
    expect(await page.rowNames()).toEqual([hostile]);
    expect((await page.rowCells())[0]).toContain('<b>x</b>');
    // Nothing of the product's text became markup.
    expect((fixture.nativeElement as HTMLElement).querySelector('tbody img, tbody b')).toBeNull();
  });

  it('shows "—" for missing SKU, price and date', async () => {
    const gateway = new ScriptedGateway();
    gateway.answer = () => onlyPage([product(1, { sku: null, price: null, lastUpdated: null, stock: 'unknown' })]);
    const { page } = await render('/', gateway);
    const [cells] = await page.rowCells();
    // Image, SKU, price, stock, visibility, last updated: SKU, price, stock and date are missing.
    expect(cells.map((c) => c.trim())).toEqual(['', '—', '—', '—', 'Visible', '—']);
  });
});

describe('ProductsPage errors', () => {
  const permissionDenied: CatalogError = {
    kind: 'permission-denied',
    permission: { id: 'WIX_STORES.READ_PRODUCTS', name: 'Read Products' },
    code: 'PERMISSION_DENIED',
    requestId: 'req-403',
  };

  async function failWith(error: CatalogError) {
    const gateway = new ScriptedGateway();
    gateway.answer = () => throwError(() => error);
    const rendered = await render('/', gateway);
    await sleep(10); // an expired token is retried once, on the next tick
    await rendered.fixture.whenStable();
    return rendered;
  }

  it('permission denied names the permission and who can grant it, with the request id', async () => {
    const { page } = await failWith(permissionDenied);
    const alert = (await page.error())!.text;
    expect(alert).toContain('You don’t have permission to view products');
    expect(alert).toContain('Read Products');
    expect(alert).toContain('WIX_STORES.READ_PRODUCTS');
    expect(alert).toContain('Ask the site owner or an admin');
    expect(alert).toContain('req-403');
    expect(await page.rowNames()).toEqual([]);
  });

  it('on Catalog V3, permission denied names SCOPE.STORES.PRODUCT_READ', async () => {
    const { page } = await failWith({ ...permissionDenied, permission: { id: 'SCOPE.STORES.PRODUCT_READ', name: 'Read Products' } });
    expect((await page.error())!.text).toContain('“Read Products” permission (SCOPE.STORES.PRODUCT_READ)');
  });

  it.each<[CatalogError, string, string | null]>([
    [{ kind: 'not-in-dashboard', requestId: null }, 'Open Catalog Manager from your Wix dashboard', null],
    [{ kind: 'unauthenticated', requestId: 'r' }, 'Your Wix session has ended', 'Reload page'],
    [{ kind: 'not-found', requestId: 'r' }, 'The product catalog was not found', null],
    [{ kind: 'catalog-version-mismatch', requestId: 'r' }, 'This site’s catalog changed version', 'Reload page'],
    [{ kind: 'invalid-query', violations: [{ field: 'paging.limit', description: 'too big' }], requestId: 'r' }, 'paging.limit: too big', 'Try again'],
    [{ kind: 'unavailable', reason: 'timeout', requestId: null }, 'Wix did not answer in time', 'Try again'],
    [{ kind: 'unknown', status: 418, requestId: 'r' }, 'Something went wrong loading products', 'Try again'],
  ])('%o shows its own message and action', async (error, message, action) => {
    const { page } = await failWith(error);
    const shown = (await page.error())!;
    expect(shown.text).toContain(message);
    expect(shown.actions).toEqual(action ? [action] : []);
  });

  it('after a failed refresh the old rows stay, marked stale but not busy, and paging still works', async () => {
    const gateway = new ScriptedGateway();
    const { page } = await render('/', gateway);
    gateway.answer = () => throwError((): CatalogError => ({ kind: 'unavailable', reason: 'timeout', requestId: null }));
    await page.click('Next page');
    expect((await page.error())!.text).toContain('Wix did not answer in time');
    expect((await page.rowNames())[0]).toBe('Product 1'); // the previous page, kept
    expect(await page.isStale()).toBe(true);
    expect(await page.isBusy()).toBe(false);
    gateway.answer = new ScriptedGateway().answer;
    await page.click('Next page');
    expect(await page.error()).toBeNull();
    expect(await page.range()).toBe('26–50 of 60');
  });

  it('"Try again" loads again and shows the results', async () => {
    const gateway = new ScriptedGateway();
    gateway.answer = () => throwError((): CatalogError => ({ kind: 'unavailable', reason: 'timeout', requestId: null }));
    const { page } = await render('/', gateway);
    gateway.answer = new ScriptedGateway().answer;
    await page.click('Try again');
    expect(await page.error()).toBeNull();
    expect(await page.rowNames()).toHaveLength(25);
    expect(gateway.requests).toHaveLength(2);
  });
});

describe('ProductsPage on a site without Wix Stores', () => {
  it('says Wix Stores is not installed and how to add it, with nothing to search and a reload', async () => {
    const gateway = new ScriptedGateway();
    gateway.answer = () => throwError((): CatalogError => ({ kind: 'stores-not-installed', requestId: null }));
    const { page } = await render('/', gateway);
    expect(await page.text()).toContain('Wix Stores is not installed on this site');
    expect(await page.text()).toContain('Add Wix Stores to this site from your dashboard (Add Apps → App Market → Wix Stores)');
    expect(await page.error()).toBeNull(); // a state of the site, not an error
    expect(await page.searchText()).toBeNull();
    expect(await page.range()).toBe('');
    expect(await page.hasButton('Next page')).toBe(false);
    expect(await page.hasButton('Reload page')).toBe(true);
    expect(gateway.requests).toHaveLength(1); // not retried
  });
});

describe('ProductsPage with a catalog that cannot count (Catalog V3)', () => {
  it('says "Page N" until the last page, where the count is known', async () => {
    const gateway = new ScriptedGateway();
    gateway.answer = (q) => {
      const full = catalogPage(q, 60);
      const last = !full.hasNext;
      return of({ ...full, total: last ? full.total : null, pageCount: last ? full.pageCount : null });
    };
    const { page } = await render('/', gateway);
    expect(await page.range()).toBe('Page 1');
    // No count, so no last page to offer yet; the button appears once the count is known.
    expect(await page.hasButton('Last page')).toBe(false);
    await page.click('Next page');
    expect(await page.range()).toBe('Page 2');
    await page.click('Next page');
    expect(await page.range()).toBe('51–60 of 60');
    expect(await page.hasButton('Last page')).toBe(true);
    expect(await page.isButtonDisabled('Next page')).toBe(true);
    await page.click('Previous page');
    expect(await page.range()).toBe('Page 2');
  });
});

describe('ProductsPage URL state', () => {
  it('starts from the query in the URL', async () => {
    const { gateway, page } = await render('/?q=Product%205&sort=price-desc&page=1&size=10');
    expect(gateway.requests[0]).toEqual({ text: 'Product 5', sort: 'price-desc', pageSize: 10, page: 1 });
    expect(await page.searchText()).toBe('Product 5');
    expect(await page.selectValue('Sort by')).toBe('price-desc');
    expect(await page.selectValue('Products per page')).toBe('10');
  });

  it('records each settled query in the history, keeping the dashboard’s parameters', async () => {
    const { page, location, settle } = await render('/?origin=https%3A%2F%2Fmanage.wix.com');
    await page.click('Next page');
    await page.choose('Products per page', '50');
    // Page 2 of 25 holds products 26–50: at 50 a page, that is page 1, the default, so it is left out.
    expect(location.path()).toBe('?origin=https%3A%2F%2Fmanage.wix.com&size=50');
    await page.typeSearch('Product 1');
    await settle();
    expect(location.path()).toBe('?origin=https%3A%2F%2Fmanage.wix.com&size=50&q=Product+1');
  });

  it('back and forward restore text, page and size', async () => {
    const { page, location, fixture } = await render('/');
    await page.click('Next page');
    await page.choose('Products per page', '10');
    expect(await page.range()).toBe('21–30 of 60');
    location.back();
    await fixture.whenStable();
    expect(await page.range()).toBe('26–50 of 60');
    location.back();
    await fixture.whenStable();
    expect(await page.range()).toBe('1–25 of 60');
    location.forward();
    await fixture.whenStable();
    expect(await page.range()).toBe('26–50 of 60');
  });
});
