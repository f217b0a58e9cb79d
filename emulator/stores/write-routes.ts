import { type Permission, PERMISSIONS } from '../auth/roles';
import type { CatalogVersion } from '../options';
import type { WriteContext } from './catalog-writes';
import { adjustV1Products, bulkUpdateV1Products, collectionV1Products, updateV1Product } from './v1-writes';
import { bulkUpdateV3Products, updateV3Product } from './v3-writes';
import { categoryItems } from './category-writes';

/** A write endpoint: its path pattern (named groups become `ctx.params`), method, permission and version. */
export interface WriteRoute {
  readonly pattern: RegExp;
  readonly methods: readonly string[];
  readonly permission: Permission;
  readonly version: CatalogVersion;
  /** Writes can be answered by `failAfterApplyNext` (applied, then the answer is lost). */
  readonly write: true;
  run(ctx: WriteContext, payload: Record<string, unknown>): Record<string, unknown>;
}

const ID = '(?<id>[^/]+)';

/** The write endpoints, under the paths www.wixapis.com maps to the typings' `protoPath`s. */
export const WRITE_ROUTES: readonly WriteRoute[] = [
  route(`^/stores/v1/products/${ID}$`, 'PATCH', PERMISSIONS.v1Manage, 'V1', updateV1Product),
  route('^/stores/v1/bulk/products/update$', 'POST', PERMISSIONS.v1Manage, 'V1', bulkUpdateV1Products),
  route('^/stores/v1/bulk/products/adjust-properties$', 'POST', PERMISSIONS.v1Manage, 'V1', adjustV1Products),
  route(`^/stores/v1/collections/${ID}/productIds$`, 'POST', PERMISSIONS.v1Manage, 'V1', collectionV1Products(true)),
  route(`^/stores/v1/collections/${ID}/productIds/delete$`, 'POST', PERMISSIONS.v1Manage, 'V1', collectionV1Products(false)),
  route(`^/stores/v3/products/${ID}$`, 'PATCH', PERMISSIONS.v3Update, 'V3', updateV3Product),
  route('^/stores/v3/bulk/products/update$', 'POST', PERMISSIONS.v3Update, 'V3', bulkUpdateV3Products),
  route(`^/categories/v1/bulk/categories/${ID}/add-items$`, 'POST', PERMISSIONS.categoryAddItem, 'V3', categoryItems(true)),
  route(`^/categories/v1/bulk/categories/${ID}/remove-items$`, 'POST', PERMISSIONS.categoryRemoveItem, 'V3', categoryItems(false)),
];

/** The write route of a path, with its decoded parameters, or null. */
export function matchWrite(path: string): { route: WriteRoute; params: Record<string, string> } | null {
  for (const r of WRITE_ROUTES) {
    const m = r.pattern.exec(path);
    if (!m) continue;
    const params: Record<string, string> = {};
    for (const [k, v] of Object.entries(m.groups ?? {})) params[k] = safeDecode(v);
    return { route: r, params };
  }
  return null;
}

function route(pattern: string, method: string, permission: Permission, version: CatalogVersion, run: WriteRoute['run']): WriteRoute {
  return { pattern: new RegExp(pattern), methods: [method], permission, version, write: true, run };
}

function safeDecode(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}
