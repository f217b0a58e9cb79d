import { revisionOf } from '../catalog/catalog-edits';
import { toV3Product } from '../catalog/v3-product';
import { variantsOf } from '../catalog/variants';
import { applicationError, HttpError } from '../http/wire';
import { isPlainObject, violation } from '../query/query-error';
import { MAX_PRICE, RowWrite, rowOf, type WriteContext } from './catalog-writes';
import { type ItemOutcome, bulkAnswer, MAX_BULK, notFound, refused } from './write-results';

/*
 * Catalog V3 writes, shaped as @wix/auto_sdk_stores_products-v-3 (CatalogApi): PATCH /v3/products/{product.id}
 * (`updateProduct`) and POST /v3/bulk/products/update (`bulkUpdateProducts`). Every update carries the
 * product's current `revision` ("revision must not be empty" without it, as Wix's recipe quotes); a stale one
 * is a conflict (the emulator's choice of answer: 409 REVISION_MISMATCH, see README). Modelled fields:
 * `visible` and the variants' `price.actualPrice` / `price.compareAtPrice` (one price for all of a product's variants).
 */

const MODELLED = ['id', 'revision', 'visible', 'variantsInfo'];

/** `updateProduct`: `{product: {id, revision, visible?, variantsInfo?}, fields?}` → `{product}`. */
export function updateV3Product(ctx: WriteContext, payload: Record<string, unknown>): Record<string, unknown> {
  const product = payload['product'];
  if (!isPlainObject(product)) throw violation('product', 'must be an object', 'REQUIRED_FIELD');
  const id = ctx.params['id'];
  const outcome = writeOne(ctx, { ...product, id }, 'product', fieldsOf(payload), true);
  if (outcome.error) {
    const status = outcome.error.code === 'NOT_FOUND' ? 404 : outcome.error.code === 'REVISION_MISMATCH' ? 409 : 400;
    throw new HttpError(status, applicationError(outcome.error.code, outcome.error.description, outcome.error.data));
  }
  return { product: outcome.item };
}

/** `bulkUpdateProducts`: `{products: [{product}] (1–100), returnEntity?, fields?}` → `{results, bulkActionMetadata}`. */
export function bulkUpdateV3Products(ctx: WriteContext, payload: Record<string, unknown>): Record<string, unknown> {
  const list = payload['products'];
  if (!Array.isArray(list)) throw violation('products', 'must be a list', 'FORMAT');
  if (list.length < 1) throw violation('products', 'must contain at least 1 item', 'MIN', { threshold: 1 });
  if (list.length > MAX_BULK) throw violation('products', `must contain at most ${MAX_BULK} items`, 'MAX', { threshold: MAX_BULK });
  const entity = payload['returnEntity'] === true;
  const fields = fieldsOf(payload);
  // Shapes are checked for the whole request first (a 400 applies nothing); conflicts and unknown ids are per item.
  const products = list.map((entry, i) => {
    const product = isPlainObject(entry) ? entry['product'] : undefined;
    if (!isPlainObject(product)) throw violation(`products[${i}].product`, 'must be an object', 'REQUIRED_FIELD');
    if (typeof product['id'] !== 'string') throw violation(`products[${i}].product.id`, 'must not be empty', 'REQUIRED_FIELD');
    checkShape(product, `products[${i}].product`);
    pricesOf(product, `products[${i}].product`);
    return product;
  });
  return bulkAnswer(products.map((p, i) => writeOne(ctx, p, `products[${i}].product`, fields, entity)));
}

function writeOne(
  ctx: WriteContext,
  product: Record<string, unknown>,
  path: string,
  fields: ReadonlySet<string>,
  entity: boolean,
): ItemOutcome {
  checkShape(product, path);
  const id = String(product['id']);
  const row = rowOf(ctx.state, id);
  const c = ctx.state.catalog;
  if (row < 0) return { id, error: { code: 'NOT_FOUND', description: notFound(id).message } };
  const current = String(revisionOf(c, row));
  if (String(product['revision']) !== current) {
    return { id, error: { code: 'REVISION_MISMATCH', description: `Product ${id} is at revision ${current}, not ${String(product['revision'])}`, data: { currentRevision: current } } };
  }
  if (ctx.state.config.failWritesFor.includes(id)) return { id, error: refused(id).details.applicationError };
  // Per item (not a 400 for the request): earlier items of a bulk call may already be applied.
  const unfit = checkVariants(ctx, row, product, path);
  if (unfit) return { id, error: { code: 'INVALID_ARGUMENT', description: unfit } };
  const prices = pricesOf(product, path);
  const write = new RowWrite(ctx, row);
  if (product['visible'] !== undefined) write.visible(product['visible'] as boolean);
  if (prices) write.actualPrice(prices.actual, prices.compareAt);
  write.commit();
  const shape = { origin: ctx.origin, merchant: true, siteUrl: ctx.state.site.siteUrl, fields, includeVariants: true };
  return { id, ...(entity && { item: toV3Product(c, row, shape) }) };
}

