import { TestBed } from '@angular/core/testing';
import { WireAnswer, WireRequest, catalogVersionAnswer, isVersionRequest, v1Product, v3Product, wireClient, wixError } from '../../wix/testing/wire-client';
import { WIX_CLIENT, WIX_FETCH, WIX_MEDIA_ORIGINS } from '../../wix/wix-client';
import type { CatalogError } from '../catalog-error';
import { CATALOG_VERSION_MEMORY } from '../catalog-version-memory';
import { ProductDetailsReader } from './product-details-reader';

/** The reader over the real SDK (V1/V3 getProduct, the names query) on a fake network that answers `answer`. */
function setUp(version: 'V1_CATALOG' | 'V3_CATALOG' | 'STORES_NOT_INSTALLED', answer: (request: WireRequest) => WireAnswer) {
  const wire = wireClient((request) => (isVersionRequest(request) ? catalogVersionAnswer(version) : answer(request)));
  TestBed.configureTestingModule({
    providers: [
      { provide: WIX_CLIENT, useValue: wire.client },
      { provide: WIX_FETCH, useValue: wire.wixFetch },
      { provide: CATALOG_VERSION_MEMORY, useValue: { recall: () => null, remember: () => undefined } },
      { provide: WIX_MEDIA_ORIGINS, useValue: ['https://static.wixstatic.com'] },
    ],
  });
  const reads = () => wire.requests.filter((r) => !isVersionRequest(r));
  return { reader: TestBed.inject(ProductDetailsReader), reads };
}

const ok = (body: unknown): WireAnswer => ({ status: 200, body, headers: { 'X-Wix-Request-Id': 'req-ok' } });
const failure = (p: Promise<unknown>) => p.then(() => Promise.reject(new Error('expected a failure')), (e: CatalogError) => e);
const MEDIA = 'https://static.wixstatic.com/media/abc_123~mv2.jpg';

