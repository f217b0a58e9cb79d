import assert from 'node:assert/strict';
import { KEYSTROKE_DELAY_MS } from '../lib/config.mjs';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { sleep, until } from '../lib/wait.mjs';

const MAX = 100;
const CAPPED = `Search uses the first ${MAX} characters.`;

/**
 * Search text a person might type or paste, hostile or odd. `typed`: entered key by key (short printable text);
 * otherwise pasted (fill). `shot`: the state gets a screenshot and an axe run.
 */
const CORPUS = [
  { label: 'one-char', text: 'q', typed: true },
  { label: 'empty', text: '' },
  { label: 'whitespace', text: ' \t  \u3000 ' },
  { label: 'padded-prefix', text: '   cl   ', typed: true },
  { label: '10000-chars', text: `Classic ${'linen throw pillow '.repeat(600)}`.slice(0, 10_000), shot: true },
  { label: 'emoji-at-the-cut', text: `${'a'.repeat(MAX - 1)}👨‍👩‍👧` },
  { label: 'cjk', text: '陶瓷咖啡杯', shot: true },
  { label: 'combining-marks', text: 'Cafe\u0301 Z\u0337\u0322a\u0335l\u0336g\u0338o\u0334' },
  { label: 'emoji-zwj', text: '👨‍👩‍👧‍👦 🏳️‍🌈' },
  { label: 'rtl', text: 'כוס קפה קרמית', shot: true },
  { label: 'rtl-override', text: '\u202eevil\u202c mug' },
  { label: 'quotes', text: `"quoted" 'single' “curly” \`back\`` },
  { label: 'backslashes', text: 'C:\\path\\to\\ \\u0000 \\"' },
  { label: 'json-operator', text: '{"$ne":null}', typed: true },
  { label: 'json-regex', text: '{"$regex":".*"}' },
  { label: 'percent', text: '%', typed: true },
  { label: 'percent-encoded', text: '%25%00%2F' },
  { label: 'star', text: '*', typed: true },
  { label: 'regex', text: '^(a+)+$.*' },
  { label: 'sql', text: "' OR 1=1; DROP TABLE products; --", shot: true },
  { label: 'control-chars', text: 'ctl\u0000\u0001\u0007\u001b[31m\u007f\u0085end' },
  { label: 'markup', text: '<img src=x onerror=alert(1)>' },
  { label: 'proto', text: '__proto__' },
  { label: 'upper-case-prefix', text: 'CL', typed: true },
];

/**
 * The query text the page must send for what was entered: trimmed, the first 100 UTF-16 units but never half
 * a character (an emoji across the cut is left out whole), trimmed again; a lone surrogate already in the text
 * is sent as U+FFFD (what the browser would encode it as anyway).
 */
