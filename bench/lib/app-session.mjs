import { until } from '../../e2e/lib/wait.mjs';
import { recorder } from './recorder.mjs';

const WAIT_MS = 30_000;

/**
 * In the dashboard host page only: adds `params` to the app frame's URL as the host sets it, so the app's
 * first load already reads them (the host page does not pass its own query string on). No extra request.
 */
function frameParamsScript(params) {
  if (window.top !== window) return;
  const descriptor = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'src');
  Object.defineProperty(HTMLIFrameElement.prototype, 'src', {
    ...descriptor,
    set(value) {
      const url = new URL(value, location.href);
      if (this.id === 'app') for (const [key, v] of Object.entries(params)) url.searchParams.set(key, v);
      descriptor.set.call(this, url.href);
    },
  });
}

/**
 * One page under test in a fresh browser context (cold HTTP cache, no storage): the emulator's dashboard host
 * page framing the app, the seed's-way page or the floor page, with the recorder installed in the frame before
 * any of its scripts. Same viewport as the browser journeys. `frameParams` ({size: 100}, …) are added to the
 * frame's own URL (the app reads its query from there); `beforeGoto(page, session)` runs before the host page is
 * requested; `rowTiming` has the recorder note when rows were on screen (Element Timing, `rowPaints`).
 * Returns {context, page, frame, name, pageErrors}.
 */
export async function openPage(browser, emulator, name, search = '', { frameParams, beforeGoto, rowTiming = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  await context.addInitScript(recorder, { rowTiming });
  if (frameParams) await context.addInitScript(frameParamsScript, frameParams);
  const page = await context.newPage();
  const session = { context, page, name, pageErrors: [] };
  page.on('pageerror', (error) => session.pageErrors.push(error.message));
  page.on('dialog', (dialog) => dialog.dismiss().catch(() => {}));
  // E.g. start a CDP trace, so that it covers the whole load.
  if (beforeGoto) await beforeGoto(page, session);
  await page.goto(`${emulator.url}/${search}`);
  session.frame = await until('the app frame to load', async () => {
    const frame = await (await page.$(emulator.appFrameSelector))?.contentFrame();
    return frame && frame.url().startsWith(emulator.appUrl) ? frame : null;
  }, { timeout: WAIT_MS });
  return session;
}

/** The recorder's log in the frame: {renders, painted, clicks, keys, firstContent}. */
export function log(session) {
  return session.frame.evaluate(() => window.__bench);
}

/** How many renders and paints the frame recorded so far (to wait for the next one). */
export function counts(session) {
  return session.frame.evaluate(() => ({ renders: window.__bench.renders.length, painted: window.__bench.painted.length }));
}

/**
 * Waits until rows answering `match` ({text?, page?, pageSize?}; text case-insensitive) were painted after
 * paint number `since`, with at least one row; returns that paint entry {at, text, page, pageSize, rows}.
 */
export async function painted(session, match = {}, since = 0) {
  const handle = await session.frame.waitForFunction(
    ({ match, since }) =>
      window.__bench.painted.slice(since).find(
        (p) =>
          p.rows > 0 &&
          (match.text === undefined || p.text.toLowerCase() === match.text.trim().toLowerCase()) &&
          (match.page === undefined || p.page === match.page) &&
          (match.pageSize === undefined || p.pageSize === match.pageSize),
      ) ?? null,
    { match, since },
    { timeout: WAIT_MS, polling: 'raf' },
  );
  return handle.jsonValue();
}

/** Sets the page the bench is about to ask for, so a render of any other page counts as stale. */
export function intend(session, page) {
  return session.frame.evaluate((p) => (window.__benchIntent = p), page);
}

/** The paging buttons both pages label the same way. */
export function pagingButton(session, label) {
  return session.frame.locator(`button[aria-label="${label}"]`);
}

/** The search box of either page. */
export function searchBox(session) {
  return session.frame.locator('input[type=search]');
}

/** Closes the context; the page's errors, if any, fail the bench (a broken page measures nothing). */
export async function close(session) {
  await session.context.close().catch(() => {});
  if (session.pageErrors.length > 0) throw new Error(`${session.name}: page errors: ${session.pageErrors.join(' | ')}`);
}
