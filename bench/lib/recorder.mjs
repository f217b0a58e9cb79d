/**
 * Runs in the app's frame before any of its scripts (a context init script), in both pages the bench drives:
 * the bench build of Catalog Manager and the seed's-way page. Both set the same User Timing marks
 * (`cm:results`, `cm:rendered`, `cm:painted`, each with `{text, page, pageSize, rows}`: the query the rows
 * answer). Wrapping `performance.mark` lets the recorder note, at the very moment rows were rendered, what
 * the search box said and which page the bench had asked for: a render that answers anything else is stale.
 * Also noted: `cm:prefetch` marks (the app started a prefetch request), the app's first content (end of
 * bootstrap), clicks on buttons, keystrokes and change events (the filter selects).
 */
export function recorder() {
  if (window.top === window) return; // the dashboard host page
  const log = { renders: [], painted: [], prefetches: [], clicks: [], keys: [], changes: [], firstContent: null };
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
}

/** Whether a render answered a query other than the one on screen (text in the box, page asked for). */
export function isStale(render) {
  const typed = (render.input ?? '').trim().toLowerCase();
  if (render.text.toLowerCase() !== typed) return true;
  return render.intendedPage !== null && render.page !== render.intendedPage;
}
