import { Injectable, inject } from '@angular/core';
import { Observable, defer, firstValueFrom } from 'rxjs';
import { WixCatalogVersion, WixCatalogVersioning } from '../wix/catalog-versioning';

/** The catalog a site runs. A site runs V1 or V3, never both; without Wix Stores it has none. */
export type CatalogVersion = 'v1' | 'v3' | 'stores-not-installed';

const FROM_WIX: Record<WixCatalogVersion, CatalogVersion> = {
  V1_CATALOG: 'v1',
  V3_CATALOG: 'v3',
  STORES_NOT_INSTALLED: 'stores-not-installed',
};

/**
 * The site's catalog version, asked once and shared by every search (concurrent searches share the one
 * request). A failed ask is not remembered: the next search asks again. `refresh()` asks again after Wix
 * said the version changed (HTTP 428).
 */
@Injectable({ providedIn: 'root' })
export class CatalogVersionResolver {
  private readonly versioning = inject(WixCatalogVersioning);
  private answer: Promise<CatalogVersion> | null = null;

  /** The remembered version, or one request for it. */
  current(): Observable<CatalogVersion> {
    return defer(() => (this.answer ??= this.ask()));
  }

  /** Forgets the remembered version and asks Wix again. */
  refresh(): Observable<CatalogVersion> {
    return defer(() => (this.answer = this.ask()));
  }

  private ask(): Promise<CatalogVersion> {
    const asked: Promise<CatalogVersion> = firstValueFrom(this.versioning.getCatalogVersion()).then(
      (version) => FROM_WIX[version],
      (error: unknown) => {
        if (this.answer === asked) this.answer = null;
        throw error;
      },
    );
    return asked;
  }
}
