import { hasPermission, type Permission, PERMISSIONS } from '../auth/roles';
import { toV1Product, toV1Variants } from '../catalog/v1-product';
import { toV3Product } from '../catalog/v3-product';
import { applicationError, HttpError, permissionDenied } from '../http/wire';
import { violation } from '../query/query-error';
import type { CatalogVersion } from '../options';
import { rowOf, type WriteContext } from './catalog-writes';

/*
 * One product by id, as the product details panel reads it: Catalog V1 `getProduct` (`GET
 * /stores-reader/v1/products/{id}`, the typings' protoPath `/v1/products/{id}` behind the www.wixapis.com
 * mapping `/stores-reader/v1/products`) and Catalog V3 `getProduct` (`GET /stores/v3/products/{productId}`).
 * Same pipeline as every Stores call (token, rate limit, 403, 428, faults); `malformNext` spoils list reads only.
 */

/** A single-product read: a GET on a path with the product id in it. */
export interface ReadRoute {
  readonly pattern: RegExp;
  readonly methods: readonly string[];
  readonly permission: Permission;
  readonly version: CatalogVersion;
  /** Not a list read: `malformNext` leaves it alone. */
  readonly single: true;
  run(ctx: WriteContext, payload: Record<string, unknown>): Record<string, unknown>;
}

const ID = '(?<id>[^/]+)';

export const READ_ROUTES: readonly ReadRoute[] = [
  route(`^/stores-reader/v1/products/${ID}$`, PERMISSIONS.v1Read, 'V1', getV1Product),
  route(`^/stores/v3/products/${ID}$`, PERMISSIONS.v3Read, 'V3', getV3Product),
];

/** The read route of a GET on `path`, with its decoded id, or null. (V3 PATCH on the same path is a write.) */
export function matchRead(method: string, path: string): { route: ReadRoute; params: Record<string, string> } | null {
  if (method !== 'GET') return null;
  for (const r of READ_ROUTES) {
    const id = r.pattern.exec(path)?.groups?.['id'];
    if (id !== undefined) return { route: r, params: { id: safeDecode(id) } };
  }
  return null;
}

/**
 * V1 `getProduct(id, {includeMerchantSpecificData})` → `{product}`. Cost and profit only when asked for and the
 * role manages products (the typings: "Requires permissions to manage products"; asked for by a role that does
 * not, the emulator leaves them out rather than refusing, as its product queries do). Unlike its queries, the
 * answer carries the product's variants (catalog/variants.ts): the one default variant, or one per combination of
 * its options' choices, each with its SKU, price and stock.
 */
function getV1Product(ctx: WriteContext, payload: Record<string, unknown>): Record<string, unknown> {
  const manager = hasPermission(ctx.role, PERMISSIONS.v1Manage);
  const row = visibleRow(ctx, manager);
  const merchant = manager && flag(payload['includeMerchantSpecificData'], 'includeMerchantSpecificData');
  const product = toV1Product(ctx.state.catalog, row, { origin: ctx.origin, merchant, siteUrl: ctx.state.site.siteUrl });
  return { product: { ...product, variants: toV1Variants(ctx.state.catalog, row, product) } };
}

/**
 * V3 `getProduct(productId, {fields})` → `{product}` with `variantsInfo` (as `products/query` sends it) and the
 * requested fields. MERCHANT_DATA without admin read is a 403 naming it, as on queries; so is a hidden product.
 */
function getV3Product(ctx: WriteContext, payload: Record<string, unknown>): Record<string, unknown> {
  const admin = hasPermission(ctx.role, PERMISSIONS.v3ReadAdmin);
  const fields = fieldsOf(payload['fields']);
  if (fields.has('MERCHANT_DATA') && !admin) throw permissionDenied(PERMISSIONS.v3ReadAdmin);
  const row = visibleRow(ctx, true);
  // Wix: "To retrieve a non-visible product (visible: false), your app must have the 'Product v3 read admin'
  // (SCOPE.STORES.PRODUCT_READ_ADMIN) permission scope"; its Get Product page lists 403s only.
  if (!admin && ctx.state.catalog.visible[row] !== 1) throw permissionDenied(PERMISSIONS.v3ReadAdmin);
  const shape = { origin: ctx.origin, merchant: admin, siteUrl: ctx.state.site.siteUrl, fields, includeVariants: true };
  return { product: toV3Product(ctx.state.catalog, row, shape) };
}

/**
 * The row of the path's product. Unknown, or (`seesHidden` false: V1) hidden from a role that may not see hidden
 * products: 404 `NOT_FOUND` (Wix documents neither answer's code for V1; the emulator's choice, consistent with
 * hidden products being absent from that role's queries).
 */
function visibleRow(ctx: WriteContext, seesHidden: boolean): number {
  const id = ctx.params['id'] ?? '';
  const row = rowOf(ctx.state, id);
  if (row < 0 || (!seesHidden && ctx.state.catalog.visible[row] !== 1)) {
    throw new HttpError(404, applicationError('NOT_FOUND', `Product ${id} not found`, { productId: id }));
  }
  return row;
}

/** A boolean query parameter as the SDK sends it (`true`/`false` as text), or a JSON boolean. */
function flag(value: unknown, name: string): boolean {
  if (value === undefined || value === null) return false;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw violation(name, 'must be a boolean', 'FORMAT');
}

/** `fields` as the SDK sends it on a GET: one `fields=X` parameter (a string) or several (a list). */
function fieldsOf(value: unknown): ReadonlySet<string> {
  if (value === undefined || value === null) return new Set();
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || !list.every((f) => typeof f === 'string')) throw violation('fields', 'must be a list of field names', 'FORMAT');
  if (list.length > 100) throw violation('fields', 'must contain at most 100 items', 'MAX', { threshold: 100 });
  return new Set(list as string[]);
}

function route(pattern: string, permission: Permission, version: CatalogVersion, run: ReadRoute['run']): ReadRoute {
  return { pattern: new RegExp(pattern), methods: ['GET'], permission, version, single: true, run };
}

function safeDecode(v: string): string {
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}
