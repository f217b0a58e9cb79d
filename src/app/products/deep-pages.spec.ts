import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { ProductQuery } from '../catalog/product';
import { ProductsPage } from './products-page';
import { pageTestProviders } from './testing/page-test-bed';
import { ProductsPageHarness } from './testing/products-page-harness';
import { ScriptedGateway, catalogPage } from './testing/scripted-gateway';

/** A 1,000,000-product V1 list: pages 1–400 and the last 400 answer; the middle cannot be opened directly. */
function deepGateway(): ScriptedGateway {
  const gateway = new ScriptedGateway();
  gateway.answer = (query: ProductQuery) => {
    if (query.page > 400 && query.page < 39_601) {
      return of({
        items: [], total: 1_000_000, page: query.page, pageSize: 25, pageCount: 40_000, hasNext: true, hasPrevious: true,
        textMatch: 'prefix' as const, unreachable: { lastBefore: 400, firstAfter: 39_601 },
      });
    }
    return of(catalogPage({ ...query, page: 1 }, 25));
  };
  return gateway;
}

describe('ProductsPage, a page past Wix’s offset window', () => {
  it('says a page cannot be opened directly, and its buttons open the nearest pages that can', async () => {
    const gateway = deepGateway();
    TestBed.configureTestingModule({ providers: pageTestProviders('/?page=5000', gateway) });
    const fixture = TestBed.createComponent(ProductsPage);
    await fixture.whenStable();
    const page = await TestbedHarnessEnvironment.harnessForFixture(fixture, ProductsPageHarness);
    expect(await page.text()).toContain('Page 5,000 can’t be opened directly: Wix opens only the first and last 10,000 products');

    expect(await page.rowNames()).toEqual([]);
    await page.click('Go to page 400');
    await fixture.whenStable();
    expect(gateway.requests.at(-1)?.page).toBe(400);
    expect(await page.text()).not.toContain('can’t be opened directly');
    expect(await page.hasButton('Export')).toBe(true);
  });
});
