import assert from 'node:assert/strict';
import { KEYSTROKE_DELAY_MS } from '../lib/config.mjs';
import { ENGLISH_WORDS, MESSAGES, controls, layout, localRange, pageWords, recordFirstHeading } from '../lib/languages.mjs';
import { sleep, until } from '../lib/wait.mjs';

const TEXT = 'al';

/** Waits until the page shows `expected` (an oracle page) in `language`: its range there, and its rows. */
async function showing(app, expected, language) {
  const c = controls(app, language);
  const range = localRange(expected, language);
  await until(`the range "${range}" with ${expected.names.length} rows from "${expected.names[0]}"`, async () => {
    const shown = (await c.range.count()) === 1 ? (await c.range.textContent()).trim() : null;
    // Settled: a page still loading ignores paging clicks.
    const busy = await c.table.getAttribute('aria-busy', { timeout: 1_000 }).catch(() => null);
    if (shown !== range || busy !== 'false') return false;
    const names = (await c.names.allInnerTexts()).map((n) => n.trim());
    return JSON.stringify(names) === JSON.stringify(expected.names.map((n) => n.trim()));
  });
}

/** The page's own words are in `language`: its messages are there, no English label is. */
async function assertWordsIn(app, language, v3) {
  const words = await pageWords(app);
  const m = MESSAGES[language];
  assert.ok(words.includes(m['searchHint.prefix']) || words.includes(m['searchHint.words']), `the search hint is in ${language}`);
  // Catalog V1 sorts by the list price, and heads its price column so.
  for (const key of ['pageHeading', 'sortLabel', 'pageSizeLabel', v3 ? 'columns.price' : 'columns.listPrice', 'columns.updated', 'sorts.name-asc']) {
    assert.ok(words.includes(MESSAGES[language][key]), `the page says "${MESSAGES[language][key]}" (${key}) in ${language}`);
  }
  if (language !== 'en') {
    const english = ENGLISH_WORDS.filter((w) => words.includes(w));
    assert.deepEqual(english, [], `no English label on the ${language} page (found ${JSON.stringify(english)})`);
  }
}

/**
 * 20. The dashboard's language. Opened in a Hebrew dashboard: the first heading the frame ever shows is already
 * Hebrew, the document is `lang="he" dir="rtl"`, the page's words, aria-labels and range are Hebrew, the search
 * box sits at the start edge (right), the paginator and its arrows are mirrored, the table starts on the right,
 * product names keep `dir="auto"`; axe runs on that state. A search and page 2 later, switching the host page's
 * control bar to Deutsch changes the page without a reload (same document, same URL and query, the same rows,
 * no Stores call) to German, left to right; then back to English.
 */
export default {
  id: 'languages',
  title: '20. Language: Hebrew (right to left) and German, switched without a reload',
  versions: ['V1', 'V3'],
  async run(s) {
    const { emulator, catalog } = s;
    const first = await catalog.page({ size: 25 });
    const second = await catalog.page({ text: TEXT, size: 25, page: 2 });
    assert.ok(second.names.length > 0, `"${TEXT}" has a second page of results`);

    await emulator.config({ language: 'he' });
    await s.newPage();
    await s.context.addInitScript(recordFirstHeading);
    await s.goto();
    const frame = await s.appFrame();
    assert.equal(new URL(frame.url()).searchParams.get('locale'), 'he', 'the dashboard frames the app with locale=he, as Wix does');
    await showing(s.app, first, 'he');
    assert.deepEqual(await frame.evaluate(() => window.__e2eFirstHeading), { text: 'מוצרים', lang: 'he', dir: 'rtl' }, 'the first heading a person could see is Hebrew');

    const he = controls(s.app, 'he');
    for (const [name, control] of Object.entries(he)) {
      if (['range', 'names'].includes(name)) continue;
      assert.equal(await control.count(), 1, `the Hebrew page has its ${name} by its Hebrew name`);
    }
    await assertWordsIn(s.app, 'he', catalog.v3);
    await s.app.locator('cm-filter-bar select').first().waitFor(); // the filter bar is a lazy chunk
    const rtl = await layout(frame);
    assert.deepEqual([rtl.lang, rtl.dir], ['he', 'rtl'], 'the document is lang="he" dir="rtl"');
    assert.ok(rtl.searchFromStart < 40 && rtl.filterFromStart < 40 && rtl.sortHidden, `the search box and the first filter are at the start edge (right): ${JSON.stringify(rtl)}`);
    assert.ok(rtl.buttonsX.every((x, i) => i === 0 || x < rtl.buttonsX[i - 1]), `the paging buttons run right to left (first → last): ${rtl.buttonsX}`);
    assert.equal(rtl.icon, 'matrix(-1, 0, 0, 1, 0, 0)', 'the paging arrows are mirrored');
    assert.ok(rtl.imageColumnX > rtl.nameColumnX, 'the table starts at the right (image column right of the name)');
    assert.equal(rtl.namesAuto, rtl.rows, 'every product name keeps dir="auto"');
    await s.state('hebrew');

    await he.search.pressSequentially(TEXT, { delay: KEYSTROKE_DELAY_MS });
    // The first page of "al" can hold the same rows as the first page by name (the catalog opens with "Alpine …"):
    // wait for the search itself to be asked (the URL holds it once it settles), so "Next" does not land on a
    // page still loading, which ignores paging clicks.
    await until('the search to settle into the URL', async () => new URL((await s.appFrame()).url()).searchParams.get('q') === TEXT);
    await showing(s.app, await catalog.page({ text: TEXT, size: 25 }), 'he');
    await he.next.click();
    await showing(s.app, second, 'he');
    await s.state('hebrew-page-2');

    // Deutsch in the dashboard's control bar: the page follows through observeState, without a reload.
    const url = frame.url();
    await frame.evaluate(() => (window.__e2eBeforeSwitch = true));
    const mark = await emulator.mark();
    await s.hostControl('language', 'de');
    await showing(s.app, second, 'de');
    const ltr = await layout(frame);
    assert.deepEqual([ltr.lang, ltr.dir], ['de', 'ltr'], 'the document is lang="de" dir="ltr"');
    assert.equal(await frame.evaluate(() => window.__e2eBeforeSwitch), true, 'the same document: the app was not reloaded');
    assert.equal(frame.url(), url, 'the same URL (the query kept)');
    assert.equal(await controls(s.app, 'de').search.inputValue(), TEXT, 'the search box keeps the text');
    await assertWordsIn(s.app, 'de', catalog.v3);
    assert.ok(ltr.searchFromStart < 40 && ltr.filterFromStart < 40 && ltr.sortHidden, `the search box and the first filter are at the start edge (left) again: ${JSON.stringify(ltr)}`);
    assert.ok(ltr.buttonsX.every((x, i) => i === 0 || x > ltr.buttonsX[i - 1]), 'the paging buttons run left to right');
    assert.equal(ltr.icon, 'none', 'the arrows are drawn as they are');
    await s.state('german');
    await sleep(300);
    assert.deepEqual(await mark.calls(), [], 'switching the language asks Wix Stores nothing');

    await s.hostControl('language', 'en');
    await showing(s.app, second, 'en');
    await assertWordsIn(s.app, 'en', catalog.v3);
    assert.equal(await frame.evaluate(() => window.__e2eBeforeSwitch), true, 'still the same document');
    s.note(`he → de → en on page 2 of "${TEXT}" without a reload`);
  },
};
