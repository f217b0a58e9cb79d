import assert from 'node:assert/strict';
import { rangeText } from './catalog-page.mjs';
import { matchesFilters, matchesV1, matchesV3, sorted } from './catalog-semantics.mjs';
import { catalogSnapshot } from './catalog-snapshot.mjs';

/** The V1 filter the app must send for a name-or-SKU prefix (checked on its requests, not used for expected rows). */
export const prefixFilter = (text) => ({ $or: [{ name: { $startsWith: text } }, { sku: { $startsWith: text } }] });

/** The permission a product read needs, as the page must name it. */
const PERMISSIONS = {
  V1: { id: 'WIX_STORES.READ_PRODUCTS', name: 'Read Products' },
  V3: { id: 'SCOPE.STORES.PRODUCT_READ', name: 'Read Products' },
};
/** Where products are read, per catalog version (browsing by name and searching). */
const PRODUCT_PATHS = { V1: '/stores-reader/v1/products/query-platformized', V3: '/stores/v3/products/search' };
/** V3: where the app looks for the search text (name and every variant's SKU), checked on its requests. */
const V3_SEARCH_FIELDS = ['name', 'variantsInfo.variants.sku'];
/** V3 countProducts: the total of a search. */
const COUNT_PATH = '/stores/v3/products/count';

/**
 * What the page should show, per catalog version: the site's whole catalog (catalog-snapshot.mjs, read once)
 * filtered, sorted and paged here by the documented semantics (catalog-semantics.mjs), never by replaying the
 * app's request, so a wrong choice in that request (a field, a mode, a sort) shows as different rows.
 * V1 pages by offset and knows the total from every answer; V3 walks cursors and takes the total from
 * countProducts, so both say "26–50 of 5,000" and offer "Last page".
 */
