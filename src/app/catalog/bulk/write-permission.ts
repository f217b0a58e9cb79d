import { Injectable, computed, signal } from '@angular/core';
import type { WixPermission } from '../catalog-error';
import type { PlannedWrite } from './bulk-plan';

/** The permission V1 writes need (the typings' `@permissionId` of every V1 write). */
export const V1_WRITE_PERMISSION: WixPermission = { id: 'WIX_STORES.MODIFY_PRODUCTS', name: 'Manage Products' };
/** The permission V3 product updates need. */
export const V3_WRITE_PERMISSION: WixPermission = { id: 'WIX_STORES.PRODUCT_UPDATE', name: 'Manage Products' };

/** The permission V3 `bulkAddItemsToCategory` needs (the categories typings' `@permissionId`; Wix's docs: "Category item write"). */
export const V3_CATEGORY_ADD_PERMISSION: WixPermission = { id: 'CATEGORIES.CATEGORY_ADD_ITEM', name: 'Category item write' };
/** The permission V3 `bulkRemoveItemsFromCategory` needs (the categories typings' `@permissionId`). */
export const V3_CATEGORY_REMOVE_PERMISSION: WixPermission = { id: 'CATEGORIES.CATEGORY_REMOVE_ITEM', name: 'Category item write' };

/** The permission a V3 membership change needs: adding or removing category items. */
export function v3MembershipPermission(member: boolean): WixPermission {
  return member ? V3_CATEGORY_ADD_PERMISSION : V3_CATEGORY_REMOVE_PERMISSION;
}

/** The permission a batch's write needs: its membership change's (add or remove), else the product update's. */
export function permissionFor(plans: readonly PlannedWrite[], write: WixPermission, membership: (member: boolean) => WixPermission): WixPermission {
  const change = plans.find((p) => p.target.membership)?.target.membership;
  return change ? membership(change.member) : write;
}

/**
 * Whether this session may write. Wix gives a dashboard page no way to read the user's permissions up front,
 * so the first 403 on a write decides: from then on write actions stay disabled for the session, naming the
 * missing permission, instead of inviting the merchant to try again and again.
 */
@Injectable({ providedIn: 'root' })
export class WritePermission {
  private readonly deniedPermission = signal<WixPermission | null>(null);
  private readonly deniedCategories = signal<WixPermission | null>(null);

  /** The permission a write was refused for, or null while writes have not been refused. */
  readonly denied = this.deniedPermission.asReadonly();
  /**
   * Why Add to / Remove from collection or category is unavailable: a refused product write (V1 uses the
   * same permission; a role that may not update products is not invited to regroup them), or a refused V3
   * category write (its own permissions: the other actions stay available).
   */
  readonly membershipDenied = computed(() => this.deniedPermission() ?? this.deniedCategories());

  /** Records a refused write. */
  deny(permission: WixPermission): void {
    if (permission.id.startsWith('CATEGORIES.')) this.deniedCategories.set(permission);
    else this.deniedPermission.set(permission);
  }
}
