/**
 * What a search and a sort mean, written from the documented semantics (not from the request the app sends),
 * over the products of catalog-snapshot.mjs.
 */

/** V1: the name or the SKU starts with the text, ignoring case (`$startsWith` on name OR sku). */
export function matchesV1(product, text) {
  const prefix = text.toLowerCase();
  return product.name.toLowerCase().startsWith(prefix) || (product.sku ?? '').toLowerCase().startsWith(prefix);
}

/** V3 search terms: the text split on white space, lower-cased. */
export function searchTerms(text) {
  return text.toLowerCase().split(/\s+/u).filter(Boolean);
}

/** A field value's words: the whole lower-cased value and its pieces between non-letters/digits. */
export function words(value) {
  const whole = value.toLowerCase();
  return [whole, ...whole.split(/[^\p{L}\p{N}]+/u).filter(Boolean)];
}

/**
 * V3 `search` as the app asks for it (mode AND, fields name + variantsInfo.variants.sku, no fuzzy matching):
 * every term starts some word of the name or of one of the variants' SKUs. For "alpine c" some word must start
 * with "alpine" and some (maybe in the SKU) with "c"; "wlt-" matches only whole values starting "wlt-".
 */
export function matchesV3(product, text) {
  const fieldWords = [product.name, ...product.skus].flatMap(words);
  return searchTerms(text).every((term) => fieldWords.some((word) => word.startsWith(term)));
}

/** The page's stock filter values → Wix's inventory status (V1 `inventoryStatus`, V3 `inventory.availabilityStatus`). */
const STOCK = { 'in-stock': 'IN_STOCK', 'out-of-stock': 'OUT_OF_STOCK', 'partially-out-of-stock': 'PARTIALLY_OUT_OF_STOCK' };

/**
 * Whether a product passes the page's filters (`{stock, productType, visibility, collection}`, each optional),
 * as Wix documents them: stock is the inventory status (V1 filter table; V3 `inventory.availabilityStatus`);
 * type `productType`; visibility `visible` (V3 only); collection: V1 `collectionIds` has it ($hasSome), V3 the
 * product is in the category or one below it (`allCategoriesInfo` `$matchItems`; the emulator's categories are
 * flat, so its direct categories are all of them). Every filter set must hold (AND), also with the search text.
 */
export function matchesFilters(product, filters = {}) {
  if (filters.stock && product.stock !== STOCK[filters.stock]) return false;
  if (filters.productType && product.type !== filters.productType) return false;
  if (filters.visibility && product.visible !== (filters.visibility === 'visible')) return false;
  if (filters.collection && !product.collections.includes(filters.collection)) return false;
  return true;
}

/**
 * The sort keys the page offers, per catalog version: the value compared (null = no value).
 * Names compare lower-cased, by UTF-16 code units (the emulator's `toLowerCase()` keys with `<`).
 */
const SORT_KEYS = {
  name: (p) => p.name.toLowerCase(),
  price: (p) => p.price, // V1 list price; V3 actualPriceRange.minValue.amount (snapshot)
  updated: (p) => (Number.isNaN(p.updated) ? null : p.updated),
};
export const SORTS = {
  'name-asc': ['name', false],
  'name-desc': ['name', true],
  'price-asc': ['price', false],
  'price-desc': ['price', true],
  'updated-asc': ['updated', false],
  'updated-desc': ['updated', true],
};

/**
 * Products in the order the emulator gives them for `sort`. From emulator/query/sort-index.ts and execute.ts
 * (one sort key): ascending is by value, products without one (null) first, equal values in catalog order
 * (row); descending walks that same order backwards, so it puts nulls last and equal values in REVERSE
 * catalog order. Reproduced exactly here, ties included, so pages can be compared row for row.
 */
export function sorted(products, sort) {
  const [name, descending] = SORTS[sort] ?? assertNever(sort);
  const key = SORT_KEYS[name];
  const ascending = [...products].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka === null || kb === null) return ka === kb ? a.row - b.row : ka === null ? -1 : 1;
    return ka < kb ? -1 : ka > kb ? 1 : a.row - b.row;
  });
  return descending ? ascending.reverse() : ascending;
}

function assertNever(sort) {
  throw new Error(`unknown sort ${sort} (known: ${Object.keys(SORTS).join(', ')})`);
}
