import { Observable, Subject, of } from 'rxjs';
import { CatalogGateway } from '../../catalog/catalog-gateway';
import { Product, ProductPage, ProductQuery } from '../../catalog/product';

/** A product for page tests; every field overridable. */
export function product(n: number, patch: Partial<Product> = {}): Product {
  return {
    id: `p${n}`,
    name: `Product ${n}`,
    sku: `SKU-${n}`,
    price: `€${n}.00`,
    currency: 'EUR',
    priceBeforeDiscount: null,
    visible: true,
    stock: 'in-stock',
    quantity: null,
    thumbnailUrl: null,
    lastUpdated: new Date('2026-03-04T10:00:00Z'),
    ...patch,
  };
}

/** One page of `items` from a catalog of `total` products, filtered by name prefix as Wix does. */
export function catalogPage(query: ProductQuery, total: number, make: (n: number) => Product = (n) => product(n)): ProductPage {
  const all = Array.from({ length: total }, (_, i) => make(i + 1)).filter((p) =>
    p.name.toLowerCase().startsWith(query.text.toLowerCase()),
  );
  const start = (query.page - 1) * query.pageSize;
  const pageCount = Math.max(1, Math.ceil(all.length / query.pageSize));
  return {
    items: all.slice(start, start + query.pageSize),
    total: all.length,
    page: query.page,
    pageSize: query.pageSize,
    pageCount,
    hasNext: query.page < pageCount,
    hasPrevious: query.page > 1,
    textMatch: 'prefix',
  };
}

/** A single page holding exactly these products. */
export function onlyPage(items: Product[]): Observable<ProductPage> {
  return of({ items, total: items.length, page: 1, pageSize: 25, pageCount: 1, hasNext: false, hasPrevious: false, textMatch: 'prefix' });
}

/** A gateway whose answers the test scripts; records every query it was asked. By default 60 products. */
export class ScriptedGateway implements CatalogGateway {
  readonly requests: ProductQuery[] = [];
  answer: (query: ProductQuery) => Observable<ProductPage> = (query) => of(catalogPage(query, 60));

  search(query: ProductQuery): Observable<ProductPage> {
    this.requests.push(query);
    return this.answer(query);
  }

  /** Makes every following request wait until the returned subject answers. */
  hold(): Subject<ProductPage> {
    const pending = new Subject<ProductPage>();
    this.answer = () => pending;
    return pending;
  }
}
