import assert from 'node:assert/strict';
import { until } from './wait.mjs';

/**
 * The bulk actions as a person finds them in the app frame (by role and name), the dashboard's toasts in the
 * host page, and the emulator's write log: what the bulk journeys (33–35) share.
 */
export class BulkPage {
  constructor(s) {
    this.s = s;
    const app = s.app;
    this.toolbar = app.getByRole('toolbar', { name: 'Bulk actions' });
    this.scope = this.toolbar.locator('.scope');
    // The page's selection live region (there before the lazy toolbar, so the first count is spoken too).
    this.announced = app.locator('.selection-status[role=status] > .count');
    this.dialog = app.getByRole('alertdialog', { name: 'Confirm bulk change' });
    this.results = app.getByRole('region', { name: 'Bulk change results' });
    this.denied = app.locator('#cm-writes-denied');
  }

  /** A button of the bulk toolbar, by name. */
  action(name) {
    return this.toolbar.getByRole('button', { name, exact: true });
  }

  /** The checkbox of a product row ("Select <name>") or of the page ("Select all products on this page"). */
  checkbox(label) {
    return this.s.app.getByRole('checkbox', { name: label, exact: true });
  }

  /** Waits until the toolbar says `text` (what is selected) and the page's live region announces it. */
  async scoped(text) {
    const said = async (where) => (await where.textContent({ timeout: 1_000 }).catch(() => ''))?.trim() === text;
    await until(`the bulk toolbar to say and announce "${text}"`, async () => (await said(this.scope)) && (await said(this.announced)));
  }

  /** Clicks an action, checks the confirm dialog names it, the scope and the count, and answers `Apply`/`Cancel`. */
  async confirm(action, scope, { answer = 'Apply', state } = {}) {
    await this.action(action).click();
    await until('the confirm dialog', async () => this.dialog.isVisible());
    const text = (await this.dialog.textContent()).replace(/\s+/g, ' ');
    assert.ok(text.includes(`${action}: ${scope}.`), `the dialog states the action, the scope and the count: ${text}`);
    assert.equal(await this.focusedInDialog(), 'Cancel', 'Cancel has the focus: a stray Enter changes nothing');
    if (state) await this.s.state(state);
    await this.dialog.getByRole('button', { name: answer, exact: true }).click();
    await until('the dialog to close', async () => !(await this.dialog.isVisible()));
  }

  /** The name of the button that has the keyboard focus inside the open dialog (null: the focus is elsewhere). */
  async focusedInDialog() {
    return this.dialog.evaluate((d) => (d.contains(d.ownerDocument.activeElement) ? d.ownerDocument.activeElement.textContent.trim() : null));
  }

  /** Waits until the run's results say `text` ("Done: 3 changed, 0 not changed."). */
  async finished(text, options) {
    await until(`the results to say "${text}"`, async () => (await this.results.getByRole('status').textContent().catch(() => ''))?.trim() === text, options);
  }

  /** The toasts the app asked the dashboard for, in order (the host page's toast log): `{text, type, action}`. */
  async toasts() {
    return this.s.page.locator('#toast-log li').evaluateAll((items) =>
      items.map((li) => ({ text: li.textContent, type: li.dataset.type, action: li.dataset.action ?? null })),
    );
  }

  /** Waits until the dashboard shows a toast with `text` (on screen, not only in the log) and returns it. */
  async toast(text) {
    const toast = this.s.page.locator('.toast').filter({ hasText: text });
    await until(`the dashboard toast "${text}"`, async () => (await toast.count()) > 0);
    return toast.first();
  }
}

/** The writes the emulator applied since `mark` (a count of its write log): `[{productId, field, before, after}]`. */
export async function writesSince(emulator, mark) {
  return (await emulator.stats()).writes.slice(mark);
}

/** The emulator's write log's length now, to read only later writes with `writesSince`. */
export async function writeMark(emulator) {
  return (await emulator.stats()).writes.length;
}

/**
 * Asserts each product's `field` was changed exactly once (nothing applied twice) and only the chosen products
 * were; returns the change of each by id, and how many writes changed nothing. A write that changes nothing
 * (before = after) is the browser resending an absolute value whose first answer was lost: Chromium resends a
 * request when a reused connection drops before any answer (it cannot know the server applied it), which is
 * why the app sends absolute values computed once.
 */
export function changedOnce(writes, field, ids, what) {
  const mine = writes.filter((w) => w.field === field);
  const changes = mine.filter((w) => JSON.stringify(w.before) !== JSON.stringify(w.after));
  const byId = new Map();
  for (const w of changes) {
    assert.ok(!byId.has(w.productId), `${what}: ${w.productId} changed twice (${JSON.stringify(mine.filter((x) => x.productId === w.productId))})`);
    byId.set(w.productId, w);
  }
  assert.deepEqual([...byId.keys()].sort(), [...ids].sort(), `${what}: exactly the chosen products were changed`);
  const repeats = mine.filter((w) => !changes.includes(w));
  for (const w of repeats) assert.equal(JSON.stringify(w.after), JSON.stringify(byId.get(w.productId)?.after), `${what}: a repeated write of ${w.productId} sends the same value`);
  return { changes: byId, repeats: repeats.length };
}
