import type { WixV1Product } from '../wix/wix-client';
import { safeImageUrl } from './product-fields';
import { fromV1Product } from './v1-product-mapping';

describe('fromV1Product', () => {
  it('maps a full product', () => {
    const product = fromV1Product({
      _id: 'p1',
      name: 'Linen shirt',
      sku: 'LS-01',
      visible: false,
      priceData: { currency: 'EUR', price: 40, discountedPrice: 30, formatted: { price: '€40.00', discountedPrice: '€30.00' } },
      stock: { trackInventory: true, quantity: 3, inStock: true, inventoryStatus: 'IN_STOCK' },
      media: { mainMedia: { thumbnail: { url: 'https://static.wixstatic.com/media/a.jpg', width: 50, height: 50 } } },
      lastUpdated: new Date('2026-05-01T12:00:00Z'),
    } as WixV1Product);
    expect(product).toEqual({
      id: 'p1',
      name: 'Linen shirt',
      sku: 'LS-01',
      price: '€30.00',
      priceBeforeDiscount: '€40.00',
      currency: 'EUR',
      visible: false,
      stock: 'in-stock',
      quantity: 3,
      thumbnailUrl: 'https://static.wixstatic.com/media/a.jpg',
      lastUpdated: new Date('2026-05-01T12:00:00Z'),
      productType: null,
      brand: null,
      ribbon: null,
      created: null,
      collectionIds: [],
      cost: null,
      profit: null,
    });
  });

  it('survives a product with almost nothing in it', () => {
    expect(fromV1Product({ _id: 'p2' } as WixV1Product)).toEqual({
      id: 'p2',
      name: '',
      sku: null,
      price: null,
      priceBeforeDiscount: null,
      currency: null,
      visible: true,
      stock: 'unknown',
      quantity: null,
      thumbnailUrl: null,
      lastUpdated: null,
      productType: null,
      brand: null,
      ribbon: null,
      created: null,
      collectionIds: [],
      cost: null,
      profit: null,
    });
  });

  it("maps the optional columns' fields: type, brand, ribbon, created, collections (without All Products), cost and profit", () => {
    const product = fromV1Product({
      _id: 'p4',
      productType: 'digital',
      brand: 'Acme',
      ribbon: 'Sale',
      _createdDate: new Date('2025-11-02T08:00:00Z'),
      collectionIds: ['00000000-000000-000000-000000000001', 'c-kitchen', '', 42 as unknown as string, 'c-sale'],
      costAndProfitData: { itemCost: 4, formattedItemCost: '€4.00', profit: 26, formattedProfit: '€26.00', profitMargin: 0.87 },
    } as WixV1Product);
    expect(product).toMatchObject({
      productType: 'digital',
      brand: 'Acme',
      ribbon: 'Sale',
      created: new Date('2025-11-02T08:00:00Z'),
      collectionIds: ['c-kitchen', 'c-sale'],
      cost: '€4.00',
      profit: '€26.00',
    });
  });

  it('reads an unspecified product type, a blank brand and a collection list that is not a list as nothing', () => {
    const product = fromV1Product({
      _id: 'p5',
      productType: 'unspecified_product_type',
      brand: '  ',
      collectionIds: 'c-kitchen' as unknown as string[],
    } as WixV1Product);
    expect(product).toMatchObject({ productType: null, brand: null, collectionIds: [], cost: null, profit: null });
  });

  it.each(['', '   ', '\u200B\u200D', ' \uFEFF '])('a name with nothing visible (%p) counts as missing', (name) => {
    expect(fromV1Product({ _id: 'p', name } as WixV1Product).name).toBe('');
  });

  it('formats a price Wix sent without a formatted string, and ignores untracked quantities', () => {
    const product = fromV1Product({
      _id: 'p3',
      priceData: { currency: 'USD', price: 12.5 },
      stock: { trackInventory: false, quantity: 99, inStock: false },
    } as WixV1Product);
    expect(product.price).toMatch(/12\.50/);
    expect(product.stock).toBe('out-of-stock');
    expect(product.quantity).toBeNull();
  });
});

describe('safeImageUrl', () => {
  it.each([
    ['https://a.example/x.png', 'https://a.example/x.png'],
    ['http://localhost:4300/_emulator/thumbnails/1.svg', 'http://localhost:4300/_emulator/thumbnails/1.svg'],
    ['javascript:alert(1)', null],
    ['JAVASCRIPT:alert(1)', null],
    ['data:image/svg+xml,<svg onload=alert(1)>', null],
    ['not a url', null],
    ['', null],
    [42, null],
  ])('%p → %p', (input, expected) => {
    expect(safeImageUrl(input)).toBe(expected);
  });
});
