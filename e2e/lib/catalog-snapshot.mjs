/**
 * The whole catalog of one emulator, read once per catalog version and kept for the run (the catalog never
 * changes; `reset` changes switches, not products). The oracle filters, sorts and pages it in plain JS, so the
 * expected rows never depend on the request the app chose to send.
 *
 * Read without a filter and WITHOUT a sort: the emulator then answers in catalog order (emulator/README.md,
 * "Without a sort, results come in catalog order"), so a product's position here is its catalog row, the
 * emulator's tie-breaker in every sort (see catalog-semantics.mjs).
 */

const PAGE = 100; // the largest page either API gives
const V1_QUERY = '/stores-reader/v1/products/query-platformized';
/** V3 `products/query`, not `search`: query answers carry variantsInfo (every variant's SKU), search ones do not. */
const V3_QUERY = '/stores/v3/products/query';

/** `${emulator url} ${version}` → Promise of the products in catalog order. */
const snapshots = new Map();

/**
 * `[{row, id, name, skus, sku, price, updated, stock, type, visible, collections, brand, ribbon, created, cost}]`: `skus` every variant's SKU; `sku` the one the page shows (V1
 * the product's, V3 the lowest-priced variant's); `price` what price sorts order by (V1 the list price, V3
 * `actualPriceRange.minValue.amount`), null without one; `updated` epoch ms; `stock` Wix's inventory status
 * (IN_STOCK, OUT_OF_STOCK, PARTIALLY_OUT_OF_STOCK); `type` physical/digital; `visible`; `collections` the V1
 * collection ids or V3 direct category ids; `brand`, `ribbon` names or null; `created` epoch ms; `cost` the item cost
 * (V3 the lowest over the variants) as an amount. Owner token: hidden products and cost too.
 *
 * Its Stores calls show in the emulator's stats and, on a V3 read, the site is on V3 while it runs: read it
 * before the journey's reset (Session.resetEmulator does), or before the page is open.
 */
export function catalogSnapshot(emulator, version) {
  const key = `${emulator.url} ${version}`;
  if (!snapshots.has(key)) snapshots.set(key, readAll(emulator, version).catch((e) => (snapshots.delete(key), Promise.reject(e))));
  return snapshots.get(key);
}

/** Pages through the whole catalog, with the site on `version` and no rate limit (~50 calls for 5,000). */
async function readAll(emulator, version) {
  const { config } = await emulator.admin('GET', 'config');
  await emulator.config({ catalogVersion: version, rateLimitPerMinute: 0 });
  try {
    return version === 'V3' ? await readV3(emulator) : await readV1(emulator);
  } finally {
    await emulator.config({ catalogVersion: config.catalogVersion, rateLimitPerMinute: config.rateLimitPerMinute });
  }
}

async function readV1(emulator) {
  const products = [];
  for (;;) {
    const answer = await emulator.stores(V1_QUERY, { query: { paging: { limit: PAGE, offset: products.length } } });
    for (const p of answer.products) {
      products.push({
        row: products.length,
        id: p.id,
        name: p.name,
        skus: typeof p.sku === 'string' ? [p.sku] : [],
        sku: p.sku ?? null,
        // `price` (the field V1 sorts by) is the list price, before any discount.
        price: typeof p.price?.price === 'number' ? p.price.price : null,
        updated: Date.parse(p.lastUpdated),
        stock: p.stock?.inventoryStatus ?? null,
        type: p.productType ?? null,
        visible: p.visible === true,
        collections: p.collectionIds ?? [],
        brand: p.brand ?? null,
        ribbon: p.ribbon ?? null,
        created: Date.parse(p.createdDate),
        // Cost as an amount (managers only: the snapshot reads with an owner token).
        cost: p.costAndProfitData?.itemCost ?? null,
      });
    }
    if (answer.products.length === 0 || products.length >= answer.metadata.total) return products;
  }
}

async function readV3(emulator) {
  const products = [];
  let cursor = null;
  do {
    // DIRECT_CATEGORIES_INFO: the product's categories (only asked-for fields carry them).
    // MERCHANT_DATA: the cost range (the snapshot reads with an owner token, who may see it).
    const answer = await emulator.stores(V3_QUERY, { query: { cursorPaging: { limit: PAGE, ...(cursor && { cursor }) } }, fields: ['DIRECT_CATEGORIES_INFO', 'MERCHANT_DATA'] });
    for (const p of answer.products) {
      const variants = p.variantsInfo?.variants ?? [];
      const amount = (v) => Number(v.price?.actualPrice?.amount ?? Infinity);
      const cheapest = variants.reduce((min, v) => (min === null || amount(v) < amount(min) ? v : min), null);
      const minPrice = p.actualPriceRange?.minValue?.amount;
      products.push({
        row: products.length,
        id: p.id,
        name: p.name,
        skus: variants.map((v) => v.sku).filter((sku) => typeof sku === 'string'),
        sku: cheapest?.sku ?? null,
        price: minPrice === undefined ? null : Number(minPrice),
        updated: Date.parse(p.updatedDate),
        stock: p.inventory?.availabilityStatus ?? null,
        type: typeof p.productType === 'string' ? p.productType.toLowerCase() : null,
        visible: p.visible === true,
        collections: (p.directCategoriesInfo?.categories ?? []).map((c) => c.id),
        brand: p.brand?.name ?? null,
        ribbon: p.ribbon?.name ?? null,
        created: Date.parse(p.createdDate),
        cost: p.costRange?.minValue?.amount === undefined ? null : Number(p.costRange.minValue.amount),
      });
    }
    cursor = answer.pagingMetadata.cursors.next;
    if (answer.products.length === 0 && cursor) throw new Error('V3 products/query: an empty page with a next cursor');
  } while (cursor);
  return products;
}
