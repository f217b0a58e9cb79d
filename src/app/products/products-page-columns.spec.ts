import { TestKey } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { Observable, of } from 'rxjs';
import { CollectionDirectory } from '../catalog/collection-directory';
import { ProductPage, ProductQuery } from '../catalog/product';
import { FilterSupport } from '../catalog/product-filters';
import { ColumnChooserHarness } from './columns/testing/column-chooser-harness';
import { shimModalDialogs } from './columns/testing/dialog-shim';
import { PRODUCT_COLUMNS } from './columns/product-columns';
import { ProductsPage } from './products-page';
import { ProductsPageHarness } from './testing/products-page-harness';
import { ScriptedGateway, catalogPage, product } from './testing/scripted-gateway';
import { pageTestProviders } from './testing/page-test-bed';

const V1: FilterSupport = { visibility: 'catalog', hidden: 'catalog', stock: null, productType: null, price: null, collection: null, updated: null, pricedBy: 'list', collectionKind: 'collection' };
const V3: FilterSupport = { ...V1, visibility: null, hidden: null, pricedBy: 'sale', collectionKind: 'category' };
/** The site's entry (jsdom's URL names no site: the key ends in ''). */
const KEY = 'cm.columns:';
const DEFAULT_HEADERS = ['Image', 'Name', 'SKU', 'List price', 'Stock', 'Visibility', 'Last updated'];

interface Setup {
  readonly support?: FilterSupport;
  /** What the catalog says about cost and profit on every page (absent: nothing, as V3 without asking). */
  readonly merchantData?: ProductPage['merchantData'];
  /** What a read asking for cost and profit says (the chooser's one-product question). */
  readonly probe?: ProductPage['merchantData'];
  readonly names?: Record<string, string>;
}

const make = (n: number) =>
  product(n, { brand: n % 2 ? 'Acme' : null, productType: 'digital', collectionIds: n === 1 ? ['c-kitchen', 'c-sale'] : [], cost: `€${n}.50`, profit: `€${n}.10`, quantity: n });

async function render({ support = V1, merchantData, probe, names = {} }: Setup = {}) {
  shimModalDialogs();
  const gateway = new ScriptedGateway();
  gateway.answer = (query: ProductQuery): Observable<ProductPage> => {
    const told = query.pageSize === 1 && query.merchantData ? (probe ?? merchantData) : merchantData;
    return of({ ...catalogPage(query, 60, make), filterSupport: support, ...(told && { merchantData: told }) });
  };
  const lookups: string[][] = [];
  const directory = {
    nameOf: () => null,
    lookup: () => of(null),
    remember: () => undefined,
    lookupAll: (ids: readonly string[]) => {
      lookups.push([...ids]);
      return of(new Map(ids.map((id) => [id, names[id] ?? ''])));
    },
  };
  TestBed.configureTestingModule({ providers: pageTestProviders('/', gateway, [{ provide: CollectionDirectory, useValue: directory }]) });
  const fixture = TestBed.createComponent(ProductsPage);
  await fixture.whenStable();
  // The chooser comes with the filter bar's lazy chunk, after the first render.
  for (let i = 0; i < 30 && !(fixture.nativeElement as HTMLElement).querySelector('cm-column-chooser button'); i++) {
    await new Promise((r) => setTimeout(r, 10));
    await fixture.whenStable();
  }
  const page = await TestbedHarnessEnvironment.harnessForFixture(fixture, ProductsPageHarness);
  const chooser = await TestbedHarnessEnvironment.loader(fixture).getHarness(ColumnChooserHarness);
  const headers = async () => (await page.columnHeaders()).map((h) => h.name);
  return { fixture, gateway, page, chooser, headers, lookups };
}

const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null');

