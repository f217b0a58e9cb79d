/**
 * A Chromium performance trace of one action (CDP `Tracing` through playwright's `newCDPSession`), summarised
 * the way DevTools' Performance panel groups a main thread: scripting, style recalc, layout, paint, image
 * decode and other (busy but none of those), plus idle. Self time: each event's own time minus its children's;
 * an event of no known group takes its parent's.
 */
const CATEGORIES = [
  'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing', 'v8.execute', 'v8',
].join(',');

export const GROUPS = ['scripting', 'style recalc', 'layout', 'paint', 'image decode', 'other'];

const NAMES = {
  scripting: ['FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'EventDispatch', 'RunMicrotasks',
    'XHRReadyStateChange', 'XHRLoad', 'MinorGC', 'MajorGC', 'GCEvent', 'BlinkGC.AtomicPhase', 'ParseHTML', 'HandlePostMessage'],
  'style recalc': ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet', 'InvalidateLayout'],
  layout: ['Layout', 'IntersectionObserverController::computeIntersections', 'ComputeIntersections'],
  paint: ['Paint', 'PaintImage', 'PrePaint', 'Layerize', 'UpdateLayer', 'UpdateLayerTree', 'CompositeLayers', 'Commit', 'PaintSetup', 'Animation'],
  'image decode': ['Decode Image', 'ImageDecodeTask', 'Decode LazyPixelRef', 'Draw LazyPixelRef', 'Resize Image'],
};
const GROUP_OF = new Map(Object.entries(NAMES).flatMap(([group, names]) => names.map((n) => [n, group])));
const groupOf = (name) => GROUP_OF.get(name) ?? (/^v8[.:]/i.test(name) || name.startsWith('V8.') ? 'scripting' : null);

/** Starts a trace on the page's CDP session; returns a function that stops it and resolves the events. */
export async function startTrace(page) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES.split(',') }, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    await cdp.detach().catch(() => {});
    return events;
  };
}

/**
 * Complete events of one thread ({name, ts, end} in µs, and `cpu`: the thread's CPU time in it, µs, where
 * the trace has it: `tdur` of X events, `tts` of B/E pairs) from X events and B/E pairs.
 */
function spans(events, pid, tid) {
  const out = [];
  const open = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && e.dur !== undefined) out.push({ name: e.name, ts: e.ts, end: e.ts + e.dur, cpu: e.tdur });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) out.push({ name: b.name, ts: b.ts, end: e.ts, cpu: b.tts !== undefined && e.tts !== undefined ? e.tts - b.tts : undefined });
    }
  }
  return out.sort((a, b) => a.ts - b.ts || b.end - a.end);
}

/**
 * Milliseconds per group on the thread within [from, to] (µs), plus idle; and `cpu`: the same groups in the
 * thread's CPU time (an event's self CPU time, in proportion to the part of its self time inside the window).
 * On a shared machine wall time in a task includes time the thread waited for a core: busy − CPU shows it.
 */
function selfTimes(list, from, to) {
  const totals = Object.fromEntries(GROUPS.map((g) => [g, 0]));
  const cpu = Object.fromEntries(GROUPS.map((g) => [g, 0]));
  const clip = (a, b) => Math.max(0, Math.min(b, to) - Math.max(a, from));
  const stack = [];
  // Walk in start order; an event's self time is its span minus its children's spans.
  const finish = (node) => {
    let cursor = node.ts;
    let self = 0;
    let whole = 0;
    let childCpu = 0;
    for (const child of node.children) {
      self += clip(cursor, child.ts);
      whole += Math.max(0, child.ts - cursor);
      cursor = Math.max(cursor, child.end);
      childCpu += child.cpu ?? 0;
    }
    self += clip(cursor, node.end);
    whole += Math.max(0, node.end - cursor);
    totals[node.group] += self / 1000;
    if (node.cpu !== undefined && whole > 0) cpu[node.group] += (Math.max(0, node.cpu - childCpu) * (self / whole)) / 1000;
  };
  for (const e of list) {
    while (stack.length && stack.at(-1).end <= e.ts) finish(stack.pop());
    const parent = stack.at(-1);
    const node = { ...e, group: groupOf(e.name) ?? parent?.group ?? 'other', children: [] };
    if (parent) parent.children.push(node);
    stack.push(node);
  }
  while (stack.length) finish(stack.pop());
  const busy = GROUPS.reduce((sum, g) => sum + totals[g], 0);
  const cpuBusy = GROUPS.reduce((sum, g) => sum + cpu[g], 0);
  return { ...totals, idle: Math.max(0, (to - from) / 1000 - busy), window: (to - from) / 1000, busy, cpu: { ...cpu, busy: cpuBusy } };
}

