/** Roles a signed-in dashboard user can have in the emulator (the admin API and CLI use these names). */
export const ROLES = ['owner', 'store-manager', 'editor', 'viewer', 'staff', 'expired'] as const;
export type Role = (typeof ROLES)[number];

/** The permissions the emulated Stores API checks (names as Wix documents them). */
export const PERMISSIONS = {
  /** Catalog V1 read (query-platformized). */
  v1Read: 'WIX_STORES.READ_PRODUCTS',
  /**
   * Catalog V1 modify (the typings' `@permissionId` of every V1 write): also gates hidden products and
   * cost/profit data on reads, as a role that manages products sees them.
   */
  v1Manage: 'WIX_STORES.MODIFY_PRODUCTS',
  /** Catalog V3 read (products/query, products/search). */
  v3Read: 'SCOPE.STORES.PRODUCT_READ',
  /** Catalog V3 admin read: hidden products and MERCHANT_DATA. */
  v3ReadAdmin: 'SCOPE.STORES.PRODUCT_READ_ADMIN',
  /** Catalog V3 writes (`updateProduct`, `bulkUpdateProducts`, the by-filter category calls' product side). */
  v3Update: 'WIX_STORES.PRODUCT_UPDATE',
  /** V3 categories `bulkAddItemsToCategory` (the categories typings' `@permissionId`). */
  categoryAddItem: 'CATEGORIES.CATEGORY_ADD_ITEM',
  /** V3 categories `bulkRemoveItemsFromCategory` (the categories typings' `@permissionId`). */
  categoryRemoveItem: 'CATEGORIES.CATEGORY_REMOVE_ITEM',
  /** Catalog V3 inventory items read (`queryInventoryItems`: the typings' `@permissionId`). */
  v3InventoryRead: 'WIX_STORES.INVENTORY_READ',
  /** provision/version (getCatalogVersion). */
  catalogVersion: 'SCOPE.STORES.CATALOG_READ_LIMITED',
} as const;
export type Permission = (typeof PERMISSIONS)[keyof typeof PERMISSIONS];

const ALL: readonly Permission[] = Object.values(PERMISSIONS);

/**
 * What each role may do. The app's scopes and the user's role are intersected by Wix; the emulator models the
 * user side only (the app is assumed to hold every scope it asks for).
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  owner: ALL,
  'store-manager': ALL,
  // Edits V3 products and their categories but may not see cost (no admin read: MERCHANT_DATA is a 403). The
  // emulator's choice (Wix's roles are the site owner's to compose): the role a V3 price change must not run for.
  editor: [PERMISSIONS.v1Read, PERMISSIONS.v3Read, PERMISSIONS.v3Update, PERMISSIONS.categoryAddItem, PERMISSIONS.categoryRemoveItem, PERMISSIONS.catalogVersion],
  // Reads products, not inventory items (the emulator's choice: a role the V3 details panel's 403 path shows for).
  viewer: [PERMISSIONS.v1Read, PERMISSIONS.v3Read, PERMISSIONS.catalogVersion],
  staff: [PERMISSIONS.catalogVersion],
  // Never reaches a permission check: its tokens are issued already expired (401 first).
  expired: ALL,
};

/** Labels for the host page's role switch. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  owner: 'Owner',
  'store-manager': 'Store Manager',
  editor: 'Editor (V3 edits, no cost)',
  viewer: 'Viewer (read-only products)',
  staff: 'Staff without product access',
  expired: 'Owner, token expired',
};

/** Whether `role` holds `permission`. */
export function hasPermission(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/** Narrows a string to a role name. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
