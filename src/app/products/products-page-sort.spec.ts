import { Location } from '@angular/common';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { ProductQuery } from '../catalog/product';
import { FilterSupport } from '../catalog/product-filters';
import { ProductsPage } from './products-page';
import { ProductsPageHarness } from './testing/products-page-harness';
import { ScriptedGateway, catalogPage, product } from './testing/scripted-gateway';
import { pageTestProviders } from './testing/page-test-bed';

const SUPPORT: FilterSupport = { visibility: null, hidden: null, stock: null, productType: null, price: null, collection: null, updated: null, pricedBy: 'sale', collectionKind: 'category' };

/** Product 2 is discounted: list €5.00, sale €4.49. */
const discounted = (n: number) => (n === 2 ? product(2, { price: '€4.49', priceBeforeDiscount: '€5.00' }) : product(n));

async function render(url: string, pricedBy: 'list' | 'sale' = 'sale') {
  const gateway = new ScriptedGateway();
  gateway.answer = (query: ProductQuery) => of({ ...catalogPage(query, 3, discounted), filterSupport: { ...SUPPORT, pricedBy } });
  TestBed.configureTestingModule({
    providers: pageTestProviders(url, gateway),
  });
  const location = TestBed.inject(Location);
  const fixture = TestBed.createComponent(ProductsPage);
  await fixture.whenStable();
  const page = await TestbedHarnessEnvironment.harnessForFixture(fixture, ProductsPageHarness);
  return { fixture, gateway, location, page };
}

const sorted = (headers: { name: string; sort: string | null }[]) => headers.filter((h) => h.sort !== null);

describe('ProductsPage column sorting', () => {
  it('marks exactly one header with aria-sort, and only the columns the catalog sorts on are buttons', async () => {
    const { page } = await render('/');
    const headers = await page.columnHeaders();
    expect(sorted(headers)).toEqual([{ name: 'Name', sort: 'ascending', sortable: true }]);
    expect(headers.filter((h) => h.sortable).map((h) => h.name)).toEqual(['Name', 'Price', 'Last updated']);
  });

  it('a header click sorts by its column, a second click turns the order round; each asks once and lands in the URL', async () => {
    const { fixture, gateway, location, page } = await render('/');
    const before = gateway.requests.length;
    await page.click('Price');
    await fixture.whenStable();
    expect(gateway.requests.length).toBe(before + 1);
    expect(gateway.requests.at(-1)).toMatchObject({ sort: 'price-asc', page: 1 });
    expect(sorted(await page.columnHeaders())).toEqual([{ name: 'Price', sort: 'ascending', sortable: true }]);
    expect(location.path()).toContain('sort=price-asc');
    await page.click('Price');
    await fixture.whenStable();
    expect(gateway.requests.at(-1)?.sort).toBe('price-desc');
    expect(sorted(await page.columnHeaders())).toEqual([{ name: 'Price', sort: 'descending', sortable: true }]);
    // The compact select says the same.
    expect(await page.selectValue('Sort by')).toBe('price-desc');
  });

  it('last updated sorts newest first on the first click', async () => {
    const { fixture, gateway, page } = await render('/');
    await page.click('Last updated');
    await fixture.whenStable();
    expect(gateway.requests.at(-1)?.sort).toBe('updated-desc');
    expect(sorted(await page.columnHeaders())).toEqual([{ name: 'Last updated', sort: 'descending', sortable: true }]);
  });

  it('where the catalog sorts by the list price (V1), the column is "List price" and leads with it, sale price after', async () => {
    const { page } = await render('/?sort=price-asc', 'list');
    const headers = await page.columnHeaders();
    expect(sorted(headers)).toEqual([{ name: 'List price', sort: 'ascending', sortable: true }]);
    const prices = (await page.rowCells()).map((cells) => cells[2].replace(/\s+/g, ' ').trim());
    expect(prices).toEqual(['€1.00', '€5.00 Sale €4.49', '€3.00']);
  });

  it('where the catalog sorts by the sale price (V3), the column leads with it and the list price is crossed out', async () => {
    const { page } = await render('/?sort=price-asc', 'sale');
    expect(sorted(await page.columnHeaders())).toEqual([{ name: 'Price', sort: 'ascending', sortable: true }]);
    const prices = (await page.rowCells()).map((cells) => cells[2].replace(/\s+/g, ' ').trim());
    expect(prices).toEqual(['€1.00', '€4.49 was €5.00', '€3.00']);
  });
});
