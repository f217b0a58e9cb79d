import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';
import { WixApi } from './wix-api';
import { CatalogError, WixPermission } from './wix-errors';

/** The catalog a site runs, as `GET /stores/v3/provision/version` names it. */
export type WixCatalogVersion = 'V1_CATALOG' | 'V3_CATALOG' | 'STORES_NOT_INSTALLED';

const VERSIONS: readonly WixCatalogVersion[] = ['V1_CATALOG', 'V3_CATALOG', 'STORES_NOT_INSTALLED'];

/** The permission `getCatalogVersion` needs (SDK `@permissionId` WIX_STORES.CATALOG_VERSION_READ). */
export const CATALOG_VERSION_PERMISSION: WixPermission = {
  id: 'SCOPE.STORES.CATALOG_READ_LIMITED',
  name: 'Read catalog version',
};

const VERSION_PATH = '/stores/v3/provision/version';

/**
 * `catalogVersioning.getCatalogVersion()`, sent as the same wire request (`GET /stores/v3/provision/version`
 * through the authenticated client) without the SDK module: the module brings its own copy of
 * `@wix/sdk-runtime` into the initial bundle of every site (measured: +10 kB raw, +0.8 kB gzip) for one
 * GET with an empty payload.
 */
@Injectable({ providedIn: 'root' })
export class WixCatalogVersioning {
  private readonly api = inject(WixApi);

  /** Which catalog this site runs. One request per subscription; fails with a CatalogError. */
  getCatalogVersion(): Observable<WixCatalogVersion> {
    return this.api.getJson<{ catalogVersion?: unknown } | null>(VERSION_PATH, CATALOG_VERSION_PERMISSION).pipe(
      map((body) => {
        const version = body?.catalogVersion;
        if (VERSIONS.includes(version as WixCatalogVersion)) return version as WixCatalogVersion;
        // A version this app does not know (a future catalog) must not be guessed at.
        throw { kind: 'unknown', status: 200, requestId: null } satisfies CatalogError;
      }),
    );
  }
}
