import { Injectable, signal } from '@angular/core';
import type { WixPermission } from '../catalog-error';

/** The permission V1 writes need (the typings' `@permissionId` of every V1 write). */
export const V1_WRITE_PERMISSION: WixPermission = { id: 'WIX_STORES.MODIFY_PRODUCTS', name: 'Manage Products' };
/** The permission V3 product updates need. */
export const V3_WRITE_PERMISSION: WixPermission = { id: 'WIX_STORES.PRODUCT_UPDATE', name: 'Manage Products' };

/**
 * Whether this session may write. Wix gives a dashboard page no way to read the user's permissions up front,
 * so the first 403 on a write decides: from then on write actions stay disabled for the session, naming the
 * missing permission, instead of inviting the merchant to try again and again.
 */
@Injectable({ providedIn: 'root' })
export class WritePermission {
  private readonly deniedPermission = signal<WixPermission | null>(null);

  /** The permission a write was refused for, or null while writes have not been refused. */
  readonly denied = this.deniedPermission.asReadonly();

  /** Records a refused write. */
  deny(permission: WixPermission): void {
    this.deniedPermission.set(permission);
  }
}
