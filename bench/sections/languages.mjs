import { firstResults } from './first-results.mjs';
import { chunkFor } from '../lib/build.mjs';
import { goal, median, ms, printTable, ratio } from '../lib/format.mjs';
import { waitUntilQuiet } from '../lib/quiet.mjs';
import { beyondNoise, pairedComparison } from '../lib/stats.mjs';
import { GROUPS } from '../lib/trace.mjs';

/** Hebrew may cost at most this much more than English to the first rows (issue 14). */
export const HEBREW_GOAL = 1.05;
const PHASES = ['total', 'bootstrap', 'handshake', 'query', 'render', 'languageWait'];
const PHASE_LABELS = {
  total: 'total (→ rows painted and shown)',
  bootstrap: "bootstrap (→ app's first element)",
  handshake: 'handshake + token (→ first Stores request)',
  query: 'query (catalog version + products)',
  render: 'render (→ rows painted)',
  languageWait: 'language wait (→ shown: messages in)',
};
/** Before each pair: the machine at most this busy (all CPUs; 0.6 of 2 cores) over 0.7 s, else wait ≤ 10 s. */
const QUIET = { maxBusy: 0.6, windowMs: 700, timeoutMs: 10_000 };
const LANGUAGES = ['en', 'he'];
const EXPECTED = { en: ['en', 'ltr', 'Products'], he: ['he', 'rtl', 'מוצרים'] };

/**
 * One cold load in `language` (section 3's timing and phases), checked to be in that language (`lang`, `dir`
 * and heading of the app's document; a page that stayed English measures nothing), with the language's
 * messages chunk timed from Resource Timing: {start, end} in ms from the frame's navigation start, or
 * {inline: true} when the messages are bundled into the initial code (`chunk` from chunkFor).
 */
async function load(browser, app, language, name, chunk, trace = false) {
  await app.config({ language });
  const result = await firstResults(browser, app, name, {
    trace,
    traceFile: chunk?.lazy ? chunk.file : undefined,
    inspect: (s) => s.frame.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.querySelector('h1')?.textContent?.trim()]),
  });
  if (JSON.stringify(result.inspected) !== JSON.stringify(EXPECTED[language])) throw new Error(`${name}: the page shows ${JSON.stringify(result.inspected)}, not ${language}`);
  const fetched = chunk ? result.scripts.find((f) => f.file === chunk.file) : undefined;
  result.messages = !chunk ? null : !chunk.lazy ? { inline: true } : fetched ? { start: fetched.start, end: fetched.end } : { missing: true };
  return result;
}

/**
 * Per traced load: main-thread ms by group over the whole load, busy ms (all groups) per phase, and the
 * messages chunk's own script time (compile on the main thread, streaming parse on a worker; null if inline).
 */
function mainThreadOf(result) {
  if (!result.mainThread) return null;
  const { phases, script } = result.mainThread;
  const sum = (f) => phases.reduce((total, p) => total + f(p), 0);
  return {
    groups: Object.fromEntries([...GROUPS, 'idle'].map((g) => [g, sum((p) => p[g])])),
    cpu: Object.fromEntries([...GROUPS, 'busy'].map((g) => [g, sum((p) => p.cpu[g])])),
    phases: Object.fromEntries(PHASES.slice(1).map((phase, i) => [phase, phases[i].busy])),
    cpuPhases: Object.fromEntries(PHASES.slice(1).map((phase, i) => [phase, phases[i].cpu.busy])),
    script,
  };
}

/**
 * Section 9: time to first results in English and in Hebrew, in the same run. Cold loads interleaved in pairs
 * (en, he / he, en / …) so drift falls on both alike; before each pair the bench waits until the machine is
 * quiet (load control, no CPU throttling) and notes how busy it was. Per phase: medians, and the median of the
 * per-pair differences (he − en) with a 95 % bootstrap interval over pairs; the total also as the median of
 * per-pair ratios (he ÷ en) with its interval. Then a few pairs more under a CDP trace (timed apart: tracing
 * slows a load) for where the main thread's time goes, and the messages chunk's download in each language.
 */
