import { InjectionToken } from '@angular/core';
import { Observable } from 'rxjs';
import { ProductPage, ProductQuery } from './product';

/**
 * Reads the catalog for one Catalog version. The page never knows which one it talks to.
 * Fails with a CatalogError (see wix/wix-errors), never with a raw SDK error.
 */
export interface CatalogGateway {
  /** One page of products for a normalized query; completes after one emission. */
  search(query: ProductQuery): Observable<ProductPage>;
}

export const CATALOG_GATEWAY = new InjectionToken<CatalogGateway>('CATALOG_GATEWAY');
