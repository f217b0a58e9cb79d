import { close, counts, log, openPage, pagingButton, painted } from '../lib/app-session.mjs';
import { median, ms, printTable } from '../lib/format.mjs';
import { waitUntilQuiet } from '../lib/quiet.mjs';
import { GROUPS, startTrace, summariseFlip } from '../lib/trace.mjs';
import { prefetchDone } from './requests.mjs';
import { ONE_FRAME_MS } from './goals.mjs';

/** The page sizes compared: the default (25) and the largest (100). */
const SIZES = [25, 100];
/** After the prefetch's response: let the page go idle (its thumbnails, the prefetch's mapping) before the click. */
const SETTLE_MS = 300;
/** Load control before each click, as section 9: the machine at most 60 % busy over 0.5 s, else wait ≤ 5 s. */
const QUIET = { maxBusy: 0.6, windowMs: 500, timeoutMs: 5_000 };

/**
 * One "next" click with the next page prefetched (section 2's scenario) in an open page: waits for the app's
 * prefetch of `page` and its response, lets the page settle, clicks, waits for the rows. Returns, in ms from
 * the click: rendered (`cm:rendered`, rows in the DOM), onScreen (Element Timing: the frame with the rows was
 * presented), painted (`cm:painted`, the task after the next frame), and the trace summary when `traced`.
 * Null when no prefetch came.
 */
async function prefetchedFlip(s, page, traced) {
  if (!(await prefetchDone(s, page))) return null;
  await s.page.waitForTimeout(SETTLE_MS);
  const machine = await waitUntilQuiet(QUIET);
  const before = await counts(s);
  const stop = traced ? await startTrace(s.page) : null;
  await pagingButton(s, 'Next page').click();
  const shown = await painted(s, { page }, before.painted);
  // Element Timing's entry comes once the frame was presented, which can be after cm:painted: wait for it (≤ 3 s).
  const click = (await log(s)).clicks.at(-1).at;
  await s.frame.waitForFunction((click) => window.__bench.rowPaints.some((p) => p.at >= click), click, { timeout: 3000, polling: 50 }).catch(() => null);
  const events = stop ? await stop() : null;
  const { renders, rowPaints } = await log(s);
  const rendered = renders.slice(before.renders).find((r) => r.page === page)?.at ?? null;
  const onScreen = rowPaints.filter((p) => p.at >= click).map((p) => p.at).sort((a, b) => a - b)[0] ?? null;
  const timings = { rendered: rendered - click, onScreen: onScreen === null ? null : onScreen - click, painted: shown.at - click };
  return { ...timings, machine, trace: events ? summariseFlip(events, { onScreenMs: timings.onScreen }) : null };
}

/**
 * Section 11: what a "next" click costs when the next page was prefetched (issue 15's one-frame goal), at the
 * default 25 rows and at 100: `flips` untimed-by-trace clicks for the times, then `tracedFlips` more under a
 * CDP trace for where the renderer main thread's time goes, as wall time and as the thread's CPU time (on a
 * shared machine the difference is time the thread waited for a core). "On screen" is Element Timing's
 * presentation time of the new rows' text, which `cm:painted` (a task queued from the frame after the render)
 * can trail by a frame or more when other tasks (thumbnail loads) run first.
 */
