/**
 * Runs in the app's frame before any of its scripts (a context init script), in both pages the bench drives:
 * the bench build of Catalog Manager and the seed's-way page. Both set the same User Timing marks
 * (`cm:results`, `cm:rendered`, `cm:painted`, each with `{text, page, pageSize, rows}`: the query the rows
 * answer). Wrapping `performance.mark` lets the recorder note, at the very moment rows were rendered, what
 * the search box said and which page the bench had asked for: a render that answers anything else is stale.
 * Also noted: `cm:prefetch` marks (the app started a prefetch request), the app's first content (end of
 * bootstrap), when the app was first shown (not `hidden`: its language is in), clicks on buttons, keystrokes
 * and change events (the filter selects). With `rowTiming`: when rows were really on screen (`rowPaints`, below).
 */
export function recorder({ rowTiming = false } = {}) {
  if (window.top === window) return; // the dashboard host page
  const log = { renders: [], painted: [], prefetches: [], clicks: [], keys: [], changes: [], firstContent: null, shown: null, shownPainted: null, rowPaints: [] };
  // Every Stores call and thumbnail must stay measurable (the default buffer keeps 250 entries).
  performance.setResourceTimingBufferSize(100_000);
  window.__bench = log;
  /** The page the bench last asked for (set by the bench before a paging click), or null. */
  window.__benchIntent = null;

  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    const entry = mark(name, options);
    const detail = options?.detail;
    if (name === 'cm:rendered' && detail) {
      const input = document.querySelector('input[type=search]');
      log.renders.push({ at: entry.startTime, ...detail, input: input ? input.value : null, intendedPage: window.__benchIntent });
    } else if (name === 'cm:painted' && detail) {
      log.painted.push({ at: entry.startTime, ...detail });
    } else if (name === 'cm:prefetch') {
      // The app started a prefetch request (not an intent): {text, page, pageSize}.
      log.prefetches.push({ at: entry.startTime, ...(detail ?? {}) });
    }
    return entry;
  };

  addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (button) log.clicks.push({ at: performance.now(), label: button.getAttribute('aria-label') });
    },
    true,
  );
  addEventListener('keydown', () => log.keys.push(performance.now()), true);
  // A select's change event: where "filter change → rows painted" starts.
  addEventListener('change', (event) => log.changes.push({ at: performance.now(), id: event.target?.id ?? null, value: event.target?.value ?? null }), true);

  // The first element the app renders (Angular's first view, or the seed page's markup): bootstrap is over.
  const firstContent = new MutationObserver(() => {
    if (document.querySelector('cm-root > *, tbody')) {
      log.firstContent = performance.now();
      firstContent.disconnect();
    }
  });
  firstContent.observe(document, { childList: true, subtree: true });

  // The app stays `hidden` until the dashboard's language is in (no English flash): rows painted before that
  // are not seen. `shown`: the app has content and no `hidden`; `shownPainted`: the task after the next frame.
  const shown = new MutationObserver(() => {
    const root = document.querySelector('cm-root');
    if (!root || root.childElementCount === 0 || root.hasAttribute('hidden')) return;
    log.shown = performance.now();
    shown.disconnect();
    requestAnimationFrame(() => setTimeout(() => (log.shownPainted = performance.now())));
  });
  shown.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });

  if (!rowTiming) return;
  // Element Timing: the browser reports when a tagged element's text was first presented on screen (renderTime,
  // the frame's presentation), however late the page's own `cm:painted` task runs after that frame. The cells
  // of the first and the last row of each batch of inserted rows are tagged as they are inserted (a microtask,
  // before paint): only what is in view is painted, and after a click on "next" under 100 rows the first row is
  // scrolled out of view. Text counts on its nearest block, so every cell and span is tagged.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.identifier === 'cm-row') log.rowPaints.push({ at: e.renderTime || e.loadTime, text: e.element?.textContent?.trim().slice(0, 40) ?? null });
  }).observe({ type: 'element', buffered: true });
  new MutationObserver((records) => {
    const rows = records.flatMap((r) => [...r.addedNodes]).filter((n) => n instanceof HTMLTableRowElement && n.closest('tbody') && !n.classList.contains('skeleton'));
    for (const row of new Set([rows[0], rows.at(-1)])) for (const cell of row?.querySelectorAll('th, td, span, time, s') ?? []) cell.setAttribute('elementtiming', 'cm-row');
  }).observe(document, { childList: true, subtree: true });
}

/** Whether a render answered a query other than the one on screen (text in the box, page asked for). */
export function isStale(render) {
  const typed = (render.input ?? '').trim().toLowerCase();
  if (render.text.toLowerCase() !== typed) return true;
  return render.intendedPage !== null && render.page !== render.intendedPage;
}
