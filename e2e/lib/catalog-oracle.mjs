import assert from 'node:assert/strict';
import { rangeText } from './catalog-page.mjs';

/** Name-or-SKU prefix filter exactly as a person means it (case-insensitive "starts with"), as V1 sends it. */
export const prefixFilter = (text) => ({ $or: [{ name: { $startsWith: text } }, { sku: { $startsWith: text } }] });

/** The permission a product read needs, as the page must name it. */
const PERMISSIONS = {
  V1: { id: 'WIX_STORES.READ_PRODUCTS', name: 'Read Products' },
  V3: { id: 'SCOPE.STORES.PRODUCT_READ', name: 'Read Products' },
};
/** Where products are read, per catalog version (browsing by name and searching). */
const PRODUCT_PATHS = { V1: '/stores-reader/v1/products/query-platformized', V3: '/stores/v3/products/search' };
const V1_SORTS = { 'name-asc': ['name', 'ASC'], 'name-desc': ['name', 'DESC'], 'price-asc': ['price', 'ASC'], 'price-desc': ['price', 'DESC'] };
const V3_SORTS = {
  'name-asc': ['name', 'ASC'],
  'name-desc': ['name', 'DESC'],
  'price-asc': ['actualPriceRange.minValue.amount', 'ASC'],
  'price-desc': ['actualPriceRange.minValue.amount', 'DESC'],
};
/** V3: where the search text is looked for (name and every variant's SKU) and the fields that carry a SKU. */
const V3_SEARCH_FIELDS = ['name', 'variantsInfo.variants.sku'];
const V3_FIELDS = ['CURRENCY', 'THUMBNAIL', 'MIN_PRICE_VARIANT'];

/**
 * What the site's catalog holds, asked directly of the emulator's Stores API with an owner token, in the same
 * catalog version the page uses: the expected rows and range label of any page, to compare the page against.
 * V1 pages by offset and always knows the total; V3 walks cursors and knows the count only on the last page,
 * where the page says "51–60 of 60"; before that it says "Page N" and shows no "Last page" button.
 */
export class CatalogOracle {
  constructor(emulator, version) {
    this.emulator = emulator;
    this.version = version;
    /** V3: the `cursors.next` of each page walked, per query. */
    this.cursors = new Map();
    /** Pages already asked for: the catalog does not change during a journey. */
    this.pages = new Map();
  }

  get v3() {
    return this.version === 'V3';
  }

  get permission() {
    return PERMISSIONS[this.version];
  }

  /** The Stores path the page reads products from when browsing by name or searching. */
  get productsPath() {
    return PRODUCT_PATHS[this.version];
  }

  /**
   * Page `page` of `size` for `text` (name-or-SKU prefix) and `sort`: `{products: [{id, name, sku}], names, ids,
   * first, last (is it the last page), total (null on V3 before the last page), range (the label the page shows)}`.
   */
  page({ text = '', sort = 'name-asc', size = 25, page = 1 } = {}) {
    const key = JSON.stringify([text, sort, size, page]);
    if (!this.pages.has(key)) this.pages.set(key, this.ask(text, sort, size, page).catch((e) => (this.pages.delete(key), Promise.reject(e))));
    return this.pages.get(key);
  }

  /** Asks the emulator (the Stores API) once; its calls show in the emulator's stats, so ask before mark(). */
  async ask(text, sort, size, page) {
    const first = (page - 1) * size + 1;
    let products;
    let total;
    if (!this.v3) {
      const [fieldName, order] = V1_SORTS[sort];
      const answer = await this.emulator.queryV1({
        filter: text ? prefixFilter(text) : {},
        sort: [{ fieldName, order }],
        paging: { limit: size, offset: first - 1 },
      });
      products = answer.products.map((p) => ({ id: p.id, name: p.name, sku: p.sku ?? null }));
      total = answer.metadata.total;
    } else {
      const answer = await this.v3Page(text, sort, size, page);
      products = answer.products.map((p) => ({
        id: p.id,
        name: p.name,
        sku: p.variantsInfo?.variants?.[0]?.sku ?? p.variantSummary?.minPriceVariant?.sku ?? null,
      }));
      total = answer.pagingMetadata.cursors.next ? null : first - 1 + products.length;
    }
    const last = total !== null && first - 1 + products.length >= total;
    const range = total === 0 ? '0 of 0' : total === null ? `Page ${page.toLocaleString('en-US')}` : rangeText(first, first + products.length - 1, total);
    return { page, size, first, products, names: products.map((p) => p.name), ids: products.map((p) => p.id), last, total, range };
  }

  /** V3: walks the cursors from the furthest page known for this query to `page`. */
  async v3Page(text, sort, size, page) {
    const key = JSON.stringify([text, sort, size]);
    const nexts = this.cursors.get(key) ?? [];
    this.cursors.set(key, nexts);
    const [fieldName, order] = V3_SORTS[sort];
    let at = Math.min(page, nexts.length + 1);
    for (;;) {
      const cursor = at > 1 ? nexts[at - 2] : null;
      if (at > 1 && !cursor) throw new Error(`V3: the catalog ends before page ${page} (${size} per page, "${text}")`);
      const search = cursor
        ? { cursorPaging: { limit: size, cursor } }
        : {
            ...(text && { search: { expression: text, fields: V3_SEARCH_FIELDS, mode: 'AND', fuzzy: false } }),
            sort: [{ fieldName, order }],
            cursorPaging: { limit: size },
          };
      const answer = await this.emulator.searchV3(search, V3_FIELDS);
      nexts[at - 1] = answer.pagingMetadata.cursors.next;
      if (at === page) return answer;
      at++;
    }
  }

  /** How many products match `text` (V3: walks every page of 100). */
  async count(text = '') {
    if (!this.v3) return (await this.emulator.queryV1({ filter: text ? prefixFilter(text) : {}, paging: { limit: 1, offset: 0 } })).metadata.total;
    for (let page = 1; ; page++) {
      const answer = await this.page({ text, size: 100, page });
      if (answer.last || answer.products.length === 0) return answer.first - 1 + answer.products.length;
    }
  }

  /** Asserts that a Stores call the page made asks for exactly this prefix, as literal text, and nothing else. */
  assertSearchRequest(call, text, message = 'the request') {
    assert.equal(call.path, this.productsPath, `${message} reads ${this.productsPath}`);
    if (!this.v3) {
      assert.deepEqual(call.payload.query.filter, text ? prefixFilter(text) : {}, `${message} filters by the literal prefix ${JSON.stringify(text)} of name or SKU`);
      return;
    }
    const body = call.payload.search ?? {};
    if (body.cursorPaging?.cursor) assert.fail(`${message} is a cursor request, not a new search`);
    assert.equal(body.filter, undefined, `${message} has no filter (the text is a search expression)`);
    if (!text) {
      assert.equal(body.search?.expression ?? '', '', `${message} has no search expression`);
      return;
    }
    assert.equal(body.search?.expression, text, `${message} searches for the literal text`);
    assert.deepEqual([...(body.search?.fields ?? [])].sort(), [...V3_SEARCH_FIELDS].sort(), `${message} searches name and SKU`);
  }
}