function pricesOf(product: Record<string, unknown>, path: string): { actual: number; compareAt: number | null } | null {
  const variant = (product['variantsInfo'] as { variants?: Record<string, unknown>[] } | undefined)?.variants?.[0];
  if (!variant) return null;
  const price = variant['price'] as Record<string, { amount?: unknown } | undefined>;
  const at = `${path}.variantsInfo.variants[0].price`;
  const actual = amountOf(price['actualPrice']?.amount, `${at}.actualPrice.amount`);
  return { actual, compareAt: price['compareAtPrice'] ? amountOf(price['compareAtPrice'].amount, `${at}.compareAtPrice.amount`) : null };
}

function checkShape(product: Record<string, unknown>, path: string): void {
  for (const key of Object.keys(product)) {
    if (!MODELLED.includes(key)) throw violation(`${path}.${key}`, 'is not modelled by the emulator (modelled: visible, variantsInfo.variants[].price)', 'OTHER');
  }
  const revision = product['revision'];
  if (revision === undefined || revision === null || revision === '') throw violation(`${path}.revision`, 'revision must not be empty', 'REQUIRED_FIELD');
  if (product['visible'] !== undefined && typeof product['visible'] !== 'boolean') throw violation(`${path}.visible`, 'must be a boolean', 'FORMAT');
  if (product['variantsInfo'] !== undefined) {
    const variants = isPlainObject(product['variantsInfo']) ? product['variantsInfo']['variants'] : undefined;
    // Wix overwrites the whole variants array: every variant of the product is listed (checked per item).
    if (!Array.isArray(variants) || variants.length < 1 || !variants.every(isPlainObject)) {
      throw violation(`${path}.variantsInfo.variants`, 'must list the product’s variants', 'OTHER');
    }
    (variants as Record<string, unknown>[]).forEach((v, i) => {
      if (!isPlainObject(v['price']) || !isPlainObject(v['price']['actualPrice'])) {
        throw violation(`${path}.variantsInfo.variants[${i}].price.actualPrice`, 'must not be empty', 'REQUIRED_FIELD');
      }
    });
  }
}

/**
 * The listed variants are the row's variants (ids, when given, each once) with one price: the emulator's
 * variants share the product's price (catalog/variants.ts), so different prices per variant are not modelled.
 */
function checkVariants(ctx: WriteContext, row: number, product: Record<string, unknown>, path: string): string | null {
  const listed = (product['variantsInfo'] as { variants?: Record<string, unknown>[] } | undefined)?.variants;
  if (!listed) return null;
  const ids = variantsOf(ctx.state.catalog, row).map((v) => v.id);
  if (listed.length !== ids.length) return `${path}.variantsInfo.variants must list the product’s ${ids.length} variant(s)`;
  const seen = new Set<unknown>();
  for (const [i, v] of listed.entries()) {
    if (v['id'] !== undefined && (!ids.includes(v['id'] as string) || seen.has(v['id']))) return `${path}.variantsInfo.variants[${i}].id is not a variant of this product`;
    seen.add(v['id']);
  }
  const amounts = new Set(listed.map((v) => JSON.stringify((v['price'] as Record<string, unknown>)['actualPrice'])));
  return amounts.size > 1 ? `${path}.variantsInfo.variants: different prices per variant are not modelled by the emulator` : null;
}

function amountOf(value: unknown, field: string): number {
  const amount = typeof value === 'string' && value.trim() !== '' ? Number(value) : typeof value === 'number' ? value : NaN;
  if (!Number.isFinite(amount)) throw violation(field, 'must be a decimal amount', 'FORMAT');
  if (amount < 0 || amount > MAX_PRICE) throw violation(field, `must be from 0 to ${MAX_PRICE}`, amount < 0 ? 'MIN' : 'MAX');
  return amount;
}

function fieldsOf(payload: Record<string, unknown>): ReadonlySet<string> {
  const f = payload['fields'];
  return new Set(Array.isArray(f) ? f.filter((x): x is string => typeof x === 'string') : []);
}
