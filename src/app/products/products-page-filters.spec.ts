import { Location } from '@angular/common';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { CATALOG_GATEWAY } from '../catalog/catalog-gateway';
import { ProductQuery } from '../catalog/product';
import { FilterSupport } from '../catalog/product-filters';
import { CollectionDirectory } from '../catalog/collection-directory';
import { ProductsPage } from './products-page';
import { FilterBarHarness } from './filters/testing/filter-bar-harness';
import { ProductsPageHarness } from './testing/products-page-harness';
import { ScriptedGateway, catalogPage } from './testing/scripted-gateway';
import { pageTestProviders } from './testing/page-test-bed';

const V1: FilterSupport = { visibility: 'catalog', hidden: 'catalog', stock: null, productType: null, price: null, collection: null, updated: null, pricedBy: 'list', collectionKind: 'collection' };
const V3_VIEWER: FilterSupport = { ...V1, visibility: null, hidden: 'role', pricedBy: 'sale', collectionKind: 'category' };

async function render(url: string, support: FilterSupport) {
  const gateway = new ScriptedGateway();
  gateway.answer = (query: ProductQuery) => of({ ...catalogPage(query, 60), filterSupport: support });
  TestBed.configureTestingModule({
    providers: pageTestProviders(url, gateway, [
        { provide: CollectionDirectory, useValue: { nameOf: (id: string) => (id === 'col-9' ? 'Summer Sale' : null), lookup: () => of(null), remember: () => undefined } },
    ]),
  });
  const location = TestBed.inject(Location);
  const fixture = TestBed.createComponent(ProductsPage);
  await fixture.whenStable();
  // The filter bar comes from a lazy chunk after the first render.
  for (let i = 0; i < 20 && !(fixture.nativeElement as HTMLElement).querySelector('cm-filter-bar select'); i++) {
    await new Promise((r) => setTimeout(r, 10));
    await fixture.whenStable();
  }
  const env = TestbedHarnessEnvironment.loader(fixture);
  const page = await TestbedHarnessEnvironment.harnessForFixture(fixture, ProductsPageHarness);
  const filters = await env.getHarness(FilterBarHarness);
  return { fixture, gateway, location, page, filters };
}

describe('ProductsPage filters', () => {
  it('a filter goes to the catalog as one query, shows as a chip, and lands in the URL', async () => {
    const { fixture, gateway, location, page, filters } = await render('/', V1);
    const before = gateway.requests.length;
    await page.choose('Stock', 'out-of-stock');
    await fixture.whenStable();
    expect(gateway.requests.length).toBe(before + 1);
    expect(gateway.requests.at(-1)?.filters?.stock).toBe('out-of-stock');
    expect(await filters.chips()).toEqual(['Stock: Out of stock']);
    expect(location.path()).toContain('stock=out-of-stock');
  });

  it('a deep link restores filters as chips; removing one and "Clear all" each ask once', async () => {
    const { fixture, gateway, location, page, filters } = await render('/?stock=in-stock&type=digital&collection=col-9&price_min=junk', V1);
    expect(gateway.requests[0].filters).toMatchObject({ stock: 'in-stock', productType: 'digital', collection: 'col-9', priceMin: null });
    expect(await filters.chips()).toEqual(['Stock: In stock', 'Product type: Digital', 'Collection: Summer Sale']);
    const before = gateway.requests.length;
    await page.click('Remove filter: Product type: Digital');
    await fixture.whenStable();
    expect(gateway.requests.length).toBe(before + 1);
    expect(await filters.chips()).toEqual(['Stock: In stock', 'Collection: Summer Sale']);
    await page.click('Clear all');
    await fixture.whenStable();
    expect(await filters.chips()).toEqual([]);
    expect(gateway.requests.at(-1)?.filters).toBeUndefined();
    expect(location.path()).not.toContain('stock=');
  });

  it('on Catalog V1 visibility is disabled with the reason, and a visibility deep link is dropped', async () => {
    const { gateway, filters, location } = await render('/?visibility=hidden&stock=in-stock', V1);
    expect(await filters.control('Visibility')).toEqual({ disabled: true, reason: 'Not available for this store’s catalog' });
    expect(gateway.requests.at(-1)?.filters).toMatchObject({ visibility: null, stock: 'in-stock' });
    expect(location.path()).not.toContain('visibility=');
  });

  it('a role that cannot see hidden products gets the "Hidden" option disabled with the reason', async () => {
    const { filters } = await render('/', V3_VIEWER);
    expect((await filters.control('Visibility')).disabled).toBe(false);
    expect(await filters.optionDisabled('Visibility', 'hidden')).toBe(true);
    expect((await filters.control('Visibility')).reason).toBe('Hidden products are visible only to store managers');
  });

  it('filters that match nothing say so and offer to clear them', async () => {
    const { fixture, page } = await render('/?stock=out-of-stock', V1);
    expect(await page.text()).not.toContain('No products match');
    const g = TestBed.inject(CATALOG_GATEWAY) as ScriptedGateway;
    g.answer = (query) => of({ ...catalogPage({ ...query, text: 'zzz' }, 60), filterSupport: V1 });
    await page.choose('Product type', 'digital');
    await fixture.whenStable();
    expect(await page.text()).toContain('No products match these filters');
    await page.click('Clear all filters');
    await fixture.whenStable();
    expect(g.requests.at(-1)?.filters).toBeUndefined();
  });
});