describe('ProductDetailsReader on Catalog V1', () => {
  const product = v1Product(4, {
    description: '<p>Soft &amp; <b>warm</b></p>',
    collectionIds: ['col-a', 'col-b'],
    priceData: { currency: 'EUR', price: 20, discountedPrice: 15, formatted: { price: '€20.00', discountedPrice: '€15.00' } },
    costAndProfitData: { itemCost: 5, formattedItemCost: '€5.00', profit: 10, formattedProfit: '€10.00', profitMargin: 0.6667 },
    media: { items: [{ mediaType: 'image', image: { url: MEDIA, width: 1000, height: 1000, altText: 'Front' } }, { mediaType: 'image', image: { url: 'javascript:alert(1)' } }] },
    productOptions: [{ optionType: 'color', name: 'Color', choices: [{ value: '#ff0000', description: 'Red' }, { value: '#0000ff', description: 'Blue' }] }],
    variants: [
      { id: 'v-red', choices: { Color: 'Red' }, variant: { sku: 'R-1', priceData: { currency: 'EUR', price: 20, discountedPrice: 15, formatted: { price: '€20.00', discountedPrice: '€15.00' } } }, stock: { trackQuantity: true, quantity: 3, inStock: true } },
      { id: 'v-blue', choices: { Color: 'Blue' }, variant: { sku: 'B-1' }, stock: { trackQuantity: false, inStock: false } },
    ],
  });

  it('reads getProduct with merchant data and names the collections in one request', async () => {
    const { reader, reads } = setUp('V1_CATALOG', (r) =>
      r.url.pathname.endsWith('/collections/query') ? ok({ collections: [{ id: 'col-b', name: 'Summer' }, { id: 'col-a', name: 'All Products' }] }) : ok({ product }),
    );
    const details = await reader.read('prod-4');
    const [get, names] = reads();
    expect([get.method, get.url.pathname, get.url.searchParams.get('includeMerchantSpecificData')]).toEqual(['GET', '/stores-reader/v1/products/prod-4', 'true']);
    expect(names.method).toBe('POST');
    expect(JSON.parse((names.payload as { query: { filter: string } }).query.filter)).toEqual({ id: { $in: ['col-a', 'col-b'] } });
    expect(details).toMatchObject({
      id: 'prod-4',
      name: 'Product 4',
      price: '€15.00',
      listPrice: '€20.00',
      merchant: { cost: '€5.00', profit: '€10.00', margin: 0.6667 },
      sku: 'SKU-4',
      stock: 'in-stock',
      productType: 'physical',
      groupKind: 'collection',
      groups: [{ id: 'col-a', name: 'All Products' }, { id: 'col-b', name: 'Summer' }],
      options: [{ name: 'Color', choices: ['Red', 'Blue'] }],
      description: 'Soft & warm',
    });
    expect(details.created?.toISOString()).toBe('2026-01-02T10:00:00.000Z');
    expect(details.variants).toEqual([
      { id: 'v-red', choices: 'Color: Red', sku: 'R-1', price: '€15.00', stock: 'in-stock', quantity: 3, merchant: null },
      { id: 'v-blue', choices: 'Color: Blue', sku: 'B-1', price: null, stock: 'out-of-stock', quantity: null, merchant: null },
    ]);
    // Wix media at the size shown; a javascript: URL is no image at all.
    expect(details.images).toEqual([{ url: `${MEDIA}/v1/fill/w_240,h_240,al_c,q_80,enc_auto/abc_123~mv2.jpg`, alt: 'Front' }]);
  });

  it('keeps the details when the names cannot be read (the ids are shown instead)', async () => {
    const { reader } = setUp('V1_CATALOG', (r) => (r.url.pathname.endsWith('/collections/query') ? wixError(503, 'UNAVAILABLE', 'down') : ok({ product })));
    expect((await reader.read('prod-4')).groups).toEqual([{ id: 'col-a', name: null }, { id: 'col-b', name: null }]);
  });

  it('fails with a CatalogError: 404 not found, 429 with its Retry-After, a 200 without a product', async () => {
    let next: WireAnswer = wixError(404, 'NOT_FOUND', 'no such product');
    const { reader } = setUp('V1_CATALOG', () => next);
    expect(await failure(reader.read('gone'))).toMatchObject({ kind: 'not-found' });
    next = { ...(wixError(429, 'RESOURCE_EXHAUSTED', 'slow down') as { status: number; body: unknown }), headers: { 'Retry-After': '7', 'X-Wix-Request-Id': 'req-429' } };
    expect(await failure(reader.read('prod-4'))).toMatchObject({ kind: 'rate-limited', retryAfterSeconds: 7 });
    next = ok({});
    expect(await failure(reader.read('prod-4'))).toMatchObject({ kind: 'unknown', status: 200 });
  });

  it('names the V1 read permission when the role may not read products (asked twice: with and without merchant data)', async () => {
    const { reader, reads } = setUp('V1_CATALOG', () => wixError(403, 'PERMISSION_DENIED', 'no'));
    expect(await failure(reader.read('prod-4'))).toMatchObject({ kind: 'permission-denied', permission: { id: 'WIX_STORES.READ_PRODUCTS' } });
    expect(reads().map((r) => r.url.searchParams.get('includeMerchantSpecificData'))).toEqual(['true', 'false']);
  });
});