export async function measureFlip({ browser, app, flips, tracedFlips }) {
  await app.latency(0);
  const out = [];
  for (const size of SIZES) {
    const s = await openPage(browser, app, `flip-${size}`, '', { frameParams: { size: String(size) }, rowTiming: true });
    const samples = [];
    const traced = [];
    try {
      await painted(s, { page: 1, pageSize: size });
      for (let i = 0, page = 2; i < flips + tracedFlips; i++, page++) {
        const flip = await prefetchedFlip(s, page, i >= flips);
        if (!flip) break;
        (i >= flips ? traced : samples).push(flip);
      }
    } finally {
      await close(s);
    }
    const pick = (list, key) => median(list.map((x) => x[key]).filter((x) => x !== null));
    const traces = traced.map((t) => t.trace?.toScreen ?? t.trace?.flip).filter(Boolean);
    const group = (g, cpu) => median(traces.map((t) => (cpu ? t.cpu[g] : t[g])));
    out.push({
      size,
      flips: samples.length,
      quietFlips: [...samples, ...traced].filter((x) => x.machine.quiet).length,
      tracedFlips: traces.length,
      rendered: pick(samples, 'rendered'),
      onScreen: pick(samples, 'onScreen'),
      painted: pick(samples, 'painted'),
      trace: traces.length === 0 ? null : {
        window: group('window'),
        wall: Object.fromEntries([...GROUPS, 'busy', 'idle'].map((g) => [g, group(g)])),
        cpu: Object.fromEntries([...GROUPS, 'busy'].map((g) => [g, group(g, true)])),
        toScreen: traced.every((t) => t.trace?.toScreen),
        // Click → rows in the DOM: the part before Angular's render is done (click → painted minus rendered → painted).
        beforeRender: median(traced.filter((t) => t.trace?.afterRender).map((t) => t.trace.flip.cpu.busy - t.trace.afterRender.cpu.busy)),
      },
      samples,
      traced: traced.map(({ trace, ...rest }) => ({ ...rest, trace: trace ? { toScreen: trace.toScreen, flip: trace.flip, afterRender: trace.afterRender } : null })),
    });
  }
  return out;
}

/** Prints section 11. */
export function printFlip(list) {
  const cols = list.map((x) => `${x.size} rows`);
  const row = (label, f) => [label, ...list.map(f)];
  const traced = list.filter((x) => x.trace);
  printTable(`11. "Next" click with the next page prefetched, 0 ms latency: median of ${list[0].flips} clicks per page size (goal: rows on screen ≤ one frame, ${ONE_FRAME_MS.toFixed(1)} ms)`,
    ['span from the click', ...cols], [
      row('→ rows in the DOM (cm:rendered)', (x) => ms(x.rendered)),
      row('→ rows on screen (Element Timing: frame presented)', (x) => ms(x.onScreen)),
      row('→ cm:painted (task after the next frame; section 2\'s figure)', (x) => ms(x.painted)),
      `clicks that started on a quiet machine (≤ ${QUIET.maxBusy * 100} % CPU busy over ${QUIET.windowMs} ms, else after ${QUIET.timeoutMs / 1000} s): ${list.map((x) => `${x.quietFlips} of ${x.flips + x.tracedFlips}`).join(', ')}`,
      'on screen: Element Timing renderTime of the first or last new row\'s text (the recorder tags them as they are inserted)',
    ]);
  if (traced.length === 0) return;
  const to = (x) => (x.trace.toScreen ? 'to rows on screen' : 'to cm:painted');
  printTable(`   where that time goes: ${traced[0].tracedFlips} more traced clicks each (${traced.map((x) => `${x.size}: click ${to(x)}`).join('; ')}), renderer main thread, median ms`,
    ['group', ...traced.flatMap((x) => [`${x.size}: wall`, `${x.size}: CPU`])], [
      ...GROUPS.map((g) => [g, ...traced.flatMap((x) => [ms(x.trace.wall[g]), ms(x.trace.cpu[g])])]),
      null,
      ['busy (all groups)', ...traced.flatMap((x) => [ms(x.trace.wall.busy), ms(x.trace.cpu.busy)])],
      ['  of which click → rows in the DOM (CPU)', ...traced.flatMap((x) => ['', ms(x.trace.beforeRender)])],
      ['busy but not on a CPU (waiting for a core)', ...traced.flatMap((x) => [ms(x.trace.wall.busy - x.trace.cpu.busy), ''])],
      ['idle', ...traced.flatMap((x) => [ms(x.trace.wall.idle), ''])],
      ['window (traced; tracing slows the page)', ...traced.flatMap((x) => [ms(x.trace.window), ''])],
      'CPU: the main thread\'s own CPU time (trace tdur); wall − CPU is time it was runnable but another process had the core',
      'the thread is shared with the emulator\'s dashboard host page (same site, one renderer), as it is not on Wix',
    ]);
}
