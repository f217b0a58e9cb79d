import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { PRODUCT_READ_PERMISSIONS, collectionNames } from '../../wix/collection-names';
import { openProductEditor } from '../../wix/product-editor';
import { WixApi } from '../../wix/wix-api';
import { WIX_CLIENT, WIX_MEDIA_ORIGINS } from '../../wix/wix-client';
import { WixErrorMapping } from '../../wix/wix-error-mapping';
import type { CatalogError } from '../catalog-error';
import { CatalogVersionResolver } from '../catalog-version';
import type { DetailsSource } from './details-source';
import type { ProductDetails } from './product-details';

/**
 * One product's details for the product details panel (its lazy chunk; the V1 and V3 reads are chunks of their
 * own below it), and "Open in Wix". Reads through the site's catalog version: V1 `getProduct` or V3
 * `getProduct`, asking for cost and profit until Wix refuses them to this user once (a 403 on the read with
 * merchant data, then a read without it: from then on the session asks without), then names the product's
 * collections or categories in one more request. Fails with a CatalogError.
 */
@Injectable({ providedIn: 'root' })
export class ProductDetailsReader {
  private readonly client = inject(WIX_CLIENT, { optional: true });
  private readonly errors = inject(WixErrorMapping);
  private readonly versions = inject(CatalogVersionResolver);
  private readonly api = inject(WixApi);
  private readonly origins = inject(WIX_MEDIA_ORIGINS);
  private readonly sources = new Map<'v1' | 'v3', Promise<DetailsSource>>();
  /** Whether to ask for cost and profit: false once Wix refused them to this user. */
  private merchant = true;

  /** The product with id `id`, its collections or categories named where the site names them. */
  async read(id: string): Promise<ProductDetails> {
    const version = await firstValueFrom(this.versions.current());
    if (version === 'stores-not-installed') throw { kind: 'stores-not-installed', requestId: null } satisfies CatalogError;
    const permission = PRODUCT_READ_PERMISSIONS[version];
    const source = await this.source(version);
    let details: ProductDetails;
    try {
      details = await source.read(id, this.merchant);
    } catch (error) {
      const failure = this.errors.toCatalogError(error, permission);
      if (failure.kind !== 'permission-denied' || !this.merchant) throw failure;
      // May read products, not their merchant data (V3 refuses MERCHANT_DATA to such a role with a 403).
      this.merchant = false;
      details = await source.read(id, false).catch((again: unknown) => Promise.reject(this.errors.toCatalogError(again, permission)));
    }
    return this.named(details, version);
  }

  /** Sends the dashboard to the product's editor (Wix Stores' own page). Fails with `not-in-dashboard` outside it. */
  openInWix(id: string): Promise<void> {
    return openProductEditor(this.client, id).catch((error: unknown) => Promise.reject(this.errors.toCatalogError(error, PRODUCT_READ_PERMISSIONS.v1)));
  }

  /** The details with group names filled in; without names (a failed lookup) rather than without details. */
  private async named(details: ProductDetails, version: 'v1' | 'v3'): Promise<ProductDetails> {
    if (details.groups.length === 0) return details;
    const names = await firstValueFrom(collectionNames(this.api, version, details.groups.map((g) => g.id))).catch(() => null);
    if (!names) return details;
    return { ...details, groups: details.groups.map((g) => ({ id: g.id, name: names.get(g.id) ?? null })) };
  }

  /** The version's read, from its chunk; a chunk that failed to download is asked for again next time. */
  private source(version: 'v1' | 'v3'): Promise<DetailsSource> {
    let source = this.sources.get(version);
    if (!source) {
      const client = this.client;
      if (!client) return Promise.reject({ kind: 'not-in-dashboard', requestId: null } satisfies CatalogError);
      const loaded =
        version === 'v1'
          ? import('./v1-details').then((m) => m.createV1Details(client, this.origins))
          : import('./v3-details').then((m) => m.createV3Details(client, this.origins, (e, permission) => this.errors.toCatalogError(e, permission)));
      source = loaded.catch((): never => {
        this.sources.delete(version);
        // The chunk comes from the app's own host, not from Wix: a network failure, retried like one.
        throw { kind: 'unavailable', reason: 'network', requestId: null } satisfies CatalogError;
      });
      this.sources.set(version, source);
    }
    return source;
  }
}