export async function measureLanguages({ browser, app, latencies, pairs, tracedPairs }) {
  const chunks = Object.fromEntries(LANGUAGES.map((l) => [l, chunkFor(`src/app/i18n/messages.${l}.json`)]));
  const out = [];
  for (const latencyMs of latencies) {
    await app.latency(latencyMs);
    for (const language of LANGUAGES) await load(browser, app, language, `languages-warm-up-${language}-${latencyMs}`, chunks[language]);
    const samples = [];
    for (let i = 0; i < pairs; i++) {
      const machine = await waitUntilQuiet(QUIET);
      const pair = { machine };
      for (const language of i % 2 ? ['he', 'en'] : ['en', 'he']) pair[language] = await load(browser, app, language, `languages-${language}-${latencyMs}-${i}`, chunks[language]);
      samples.push(pair);
    }
    // Main-thread work does not depend on the Stores latency: traced at the first latency only.
    const traced = [];
    for (let i = 0; i < (latencyMs === latencies[0] ? tracedPairs : 0); i++) {
      await waitUntilQuiet(QUIET);
      const pair = {};
      for (const language of i % 2 ? ['he', 'en'] : ['en', 'he']) {
        pair[language] = mainThreadOf(await load(browser, app, language, `languages-traced-${language}-${latencyMs}-${i}`, chunks[language], true));
      }
      traced.push(pair);
    }
    const pairsOf = samples.map((p) => [p.en, p.he]);
    const phases = Object.fromEntries(PHASES.map((phase) => [phase, {
      en: median(samples.map((p) => p.en[phase])),
      he: median(samples.map((p) => p.he[phase])),
      ...pairedComparison(pairsOf, phase),
    }]));
    const messages = Object.fromEntries(LANGUAGES.map((l) => {
      const list = samples.map((p) => p[l].messages).filter((m) => m && m.end !== undefined);
      const first = samples[0][l].messages;
      return [l, { chunk: chunks[l], inline: first?.inline ?? false, missing: first?.missing ?? false,
        start: median(list.map((m) => m.start)), end: median(list.map((m) => m.end)), duration: median(list.map((m) => m.end - m.start)) }];
    }));
    const mainThread = traced.length === 0 || traced.some((p) => !p.en || !p.he) ? null : {
      n: traced.length,
      groups: Object.fromEntries([...GROUPS, 'idle'].map((g) => [g, { en: median(traced.map((p) => p.en.groups[g])), he: median(traced.map((p) => p.he.groups[g])) }])),
      phases: Object.fromEntries(PHASES.slice(1).map((ph) => [ph, { en: median(traced.map((p) => p.en.phases[ph])), he: median(traced.map((p) => p.he.phases[ph])) }])),
      cpu: Object.fromEntries([...GROUPS, 'busy'].map((g) => [g, { en: median(traced.map((p) => p.en.cpu[g])), he: median(traced.map((p) => p.he.cpu[g])) }])),
      cpuPhases: Object.fromEntries(PHASES.slice(1).map((ph) => [ph, { en: median(traced.map((p) => p.en.cpuPhases[ph])), he: median(traced.map((p) => p.he.cpuPhases[ph])) }])),
      // The main thread's CPU time hardly depends on what else the machine runs: the steadier way to see a cost.
      cpuDifference: pairedComparison(traced.map((p) => [{ cpu: p.en.cpu.busy }, { cpu: p.he.cpu.busy }]), 'cpu').difference,
      script: Object.fromEntries(LANGUAGES.map((l) => [l, traced[0][l].script ? {
        main: median(traced.map((p) => p[l].script.main)), background: median(traced.map((p) => p[l].script.background)) } : null])),
    };
    const quietPairs = samples.filter((p) => p.machine.quiet).length;
    out.push({ latencyMs, pairs, quietPairs, busyBefore: median(samples.map((p) => p.machine.busy ?? 0)), phases, ratio: phases.total.ratio,
      ratioOfMedians: phases.total.he / phases.total.en, messages, mainThread, samples: samples.map(({ machine, en, he }) => ({ machine, en: slim(en), he: slim(he) })), traced });
  }
  await app.config({ language: 'en' });
  await app.latency(0);
  return out;
}

/** A load without its script list (results.json stays readable). */
const slim = ({ scripts, inspected, mainThread, ...rest }) => rest;

const signed = (v) => (v === null || v === undefined ? '—' : `${v >= 0 ? '+' : '−'}${ms(Math.abs(v))}`);
const interval = (x) => (x.low === null ? '—' : `${signed(x.low)} … ${signed(x.high)}`);

