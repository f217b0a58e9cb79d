import { DOCUMENT, Location } from '@angular/common';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { Subject, of, throwError } from 'rxjs';
import { CatalogError } from '../catalog/catalog-error';
import { SEARCH_DEBOUNCE_MS } from '../catalog/product-search';
import { PageLanguage } from '../i18n/page-language';
import { DASHBOARD_LOCALE } from '../wix/dashboard-locale';
import { ProductsPage } from './products-page';
import { ProductsPageHarness } from './testing/products-page-harness';
import { ScriptedGateway, catalogPage, product } from './testing/scripted-gateway';
import { pageTestProviders } from './testing/page-test-bed';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The page as the app starts it: the dashboard's language in place (the app initializer) before it renders. */
async function render(language: string, url = '/', gateway = new ScriptedGateway()) {
  const dashboard = new Subject<string>();
  TestBed.configureTestingModule({
    providers: pageTestProviders(url, gateway, [
        { provide: DASHBOARD_LOCALE, useValue: { initial: language, changes: () => dashboard } },
    ]),
  });
  await TestBed.inject(PageLanguage).start();
  const fixture = TestBed.createComponent(ProductsPage);
  await fixture.whenStable();
  const page = await TestbedHarnessEnvironment.harnessForFixture(fixture, ProductsPageHarness);
  const root = TestBed.inject(DOCUMENT).documentElement;
  /** The dashboard switches its language; the page follows without a reload. */
  const switchTo = async (code: string) => {
    dashboard.next(code);
    await sleep(0);
    await fixture.whenStable();
  };
  return { fixture, gateway, page, root, switchTo, location: TestBed.inject(Location) };
}

describe('ProductsPage in the dashboard language', () => {
  it('Hebrew: headings, controls, aria-labels, the range and dates in Hebrew, the document right to left', async () => {
    const gateway = new ScriptedGateway();
    const lastUpdated = new Date(2026, 2, 5, 12);
    gateway.answer = (q) => of(catalogPage(q, 1234, (n) => product(n, { lastUpdated, quantity: 1500 })));
    const { page, root } = await render('he', '/', gateway);
    expect([root.lang, root.dir]).toEqual(['he', 'rtl']);
    const text = await page.text();
    for (const words of ['מוצרים', 'מיון לפי', 'שם', 'מחיר', 'מלאי', 'עדכון אחרון', 'מוצרים בעמוד', '1–25 מתוך 1,234', '5 במרץ 2026', '(1,500)']) {
      expect(text).toContain(words);
    }
    expect(await page.range()).toBe('1–25 מתוך 1,234');
    expect((await page.searchDescription()).label).toBe('חיפוש מוצרים');
    expect(await page.regionNames()).toEqual({ results: 'מוצרים', pagination: 'מעבר בין עמודים' });
    for (const name of ['העמוד הראשון', 'העמוד הקודם', 'העמוד הבא', 'העמוד האחרון']) expect(await page.hasButton(name)).toBe(true);
    expect(text).not.toMatch(/Products|Sort by|Next page| of /);
    // Product names are data: shown as they are, in their own direction.
    expect((await page.rowNames())[0]).toBe('Product 1');
  });

  it('German (from a regional code): the error, its request ID line and its action in German', async () => {
    const gateway = new ScriptedGateway();
    gateway.answer = () => throwError(() => ({ kind: 'unavailable', reason: 'timeout', requestId: 'req-9' }) as unknown as CatalogError);
    const { page, root } = await render('de-DE', '/', gateway);
    expect([root.lang, root.dir]).toEqual(['de', 'ltr']);
    const error = await page.error();
    expect(error?.text).toContain('Wix hat nicht rechtzeitig geantwortet');
    expect(error?.text).toContain('Anfrage-ID: req-9');
    expect(error?.actions).toContain('Erneut versuchen');
  });

  it('switching the dashboard language changes the page at once, keeps the query and asks Wix nothing new', async () => {
    const { page, gateway, switchTo, root, location, fixture } = await render('en', '/?q=pro&page=2');
    expect(await page.searchText()).toBe('pro');
    expect(await page.range()).toBe('26–50 of 60');
    await sleep(100); // the idle prefetch of the next page, if any, is not the switch's doing
    await fixture.whenStable();
    const requests = gateway.requests.length;
    const url = location.path();

    await switchTo('he');
    expect([root.lang, root.dir]).toEqual(['he', 'rtl']);
    expect(await page.range()).toBe('26–50 מתוך 60');
    expect(await page.hasButton('העמוד הבא')).toBe(true);
    expect((await page.searchDescription()).hint).toBe('מוצא מוצרים שהשם או המק״ט שלהם מתחילים במה שמקלידים.');

    await switchTo('de');
    expect([root.lang, root.dir]).toEqual(['de', 'ltr']);
    expect(await page.range()).toBe('26–50 von 60');
    expect(await page.selectValue('Sortieren nach')).toBe('name-asc');
    expect(((fixture.nativeElement as HTMLElement).querySelector('option[value="price-desc"]') as HTMLOptionElement).text).toBe('Preis (absteigend)');

    await switchTo('fr'); // not shipped: English
    expect(await page.range()).toBe('26–50 of 60');
    expect([await page.searchText(), location.path()]).toEqual(['pro', url]);
    expect(url).toContain('q=pro');
    await sleep(100);
    expect(gateway.requests.slice(requests)).toEqual([]);
  });

  it('a search typed in Hebrew keeps working after a switch, and an empty result says so in the new language', async () => {
    const gateway = new ScriptedGateway();
    gateway.answer = (q) => of(catalogPage(q, q.text === 'zz' ? 0 : 60));
    const { page, switchTo, fixture } = await render('he', '/', gateway);
    await page.typeSearch('zz');
    await sleep(SEARCH_DEBOUNCE_MS + 20);
    await fixture.whenStable();
    expect(await page.text()).toContain('אין מוצרים שתואמים ל"\u2068zz\u2069".');
    await switchTo('de');
    expect(await page.text()).toContain('Keine Produkte passen zu „zz“.');
    expect(await page.hasButton('Suche löschen')).toBe(true);
  });
});
