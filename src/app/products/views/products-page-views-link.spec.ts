import { TestBed } from '@angular/core/testing';
import { TestKey } from '@angular/cdk/testing';
import { Subject } from 'rxjs';
import { PageLanguage } from '../../i18n/page-language';
import { DASHBOARD_LOCALE } from '../../wix/dashboard-locale';
import { VIEWS_KEY, V3_SUPPORT, renderViewsPage, settle } from './testing/views-page';

/** A clipboard that keeps what is written, or refuses as a frame without clipboard-write does. */
function clipboard(refuse: boolean) {
  const written: string[] = [];
  const writeText = async (text: string) => {
    if (refuse) throw new DOMException('Write permission denied.', 'NotAllowedError');
    written.push(text);
  };
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return written;
}

describe('ProductsPage saved views: share links and languages', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    TestBed.resetTestingModule();
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('"Copy link" puts the dashboard URL of what is on screen on the clipboard and says so', async () => {
    const written = clipboard(false);
    const { fixture, page, views } = await renderViewsPage('/');
    await views.open('Out of stock');
    await settle(fixture);
    await page.choose('Sort by', 'price-asc');
    await settle(fixture);
    await views.click('Copy link');
    await settle(fixture);
    expect(written).toEqual(['https://dash.test/catalog-manager?sort=price-asc&stock=out-of-stock']);
    expect(await views.status()).toBe('Link copied');
    expect(await views.manualLink()).toBeNull();
  });

  it('"All products" is linked as such (view=all), so a teammate with a default view of their own lands on it', async () => {
    const written = clipboard(false);
    const { fixture, views } = await renderViewsPage('/');
    await views.click('Copy link');
    await settle(fixture);
    expect(written).toEqual(['https://dash.test/catalog-manager?view=all']);
  });

  it('where the frame may not use the clipboard, the link is shown in a field, focused and selected, to copy by hand', async () => {
    clipboard(true);
    const { fixture, views } = await renderViewsPage('/?type=digital');
    await views.click('Copy link');
    await settle(fixture);
    expect(await views.manualLink()).toEqual({ value: 'https://dash.test/catalog-manager?type=digital', focused: true });
    expect(await views.status()).toBe('');
  });

  it('outside the dashboard there is no link to make, and the page says so', async () => {
    const { fixture, views } = await renderViewsPage('/', { address: { link: async () => null } });
    await views.click('Copy link');
    await settle(fixture);
    expect(await views.status()).toBe('A link can be made only inside the Wix dashboard.');
  });

  it('a link opened where the frame’s URL lacks the view (the dashboard reports it) wins over the default view', async () => {
    localStorage.setItem(VIEWS_KEY, JSON.stringify({ v: 1, site: '', default: 'out-of-stock', open: 'stock=out-of-stock', views: [] }));
    const { gateway, views } = await renderViewsPage('/', { address: { initialSearch: async () => 'type=digital&sort=name-desc' } });
    expect(gateway.requests.at(-1)).toMatchObject({ sort: 'name-desc', filters: { productType: 'digital', stock: null } });
    expect(await views.selected()).toBe('All products (modified)');
    TestBed.resetTestingModule();
    // And "All products" shared by someone with no default: view=all opens every product, not this browser's default.
    const all = await renderViewsPage('/', { address: { initialSearch: async () => 'view=all' } });
    expect(all.gateway.requests.at(-1)?.filters).toBeUndefined();
    expect(await all.views.selected()).toBe('All products');
  });

  it('follows the dashboard’s language; in Hebrew the arrow keys follow the right-to-left order', async () => {
    const changes = new Subject<string>();
    const { fixture, views } = await renderViewsPage('/', {
      support: V3_SUPPORT,
      hidden: 'allowed',
      providers: [{ provide: DASHBOARD_LOCALE, useValue: { initial: 'he', changes: () => changes } }],
    });
    await TestBed.inject(PageLanguage).start();
    await settle(fixture);
    expect(await views.label()).toBe('תצוגות');
    expect(await views.names()).toEqual(['כל המוצרים', 'אזל מהמלאי', 'מוסתרים']);
    await views.press(TestKey.LEFT_ARROW, 'כל המוצרים');
    expect(await views.focused()).toBe('אזל מהמלאי');
    await views.press(TestKey.RIGHT_ARROW);
    expect(await views.focused()).toBe('כל המוצרים');
    changes.next('de');
    await settle(fixture);
    expect(await views.names()).toEqual(['Alle Produkte', 'Nicht auf Lager', 'Ausgeblendet']);
    await views.press(TestKey.RIGHT_ARROW);
    expect(await views.focused()).toBe('Nicht auf Lager');
  });
});