describe('ProductsPage columns', () => {
  beforeEach(() => localStorage.clear());

  it('shows the default columns, Name first and always shown', async () => {
    const { headers, chooser } = await render();
    expect(await headers()).toEqual(DEFAULT_HEADERS);
    await chooser.open();
    expect(await chooser.isOpen()).toBe(true);
    expect(await chooser.title()).toBe('Columns');
    expect((await chooser.columns())[0]).toEqual({ name: 'Name', shown: true, disabled: true, reason: 'Always shown, first' });
    expect(await chooser.shown()).toEqual(['Name', 'SKU', 'List price', 'Stock', 'Visibility', 'Last updated']);
  });

  it('starts with the choice remembered for the site, in its order', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, value: ['brand', 'sku', 'price'] }));
    const { headers, page } = await render();
    expect(await headers()).toEqual(['Image', 'Name', 'Brand', 'SKU', 'List price']);
    expect((await page.rowCells())[0]).toEqual(['', 'Acme', 'SKU-1', '€1.00']);
  });

  it.each([
    ['not JSON', '{"v":1,"value":'],
    ['another version', JSON.stringify({ v: 2, value: ['brand'] })],
    ['an unknown column', JSON.stringify({ v: 1, value: ['sku', 'password'] })],
    ['a column twice', JSON.stringify({ v: 1, value: ['sku', 'sku'] })],
    ['not a list', JSON.stringify({ v: 1, value: 'sku' })],
  ])('ignores a stored choice that is %s: the default columns, no error', async (_, entry) => {
    localStorage.setItem(KEY, entry);
    const { headers, page } = await render();
    expect(await headers()).toEqual(DEFAULT_HEADERS);
    expect(await page.error()).toBeNull();
  });

  it('hides and shows columns at once, without asking the catalog again, and remembers the choice', async () => {
    const { headers, chooser, gateway, page } = await render({ merchantData: 'sent' });
    const before = gateway.requests.length;
    await chooser.open();
    await chooser.toggle('Stock');
    await chooser.toggle('Brand');
    await chooser.toggle('Product type');
    await chooser.toggle('Quantity');
    expect(await headers()).toEqual(['Image', 'Name', 'SKU', 'List price', 'Visibility', 'Last updated', 'Product type', 'Brand', 'Quantity']);
    expect((await page.rowCells())[1].slice(-3)).toEqual(['Digital', '—', '2']);
    expect(gateway.requests.length).toBe(before);
    expect(stored()).toEqual({ v: 1, value: ['sku', 'price', 'visibility', 'updated', 'productType', 'brand', 'quantity'] });
  });

  it('moves a column with "move up" / "move down": the focus stays on the button pressed, and the move is announced', async () => {
    const { headers, chooser } = await render();
    await chooser.open();
    await chooser.press('Move List price up');
    expect(await headers()).toEqual(['Image', 'Name', 'List price', 'SKU', 'Stock', 'Visibility', 'Last updated']);
    expect(await chooser.isFocused('Move List price up')).toBe(true);
    expect(await chooser.announcement()).toBe('List price moved to position 2 of 14.');
    // At the top already: the button keeps the focus (aria-disabled) and nothing moves.
    await chooser.press('Move List price up');
    expect(await headers()).toEqual(['Image', 'Name', 'List price', 'SKU', 'Stock', 'Visibility', 'Last updated']);
    await chooser.press('Move SKU down');
    await chooser.press('Move SKU down');
    expect(await headers()).toEqual(['Image', 'Name', 'List price', 'Stock', 'Visibility', 'SKU', 'Last updated']);
    expect(await chooser.isFocused('Move SKU down')).toBe(true);
    expect(stored().value).toEqual(['price', 'stock', 'visibility', 'sku', 'updated']);
  });

  it('"Reset to default" brings back the default columns and order', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, value: ['brand'] }));
    const { headers, chooser } = await render();
    await chooser.open();
    await chooser.press('Reset to default');
    expect(await headers()).toEqual(DEFAULT_HEADERS);
    expect(stored().value).toEqual(['sku', 'price', 'stock', 'visibility', 'updated']);
  });

  it('Escape and "Done" close the dialog and give the focus back to "Columns"', async () => {
    const { chooser, fixture } = await render();
    const opener = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('cm-column-chooser button.opener')!;
    await chooser.open();
    expect(await chooser.focused()).toBe('SKU');
    await chooser.pressKey(TestKey.ESCAPE);
    expect(await chooser.isOpen()).toBe(false);
    expect(document.activeElement).toBe(opener);
    await chooser.open();
    await chooser.press('Done');
    expect(await chooser.isOpen()).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('cost and profit are offered where the catalog sends them, and choosing one asks the catalog for them', async () => {
    const { headers, chooser, gateway, page } = await render({ merchantData: 'sent' });
    await chooser.open();
    expect((await chooser.columns()).find((c) => c.name === 'Cost')).toEqual({ name: 'Cost', shown: false, disabled: false, reason: '' });
    const before = gateway.requests.length;
    await chooser.toggle('Cost');
    await chooser.toggle('Profit');
    expect(await headers()).toEqual([...DEFAULT_HEADERS, 'Cost', 'Profit']);
    expect(gateway.requests.length).toBe(before + 1);
    expect(gateway.requests.at(-1)).toMatchObject({ page: 1, pageSize: 25, merchantData: true });
    expect((await page.rowCells())[2].slice(-2)).toEqual(['€3.50', '€3.10']);
  });

  it('a role the catalog withholds them from: disabled with the reason, and a chosen cost column is not shown', async () => {
    localStorage.setItem(KEY, JSON.stringify({ v: 1, value: ['sku', 'cost', 'profit'] }));
    const { headers, chooser, gateway } = await render({ merchantData: 'withheld' });
    expect(await headers()).toEqual(['Image', 'Name', 'SKU']);
    const requests = gateway.requests.length;
    await chooser.open();
    const cost = (await chooser.columns()).filter((c) => c.name === 'Cost' || c.name === 'Profit');
    expect(cost).toEqual([
      { name: 'Cost', shown: false, disabled: true, reason: 'Only store managers can see cost and profit' },
      { name: 'Profit', shown: false, disabled: true, reason: 'Only store managers can see cost and profit' },
    ]);
    // The page already said so: nothing more to ask.
    expect(gateway.requests.length).toBe(requests);
    // Other changes keep the choice: a manager signing in on this browser sees cost again.
    await chooser.toggle('Brand');
    expect(stored().value).toEqual(['sku', 'cost', 'profit', 'brand']);
  });

  it('where no page has said (Catalog V3 before asking), opening the chooser asks for one product with cost', async () => {
    const { chooser, gateway } = await render({ support: V3, probe: 'withheld' });
    await chooser.open();
    expect(gateway.requests.at(-1)).toMatchObject({ pageSize: 1, page: 1, merchantData: true });
    const cost = (await chooser.columns()).find((c) => c.name === 'Cost');
    expect(cost).toMatchObject({ disabled: true, reason: 'Only store managers can see cost and profit' });
  });

  it('a manager on Catalog V3: the probe says sent, so cost is offered', async () => {
    const { chooser, gateway } = await render({ support: V3, probe: 'sent' });
    await chooser.open();
    expect(gateway.requests.at(-1)).toMatchObject({ pageSize: 1, merchantData: true });
    expect((await chooser.columns()).find((c) => c.name === 'Cost')).toMatchObject({ disabled: false });
  });

  it('on Catalog V3: the column is Categories, and Quantity is not available (V3 keeps quantities elsewhere)', async () => {
    const { chooser, headers } = await render({ support: V3, merchantData: 'sent' });
    expect(await headers()).toEqual(['Image', 'Name', 'SKU', 'Price', 'Stock', 'Visibility', 'Last updated']);
    await chooser.open();
    const columns = await chooser.columns();
    expect(columns.map((c) => c.name)).toContain('Categories');
    expect(columns.find((c) => c.name === 'Quantity')).toEqual({ name: 'Quantity', shown: false, disabled: true, reason: 'Not available for this store’s catalog' });
  });

  it('the collections column names the collections on screen, read in one lookup', async () => {
    const { chooser, page, lookups } = await render({ names: { 'c-kitchen': 'Kitchen', 'c-sale': 'Sale' } });
    await chooser.open();
    await chooser.toggle('Collections');
    const cells = await page.rowCells();
    expect(cells[0].at(-1)).toBe('Kitchen, Sale');
    expect(cells[1].at(-1)).toBe('—');
    expect(lookups).toEqual([['c-kitchen', 'c-sale']]);
  });

  it('a saved view sets the columns without them being remembered for the site', async () => {
    const { headers, chooser } = await render();
    const columns = TestBed.inject(PRODUCT_COLUMNS);
    columns.remember = false;
    columns.choice.set(['ribbon', 'sku']);
    expect(await headers()).toEqual(['Image', 'Name', 'Ribbon', 'SKU']);
    await chooser.open();
    await chooser.toggle('Brand');
    expect(await headers()).toEqual(['Image', 'Name', 'Ribbon', 'SKU', 'Brand']);
    expect(stored()).toBeNull();
  });
});