function normalized(text) {
  const trimmed = text.trim();
  const cut = trimmed.length > MAX && /[\ud800-\udbff]/.test(trimmed[MAX - 1]) ? MAX - 1 : MAX;
  return trimmed.slice(0, cut).trimEnd().replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/**
 * 12. Hostile search text: the corpus above typed or pasted into the search box. For each: the page settles
 * (never crashes, never hangs) on the catalog's answer for the text as sent (browse, results, or "No products
 * match"), says "Search uses the first 100 characters." exactly when the text is longer, fires no dialog and no
 * page error; and every Stores request the emulator saw asks for a literal name-or-SKU prefix (V1 `$startsWith`,
 * V3 a search expression), never an operator or pattern taken from the text.
 */
export default {
  id: 'hostile-input',
  title: '12. Hostile search text',
  versions: ['V1', 'V3'],
  async run(s) {
    const { emulator, catalog } = s;
    // The catalog's answers, asked before counting the page's requests.
    const expected = new Map();
    for (const { text } of CORPUS) expected.set(normalized(text), await catalog.page({ text: normalized(text) }));
    await s.open();
    const page = new CatalogPage(s.app);
    const frame = await s.appFrame();
    await page.showing(expected.get(''));
    const sent = new Set(['']);
    const timings = [];

    for (const item of CORPUS) {
      const query = normalized(item.text);
      const want = expected.get(query);
      const mark = await emulator.mark();
      const started = Date.now();
      if (item.typed) {
        await page.search.fill('');
        await page.search.pressSequentially(item.text, { delay: KEYSTROKE_DELAY_MS });
      } else {
        await page.search.fill(item.text);
      }
      // Settled on the catalog's answer for the text as sent.
      if (want.total === 0) {
        // Compared as text inside the page, passed as JSON both ways: an accessible name would fold whitespace and
        // control characters away, and the protocol would drop a lone surrogate (half an emoji cut at 100).
        const heading = JSON.stringify(`No products match “${query}”.`);
        let shown;
        await until(`${item.label}: the heading ${heading.slice(0, 80)}`, async () => {
          shown = await frame.evaluate(() => JSON.stringify([...document.querySelectorAll('.empty[role=status] h2')].map((h) => h.textContent)));
          return shown === `[${heading}]`;
        }).catch((e) => {
          throw new Error(`${e.message}; shown: ${shown?.slice(0, 300)}`);
        });
      } else {
        await page.showing(want).catch((e) => {
          throw new Error(`${item.label}: ${e.message}`);
        });
      }
      timings.push(Date.now() - started);
      // Still alive: the app answers at once, the box holds what was entered.
      const alive = await Promise.race([frame.evaluate(() => 1), sleep(2_000).then(() => 'no answer in 2 s')]);
      assert.equal(alive, 1, `${item.label}: the app frame answers`);
      const value = await page.searchText();
      assert.equal(value, item.text.replace(/[\r\n]/g, ''), `${item.label}: the search box keeps the text as entered`);
      const hint = await page.app.getByText(CAPPED).count();
      assert.equal(hint, item.text.trim().length > MAX ? 1 : 0, `${item.label}: "${CAPPED}" shown exactly when the text is longer`);
      assert.deepEqual(s.dialogs, [], `${item.label}: no dialog`);
      assert.deepEqual(s.pageErrors, [], `${item.label}: no page error`);
      await page.assertNoError();

      // What went over the wire: at most one request, for exactly this literal prefix. (A late duplicate would
      // land in the next text's count, and fail there.)
      const calls = catalog.readsAmong((await mark.calls()).filter((c) => c.path.includes('/products/')), query, item.label);
      const fresh = !sent.has(query.toLowerCase());
      if (fresh) assert.equal(calls.length, 1, `${item.label}: one Stores request (saw ${calls.length})`);
      else assert.ok(calls.length <= 1, `${item.label}: at most one Stores request for a text asked before (saw ${calls.length})`);
      for (const call of calls) catalog.assertSearchRequest(call, query, `${item.label}: the request`);
      sent.add(query.toLowerCase());
      if (item.shot) await s.state(item.label);
    }

    await sleep(300); // a late request for the last text would land here
    // Everything the emulator recorded (its last 50 calls) is a literal prefix read, or a browse.
    const literal = new Set(CORPUS.map((c) => normalized(c.text)));
    const recorded = (await emulator.stats()).recent.filter((c) => c.path.includes('/products/'));
    for (const call of catalog.withoutGuess(recorded, 'recorded requests')) {
      if (call.path.endsWith('/products/count')) {
        // V3 counts each text once: with the literal text entered, like the rows.
        assert.ok(literal.has(call.payload.search?.expression ?? ''), 'recorded count is for one of the texts entered');
        continue;
      }
      catalog.assertAsksForSku(call, 'recorded request'); // V3, cursor requests included
      const text = catalog.v3 ? call.payload.search?.search?.expression ?? '' : call.payload.query.filter?.$or?.[0]?.name?.$startsWith ?? '';
      assert.ok(literal.has(text), `recorded request for ${JSON.stringify(text).slice(0, 60)} is one of the texts entered`);
      if (!call.payload.search?.cursorPaging?.cursor) catalog.assertSearchRequest(call, text, 'recorded request');
    }
    s.note(`${CORPUS.length} texts, each settled in ${Math.min(...timings)}–${Math.max(...timings)} ms`);

    // Clearing brings the catalog back.
    await page.clearSearch.click();
    await page.showing(expected.get(''));
    await until('the URL to forget the search', async () => !new URL((await s.appFrame()).url()).searchParams.has('q'));
  },
};
