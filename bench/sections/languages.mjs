import { firstResults } from './first-results.mjs';
import { goal, median, ms, printTable, ratio } from '../lib/format.mjs';

/** Hebrew may cost at most this much more than English to the first rows (issue 14). */
export const HEBREW_GOAL = 1.05;
const PHASES = ['total', 'bootstrap', 'handshake', 'query', 'render'];

/**
 * Section 9: time to first results in English and in Hebrew, in the same run: cold loads (section 3's timing)
 * with the emulated dashboard in each language, interleaved en, he, he, en, … so drift on a busy machine falls
 * on both alike. Hebrew loads its messages (a lazy chunk) before the first paint; English ships inline. Each
 * load is checked to be in its language (`lang` and `dir` of the app's document and its heading), or the
 * section fails: a page that stayed English measures nothing. The figure is the median of the per-pair ratios
 * (he_i ÷ en_i, the two loads run back to back); the ratio of the medians is printed beside it.
 */
export async function measureLanguages({ browser, app, latencies, pairs }) {
  const out = [];
  for (const latencyMs of latencies) {
    await app.latency(latencyMs);
    const samples = { en: [], he: [] };
    const load = async (language, name) => {
      await app.config({ language });
      const result = await firstResults(browser, app, name, {
        inspect: (s) => s.frame.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.querySelector('h1')?.textContent?.trim()]),
      });
      const want = language === 'he' ? ['he', 'rtl', 'מוצרים'] : ['en', 'ltr', 'Products'];
      if (JSON.stringify(result.inspected) !== JSON.stringify(want)) throw new Error(`${name}: the page shows ${JSON.stringify(result.inspected)}, not ${language}`);
      return result;
    };
    await load('en', `languages-warm-up-en-${latencyMs}`);
    await load('he', `languages-warm-up-he-${latencyMs}`);
    for (let i = 0; i < pairs; i++) {
      for (const language of i % 2 ? ['he', 'en'] : ['en', 'he']) samples[language].push(await load(language, `languages-${language}-${latencyMs}-${i}`));
    }
    const medians = (list) => Object.fromEntries(PHASES.map((p) => [p, median(list.map((x) => x[p]))]));
    const en = medians(samples.en);
    const he = medians(samples.he);
    // Loads i of each language ran next to each other: the median of their ratios is less moved by drift.
    const ratio = median(samples.he.map((h, i) => h.total / samples.en[i].total));
    out.push({ latencyMs, pairs, en, he, ratio, ratioOfMedians: he.total / en.total, samples });
  }
  await app.config({ language: 'en' });
  await app.latency(0);
  return out;
}

/** Prints section 9. */
export function printLanguages(list) {
  const cols = list.flatMap((x) => [`en, ${x.latencyMs} ms`, `he, ${x.latencyMs} ms`]);
  const row = (label, key) => [label, ...list.flatMap((x) => [ms(x.en[key]), ms(x.he[key])])];
  printTable(`9. Time to first results by dashboard language (median of ${list[0].pairs} cold loads each, interleaved)`, ['phase', ...cols], [
    row('total', 'total'),
    null,
    row('bootstrap (→ app\'s first element)', 'bootstrap'),
    row('handshake + token (→ first Stores request)', 'handshake'),
    row('query (catalog version + products)', 'query'),
    row('render (→ rows painted)', 'render'),
    null,
    ...list.map((x) => [`Hebrew ÷ English at ${x.latencyMs} ms, median of pair ratios (goal ≤ ${HEBREW_GOAL}×)`, ratio(x.ratio), goal(x.ratio <= HEBREW_GOAL), `÷ of medians ${ratio(x.ratioOfMedians)}`, ...cols.slice(3).map(() => '')]),
  ]);
}
