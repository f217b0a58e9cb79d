import { Injectable, inject } from '@angular/core';
import { Observable, defer, firstValueFrom } from 'rxjs';
import { WixCatalogVersion, WixCatalogVersioning } from '../wix/catalog-versioning';
import { CATALOG_VERSION_MEMORY } from './catalog-version-memory';

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
 * said the version changed (HTTP 428). Every answer is remembered for the next visit (`guess()`).
 */
@Injectable({ providedIn: 'root' })
export class CatalogVersionResolver {
  private readonly versioning = inject(WixCatalogVersioning);
  private readonly memory = inject(CATALOG_VERSION_MEMORY);
  private answer: Promise<CatalogVersion> | null = null;
  private settled: CatalogVersion | null = null;

  /** The version Wix answered this visit, once it has (null while asking or after a 428). */
  known(): CatalogVersion | null {
    return this.settled;
  }

  /**
   * What to read with before Wix answers: the version this site had on the last visit, else V1 (the catalog
   * of every site not yet migrated, so a V1 site never downloads the V3 code to guess).
   */
  guess(): CatalogVersion {
    return this.memory.recall() ?? 'v1';
  }

  /** The remembered version, or one request for it. */
  current(): Observable<CatalogVersion> {
    return defer(() => (this.answer ??= this.ask()));
  }

  /** Forgets the remembered version and asks Wix again. */
  refresh(): Observable<CatalogVersion> {
    return defer(() => {
      this.settled = null;
      return (this.answer = this.ask());
    });
  }

  private ask(): Promise<CatalogVersion> {
    const asked: Promise<CatalogVersion> = firstValueFrom(this.versioning.getCatalogVersion()).then(
      (version) => {
        const answered = FROM_WIX[version];
        if (this.answer === asked) this.settled = answered;
        this.memory.remember(answered);
        return answered;
      },
      (error: unknown) => {
        if (this.answer === asked) this.answer = null;
        throw error;
      },
    );
    return asked;
  }
}
