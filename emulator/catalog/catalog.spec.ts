/** @jest-environment node */
import { join } from 'node:path';
import { CatalogFileError, loadCatalogFile, parseProducts } from './catalog-file';
import { generateCatalog } from './generator';
import { renderImage } from './thumbnails';
import { toV1Product } from './v1-product';
import { toV3Product } from './v3-product';

const shape = { origin: 'http://127.0.0.1:4300', merchant: true, siteUrl: 'https://emulated-store.wixsite.com/store' };

describe('generated catalog', () => {
  const a = generateCatalog({ products: 2000, seed: 42, currency: 'USD' });

  it('is deterministic for a seed and different for another', () => {
    const again = generateCatalog({ products: 2000, seed: 42, currency: 'USD' });
    expect(again.ids).toEqual(a.ids);
    expect(Array.from(again.price)).toEqual(Array.from(a.price));
    expect(toV1Product(again, 1234, shape)).toEqual(toV1Product(a, 1234, shape));
    expect(generateCatalog({ products: 10, seed: 43, currency: 'USD' }).ids[0]).not.toBe(a.ids[0]);
  });

  it('has unique ids, names, slugs and SKUs, and realistic values', () => {
    for (const column of [a.ids, a.names, a.slugs, a.skus]) expect(new Set(column).size).toBe(2000);
    expect(a.ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(a.skus.every((s) => /^[A-Z]{3}-[A-Z]{3}-\d{6}$/.test(s ?? ''))).toBe(true);
    const prices = Array.from(a.price);
    expect(Math.min(...prices)).toBeGreaterThan(0);
    expect(a.visible.filter((v) => v === 0).length).toBeGreaterThan(50);
    expect(a.stockStatus.filter((s) => s === 1).length).toBeGreaterThan(50);
    expect(a.discountKind.filter((d) => d !== 0).length).toBeGreaterThan(200);
    expect(a.productType.filter((t) => t === 1).length).toBeGreaterThan(50);
  });

  it('shapes V1 products with numeric prices, formatted prices, stock and a served thumbnail', () => {
    const p = toV1Product(a, 0, shape) as any;
    expect(p).toMatchObject({ id: a.ids[0], name: a.names[0], numericId: expect.stringMatching(/^\d+$/) });
    expect(typeof p.priceData.price).toBe('number');
    expect(p.priceData.formatted.price).toMatch(/^\$\d+\.\d\d$/);
    expect(p.stock.inventoryStatus).toMatch(/^(IN_STOCK|OUT_OF_STOCK)$/);
    expect(p.media.mainMedia.thumbnail.url).toMatch(/^http:\/\/127\.0\.0\.1:4300\/_emulator\/media\/\d+-[A-Z0-9]{1,2}\.svg$/);
    expect(p.collectionIds[0]).toBe('00000000-000000-000000-000000000001');
    expect(toV1Product(a, 0, { ...shape, merchant: false })).not.toHaveProperty('costAndProfitData');
  });

  it('shapes V3 products with string amounts and per-field extras', () => {
    const bare = toV3Product(a, 5, { ...shape, fields: new Set(), includeVariants: false }) as any;
    expect(bare.actualPriceRange.minValue).toEqual({ amount: expect.stringMatching(/^\d+(\.\d+)?$/) });
    expect(bare).not.toHaveProperty('currency');
    expect(bare).not.toHaveProperty('variantsInfo');
    expect(bare.media.main).not.toHaveProperty('thumbnail');
    const full = toV3Product(a, 5, { ...shape, fields: new Set(['CURRENCY', 'THUMBNAIL', 'URL']), includeVariants: true }) as any;
    expect(full.currency).toBe('USD');
    expect(full.media.main.thumbnail).toMatchObject({ width: 50, height: 50 });
    expect(full.variantsInfo.variants[0].sku).toBe(a.skus[5]);
    expect(full.url.url).toBe(`${shape.siteUrl}/product-page/${a.slugs[5]}`);
    const search = toV3Product(a, 5, { ...shape, fields: new Set(['MIN_PRICE_VARIANT']), includeVariants: false }) as any;
    expect(search.variantSummary.minPriceVariant.sku).toBe(a.skus[5]);
  });

  it('draws thumbnails only for names it generates', () => {
    expect(renderImage('120-CS.svg')).toContain('>CS</text>');
    expect(renderImage('120-<script>.svg')).toBeNull();
  });
});

describe('catalog files', () => {
  it('loads the hostile catalog with every name kept byte for byte', () => {
    const c = loadCatalogFile(join(__dirname, '..', 'catalogs', 'hostile.json'), 'USD');
    expect(c.size).toBe(25);
    expect(c.names).toContain('<img src=x onerror=alert(1)>');
    expect(c.names).toContain('Zero\u200bWidth\u200cJoiner\u200dName\ufeff Mug');
    expect(c.names.some((n) => n.length === 500)).toBe(true);
    const noPrice = toV1Product(c, c.names.indexOf('No Price Gift Card'), shape);
    expect(noPrice).not.toHaveProperty('priceData');
    expect(toV1Product(c, c.names.indexOf('No SKU Tote Bag'), shape)).not.toHaveProperty('sku');
    const js = toV1Product(c, c.names.indexOf('Javascript Thumbnail Lamp'), shape) as any;
    expect(js.media.mainMedia.thumbnail.url).toBe('javascript:alert(document.domain)');
    const relative = toV1Product(c, 0, shape) as any;
    expect(relative.media.mainMedia.thumbnail.url).toMatch(/^http:\/\/127\.0\.0\.1:4300\/_emulator\/media\//);
  });

  it('lists every problem with the product index, id and field', () => {
    const bad = [
      { id: 'ok', name: 'Fine' },
      { id: 'p2', name: 42, priceData: { price: '12' } },
      'not an object',
      { id: 'ok', name: 'Duplicate id', stock: { quantity: 1.5 }, createdDate: 'yesterday', productType: 'service' },
    ];
    let message = '';
    try {
      parseProducts(bad, 'USD', 'bad.json');
    } catch (e) {
      expect(e).toBeInstanceOf(CatalogFileError);
      message = (e as Error).message;
    }
    expect(message).toContain('bad.json: 7 problem(s)');
    expect(message).toContain('product [1] (id "p2"): "name" must be a string, got 42');
    expect(message).toContain('product [1] (id "p2"): "priceData.price" must be a number >= 0, got "12"');
    expect(message).toContain('product [2]: must be an object');
    expect(message).toContain('product [3] (id "ok"): "id" "ok" is also used by product [0]');
    expect(message).toContain('"stock.quantity" must be an integer');
    expect(message).toContain('"createdDate" must be an ISO date string');
    expect(message).toContain('"productType" must be one of physical, digital, unspecified_product_type');
  });

  it('explains unreadable and malformed files', () => {
    expect(() => loadCatalogFile('/nonexistent/catalog.json', 'USD')).toThrow(/cannot read the catalog file/);
    expect(() => loadCatalogFile(join(__dirname, 'catalog.ts'), 'USD')).toThrow(/not valid JSON/);
  });
});