/**
 * Summarises the trace of one page flip: the click (`EventDispatch` of type click) to the first `cm:painted`
 * mark after it, on the thread that dispatched the click (the frame's renderer main thread); and the part after
 * the render (`cm:rendered` → `cm:painted`). Image decodes on the renderer's other threads are added up apart.
 * With `onScreenMs` (click → rows on screen, from Element Timing), also `toScreen`: the click to that moment.
 */
export function summariseFlip(events, { onScreenMs } = {}) {
  const click = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
  if (!click) return null;
  const { pid, tid } = click;
  const markAfter = (name, ts) => events.filter((e) => e.name === name && e.cat?.includes('blink.user_timing') && e.ts >= ts).sort((a, b) => a.ts - b.ts)[0];
  const paintedMark = markAfter('cm:painted', click.ts);
  const renderedMark = markAfter('cm:rendered', click.ts);
  if (!paintedMark) return null;
  const list = spans(events, pid, tid);
  const offThreadDecode = events
    .filter((e) => e.pid === pid && e.tid !== tid && e.ph === 'X' && GROUP_OF.get(e.name) === 'image decode')
    .reduce((sum, e) => sum + Math.max(0, Math.min(e.ts + e.dur, paintedMark.ts) - Math.max(e.ts, click.ts)), 0) / 1000;
  return {
    flip: selfTimes(list, click.ts, paintedMark.ts),
    afterRender: renderedMark && renderedMark.ts <= paintedMark.ts ? selfTimes(list, renderedMark.ts, paintedMark.ts) : null,
    toScreen: onScreenMs > 0 ? selfTimes(list, click.ts, click.ts + onScreenMs * 1000) : null,
    offThreadDecode,
    events: events.length,
  };
}

/**
 * Summarises the trace of one cold load: the frame's renderer main thread (the one that set the first
 * `cm:painted` mark) between the phase boundaries `bounds` (ms from the frame's navigation start, e.g. the
 * ends of bootstrap, handshake, query, render; the first phase starts at 0), each phase by group as above.
 * `paintedAt` (the mark's time in the frame, ms) ties the frame's clock to the trace's. With `file` (a
 * script's file name), also the time spent on it by name: {main, background} ms of the events that name it
 * (compile on the main thread; streaming parse on a worker). Null when there is no mark.
 */
export function summariseLoad(events, { paintedAt, bounds, file }) {
  const mark = events.filter((e) => e.name === 'cm:painted' && e.cat?.includes('blink.user_timing')).sort((a, b) => a.ts - b.ts)[0];
  if (!mark) return null;
  const origin = mark.ts - paintedAt * 1000;
  const list = spans(events, mark.pid, mark.tid);
  let from = origin;
  const phases = bounds.map((b) => {
    const to = Math.max(from, origin + b * 1000);
    const phase = selfTimes(list, from, to);
    from = to;
    return phase;
  });
  let script = null;
  if (file) {
    // Outermost events only (a parse task contains its v8.parseOnBackground), so nothing counts twice.
    const named = events.filter((e) => e.ph === 'X' && e.dur !== undefined && JSON.stringify(e.args ?? {}).includes(file)).sort((a, b) => a.ts - b.ts);
    const outer = named.filter((e) => !named.some((o) => o !== e && o.tid === e.tid && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && (o.ts < e.ts || o.dur > e.dur)));
    const sum = (list) => list.reduce((t, e) => t + e.dur, 0) / 1000;
    script = { main: sum(outer.filter((e) => e.tid === mark.tid)), background: sum(outer.filter((e) => e.tid !== mark.tid)) };
  }
  return { phases, script };
}
