/** @jest-environment node */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Injector } from '@angular/core';
import { MAX_SEARCH_LENGTH, normalizeQuery, DEFAULT_QUERY, visibleText } from '../src/app/catalog/product';
import { Contract, connectToEmulator } from './contract-setup';
import { seen } from './fault-matrix-setup';
import { watchConsole } from './noise-watch';
import { SearchSession } from './search-session';

/*
 * Hostile search texts through the real pipeline: ProductSearch → versioned gateway → V1/V3 gateway → real SDK →
 * emulator, asserting on the query the emulator decoded. Whatever is typed, what reaches Wix is one literal
 * prefix (V1 `$startsWith` on name or SKU) or one search expression (V3): the typed text, trimmed and capped,
 * never an operator, never split into several conditions. The catalog is `emulator/catalogs/hostile.json`
 * (script tags, RTL, emoji, template and printf strings…), so the answers can be checked against it too.
 */

jest.setTimeout(30_000);

const CATALOG = join(__dirname, '../emulator/catalogs/hostile.json');
const catalog = (JSON.parse(readFileSync(CATALOG, 'utf8')) as { products: { name: string; sku?: string }[] }).products;

/** The corpus: a name for the report, and the text as typed. */
const CORPUS: [string, string][] = [
  ['empty', ''],
  ['spaces', '   '],
  ['tabs and newlines', '\t\n \r\n'],
  ['one character', 'n'],
  ['10,000 characters', 'x'.repeat(10_000)],
  ['10,000 characters of a real prefix', `No ${'Price '.repeat(2_000)}`],
  ['CJK', '商品目录'],
  ['combining marks (decomposed é)', 'e\u0301te\u0301'],
  ['precomposed with dots and ligatures', 'İstanbul Ünïcödé'],
  ['emoji', '🔥 Hot'],
  ['emoji ZWJ family', '👨\u200d👩\u200d👧'],
  ['emoji cut at the cap', `${'a'.repeat(MAX_SEARCH_LENGTH - 1)}😀`],
  ['a lone surrogate', '\uD83D'],
  ['Hebrew (RTL)', 'כוס'],
  ['Arabic (RTL)', 'حقيبة'],
  ['an RLO override', '\u202eRight'],
  ['double quote', '"Quoted"'],
  ['single quote', "'"],
  ['backslash', '\\'],
  ['escaped NUL as text', '\\u0000'],
  ['JSON operator fragment', '{"$ne":null}'],
  ['JSON injection closing the string', '"},{"name":{"$exists":true}},{"x":"'],
  ['Mongo-style key', '$startsWith'],
  ['template expression', '{{constructor'],
  ['prototype names', '__proto__'],
  ['percent', '%'],
  ['printf', '%s %d'],
  ['asterisk', '*'],
  ['regex', '.*'],
  ['SQL tautology', "' OR 1=1 --"],
  ['SQL statement', "'; DROP TABLE products; --"],
  ['HTML', '<script>'],
  ['path traversal', '../../'],
  ['NUL', '\u0000'],
  ['bell and escape', '\u0007\u001b[31m'],
  ['zero-width characters', 'Zero\u200b'],
];

/** What Wix should be asked: the text as the page sends it (trimmed, capped, never half an emoji). */
const sent = (typed: string) => normalizeQuery({ ...DEFAULT_QUERY, text: typed }).text;

/** The products a literal, case-insensitive prefix matches on name or SKU (V1), or on name (V3: SKU is in variants). */
const expected = (prefix: string) =>
  catalog
    .filter((p) => !prefix || p.name.toLowerCase().startsWith(prefix.toLowerCase()) || (p.sku ?? '').toLowerCase().startsWith(prefix.toLowerCase()))
    .map((p) => visibleText(p.name)) // as the page shows it: a name with nothing visible counts as missing
    .sort();

describe.each(['V1', 'V3'] as const)('hostile search texts on a Catalog %s site', (catalogVersion) => {
  let contract: Contract;
  let injector: Injector;
  let console: ReturnType<typeof watchConsole>;

  beforeAll(async () => {
    contract = await connectToEmulator({ emulator: { catalogFile: CATALOG, rateLimitPerMinute: 0, catalogVersion } });
    injector = contract.injector;
    // The catalog version is asked once, here, so each search below costs exactly one request.
    const warm = new SearchSession(injector);
    await warm.ask({});
    warm.close();
  });
  afterAll(() => contract.close());
  beforeEach(() => (console = watchConsole()));
  afterEach(() => console.quiet());

  it.each(CORPUS)('%s: one request, a literal prefix, a page that makes sense', async (_, typed) => {
    const text = sent(typed);
    expect(text.length).toBeLessThanOrEqual(MAX_SEARCH_LENGTH);
    const before = (await contract.stats()).requests;
    const session = new SearchSession(injector);
    const state = await session.ask({ text: typed }, 5_000);
    session.close();

    expect(state.status).toBe('loaded');
    expect(['results', 'no-matches', 'empty-catalog']).toContain(seen(state).view);
    const stats = await contract.stats();
    // V3 also counts the text once (countProducts, beside the search), for "1–25 of N".
    // (Not again for a text already counted: the count is cached by text for a minute.)
    const calls = stats.recent.slice(before - stats.requests);
    const counts = calls.filter((r) => r.path === '/stores/v3/products/count');
    expect(counts.length).toBeLessThanOrEqual(catalogVersion === 'V1' ? 0 : 1);
    expect(stats.requests - before).toBe(1 + counts.length);
    const call = stats.recent.filter((r) => r.path !== '/stores/v3/products/count').at(-1)!;
    expect(call.status).toBe(200);

    if (catalogVersion === 'V1') {
      const filter = text ? { $or: [{ name: { $startsWith: text } }, { sku: { $startsWith: text } }] } : {};
      const sort = [{ fieldName: 'name', order: 'ASC' }, { fieldName: 'numericId', order: 'ASC' }];
      expect(call.payload).toEqual({ query: { filter, sort, paging: { limit: 25, offset: 0 } } });
      const names = state.status === 'loaded' ? state.page.items.map((p) => p.name).sort() : [];
      expect(names).toEqual(expected(text));
    } else {
      const search = text ? { search: { expression: text, fields: ['name', 'variantsInfo.variants.sku'], mode: 'AND', fuzzy: false } } : {};
      // (`fields`, beside `search`, is which product parts to send: not part of the filter.)
      expect((call.payload as { search: unknown }).search).toEqual({ ...search, sort: [{ fieldName: 'name', order: 'ASC' }], cursorPaging: { limit: 25 } });
    }
  });

  it('the literal text is what travels: a 10,000-character paste sends its first 100 characters, no more', async () => {
    const session = new SearchSession(injector);
    await session.ask({ text: `No ${'Price '.repeat(2_000)}` });
    session.close();
    const { recent } = await contract.stats();
    const payload = JSON.stringify(recent.at(-1)!.payload);
    expect(payload).toContain(`"No ${'Price '.repeat(20)}`.slice(0, MAX_SEARCH_LENGTH + 1).trimEnd());
    expect(payload.length).toBeLessThan(600);
  });
});
