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

/** Complete events of one thread ({name, ts, end} in µs) from X events and B/E pairs. */
function spans(events, pid, tid) {
  const out = [];
  const open = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && e.dur !== undefined) out.push({ name: e.name, ts: e.ts, end: e.ts + e.dur });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const b = open.pop();
      if (b) out.push({ name: b.name, ts: b.ts, end: e.ts });
    }
  }
  return out.sort((a, b) => a.ts - b.ts || b.end - a.end);
}

/** Milliseconds per group on the thread within [from, to] (µs), plus idle. */
function selfTimes(list, from, to) {
  const totals = Object.fromEntries(GROUPS.map((g) => [g, 0]));
  const clip = (a, b) => Math.max(0, Math.min(b, to) - Math.max(a, from));
  const stack = [];
  // Walk in start order; an event's self time is its span minus its children's spans.
  const finish = (node) => {
    let cursor = node.ts;
    let self = 0;
    for (const child of node.children) {
      self += clip(cursor, child.ts);
      cursor = Math.max(cursor, child.end);
    }
    self += clip(cursor, node.end);
    totals[node.group] += self / 1000;
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
  return { ...totals, idle: Math.max(0, (to - from) / 1000 - busy), window: (to - from) / 1000 };
}

/**
 * Summarises the trace of one page flip: the click (`EventDispatch` of type click) to the first `cm:painted`
 * mark after it, on the thread that dispatched the click (the frame's renderer main thread); and the part after
 * the render (`cm:rendered` → `cm:painted`). Image decodes on the renderer's other threads are added up apart.
 */
export function summariseFlip(events) {
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
    offThreadDecode,
    events: events.length,
  };
}
