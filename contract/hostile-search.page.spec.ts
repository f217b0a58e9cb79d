import './jsdom-node-bridge';
import { join } from 'node:path';
import { MAX_SEARCH_LENGTH } from '../src/app/catalog/product';
import { ConnectedPage, renderConnectedPage } from './connected-page';
import { Contract, connectToEmulator } from './contract-setup';
import { recordConsole } from './token-hygiene-setup';

/*
 * Hostile input on the rendered page (jsdom), connected to the emulator serving `catalogs/hostile.json` through
 * the real SDK: product data with markup stays text, and a search text is capped, said to be capped, and sent as
 * the literal prefix the merchant typed. (The same in a real browser: the e2e journeys.)
 */

jest.setTimeout(30_000);

const V1 = '/stores-reader/v1/products/query-platformized';

describe('hostile input on the rendered page', () => {
  let contract: Contract;
  let page: ConnectedPage;
  let logged: () => string;

  beforeAll(async () => {
    contract = await connectToEmulator({ emulator: { catalogFile: join(__dirname, '../emulator/catalogs/hostile.json'), rateLimitPerMinute: 0 } });
  });
  afterAll(() => contract.close());
  beforeEach(async () => {
    logged = recordConsole();
    page = renderConnectedPage(contract);
    await page.until(() => page.rows() > 0);
  });
  afterEach(() => expect(logged()).toBe(''));

  /** The filter of the latest product read the emulator decoded. */
  async function lastFilter(): Promise<unknown> {
    const { recent } = await contract.stats();
    return (recent.filter((r) => r.path === V1).at(-1)?.payload as { query: { filter: unknown } }).query.filter;
  }

  it('product names with markup, scripts and templates render as text: no element, no handler, no unsafe URL', async () => {
    const table = page.root().querySelector('table')!;
    expect(page.text()).toContain('<img src=x onerror=alert(1)>');
    expect(page.text()).toContain('<script>alert("xss")</script> Deluxe Mug');
    expect(page.text()).toContain("{{constructor.constructor('alert(1)')()}}");
    expect(table.querySelectorAll('script, iframe, object, embed, svg:not([aria-hidden]), a')).toHaveLength(0);
    const all = [...page.root().querySelectorAll('*')];
    expect(all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`))).toEqual([]);
    const sources = [...table.querySelectorAll('img')].map((img) => img.getAttribute('src') ?? '');
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) expect(src).toMatch(/^https?:\/\//);
  });

  it('a 10,000-character paste: capped at 100, the page says so, Wix gets the literal first 100', async () => {
    const pasted = `{"$ne":null} ${'%*\\'.repeat(3_400)}`.slice(0, 10_000);
    await page.type(pasted);
    await page.until(() => page.text().includes(`Search uses the first ${MAX_SEARCH_LENGTH} characters.`));
    await page.until(() => page.text().includes('No products match'));
    const capped = pasted.slice(0, MAX_SEARCH_LENGTH);
    expect(await lastFilter()).toEqual({ $or: [{ name: { $startsWith: capped } }, { sku: { $startsWith: capped } }] });
    expect(page.text()).toContain(`No products match “${capped}”.`);
  });

  it.each([
    ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ['"Quoted" &', '"Quoted" & \'Apostrophe\' <Tag> Mug'],
    ['כוס', 'כוס קפה קרמית'],
    ['🔥', '🔥 Hot Sauce 🌶️ Trio 👨\u200d👩\u200d👧'],
    ['%s', '%s %d ${x} \\u0000 Printf Socks'],
  ])('searching %p finds exactly the product that starts with it, shown as text', async (typed, name) => {
    await page.type(typed);
    await page.until(() => page.rows() === 1 && page.text().includes(name.replace(/\s+/g, ' ')));
    expect(await lastFilter()).toEqual({ $or: [{ name: { $startsWith: typed } }, { sku: { $startsWith: typed } }] });
  });
});
