import type { WixV3Product } from '../wix/v3-products';
import { fromV3Product } from './v3-product-mapping';

const money = (amount: string, formattedAmount?: string) => ({ amount, ...(formattedAmount && { formattedAmount }) });

describe('fromV3Product', () => {
  it('maps a full product, discounted', () => {
    const product = fromV3Product({
      _id: 'p1',
      name: 'Linen shirt',
      visible: false,
      currency: 'EUR',
      actualPriceRange: { minValue: money('30.00', '€30.00'), maxValue: money('30.00', '€30.00') },
      compareAtPriceRange: { minValue: money('40.00', '€40.00'), maxValue: money('40.00', '€40.00') },
      inventory: { availabilityStatus: 'PARTIALLY_OUT_OF_STOCK' },
      media: { main: { thumbnail: { url: 'https://static.wixstatic.com/media/a.jpg', width: 50, height: 50 } } },
      variantsInfo: { variants: [{ sku: 'LS-01' }] },
      _updatedDate: new Date('2026-05-01T12:00:00Z'),
    } as WixV3Product);
    expect(product).toEqual({
      id: 'p1',
      name: 'Linen shirt',
      sku: 'LS-01',
      price: '€30.00',
      priceBeforeDiscount: '€40.00',
      currency: 'EUR',
      visible: false,
      stock: 'partially-out-of-stock',
      quantity: null,
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
    expect(fromV3Product({ _id: 'p2' } as WixV3Product)).toEqual({
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

  it("maps the optional columns' fields: type, brand and ribbon names, created, direct categories, cost range and the cheapest variant's profit", () => {
    const product = fromV3Product({
      _id: 'p3',
      currency: 'EUR',
      productType: 'DIGITAL',
      brand: { _id: 'b1', name: 'Acme' },
      ribbon: { _id: 'r1', name: 'New' },
      _createdDate: new Date('2025-11-02T08:00:00Z'),
      directCategoriesInfo: { categories: [{ _id: 'cat-shoes', index: 0 }, { _id: '00000000-000000-000000-000000000001' }, {}] },
      costRange: { minValue: money('4.00', '€4.00'), maxValue: money('6.50', '€6.50') },
      variantSummary: { variantCount: 2, minPriceVariant: { revenueDetails: { profit: money('5.00', '€5.00') } } },
    } as WixV3Product);
    expect(product).toMatchObject({
      productType: 'digital',
      brand: 'Acme',
      ribbon: 'New',
      created: new Date('2025-11-02T08:00:00Z'),
      collectionIds: ['cat-shoes'],
      cost: '€4.00 – €6.50',
      profit: '€5.00',
    });
  });

  it('takes the profit of the first variant where a query sent variants and no cheapest one; one cost when all variants cost the same', () => {
    const product = fromV3Product({
      _id: 'p4',
      currency: 'USD',
      costRange: { minValue: money('3'), maxValue: money('3') },
      variantsInfo: { variants: [{ revenueDetails: { profit: money('9') } }] },
    } as WixV3Product);
    expect(product.cost).toMatch(/^\$3\.00$|3\.00/);
    expect(product.profit).toMatch(/9\.00/);
  });

  it('shows a price range when variants differ, without a price before discount', () => {
    const product = fromV3Product({
      _id: 'p3',
      currency: 'EUR',
      actualPriceRange: { minValue: money('10.00', '€10.00'), maxValue: money('20.00', '€20.00') },
      compareAtPriceRange: { minValue: money('25.00', '€25.00'), maxValue: money('25.00', '€25.00') },
    } as WixV3Product);
    expect(product.price).toBe('€10.00 – €20.00');
    expect(product.priceBeforeDiscount).toBeNull();
  });

  it('formats amounts Wix sent without CURRENCY formatting', () => {
    const product = fromV3Product({
      _id: 'p4',
      currency: 'USD',
      actualPriceRange: { minValue: money('12.5'), maxValue: money('12.5') },
    } as WixV3Product);
    expect(product.price).toMatch(/12\.50/);
    expect(product.currency).toBe('USD');
  });

  it('takes the SKU of the cheapest variant when the list read sent no variants', () => {
    const product = fromV3Product({ _id: 'p5', variantSummary: { variantCount: 3, minPriceVariant: { sku: 'CHEAP-1' } } } as WixV3Product);
    expect(product.sku).toBe('CHEAP-1');
  });

  it.each([
    ['IN_STOCK', 'in-stock'],
    ['OUT_OF_STOCK', 'out-of-stock'],
    ['SOMETHING_NEW', 'unknown'],
  ])('stock %s → %s', (availabilityStatus, stock) => {
    expect(fromV3Product({ _id: 'p', inventory: { availabilityStatus } } as WixV3Product).stock).toBe(stock);
  });

  it('never takes a javascript: URL as the thumbnail; a wix:image id becomes its Wix media URL', () => {
    const product = fromV3Product({
      _id: 'p6',
      media: { main: { thumbnail: { url: 'javascript:alert(1)' }, image: 'wix:image://v1/x.jpg', url: 'https://static.example/main.png' } },
    } as WixV3Product);
    expect(product.thumbnailUrl).toBe('https://static.wixstatic.com/media/x.jpg');
    const hostile = fromV3Product({
      _id: 'p7',
      media: { main: { thumbnail: { url: 'javascript:alert(1)' }, image: 'wix:image://v1/../x', url: 'https://static.example/main.png' } },
    } as WixV3Product);
    expect(hostile.thumbnailUrl).toBe('https://static.example/main.png');
  });

  it('reads an update date sent as a string', () => {
    expect(fromV3Product({ _id: 'p7', _updatedDate: '2026-02-03T04:05:06Z' } as unknown as WixV3Product).lastUpdated).toEqual(
      new Date('2026-02-03T04:05:06Z'),
    );
  });
});
