import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import type { CatalogError } from '../../catalog/catalog-error';
import { ProductDetailsReader } from '../../catalog/details/product-details-reader';
import type { ProductDetails } from '../../catalog/details/product-details';
import { ProductsPage } from '../products-page';
import { pageTestProviders } from '../testing/page-test-bed';
import { ProductsPageHarness } from '../testing/products-page-harness';
import { ScriptedGateway } from '../testing/scripted-gateway';
import { installDialogPolyfill } from './testing/dialog-polyfill';
import { DetailsPanelHarness } from './testing/details-panel-harness';

installDialogPolyfill();

/** Details as the reader gives them for product `n` of the scripted catalog (ids p1…, names "Product n"). */
function details(n: number, patch: Partial<ProductDetails> = {}): ProductDetails {
  return {
    id: `p${n}`,
    name: `Product ${n}`,
    images: [{ url: `https://static.wixstatic.com/media/img-${n}.jpg/v1/fill/w_240,h_240,al_c,q_80,enc_auto/img-${n}.jpg`, alt: null }],
    price: `€${n}.00`,
    listPrice: `€${n + 5}.00`,
    merchant: { cost: '€2.00', profit: `€${n - 2}.00`, margin: 0.25 },
    sku: `SKU-${n}`,
    visible: true,
    productType: 'physical',
    stock: 'partially-out-of-stock',
    variants: [
      { id: 'v1', choices: 'Size: S', sku: `SKU-${n}-S`, price: `€${n}.00`, stock: 'in-stock', quantity: 1200, merchant: null },
      { id: 'v2', choices: 'Size: M', sku: null, price: `€${n}.00`, stock: 'out-of-stock', quantity: null, merchant: null },
    ],
    options: [{ name: 'Size', choices: ['S', 'M'] }],
    groups: [{ id: 'c1', name: 'Summer Sale' }, { id: 'c-unnamed', name: null }],
    groupKind: 'collection',
    created: new Date('2025-02-12T10:00:00Z'),
    updated: new Date('2026-03-04T10:00:00Z'),
    description: 'Line one <b>not bold</b>\nLine two',
    inventoryError: null,
    ...patch,
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

async function render(read: (id: string) => Promise<ProductDetails> = async (id) => details(Number(id.slice(1)))) {
  const reader = { read: jest.fn(read), openInWix: jest.fn(async (_id: string) => undefined) };
  TestBed.configureTestingModule({ providers: pageTestProviders('/', new ScriptedGateway(), [{ provide: ProductDetailsReader, useValue: reader }]) });
  const fixture = TestBed.createComponent(ProductsPage);
  await fixture.whenStable();
  const page = await TestbedHarnessEnvironment.harnessForFixture(fixture, ProductsPageHarness);
  const body = TestbedHarnessEnvironment.documentRootLoader(fixture);
  /** Waits (rendering) until `check` holds: the panel's chunk and the reads are asynchronous. */
  const until = async (check: () => Promise<boolean> | boolean) => {
    for (let i = 0; i < 50; i++) {
      await fixture.whenStable();
      if (await check()) return;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error('never got there');
  };
  const open = async (name: string) => {
    await page.openProduct(name);
    await until(async () => (await body.getAllHarnesses(DetailsPanelHarness)).length === 1);
    const panel = await body.getHarness(DetailsPanelHarness);
    await until(async () => (await panel.isOpen()) && !(await panel.isLoading()));
    return panel;
  };
  return { fixture, page, reader, open, until, panel: () => body.getHarness(DetailsPanelHarness) };
}

afterEach(() => document.body.querySelectorAll('cm-product-details').forEach((el) => el.remove()));

describe('the product details panel', () => {
  it('opens from the product name with the values the reader gives, as text', async () => {
    const { open, reader } = await render();
    const panel = await open('Product 3');
    expect(reader.read).toHaveBeenCalledWith('p3');
    expect(await panel.title()).toBe('Product 3');
    expect(await panel.position()).toBe('Product 3 of 25 on this page');
    expect(await panel.facts()).toEqual({
      Price: '€3.00',
      'Before discount': '€8.00',
      Cost: '€2.00',
      Profit: '€1.00',
      Margin: '25%',
      SKU: 'SKU-3',
      Stock: 'Partially out of stock',
      Visibility: 'Visible',
      'Product type': 'Physical',
      Created: 'Feb 12, 2025',
      'Last updated': 'Mar 4, 2026',
    });
    expect(await panel.variants()).toEqual([
      ['Size: S', 'SKU-3-S', '€3.00', 'In stock (1,200)'],
      ['Size: M', '—', '€3.00', 'Out of stock'],
    ]);
    expect(await panel.section('Options')).toBe('Size: S, M');
    // A collection the site did not name shows its id rather than nothing.
    expect(await panel.section('Collections')).toBe('Summer Sale | c-unnamed');
    // Markup in a description is text: no element is made of it.
    expect(await panel.section('Description')).toBe('Line one <b>not bold</b> Line two');
    expect(document.querySelector('cm-product-details .description b')).toBeNull();
    expect(await panel.images()).toEqual([{ src: expect.stringContaining('/v1/fill/w_240,h_240,'), alt: 'Image 1 of 1' }]);
    expect(await panel.focused()).toBe('Product 3');
  });

  it('shows no cost, profit or margin when Wix sent none (a role that may not see them)', async () => {
    const { open } = await render(async (id) => details(Number(id.slice(1)), { merchant: null, listPrice: null, variants: [], options: [], groups: [], description: '' }));
    const panel = await open('Product 2');
    expect(Object.keys(await panel.facts())).toEqual(['Price', 'SKU', 'Stock', 'Visibility', 'Product type', 'Created', 'Last updated']);
    expect(await panel.section('Options')).toBe('No options');
    expect(await panel.section('Collections')).toBe('None');
    expect(await panel.section('Description')).toBe('No description');
  });

  it('lists every variant with its stock, and says in one line why quantities are missing (a refused inventory read)', async () => {
    const denied: CatalogError = { kind: 'permission-denied', permission: { id: 'WIX_STORES.INVENTORY_READ', name: 'Read Inventory' }, code: 'PERMISSION_DENIED', requestId: 'req-403' };
    const variants = [
      { id: 'a', choices: 'Size: S, Color: Red', sku: 'K-S-RED', price: '€3.00', stock: 'in-stock' as const, quantity: null, merchant: null },
      { id: 'b', choices: 'Size: S, Color: Blue', sku: 'K-S-BLUE', price: '€3.00', stock: 'out-of-stock' as const, quantity: null, merchant: null },
    ];
    const options = [{ name: 'Size', choices: ['S'] }, { name: 'Color', choices: ['Red', 'Blue'] }];
    const { open } = await render(async () => details(3, { variants, options, inventoryError: denied }));
    const panel = await open('Product 3');
    expect(await panel.variants()).toEqual([
      ['Size: S, Color: Red', 'K-S-RED', '€3.00', 'In stock'],
      ['Size: S, Color: Blue', 'K-S-BLUE', '€3.00', 'Out of stock'],
    ]);
    expect(await panel.stockNote()).toMatch(/^Quantities per variant are not shown\. .*“Read Inventory”.*\(WIX_STORES\.INVENTORY_READ\)/);
    // The rest of the panel stands: no alert, the options and facts as read.
    expect(await panel.alerts()).toBe('');
    expect(await panel.section('Options')).toBe('Size: S; Color: Red, Blue');
    expect((await panel.facts())['Price']).toBe('€3.00');
  });

  it('says so when the inventory read failed otherwise, and nothing when it was read', async () => {
    const down: CatalogError = { kind: 'unavailable', reason: 'network', requestId: null };
    const { open, until } = await render(async (id) => details(Number(id.slice(1)), id === 'p3' ? { inventoryError: down } : {}));
    const panel = await open('Product 3');
    expect(await panel.stockNote()).toBe('Quantities per variant are not shown. Wix Stores can’t be reached right now');
    await panel.click('Next product');
    await panel.click('Next product');
    await until(async () => (await panel.title()) === 'Product 5');
    expect(await panel.stockNote()).toBe('');
    expect((await panel.variants())[0]).toEqual(['Size: S', 'SKU-5-S', '€5.00', 'In stock (1,200)']);
  });

  it('moves to the previous and next product of the page, unavailable at its ends, each read once while open', async () => {
    const { open, reader, until } = await render();
    const panel = await open('Product 1');
    expect(await panel.isUnavailable('Previous product')).toBe(true);
    expect(await panel.position()).toBe('Product 1 of 25 on this page The first product on this page.');
    await panel.click('Previous product');
    expect(await panel.title()).toBe('Product 1');
    await panel.click('Next product');
    await until(async () => (await panel.title()) === 'Product 2' && !(await panel.isLoading()));
    expect(await panel.position()).toBe('Product 2 of 25 on this page');
    await panel.click('Previous product');
    await until(async () => (await panel.title()) === 'Product 1');
    expect(reader.read.mock.calls.map(([id]) => id)).toEqual(['p1', 'p2']);
    await panel.escapeFrom('Close');
    const last = await open('Product 25');
    expect(await last.isUnavailable('Next product')).toBe(true);
    expect(await last.position()).toContain('The last product on this page');
    // Closed and opened again: read again (the cache lives while the panel is open).
    await last.click('Previous product');
    await until(async () => (await last.title()) === 'Product 24');
    expect(reader.read.mock.calls.map(([id]) => id)).toEqual(['p1', 'p2', 'p25', 'p24']);
  });

  it('closes on Escape and gives the focus to the name of the product shown last', async () => {
    const { open, page, until } = await render();
    const panel = await open('Product 3');
    await panel.click('Next product');
    await until(async () => (await panel.title()) === 'Product 4');
    await panel.escapeFrom('Next product');
    await until(async () => !(await panel.isOpen()) && (await page.focusedProduct()) !== null);
    expect(await page.focusedProduct()).toBe('Product 4');
  });

  it('closes with the close button and on a click on the backdrop', async () => {
    const { open, page, until } = await render();
    let panel = await open('Product 5');
    await panel.click('Close');
    await until(async () => !(await panel.isOpen()) && (await page.focusedProduct()) !== null);
    expect(await page.focusedProduct()).toBe('Product 5');
    panel = await open('Product 6');
    await panel.clickBackdrop();
    await until(async () => !(await panel.isOpen()));
  });

  it('keeps Tab and Shift+Tab inside the panel', async () => {
    const { open } = await render();
    const panel = await open('Product 3');
    await panel.tabFrom('Open in Wix');
    expect(await panel.focused()).toBe('Close');
    await panel.tabFrom('Close', true);
    expect(await panel.focused()).toBe('Open in Wix');
  });

  it('says why the details could not be read, and Try again reads them', async () => {
    let fail = true;
    const error: CatalogError = { kind: 'unavailable', reason: 'server', requestId: 'req-9' };
    const { open, reader, until } = await render(async (id) => {
      if (fail) throw error;
      return details(Number(id.slice(1)));
    });
    const panel = await open('Product 7');
    expect(await panel.alerts()).toContain('Wix Stores can’t be reached right now');
    fail = false;
    await panel.click('Try again');
    await until(async () => (await panel.facts())['Price'] === '€7.00');
    expect(reader.read).toHaveBeenCalledTimes(2);
    expect(await panel.alerts()).toBe('');
  });

  it('drops an answer for a product no longer shown', async () => {
    let answerFirst!: (d: ProductDetails) => void;
    const { page, until, reader, panel: shown } = await render((id) =>
      id === 'p1' ? new Promise<ProductDetails>((resolve) => (answerFirst = resolve)) : Promise.resolve(details(Number(id.slice(1)))),
    );
    await page.openProduct('Product 1');
    await until(() => reader.read.mock.calls.length === 1);
    await until(() => document.querySelector('cm-product-details dialog[open]') !== null);
    const panel = await shown();
    await panel.click('Next product');
    await until(async () => (await panel.facts())['Price'] === '€2.00');
    answerFirst(details(1, { price: 'stale' }));
    await until(() => true);
    expect((await panel.facts())['Price']).toBe('€2.00');
    expect(await panel.title()).toBe('Product 2');
  });

  it('Open in Wix asks the reader to go to the product, and says so when it cannot', async () => {
    const { open, reader, until } = await render();
    const panel = await open('Product 8');
    await panel.click('Open in Wix');
    expect(reader.openInWix).toHaveBeenCalledWith('p8');
    reader.openInWix.mockRejectedValueOnce({ kind: 'not-in-dashboard', requestId: null });
    await panel.click('Open in Wix');
    await until(async () => (await panel.alerts()) !== '');
    expect(await panel.alerts()).toContain('Open Catalog Manager from your Wix dashboard');
    await flush();
  });
});
