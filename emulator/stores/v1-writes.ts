import { collectionsOf } from '../catalog/catalog';
import { toV1Product } from '../catalog/v1-product';
import { applicationError, HttpError } from '../http/wire';
import { isPlainObject, violation } from '../query/query-error';
import { MAX_PRICE, RowWrite, rowOf, type WriteContext } from './catalog-writes';
import { type ItemOutcome, bulkAnswer, idList, notFound, refused } from './write-results';

/*
 * Catalog V1 writes, with the request and response shapes of @wix/auto_sdk_stores_products (CatalogWriteApi):
 * PATCH /v1/products/{product.id}, POST /v1/bulk/products/update, POST /v1/bulk/products/adjust-properties,
 * POST /v1/collections/{id}/productIds and …/productIds/delete. Only the fields the app writes are modelled;
 * any other field is a 400 that says so, so a test never believes an unmodelled write happened.
 */

const ALL_PRODUCTS = '00000000-000000-000000-000000000001';
/** `AddProductsToCollectionRequest.productIds @maxSize 1000`. */
const MAX_COLLECTION_IDS = 1000;

/** `updateProduct`: `{product: {id, visible?, priceData?: {price}}}` → `{product}`. */
export function updateV1Product(ctx: WriteContext, payload: Record<string, unknown>): Record<string, unknown> {
  const product = payload['product'];
  if (!isPlainObject(product)) throw violation('product', 'must be an object', 'REQUIRED_FIELD');
  const id = ctx.params['id'];
  for (const key of Object.keys(product)) {
    if (!['id', 'visible', 'priceData'].includes(key)) {
      throw violation(`product.${key}`, 'is not modelled by the emulator (modelled: visible, priceData.price)', 'OTHER');
    }
  }
  const row = rowOf(ctx.state, id);
  if (row < 0) throw notFound(id);
  if (ctx.state.config.failWritesFor.includes(id)) throw new HttpError(400, refused(id));
  const write = new RowWrite(ctx, row);
  if (product['visible'] !== undefined) {
    if (typeof product['visible'] !== 'boolean') throw violation('product.visible', 'must be a boolean', 'FORMAT');
    write.visible(product['visible']);
  }
  if (product['priceData'] !== undefined) {
    const price = isPlainObject(product['priceData']) ? product['priceData']['price'] : undefined;
    write.listPrice(priceValue(price, 'product.priceData.price'));
  }
  write.commit();
  return { product: toV1Product(ctx.state.catalog, row, { origin: ctx.origin, merchant: true, siteUrl: ctx.state.site.siteUrl }) };
}

/** `bulkUpdateProductsProperty`: `{ids (1–100), set: {price}}` → `{results, bulkActionMetadata}`. */
export function bulkUpdateV1Products(ctx: WriteContext, payload: Record<string, unknown>): Record<string, unknown> {
  const ids = idList(payload['ids'], 'ids');
  const set = payload['set'];
  if (!isPlainObject(set) || Object.keys(set).length !== 1) throw violation('set', 'must hold exactly one of price, cost, weight, ribbon, brand', 'FORMAT');
  if (set['price'] === undefined) throw violation('set', 'only set.price is modelled by the emulator', 'OTHER');
  const price = priceValue(set['price'], 'set.price');
  return bulkAnswer(ids.map((id) => itemWrite(ctx, id, (w) => void w.listPrice(price))));
}

/**
 * `bulkAdjustProductProperty`: `{ids (1–100), adjust: {price: {amount} | {percentage: {rate, roundToInt}}}}`.
 * Relative: applying it twice changes the price twice (which is why the app never sends it; see README).
 */
export function adjustV1Products(ctx: WriteContext, payload: Record<string, unknown>): Record<string, unknown> {
  const ids = idList(payload['ids'], 'ids');
  const adjust = payload['adjust'];
  const by = isPlainObject(adjust) ? adjust['price'] : undefined;
  if (!isPlainObject(by)) throw violation('adjust', 'only adjust.price is modelled by the emulator', 'OTHER');
  let next: (price: number) => number;
  if (typeof by['amount'] === 'number' && Math.abs(by['amount']) <= MAX_PRICE) {
    const amount = by['amount'];
    next = (p) => p + amount;
  } else if (isPlainObject(by['percentage'])) {
    const { rate, roundToInt } = by['percentage'];
    if (!Number.isInteger(rate) || (rate as number) < -100 || (rate as number) > 1000) {
      throw violation('adjust.price.percentage.rate', 'must be an integer from -100 to 1000', 'MAX');
    }
    next = (p) => (roundToInt === true ? Math.round(p * (1 + (rate as number) / 100)) : p * (1 + (rate as number) / 100));
  } else {
    throw violation('adjust.price', 'must hold amount or percentage', 'FORMAT');
  }
  return bulkAnswer(
    ids.map((id) =>
      itemWrite(ctx, id, (w, row) => {
        const before = ctx.state.catalog.price[row];
        const after = next(before);
        if (!(after >= 0) || after > MAX_PRICE) return { code: 'INVALID_PRICE', description: `The adjusted price ${after} is out of range` };
        w.listPrice(after);
        return undefined;
      }),
    ),
  );
}

/**
 * `addProductsToCollection` / `removeProductsFromCollection`: `{productIds (1–1000, `@maxSize 1000`)}` → `{}`.
 * Wix answers no per-item results here: one unknown or refused product fails the whole call (400/404) and
 * nothing is applied (the emulator's choice, README). A product already (not) in the collection is no change
 * and is not logged.
 */
export function collectionV1Products(member: boolean) {
  return (ctx: WriteContext, payload: Record<string, unknown>): Record<string, unknown> => {
    const collection = ctx.params['id'];
    if (!ctx.state.catalog.collectionIds.includes(collection)) {
      throw new HttpError(404, applicationError('NOT_FOUND', `Collection ${collection} not found`, { collectionId: collection }));
    }
    if (!member && collection === ALL_PRODUCTS) throw violation('id', 'products cannot be removed from All Products', 'OTHER');
    const ids = idList(payload['productIds'], 'productIds', MAX_COLLECTION_IDS);
    const rows = ids.map((id) => rowOf(ctx.state, id));
    const missing = ids.find((_, i) => rows[i] < 0);
    if (missing !== undefined) throw notFound(missing);
    const refusedId = ids.find((id) => ctx.state.config.failWritesFor.includes(id));
    if (refusedId !== undefined) throw new HttpError(400, refused(refusedId));
    for (const row of rows) {
      if (collectionsOf(ctx.state.catalog, row).includes(collection) !== member) new RowWrite(ctx, row).collection(collection, member).commit();
    }
    return {};
  };
}

function itemWrite(
  ctx: WriteContext,
  id: string,
  apply: (write: RowWrite, row: number) => ItemOutcome['error'] | void,
): ItemOutcome {
  const row = rowOf(ctx.state, id);
  if (row < 0) return { id, error: { code: 'NOT_FOUND', description: `Product ${id} not found` } };
  if (ctx.state.config.failWritesFor.includes(id)) return { id, error: refused(id).details.applicationError };
  const write = new RowWrite(ctx, row);
  const outcome = apply(write, row);
  if (outcome) return { id, error: outcome };
  write.commit();
  return { id };
}

function priceValue(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw violation(field, 'must be a number', 'FORMAT');
  if (value < 0) throw violation(field, 'must not be negative', 'MIN', { threshold: 0 });
  if (value > MAX_PRICE) throw violation(field, `must be at most ${MAX_PRICE}`, 'MAX', { threshold: MAX_PRICE });
  return value;
}
