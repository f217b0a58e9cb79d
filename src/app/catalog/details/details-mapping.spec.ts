import type { WixV1ProductDetails } from '../../wix/v1-product-read';
import type { WixV3ProductDetails } from '../../wix/v3-product-read';
import { fromV1Details } from './v1-details';
import { fromV3Details, withInventory } from './v3-details';

const ORIGINS = ['https://static.wixstatic.com'];

// Real Wix data may lack any field; the mappings must show what is there and "nothing" for the rest.
describe('details mappings with missing and odd data', () => {
  it('V1: a product with nothing but an id', () => {
    expect(fromV1Details({ _id: 'p' } as WixV1ProductDetails, ORIGINS)).toEqual({
      id: 'p', name: '', images: [], price: null, listPrice: null, merchant: null, sku: null, visible: true, productType: null,
      stock: 'unknown', variants: [], options: [], groups: [], groupKind: 'collection', created: null, updated: null, description: '', inventoryError: null,
    });
  });

  it('V1: no discount when the sale price is not lower; a price formatted when Wix sent no string; videos are no images', () => {
    const raw = {
      _id: 'p',
      priceData: { currency: 'USD', price: 10, discountedPrice: 10 },
      media: { items: [{ mediaType: 'video', image: { url: 'https://static.wixstatic.com/media/v.jpg' } }, { mediaType: 'image', thumbnail: { url: 'https://cdn.example/t.png' } }] },
      costAndProfitData: { itemCost: 4, profit: 6 },
      stock: { inStock: false },
      _createdDate: 'not a date',
    } as unknown as WixV1ProductDetails;
    const details = fromV1Details(raw, ORIGINS);
    expect([details.price, details.listPrice]).toEqual(['$10.00', null]);
    expect(details.merchant).toEqual({ cost: '$4.00', profit: '$6.00', margin: null });
    // Not Wix media: shown as it is (it cannot be resized).
    expect(details.images).toEqual([{ url: 'https://cdn.example/t.png', alt: null }]);
    expect([details.stock, details.created]).toEqual(['out-of-stock', null]);
  });

  it('V3: a price range across variants, with no "before discount"; a cost range; wix:image ids as Wix media URLs', () => {
    const raw = {
      _id: 'p',
      name: '  Mug  ',
      currency: 'EUR',
      actualPriceRange: { minValue: { amount: '5' }, maxValue: { amount: '9', formattedAmount: '€9.00' } },
      compareAtPriceRange: { minValue: { amount: '12' } },
      costRange: { minValue: { amount: '1', formattedAmount: '€1.00' }, maxValue: { amount: '3', formattedAmount: '€3.00' } },
      media: { main: { image: 'wix:image://v1/abc_1~mv2.jpg/mug.jpg#originWidth=10&originHeight=10', altText: 'Mug' } },
      variantsInfo: { variants: [{ sku: 'A', inventoryStatus: { inStock: true } }, { sku: 'B' }] },
      productType: 'DIGITAL',
    } as unknown as WixV3ProductDetails;
    const details = fromV3Details(raw, ORIGINS);
    // The low end has no formatted amount: formatted here, in the currency.
    expect(details.price).toMatch(/^\S*5[.,]00\S* – €9\.00$/);
    expect([details.listPrice, details.sku, details.productType, details.name]).toEqual([null, 'A', 'digital', '  Mug  ']);
    // Several variants: the cost is a range and profit is per variant.
    expect(details.merchant).toEqual({ cost: '€1.00 – €3.00', profit: null, margin: null });
    expect(details.images).toEqual([{ url: 'https://static.wixstatic.com/media/abc_1~mv2.jpg/v1/fill/w_240,h_240,al_c,q_80,enc_auto/abc_1~mv2.jpg', alt: 'Mug' }]);
    expect(details.variants.map((v) => [v.choices, v.stock])).toEqual([['', 'in-stock'], ['', 'unknown']]);
  });

  it('V3: a product with nothing but an id', () => {
    expect(fromV3Details({ _id: 'p' } as WixV3ProductDetails, ORIGINS)).toMatchObject({
      price: null, listPrice: null, merchant: null, sku: null, stock: 'unknown', variants: [], options: [], groups: [], groupKind: 'category', description: '',
    });
  });
  it('V3 inventory items: tracked quantities summed over locations (an oversold one negative), untracked by inStock, a status alone unknown', () => {
    const raw = { _id: 'p', variantsInfo: { variants: ['a', 'b', 'c', 'd'].map((id) => ({ _id: id, inventoryStatus: { inStock: true } })) } } as unknown as WixV3ProductDetails;
    const details = withInventory(fromV3Details(raw, ORIGINS), [
      { variantId: 'a', trackQuantity: true, quantity: 4 },
      { variantId: 'a', trackQuantity: true, quantity: -1 },
      { variantId: 'b', trackQuantity: true, quantity: -2 },
      { variantId: 'c', trackQuantity: false, inStock: false },
      // Preorder only, no tracking method sent: neither in nor out of stock.
      { variantId: 'd', trackQuantity: false, availabilityStatus: 'PREORDER' },
      { variantId: 'someone-else', trackQuantity: true, quantity: 9 },
    ]);
    expect(details.variants.map((v) => [v.id, v.stock, v.quantity])).toEqual([
      ['a', 'in-stock', 3],
      ['b', 'out-of-stock', -2],
      ['c', 'out-of-stock', null],
      ['d', 'unknown', null],
    ]);
    expect(details.inventoryError).toBeNull();
  });
});
