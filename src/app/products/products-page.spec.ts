import { APP_BASE_HREF, Location, PlatformLocation } from '@angular/common';
import { MOCK_PLATFORM_LOCATION_CONFIG, MockPlatformLocation } from '@angular/common/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';
import { CATALOG_GATEWAY } from '../catalog/catalog-gateway';
import { SEARCH_DEBOUNCE_MS } from '../catalog/product-search';
import { CatalogError } from '../catalog/catalog-error';
import { ProductsPage } from './products-page';
import { ScriptedGateway, catalogPage, onlyPage, product } from './testing/scripted-gateway';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function render(url = '/', gateway = new ScriptedGateway()) {
  TestBed.configureTestingModule({
    providers: [
      { provide: PlatformLocation, useClass: MockPlatformLocation },
      { provide: MOCK_PLATFORM_LOCATION_CONFIG, useValue: { startUrl: `http://localhost${url}` } },
      { provide: APP_BASE_HREF, useValue: '/' },
      { provide: CATALOG_GATEWAY, useValue: gateway },
    ],
  });
  const location = TestBed.inject(Location);
  const fixture = TestBed.createComponent(ProductsPage);
  await fixture.whenStable();
  return { fixture, gateway, location, page: new PageDriver(fixture) };
}

/** Reads and drives the page the way a person would: by roles, labels and text. */
class PageDriver {
  constructor(private readonly fixture: ComponentFixture<ProductsPage>) {}
  private get root(): HTMLElement {
    return this.fixture.nativeElement;
  }
  get rowNames(): string[] {
    return [...this.root.querySelectorAll('tbody tr:not(.skeleton) th[scope=row]')].map((th) => th.textContent!.trim());
  }
  get skeletonRows(): number {
    return this.root.querySelectorAll('tbody tr.skeleton').length;
  }
  get range(): string {
    return this.root.querySelector('cm-paginator [role=status]')?.textContent?.trim() ?? '';
  }
  get alert(): HTMLElement | null {
    return this.root.querySelector('[role=alert]');
  }
  get text(): string {
    return this.root.textContent!.replace(/\s+/g, ' ');
  }
  button(name: string): HTMLButtonElement {
    const found = [...this.root.querySelectorAll('button')].find(
      (b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name,
    );
    if (!found) throw new Error(`no button "${name}"`);
    return found;
  }
  get search(): HTMLInputElement {
    return this.root.querySelector('input[type=search]')!;
  }
  select(label: string): HTMLSelectElement {
    const id = [...this.root.querySelectorAll('label')].find((l) => l.textContent!.trim() === label)!.htmlFor;
    return this.root.querySelector(`#${id}`)!;
  }
  async click(name: string): Promise<void> {
    this.button(name).click();
    await this.fixture.whenStable();
  }
  async type(text: string): Promise<void> {
    this.search.value = text;
    this.search.dispatchEvent(new Event('input'));
    await this.fixture.whenStable();
  }
  async choose(label: string, value: string): Promise<void> {
    const select = this.select(label);
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await this.fixture.whenStable();
  }
  async settle(): Promise<void> {
    await sleep(SEARCH_DEBOUNCE_MS + 20);
    await this.fixture.whenStable();
  }
}

describe('ProductsPage', () => {
  it('shows placeholder rows while the first page loads, then the results and the range', async () => {
    const gateway = new ScriptedGateway();
    const pending = gateway.hold();
    const { page, fixture } = await render('/', gateway);
    expect(page.skeletonRows).toBe(25);
    expect(page.text).toContain('Loading products');
    pending.next(catalogPage(gateway.requests[0], 60));
    pending.complete();
    await fixture.whenStable();
    expect(page.skeletonRows).toBe(0);
    expect(page.rowNames.slice(0, 2)).toEqual(['Product 1', 'Product 2']);
    expect(page.rowNames).toHaveLength(25);
    expect(page.range).toBe('1–25 of 60');
  });

  it('labels the search box and the controls', async () => {
    const { fixture } = await render();
    const root: HTMLElement = fixture.nativeElement;
    const input = root.querySelector('input[type=search]')!;
    expect(root.querySelector(`label[for="${input.id}"]`)!.textContent).toContain('Search products');
    for (const label of ['First page', 'Previous page', 'Next page', 'Last page']) {
      expect(root.querySelector(`button[aria-label="${label}"]`)).not.toBeNull();
    }
    expect(root.querySelectorAll('button svg:not([aria-hidden=true])')).toHaveLength(0);
  });

  it('pages forward, to the end and back, and changes the page size', async () => {
    const { page, gateway } = await render();
    expect(page.button('Previous page').getAttribute('aria-disabled')).toBe('true');
    await page.click('Previous page'); // at the start: nothing happens
    expect(gateway.requests).toHaveLength(1);
    await page.click('Next page');
    expect(page.range).toBe('26–50 of 60');
    expect(page.rowNames[0]).toBe('Product 26');
    await page.click('Last page');
    expect(page.range).toBe('51–60 of 60');
    expect(page.button('Next page').getAttribute('aria-disabled')).toBe('true');
    await page.click('First page');
    expect(page.range).toBe('1–25 of 60');
    await page.choose('Products per page', '50');
    expect(page.range).toBe('1–50 of 60');
    expect(gateway.requests.map((r) => [r.page, r.pageSize])).toEqual([[1, 25], [2, 25], [3, 25], [1, 50]]);
  });

  it('keeps the keyboard focus on the paging button while the next page loads and after', async () => {
    const gateway = new ScriptedGateway();
    const { page, fixture } = await render('/', gateway);
    const next = page.button('Next page');
    next.focus();
    const pending = gateway.hold();
    await page.click('Next page');
    expect(page.text).not.toContain('Loading products'); // the old rows stay, marked stale
    expect(document.activeElement).toBe(next);
    pending.next(catalogPage(gateway.requests[1], 60));
    pending.complete();
    await fixture.whenStable();
    expect(page.range).toBe('26–50 of 60');
    expect(document.activeElement).toBe(next);
    const previous = page.button('Previous page');
    previous.focus();
    gateway.answer = new ScriptedGateway().answer;
    await page.click('Previous page');
    // At the first page the button is inert but keeps the focus instead of dropping it to the body.
    expect(document.activeElement).toBe(previous);
    expect(previous.getAttribute('aria-disabled')).toBe('true');
  });

  it('searches once the typing settles and starts from page 1', async () => {
    const { page, gateway } = await render('/?page=2');
    await page.type('Product 1');
    await page.type('Product 12');
    await page.settle();
    expect(gateway.requests.map((r) => [r.text, r.page])).toEqual([['', 2], ['Product 12', 1]]);
    expect(page.rowNames).toEqual(['Product 12']);
    expect(page.range).toBe('1–1 of 1');
  });

  it('says when nothing matches, shows the text, and offers to clear it', async () => {
    const { page, gateway } = await render();
    await page.type('zzz');
    await page.settle();
    expect(page.text).toContain('No products match “zzz”.');
    await page.click('Clear search');
    expect(page.search.value).toBe('');
    expect(page.rowNames).toHaveLength(25);
    expect(gateway.requests).toHaveLength(2); // the unfiltered page came from the cache
  });

  it('tells a merchant with an empty store that it is empty, not that the search failed', async () => {
    const gateway = new ScriptedGateway();
    gateway.answer = (q) => of(catalogPage(q, 0));
    const { page } = await render('/', gateway);
    expect(page.text).toContain('Your store has no products yet.');
    expect(page.alert).toBeNull();
  });

  it('a page past the end offers the last page', async () => {
    const { page } = await render('/?page=9');
    expect(page.text).toContain('This page is past the end of the results.');
    await page.click('Go to the last page');
    expect(page.range).toBe('51–60 of 60');
  });

  it('renders product text as text, never as HTML', async () => {
    const gateway = new ScriptedGateway();
    const hostile = '<img src=x onerror="window.__pwned=1">';
    gateway.answer = () => onlyPage([product(1, { name: hostile, sku: '<b>x</b>' })]);
    const { page, fixture } = await render('/', gateway);
    expect(page.rowNames).toEqual([hostile]);
    expect(fixture.nativeElement.querySelector('tbody img')).toBeNull();
    expect(fixture.nativeElement.querySelector('tbody b')).toBeNull();
  });

  it('shows "—" for missing SKU, price and date', async () => {
    const gateway = new ScriptedGateway();
    gateway.answer = () => onlyPage([product(1, { sku: null, price: null, lastUpdated: null, stock: 'unknown' })]);
    const { fixture } = await render('/', gateway);
    const cells = [...fixture.nativeElement.querySelectorAll('tbody td')].map((td: Element) => td.textContent!.trim());
    expect(cells.filter((c) => c === '—').length).toBeGreaterThanOrEqual(4);
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
    const alert = page.alert!.textContent!;
    expect(alert).toContain('You don’t have permission to view products');
    expect(alert).toContain('Read Products');
    expect(alert).toContain('WIX_STORES.READ_PRODUCTS');
    expect(alert).toContain('Ask the site owner or an admin');
    expect(alert).toContain('req-403');
    expect(page.rowNames).toEqual([]);
  });

  it('on Catalog V3, permission denied names SCOPE.STORES.PRODUCT_READ', async () => {
    const { page } = await failWith({ ...permissionDenied, permission: { id: 'SCOPE.STORES.PRODUCT_READ', name: 'Read Products' } });
    expect(page.alert!.textContent).toContain('“Read Products” permission (SCOPE.STORES.PRODUCT_READ)');
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
    expect(page.alert!.textContent).toContain(message);
    const buttons = [...page.alert!.querySelectorAll('button.primary')].map((b) => b.textContent!.trim());
    expect(buttons).toEqual(action ? [action] : []);
  });

  it('after a failed refresh the old rows stay, marked stale but not busy, and paging still works', async () => {
    const gateway = new ScriptedGateway();
    const { page, fixture } = await render('/', gateway);
    gateway.answer = () => throwError((): CatalogError => ({ kind: 'unavailable', reason: 'timeout', requestId: null }));
    await page.click('Next page');
    expect(page.alert!.textContent).toContain('Wix did not answer in time');
    expect(page.rowNames[0]).toBe('Product 1'); // the previous page, kept
    const table = fixture.nativeElement.querySelector('cm-product-table');
    expect(table.classList).toContain('stale');
    expect(table.querySelector('table').getAttribute('aria-busy')).toBe('false');
    gateway.answer = new ScriptedGateway().answer;
    await page.click('Next page');
    expect(page.alert).toBeNull();
    expect(page.range).toBe('26–50 of 60');
  });

  it('"Try again" loads again and shows the results', async () => {
    const gateway = new ScriptedGateway();
    gateway.answer = () => throwError((): CatalogError => ({ kind: 'unavailable', reason: 'timeout', requestId: null }));
    const { page } = await render('/', gateway);
    gateway.answer = new ScriptedGateway().answer;
    await page.click('Try again');
    expect(page.alert).toBeNull();
    expect(page.rowNames).toHaveLength(25);
    expect(gateway.requests).toHaveLength(2);
  });
});

describe('ProductsPage on a site without Wix Stores', () => {
  it('says Wix Stores is not installed and how to add it, with nothing to search and a reload', async () => {
    const gateway = new ScriptedGateway();
    gateway.answer = () => throwError((): CatalogError => ({ kind: 'stores-not-installed', requestId: null }));
    const { page, fixture } = await render('/', gateway);
    expect(page.text).toContain('Wix Stores is not installed on this site');
    expect(page.text).toContain('Add Wix Stores to this site from your dashboard (Add Apps → App Market → Wix Stores)');
    expect(page.alert).toBeNull(); // a state of the site, not an error
    expect(fixture.nativeElement.querySelector('input[type=search]')).toBeNull();
    expect(fixture.nativeElement.querySelector('cm-paginator')).toBeNull();
    expect(page.button('Reload page')).toBeTruthy();
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
    expect(page.range).toBe('Page 1');
    expect(page.text).not.toContain('Last page');
    await page.click('Next page');
    expect(page.range).toBe('Page 2');
    await page.click('Next page');
    expect(page.range).toBe('51–60 of 60');
    expect(page.button('Next page').getAttribute('aria-disabled')).toBe('true');
    await page.click('Previous page');
    expect(page.range).toBe('Page 2');
  });
});

describe('ProductsPage URL state', () => {
  it('starts from the query in the URL', async () => {
    const { gateway, page } = await render('/?q=Product%205&sort=price-desc&page=1&size=10');
    expect(gateway.requests[0]).toEqual({ text: 'Product 5', sort: 'price-desc', pageSize: 10, page: 1 });
    expect(page.search.value).toBe('Product 5');
    expect(page.select('Sort by').value).toBe('price-desc');
    expect(page.select('Products per page').value).toBe('10');
  });

  it('records each settled query in the history, keeping the dashboard’s parameters', async () => {
    const { page, location } = await render('/?origin=https%3A%2F%2Fmanage.wix.com');
    await page.click('Next page');
    await page.choose('Products per page', '50');
    // Page 2 of 25 holds products 26–50: at 50 a page, that is page 1, the default, so it is left out.
    expect(location.path()).toBe('?origin=https%3A%2F%2Fmanage.wix.com&size=50');
    await page.type('Product 1');
    await page.settle();
    expect(location.path()).toBe('?origin=https%3A%2F%2Fmanage.wix.com&size=50&q=Product+1');
  });

  it('back and forward restore text, page and size', async () => {
    const { page, location, fixture } = await render('/');
    await page.click('Next page');
    await page.choose('Products per page', '10');
    expect(page.range).toBe('21–30 of 60');
    location.back();
    await fixture.whenStable();
    expect(page.range).toBe('26–50 of 60');
    location.back();
    await fixture.whenStable();
    expect(page.range).toBe('1–25 of 60');
    location.forward();
    await fixture.whenStable();
    expect(page.range).toBe('26–50 of 60');
  });
});
