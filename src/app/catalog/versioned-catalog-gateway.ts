import { Injectable, inject } from '@angular/core';
import { Observable, catchError, switchMap, throwError } from 'rxjs';
import { CatalogError, isCatalogError } from './catalog-error';
import { CatalogGateway } from './catalog-gateway';
import { CatalogVersion, CatalogVersionResolver } from './catalog-version';
import { ProductPage, ProductQuery } from './product';
import { V1CatalogGateway } from './v1-catalog-gateway';
import { V3CatalogGateway } from './v3-catalog-gateway';

/**
 * The gateway the page talks to: asks Wix once which catalog the site runs and delegates every search to
 * the V1 or the V3 gateway. When Wix answers 428 (the site's catalog changed version while the page was
 * open) it asks for the version once more and, if it did change, repeats the search with the other gateway.
 * A site without Wix Stores fails every search with `stores-not-installed`.
 */
@Injectable({ providedIn: 'root' })
export class VersionedCatalogGateway implements CatalogGateway {
  private readonly versions = inject(CatalogVersionResolver);
  private readonly v1 = inject(V1CatalogGateway);
  // Cheap to create: the V3 SDK module is downloaded only when this gateway first searches.
  private readonly v3 = inject(V3CatalogGateway);

  search(query: ProductQuery): Observable<ProductPage> {
    return this.versions.current().pipe(
      switchMap((version) =>
        this.searchOn(version, query).pipe(
          catchError((error: unknown) => {
            if (!isCatalogError(error) || error.kind !== 'catalog-version-mismatch') return throwError(() => error);
            return this.versions.refresh().pipe(
              switchMap((now) => (now === version ? throwError(() => error) : this.searchOn(now, query))),
            );
          }),
        ),
      ),
    );
  }

  private searchOn(version: CatalogVersion, query: ProductQuery): Observable<ProductPage> {
    switch (version) {
      case 'v1':
        return this.v1.search(query);
      case 'v3':
        return this.v3.search(query);
      case 'stores-not-installed':
        return throwError((): CatalogError => ({ kind: 'stores-not-installed', requestId: null }));
    }
  }
}
