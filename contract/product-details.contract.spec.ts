import './jsdom-node-bridge';
import { ProductDetailsReader } from '../src/app/catalog/details/product-details-reader';
import { collectionsOf, effectivePrice } from '../emulator/catalog/catalog';
import { formatMoney } from '../emulator/catalog/money';
import { collectionTable } from '../emulator/stores/collections-endpoints';
import { optionsOf, variantsOf } from '../emulator/catalog/variants';
import { Contract, connectToEmulator } from './contract-setup';

/*
 * The details panel's read and "Open in Wix" through the app's own wiring (provideWixClient, provideCatalog),
 * the real SDK (V1 and V3 getProduct bound from the packages' method modules, @wix/dashboard navigate) over a
 * real dashboard handshake, against the in-process emulator. jsdom (the bridge gives it Node's fetch and
 * MessageChannel): the description is turned into text with the browser's DOMParser.
 */

jest.setTimeout(30_000);

describe.each(['V1', 'V3'] as const)('product details on Catalog %s', (version) => {
  let owner: Contract;
  let viewer: Contract;
  const navigations: string[] = [];
  beforeAll(async () => {
    const emulator = { catalogVersion: version, products: 300, rateLimitPerMinute: 0 };
    owner = await connectToEmulator({ emulator, dashboard: { siteId: 'site-1', navigate: (url) => navigations.push(url) } });
    viewer = await connectToEmulator({ emulator, role: 'viewer' });
  });
  afterAll(async () => {
    await owner.close();
    await viewer.close();
  });

  const c = () => owner.emulator.state.catalog;
  /** A visible product with a price, a cost and a discount (a "before discount" price), and its catalog row. */
  const sample = () => {
    for (let r = 0; r < c().size; r++) {
      if (c().visible[r] === 1 && c().price[r] === c().price[r] && c().cost[r] === c().cost[r] && effectivePrice(c(), r) < c().price[r]) return { row: r, id: c().ids[r] };
    }
    throw new Error('no discounted product with a cost');
  };
  const productCalls = (contract: Contract, id: string) =>
    contract.emulator.state.stats.snapshot().recent.filter((call) => call.path.endsWith(`/products/${id}`));

  it('reads a product as the catalog holds it: prices, cost and profit for the owner, stock, collections by name', async () => {
    const { row, id } = sample();
    const details = await owner.injector.get(ProductDetailsReader).read(id);
    const currency = 'USD';
    const table = collectionTable(c());
    expect(details).toMatchObject({
      id,
      name: c().names[row],
      sku: c().skus[row],
      price: formatMoney(effectivePrice(c(), row), currency),
      listPrice: formatMoney(c().price[row], currency),
      merchant: { cost: formatMoney(c().cost[row], currency), profit: formatMoney(Math.round((effectivePrice(c(), row) - c().cost[row]) * 100) / 100, currency) },
      visible: true,
      groupKind: version === 'V1' ? 'collection' : 'category',
      groups: collectionsOf(c(), row).map((gid) => ({ id: gid, name: table.names[table.ids.indexOf(gid)] })),
    });
    expect(details.variants).toHaveLength(variantsOf(c(), row).length);
    expect(details.description).not.toMatch(/[<>]/);
    expect(details.description.length).toBeGreaterThan(10);
    const [call] = productCalls(owner, id);
    expect([call.method, call.status]).toEqual(['GET', 200]);
    expect(call.path).toBe(version === 'V1' ? `/stores-reader/v1/products/${id}` : `/stores/v3/products/${id}`);
  });

  it('gives a viewer the product without cost and profit (V3: MERCHANT_DATA refused once, then not asked)', async () => {
    const { id } = sample();
    const reader = viewer.injector.get(ProductDetailsReader);
    expect((await reader.read(id)).merchant).toBeNull();
    expect((await reader.read(c().ids[0])).merchant).toBeNull();
    expect(productCalls(viewer, id).map((call) => call.status)).toEqual(version === 'V3' ? [403, 200] : [200]);
    expect(productCalls(viewer, c().ids[0]).map((call) => call.status)).toEqual([200]);
  });

  /** A visible product with two options (six variants) whose quantity is tracked. */
  const withOptions = () => {
    for (let r = 0; r < c().size; r++) if (c().visible[r] === 1 && optionsOf(c(), r).length === 2 && c().trackInventory[r] === 1) return { row: r, id: c().ids[r] };
    throw new Error('no tracked product with two options');
  };
  const inventoryCalls = (contract: Contract) => contract.emulator.state.stats.snapshot().recent.filter((call) => call.path === '/stores/v3/inventory-items/query');

  it('reads a product with options: its options, every variant with its choices, SKU and stock (V3: quantities from inventory items)', async () => {
    const { row, id } = withOptions();
    const before = inventoryCalls(owner).length;
    const details = await owner.injector.get(ProductDetailsReader).read(id);
    expect(details.options).toEqual([{ name: 'Size', choices: ['S', 'M', 'L'] }, { name: 'Color', choices: ['Red', 'Blue'] }]);
    expect(details.variants.map((v) => [v.choices, v.sku, v.stock, v.quantity])).toEqual(
      variantsOf(c(), row).map((v) => [v.choices.map((ch) => `${ch.option.name}: ${ch.choice.name}`).join(', '), v.sku, v.inStock ? 'in-stock' : 'out-of-stock', v.quantity]),
    );
    expect(details.variants.reduce((n, v) => n + (v.quantity ?? 0), 0)).toBe(c().quantity[row]);
    expect(details.inventoryError).toBeNull();
    // V3: one inventory query by the product's id; V1 has the quantities in the product.
    const calls = inventoryCalls(owner).slice(before);
    expect(calls.map((call) => [call.method, call.status, call.payload])).toEqual(
      version === 'V3' ? [['GET', 200, { query: { filter: { productId: { $eq: id } }, cursorPaging: { limit: 1000 } } }]] : [],
    );
  });

  it('gives a role without inventory read the product and its variants all the same (V3: in stock or not, the permission named)', async () => {
    const { row, id } = withOptions();
    const details = await viewer.injector.get(ProductDetailsReader).read(id);
    expect(details.variants.map((v) => v.stock)).toEqual(variantsOf(c(), row).map((v) => (v.inStock ? 'in-stock' : 'out-of-stock')));
    if (version === 'V3') {
      expect(details.inventoryError).toMatchObject({ kind: 'permission-denied', permission: { id: 'WIX_STORES.INVENTORY_READ' } });
      expect(details.variants.every((v) => v.quantity === null)).toBe(true);
      expect(inventoryCalls(viewer).at(-1)?.status).toBe(403);
    } else {
      expect([details.inventoryError, details.variants.map((v) => v.quantity)]).toEqual([null, variantsOf(c(), row).map((v) => v.quantity)]);
    }
  });

  it("sends the dashboard to Wix Stores' editor for the product (navigate through @wix/dashboard)", async () => {
    const { id } = sample();
    await owner.injector.get(ProductDetailsReader).openInWix(id);
    for (let i = 0; i < 100 && navigations.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(navigations.splice(0)).toEqual([`https://manage.wix.com/dashboard/site-1/wix-stores/products/product/${id}`]);
  });

  it('fails with not-found for a product that is gone, named by the catalog version read permission on 403', async () => {
    await expect(owner.injector.get(ProductDetailsReader).read('no-such-product')).rejects.toMatchObject({ kind: 'not-found' });
    const staff = await connectToEmulator({ emulator: { catalogVersion: version, products: 10, rateLimitPerMinute: 0 }, role: 'staff' });
    try {
      const permission = version === 'V1' ? 'WIX_STORES.READ_PRODUCTS' : 'SCOPE.STORES.PRODUCT_READ';
      await expect(staff.injector.get(ProductDetailsReader).read(staff.emulator.state.catalog.ids[0])).rejects.toMatchObject({ kind: 'permission-denied', permission: { id: permission } });
    } finally {
      await staff.close();
    }
  });
});