describe('ProductDetailsReader on Catalog V3', () => {
  const product = v3Product(6, {
    plainDescription: '<p>Line</p><script>x()</script>',
    directCategoriesInfo: { categories: [{ id: 'cat-1', index: 0 }] },
    costRange: { minValue: { amount: '4.00', formattedAmount: '€4.00' }, maxValue: { amount: '4.00', formattedAmount: '€4.00' } },
    compareAtPriceRange: { minValue: { amount: '20.00', formattedAmount: '€20.00' }, maxValue: { amount: '20.00', formattedAmount: '€20.00' } },
    options: [{ id: 'o1', name: 'Size', optionRenderType: 'TEXT_CHOICES', choicesSettings: { choices: [{ choiceId: 'c1', name: 'S' }, { choiceId: 'c2', name: 'M' }] } }],
    variantsInfo: {
      variants: [
        {
          id: 'var-s',
          sku: 'SKU-6-S',
          choices: [{ optionChoiceIds: { optionId: 'o1', choiceId: 'c1' }, optionChoiceNames: { optionName: 'Size', choiceName: 'S' } }],
          price: { actualPrice: { amount: '16.00', formattedAmount: '€16.00' } },
          revenueDetails: { cost: { amount: '4.00', formattedAmount: '€4.00' }, profit: { amount: '12.00', formattedAmount: '€12.00' }, profitMargin: 0.75 },
          inventoryStatus: { inStock: true },
        },
      ],
    },
  });

  const INVENTORY = '/stores/v3/inventory-items/query';
  const item = (variantId: string, fields: Record<string, unknown>) => ({ id: `item-${variantId}`, variantId, productId: 'prod-6', locationId: 'loc-1', ...fields });

  it('reads getProduct with the fields it shows (merchant data included), then its inventory items, and names the categories', async () => {
    const { reader, reads } = setUp('V3_CATALOG', (r) =>
      r.url.pathname.endsWith('/categories/query')
        ? ok({ categories: [{ id: 'cat-1', name: 'Mugs' }] })
        : r.url.pathname === INVENTORY
          ? ok({ inventoryItems: [item('var-s', { trackQuantity: true, quantity: 7, inStock: true })], pagingMetadata: { count: 1, cursors: { next: null } } })
          : ok({ product }),
    );
    const details = await reader.read('prod-6');
    const [get, inventory, names] = reads();
    expect([get.method, get.url.pathname]).toEqual(['GET', '/stores/v3/products/prod-6']);
    expect(get.url.searchParams.getAll('fields').sort()).toEqual(['CURRENCY', 'DIRECT_CATEGORIES_INFO', 'MEDIA_ITEMS_INFO', 'MERCHANT_DATA', 'PLAIN_DESCRIPTION', 'VARIANT_OPTION_CHOICE_NAMES']);
    // Query Inventory Items by product id, as the SDK's typed query sends it.
    expect([inventory.method, inventory.url.pathname, inventory.payload]).toEqual(['GET', INVENTORY, { query: { filter: { productId: { $eq: 'prod-6' } }, cursorPaging: { limit: 1000 } } }]);
    expect(names.payload).toEqual({ query: { filter: { id: { $in: ['cat-1'] } }, cursorPaging: { limit: 100 } }, treeReference: { appNamespace: '@wix/stores' } });
    expect(details).toMatchObject({
      id: 'prod-6',
      price: '€16.00',
      listPrice: '€20.00',
      merchant: { cost: '€4.00', profit: '€12.00', margin: 0.75 },
      sku: 'SKU-6-S',
      groupKind: 'category',
      groups: [{ id: 'cat-1', name: 'Mugs' }],
      options: [{ name: 'Size', choices: ['S', 'M'] }],
      variants: [{ id: 'var-s', choices: 'Size: S', sku: 'SKU-6-S', price: '€16.00', stock: 'in-stock', quantity: 7, merchant: { cost: '€4.00', profit: '€12.00', margin: 0.75 } }],
      description: 'Line',
      inventoryError: null,
    });
    expect(details.updated?.toISOString()).toBe('2026-03-04T10:00:00.000Z');
  });

  it('keeps the details when the inventory read is refused (403): the stock the product gives, and the permission named', async () => {
    const { reader, reads } = setUp('V3_CATALOG', (r) =>
      r.url.pathname === INVENTORY ? wixError(403, 'PERMISSION_DENIED', 'no inventory read') : r.url.pathname.endsWith('/categories/query') ? ok({ categories: [] }) : ok({ product }),
    );
    const details = await reader.read('prod-6');
    expect(details.inventoryError).toMatchObject({ kind: 'permission-denied', permission: { id: 'WIX_STORES.INVENTORY_READ' } });
    expect(details.variants.map((v) => [v.id, v.stock, v.quantity])).toEqual([['var-s', 'in-stock', null]]);
    expect([details.name, details.price]).toEqual(['Product 6', '€16.00']);
    // Asked once: a refused inventory read is no reason to read the product again.
    expect(reads().map((r) => r.url.pathname)).toEqual(['/stores/v3/products/prod-6', INVENTORY, '/categories/v1/categories/query']);
  });

  it('keeps the details when the inventory read fails otherwise (503), with the failure named', async () => {
    const { reader } = setUp('V3_CATALOG', (r) => (r.url.pathname === INVENTORY ? wixError(503, 'UNAVAILABLE', 'down') : r.url.pathname.endsWith('/categories/query') ? ok({ categories: [] }) : ok({ product })));
    const details = await reader.read('prod-6');
    expect(details.inventoryError).toMatchObject({ kind: 'unavailable' });
    expect(details.variants[0]).toMatchObject({ stock: 'in-stock', quantity: null });
  });

  it('adds up a variant over its locations and pages, sending the cursor alone', async () => {
    const two = v3Product(6, { ...product, variantsInfo: { variants: [{ id: 'var-a' }, { id: 'var-b', inventoryStatus: { inStock: true } }, { id: 'var-c', inventoryStatus: { inStock: true } }] } });
    const { reader, reads } = setUp('V3_CATALOG', (r) => {
      if (r.url.pathname.endsWith('/categories/query')) return ok({ categories: [] });
      if (r.url.pathname !== INVENTORY) return ok({ product: two });
      const cursor = (r.payload as { query: { cursorPaging: { cursor?: string } } }).query.cursorPaging.cursor;
      return cursor === undefined
        ? ok({ inventoryItems: [item('var-a', { trackQuantity: true, quantity: 2 }), item('var-b', { trackQuantity: false, inStock: false })], pagingMetadata: { cursors: { next: 'page-2' } } })
        : ok({ inventoryItems: [item('var-a', { trackQuantity: true, quantity: 3 }), item('var-b', { trackQuantity: true, quantity: 0 })], pagingMetadata: { cursors: { next: null } } });
    });
    const details = await reader.read('prod-6');
    // var-c has no inventory item: it keeps the product's word for it.
    expect(details.variants.map((v) => [v.id, v.stock, v.quantity])).toEqual([['var-a', 'in-stock', 5], ['var-b', 'out-of-stock', 0], ['var-c', 'in-stock', null]]);
    expect(reads().filter((r) => r.url.pathname === INVENTORY).map((r) => r.payload)).toEqual([
      { query: { filter: { productId: { $eq: 'prod-6' } }, cursorPaging: { limit: 1000 } } },
      { query: { cursorPaging: { limit: 1000, cursor: 'page-2' } } },
    ]);
  });

  it('asks again without MERCHANT_DATA when Wix refuses it (403), and from then on asks without it', async () => {
    // Without MERCHANT_DATA Wix sends neither the cost range nor the variants' revenue details.
    const variants = product['variantsInfo'] as { variants: Record<string, unknown>[] };
    const plain = { ...product, costRange: undefined, variantsInfo: { variants: variants.variants.map(({ revenueDetails: _, ...v }) => v) } };
    const { reader, reads } = setUp('V3_CATALOG', (r) =>
      r.url.pathname.endsWith('/categories/query')
        ? ok({ categories: [] })
        : r.url.searchParams.getAll('fields').includes('MERCHANT_DATA')
          ? wixError(403, 'PERMISSION_DENIED', 'admin read')
          : ok({ product: plain }),
    );
    const details = await reader.read('prod-6');
    expect([details.price, details.merchant, details.variants[0].merchant]).toEqual(['€16.00', null, null]);
    await reader.read('prod-7');
    const merchantAsked = reads()
      .filter((r) => r.url.pathname.startsWith('/stores/v3/products/'))
      .map((r) => [r.url.pathname, r.url.searchParams.getAll('fields').includes('MERCHANT_DATA')]);
    expect(merchantAsked).toEqual([
      ['/stores/v3/products/prod-6', true],
      ['/stores/v3/products/prod-6', false],
      ['/stores/v3/products/prod-7', false],
    ]);
  });

  it('fails with stores-not-installed on a site without Wix Stores, without a product request', async () => {
    const { reader, reads } = setUp('STORES_NOT_INSTALLED', () => ok({}));
    expect(await failure(reader.read('prod-1'))).toMatchObject({ kind: 'stores-not-installed' });
    expect(reads()).toEqual([]);
  });

  it('Open in Wix outside the dashboard (a client without the dashboard module) says so', async () => {
    const { reader } = setUp('V3_CATALOG', () => ok({}));
    expect(await failure(reader.openInWix('prod-1'))).toMatchObject({ kind: 'not-in-dashboard' });
  });
});