/** Prints section 9: one table per latency, the messages chunk, and the traced main thread. */
export function printLanguages(list) {
  for (const x of list) {
    const t = x.phases.total.ratio;
    printTable(`9. Time to first results by dashboard language, ${x.latencyMs} ms latency: ${x.pairs} interleaved pairs of cold loads (en, he / he, en / …)`,
      ['phase', 'en (median)', 'he (median)', 'he − en (median of pairs)', '95 % interval', 'Hebrew'], [
        ...PHASES.map((p) => [PHASE_LABELS[p], ms(x.phases[p].en), ms(x.phases[p].he), signed(x.phases[p].difference.value),
          interval(x.phases[p].difference), beyondNoise(x.phases[p].difference)]),
        null,
        [`Hebrew ÷ English, median of pair ratios (goal ≤ ${HEBREW_GOAL}×)`, '', '', ratio(t.value), t.low === null ? '—' : `${ratio(t.low)} … ${ratio(t.high)}`,
          `${goal(t.value === null ? null : t.value <= HEBREW_GOAL)}${t.high !== null && t.high > HEBREW_GOAL && t.value <= HEBREW_GOAL ? ' (interval reaches past the goal)' : ''}`],
        `ratio of the medians: ${ratio(x.ratioOfMedians)} · pairs started on a quiet machine (≤ ${QUIET.maxBusy * 100} % CPU busy over ${QUIET.windowMs} ms): ${x.quietPairs} of ${x.pairs}, median busy before a pair ${Math.round(x.busyBefore * 100)} %`,
        '95 % interval: percentile bootstrap over the pairs (4,000 resamples); "within noise" when it contains 0',
        ...LANGUAGES.map((l) => {
          const m = x.messages[l];
          if (!m.chunk) return `${l} messages: chunk unknown (no stats.json in the bench build)`;
          if (m.inline) return `${l} messages: bundled into ${m.chunk.file}, initial code (no request of their own)`;
          if (m.missing) return `${l} messages: ${m.chunk.file} was not fetched`;
          return `${l} messages: ${m.chunk.file} (lazy chunk), fetched ${ms(m.start)} → ${ms(m.end)} after navigation start (median; ${ms(m.duration)} download)`;
        }),
      ]);
    const mt = x.mainThread;
    if (!mt) continue;
    printTable(`   where the main thread's time goes, ${x.latencyMs} ms latency: ${mt.n} more pair(s) under a CDP trace (not in the timings above), median ms of self time`,
      ['group / phase', 'en: wall', 'he: wall', 'en: CPU', 'he: CPU', 'he − en (CPU)'], [
        ...GROUPS.map((g) => [g, ms(mt.groups[g].en), ms(mt.groups[g].he), ms(mt.cpu[g].en), ms(mt.cpu[g].he), signed(mt.cpu[g].he - mt.cpu[g].en)]),
        ['idle', ms(mt.groups.idle.en), ms(mt.groups.idle.he), '', '', ''],
        null,
        ...PHASES.slice(1).map((p) => [`busy in ${PHASE_LABELS[p]}`, ms(mt.phases[p].en), ms(mt.phases[p].he), ms(mt.cpuPhases[p].en), ms(mt.cpuPhases[p].he),
          signed(mt.cpuPhases[p].he - mt.cpuPhases[p].en)]),
        ['busy, whole load', '', '', ms(mt.cpu.busy.en), ms(mt.cpu.busy.he), signed(mt.cpuDifference.value)],
        ['  he − en per pair, 95 % interval', '', '', '', '', mt.cpuDifference.low === null ? 'too few pairs' : `${interval(mt.cpuDifference)} (${beyondNoise(mt.cpuDifference)})`],
        null,
        ['messages chunk: main thread (compile)', ...LANGUAGES.map((l) => (mt.script[l] ? ms(mt.script[l].main) : 'inline')), '', '', ''],
        ['messages chunk: worker (streaming parse)', ...LANGUAGES.map((l) => (mt.script[l] ? ms(mt.script[l].background) : 'inline')), '', '', ''],
        'renderer main thread of the app frame (shared with the host page), navigation start → rows painted and shown',
        'CPU: the thread\'s own CPU time (trace tdur), steadier than wall time on a busy machine; busy = every group but idle',
      ]);
  }
}
