import { revisionOf, type VariantPrice } from '../catalog/catalog-edits';
import { toV3Product } from '../catalog/v3-product';
import { type EmulatedVariant, variantsOf } from '../catalog/variants';
import { applicationError, HttpError } from '../http/wire';
import { isPlainObject, violation } from '../query/query-error';
import { MAX_PRICE, RowWrite, rowOf, type WriteContext } from './catalog-writes';
import { type ItemOutcome, bulkAnswer, MAX_BULK, notFound, refused } from './write-results';

/*
 * Catalog V3 writes, shaped as @wix/auto_sdk_stores_products-v-3 (CatalogApi): PATCH /v3/products/{product.id}
 * (`updateProduct`) and POST /v3/bulk/products/update (`bulkUpdateProducts`). Every update carries the
 * product's current `revision` ("revision must not be empty" without it, as Wix's recipe quotes); a stale one
 * is a conflict (the emulator's choice of answer: 409 REVISION_MISMATCH, see README). Modelled fields:
 * `visible` and each variant's own `price.actualPrice` / `price.compareAtPrice`. A variants update must carry
 * `options` and every variant with all its data (see checkVariants): Wix replaces the whole list.
 */

const MODELLED = ['id', 'revision', 'visible', 'options', 'variantsInfo'];
/** What a variant in an update may hold (the typings' writable Variant fields). */
const VARIANT_FIELDS = ['id', 'visible', 'sku', 'barcode', 'choices', 'price', 'revenueDetails', 'physicalProperties', 'digitalProperties'];

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
  if (unfit) return { id, error: unfit };
  const prices = pricesOf(product, path, variantsOf(c, row));
  const write = new RowWrite(ctx, row);
  if (product['visible'] !== undefined) write.visible(product['visible'] as boolean);
  if (prices) write.variantPrices(prices);
  write.commit();
  const shape = { origin: ctx.origin, merchant: true, siteUrl: ctx.state.site.siteUrl, fields, includeVariants: true };
  return { id, ...(entity && { item: toV3Product(c, row, shape) }) };
}

/** Each stored variant's price from the request (in stored order; checkVariants made sure each is listed once). */
function pricesOf(product: Record<string, unknown>, path: string, stored?: readonly EmulatedVariant[]): VariantPrice[] | null {
  const listed = (product['variantsInfo'] as { variants?: Record<string, unknown>[] } | undefined)?.variants;
  if (!listed) return null;
  const priceOf = (variant: Record<string, unknown>, i: number): VariantPrice => {
    const price = variant['price'] as Record<string, { amount?: unknown } | undefined>;
    const at = `${path}.variantsInfo.variants[${i}].price`;
    const actual = amountOf(price['actualPrice']?.amount, `${at}.actualPrice.amount`);
    return { actual, compareAt: price['compareAtPrice'] ? amountOf(price['compareAtPrice'].amount, `${at}.compareAtPrice.amount`) : null };
  };
  if (!stored) return listed.map(priceOf); // the request's shape check
  // A product without options has one variant: it may be listed without its id (Wix's default variant).
  return stored.map((v) => {
    const i = stored.length === 1 && listed.length === 1 ? 0 : listed.findIndex((l) => l['id'] === v.id);
    return priceOf(listed[i], i);
  });
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
      for (const key of Object.keys(v)) {
        if (!VARIANT_FIELDS.includes(key)) throw violation(`${path}.variantsInfo.variants[${i}].${key}`, `is not modelled by the emulator (modelled: ${VARIANT_FIELDS.join(', ')})`, 'OTHER');
      }
    });
  }
}

/**
 * A variants update replaces the whole list ("Partial update of variants is not supported so on update you must
 * pass all data for all of them", typings), so the emulator refuses, for that item only, what Wix would turn into
 * lost data: `options` missing (Update Product: "To update variantsInfo.variants you must also pass options"),
 * a variant of the product missing or an unknown one (`VARIANTS_ARE_NOT_ALIGNED_WITH_PRODUCT`, the typings'
 * code, with `data.variants[{variantId, errorDescription}]`), or a listed variant without the data it has
 * (choices, SKU, visibility, physical/digital properties) or with other values (the emulator changes prices only).
 */
