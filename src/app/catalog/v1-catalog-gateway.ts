import { Injectable, inject } from '@angular/core';
import { Observable, catchError, defer, map, throwError } from 'rxjs';
import { WIX_FETCH } from '../wix/provide-wix-client';
import { WIX_CLIENT, WixV1QueryBuilder } from '../wix/wix-client';
import { WixPermission, toCatalogError } from '../wix/wix-errors';
import { CatalogGateway } from './catalog-gateway';
import { ProductPage, ProductQuery, ProductSort } from './product';
import { fromV1Product } from './v1-product-mapping';

/** The permission Catalog V1 product reads need. */
export const V1_READ_PERMISSION: WixPermission = { id: 'WIX_STORES.READ_PRODUCTS', name: 'Read Products' };

type V1QueryBuilder = WixV1QueryBuilder;
/** `or()` exists on the SDK's query builder at run time but is missing from the V1 typings. */
type WithOr = V1QueryBuilder & { or(other: V1QueryBuilder): V1QueryBuilder };

const SORT_FIELDS: Record<ProductSort, ['name' | 'price' | 'lastUpdated', 'asc' | 'desc']> = {
  'name-asc': ['name', 'asc'],
  'name-desc': ['name', 'desc'],
  'price-asc': ['price', 'asc'],
  'price-desc': ['price', 'desc'],
  'updated-desc': ['lastUpdated', 'desc'],
  'updated-asc': ['lastUpdated', 'asc'],
};

/** Catalog V1 over `products.queryProducts()`: name-or-SKU prefix search, offset paging with a total. */
@Injectable({ providedIn: 'root' })
export class V1CatalogGateway implements CatalogGateway {
  private readonly client = inject(WIX_CLIENT);
  private readonly wixFetch = inject(WIX_FETCH);

  search(query: ProductQuery): Observable<ProductPage> {
    return defer(() => this.build(query).find()).pipe(
      map((result) => {
        const total = typeof result.totalCount === 'number' ? result.totalCount : null;
        const pageCount = total === null ? null : Math.max(1, Math.ceil(total / query.pageSize));
        return {
          items: result.items.map(fromV1Product),
          total,
          page: query.page,
          pageSize: query.pageSize,
          pageCount,
          hasNext: pageCount === null ? result.hasNext() : query.page < pageCount,
          hasPrevious: query.page > 1,
        };
      }),
      catchError((error: unknown) =>
        throwError(() =>
          toCatalogError(error, {
            permission: V1_READ_PERMISSION,
            retryAfterFor: (id) => this.wixFetch.retryAfterFor(id),
          }),
        ),
      ),
    );
  }

  private build(query: ProductQuery): V1QueryBuilder {
    const products = this.client.products;
    let builder = products.queryProducts();
    if (query.text) {
      // Wix matches $startsWith case-insensitively; one request covers name and SKU.
      builder = (builder.startsWith('name', query.text) as WithOr).or(
        products.queryProducts().startsWith('sku', query.text),
      );
    }
    const [field, direction] = SORT_FIELDS[query.sort];
    builder = direction === 'asc' ? builder.ascending(field) : builder.descending(field);
    return builder.limit(query.pageSize).skip((query.page - 1) * query.pageSize);
  }
}