export class CatalogOracle {
  constructor(emulator, version) {
    this.emulator = emulator;
    this.version = version;
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
   * Reads the whole catalog now (once per emulator and version for the run). Its Stores calls show in the
   * emulator's stats: load before the reset that starts a journey, or before counting the page's requests.
   */
  async load() {
    await catalogSnapshot(this.emulator, this.version);
    return this;
  }

  /** Whether a product (`{name, skus}` or `{name, sku}`) matches the search text in this catalog version. */
  matches(product, text) {
    const p = { ...product, skus: product.skus ?? (product.sku ? [product.sku] : []) };
    return this.v3 ? matchesV3(p, text) : matchesV1(p, text);
  }

  /** Every product matching `text` (all of them for no text) and `filters`, in the order of `sort`. */
  async matching(text = '', sort = 'name-asc', filters = {}) {
    const all = await catalogSnapshot(this.emulator, this.version);
    return sorted(all.filter((p) => (!text || this.matches(p, text)) && matchesFilters(p, filters)), sort);
  }

  /**
   * A collection (V1) / category (V3) for a filter journey: `{id, name, count}` of the one with the most products
   * that also pass `filters`, at most `max` of them (so a page shows them all). Names from the site's own list
   * endpoint (V1 collections/query, V3 categories/query), not from the app.
   */
  async collectionFor(filters = {}, max = 25) {
    const all = await catalogSnapshot(this.emulator, this.version);
    const counts = new Map();
    for (const p of all) if (matchesFilters(p, filters)) for (const id of p.collections) counts.set(id, (counts.get(id) ?? 0) + 1);
    const [id, count] = [...counts].filter(([, n]) => n >= 2 && n <= max).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [];
    assert.ok(id, `a collection with 2–${max} products passing ${JSON.stringify(filters)}`);
    const answer = this.v3
      ? await this.emulator.stores('/categories/v1/categories/query', { query: { filter: { id: { $eq: id } } }, treeReference: { appNamespace: '@wix/stores' } }, { post: true })
      : await this.emulator.stores('/stores/v1/collections/query', { query: { filter: JSON.stringify({ id: { $eq: id } }) } });
    const name = (this.v3 ? answer.categories : answer.collections)?.[0]?.name;
    assert.ok(name, `the name of ${id}`);
    return { id, name, count };
  }

  /**
   * Page `page` of `size` for `text` and `sort`: `{products: [{id, name, sku}], names, ids, first, last (is it
   * the last page), total, range (the label the page shows)}`.
   */
  async page({ text = '', sort = 'name-asc', size = 25, page = 1, filters = {} } = {}) {
    const matches = await this.matching(text, sort, filters);
    const first = (page - 1) * size + 1;
    const products = matches.slice(first - 1, first - 1 + size).map((p) => ({ id: p.id, name: p.name, sku: p.sku }));
    if (this.v3 && page > 1 && products.length === 0) throw new Error(`V3: the catalog ends before page ${page} (${size} per page, "${text}")`);
    const last = first - 1 + products.length >= matches.length;
    const total = matches.length;
    const range = total === 0 ? '0 of 0' : rangeText(first, first + products.length - 1, total);
    return { page, size, first, products, names: products.map((p) => p.name), ids: products.map((p) => p.id), last, total, range };
  }

  /** How many products match `text`. */
  async count(text = '') {
    return (await this.matching(text)).length;
  }

  /**
   * The calls without the first visit's guessed read: on a V3 site the page's first product read guesses V1 (one
   * round trip to first results) and Wix refuses it with 428, by design. At most one such call is allowed.
   */
  withoutGuess(calls, message = 'calls') {
    const guesses = this.v3 ? calls.filter((c) => c.status === 428 && c.path === PRODUCT_PATHS.V1) : [];
    assert.ok(guesses.length <= 1, `${message}: at most one wrong first guess (saw ${guesses.length})`);
    return calls.filter((c) => !guesses.includes(c));
  }

  /**
   * V3: a products/search request the app sent asks for MIN_PRICE_VARIANT, the only field that carries a SKU
   * in search results (they have no variantsInfo); without it every row's SKU shows "—".
   */
  assertAsksForSku(call, message = 'the request') {
    if (call.path !== PRODUCT_PATHS.V3) return;
    assert.ok((call.payload?.fields ?? []).includes('MIN_PRICE_VARIANT'), `${message} asks for MIN_PRICE_VARIANT (the SKU) in fields: ${JSON.stringify(call.payload?.fields)}`);
  }

  /**
   * The product reads among a journey's Stores calls. On V3 a new text is also counted once (countProducts,
   * beside its first search, for "1–25 of N"): at most one count, asking with the same search as the rows.
   */
  readsAmong(calls, text, message = 'the calls') {
    const counts = calls.filter((c) => c.path === COUNT_PATH);
    assert.ok(counts.length <= (this.v3 ? 1 : 0), `${message}: at most one count on V3, none on V1 (saw ${counts.length})`);
    for (const count of counts) {
      assert.equal(count.payload.search?.expression ?? '', text, `${message}: the count asks for the literal text`);
      assert.equal(count.payload.search?.mode ?? 'AND', 'AND', `${message}: the count matches every word, like the rows`);
    }
    return calls.filter((c) => c.path !== COUNT_PATH);
  }

  /** Asserts that a Stores call the page made asks for exactly this prefix, as literal text, and nothing else. */
  assertSearchRequest(call, text, message = 'the request') {
    assert.equal(call.path, this.productsPath, `${message} reads ${this.productsPath}`);
    if (!this.v3) {
      assert.deepEqual(call.payload.query.filter, text ? prefixFilter(text) : {}, `${message} filters by the literal prefix ${JSON.stringify(text)} of name or SKU`);
      return;
    }
    this.assertAsksForSku(call, message);
    const body = call.payload.search ?? {};
    if (body.cursorPaging?.cursor) assert.fail(`${message} is a cursor request, not a new search`);
    assert.equal(body.filter, undefined, `${message} has no filter (the text is a search expression)`);
    if (!text) {
      assert.equal(body.search?.expression ?? '', '', `${message} has no search expression`);
      return;
    }
    assert.equal(body.search?.expression, text, `${message} searches for the literal text`);
    assert.deepEqual([...(body.search?.fields ?? [])].sort(), [...V3_SEARCH_FIELDS].sort(), `${message} searches name and SKU`);
    // The semantics the oracle computes (catalog-semantics.mjs matchesV3): every word, no fuzzy matching.
    assert.equal(body.search?.mode, 'AND', `${message} asks for every word (mode AND)`);
    assert.equal(body.search?.fuzzy, false, `${message} turns fuzzy matching off`);
  }
}