function checkVariants(ctx: WriteContext, row: number, product: Record<string, unknown>, path: string): { code: string; description: string; data?: Record<string, unknown> } | null {
  const listed = (product['variantsInfo'] as { variants?: Record<string, unknown>[] } | undefined)?.variants;
  if (!listed) return null;
  const c = ctx.state.catalog;
  const stored = variantsOf(c, row);
  const options = product['options'];
  const optionIds = stored[0].choices.map((ch) => ch.option.id);
  if (!Array.isArray(options)) {
    return { code: 'INVALID_ARGUMENT', description: `${path}.options must be passed with variantsInfo.variants`, data: { ruleName: 'MISSING_OPTIONS_ON_UPDATE_VARIANTS' } };
  }
  if (JSON.stringify(options.map((o) => (isPlainObject(o) ? o['id'] : o))) !== JSON.stringify(optionIds)) {
    return { code: 'INVALID_ARGUMENT', description: `${path}.options must be the product’s options (${optionIds.length}); changing options is not modelled by the emulator` };
  }
  const unaligned: { variantId: string; errorDescription: string }[] = [];
  const byId = new Map(stored.map((v) => [v.id, v]));
  const seen = new Set<string>();
  for (const v of listed) {
    const vid = v['id'] === undefined && stored.length === 1 && listed.length === 1 ? stored[0].id : String(v['id']);
    if (!byId.has(vid) || seen.has(vid)) unaligned.push({ variantId: vid, errorDescription: 'not a variant of this product (or listed twice)' });
    seen.add(vid);
  }
  for (const v of stored) if (!seen.has(v.id)) unaligned.push({ variantId: v.id, errorDescription: 'missing: every variant must be passed' });
  if (unaligned.length > 0) {
    return { code: 'VARIANTS_ARE_NOT_ALIGNED_WITH_PRODUCT', description: `${path}.variantsInfo.variants must list all ${stored.length} variant(s) of the product`, data: { variants: unaligned } };
  }
  for (const [i, v] of listed.entries()) {
    const own = stored.length === 1 ? stored[0] : byId.get(String(v['id']))!;
    const lost = lostData(c, row, own, v);
    if (lost) return { code: 'INVALID_ARGUMENT', description: `${path}.variantsInfo.variants[${i}].${lost}` };
  }
  return null;
}

/** What a listed variant would lose or change besides its price (null: nothing). */
function lostData(c: WriteContext['state']['catalog'], row: number, own: EmulatedVariant, v: Record<string, unknown>): string | null {
  const choices = own.choices.map(({ option, choice }) => ({ optionId: option.id, choiceId: choice.id }));
  const sent = Array.isArray(v['choices']) ? (v['choices'] as Record<string, unknown>[]).map((ch) => ch['optionChoiceIds'] as Record<string, unknown> | undefined) : undefined;
  if (!sent || JSON.stringify(sent.map((ch) => ({ optionId: ch?.['optionId'], choiceId: ch?.['choiceId'] }))) !== JSON.stringify(choices)) return 'choices must be the variant’s own (omitting them would make it another variant)';
  if (own.sku !== null && v['sku'] !== own.sku) return `sku must be passed as it is (${own.sku}): Wix replaces the variant`;
  if (v['visible'] !== (c.visible[row] === 1)) return 'visible must be passed as it is: Wix replaces the variant (default true)';
  const typed = c.productType[row] === 1 ? 'digitalProperties' : 'physicalProperties';
  if (!isPlainObject(v[typed])) return `${typed} must be passed (productType ${c.productType[row] === 1 ? 'DIGITAL' : 'PHYSICAL'})`;
  return null;
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
