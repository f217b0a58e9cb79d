import { until } from './wait.mjs';

/** Words as the page writes them in English (src/app/i18n/messages.en.json, columns/column-labels.ts). */
export const TYPE_WORDS = { physical: 'Physical', digital: 'Digital' };
export const MISSING = '—';
const dates = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });
/** A date as the page shows it in English ("Mar 5, 2026"), in this machine's time zone like the browser's. */
export const dateText = (ms) => dates.format(new Date(ms));
/** The amounts in a cell as a person reads them ("$4.99 – $6.00" → [4.99, 6]). */
export const amounts = (text) => [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));

/**
 * The results table and the column chooser as a person finds them (by role and accessible name), in the app frame.
 * `s` is the journey's Session.
 */
export class ColumnsPage {
  constructor(s) {
    this.s = s;
    this.opener = s.app.getByRole('button', { name: 'Columns', exact: true });
    this.dialog = s.app.getByRole('dialog', { name: 'Columns' });
  }

  /** The column headers in order, as read (the image column's visually hidden name too). */
  async headers() {
    return (await this.s.app.locator('cm-product-table thead th').allTextContents()).map((t) => t.trim());
  }

  /** Waits until the headers are exactly these. */
  async expectHeaders(label, expected) {
    await until(`${label}: headers ${JSON.stringify(expected)}`, async () => JSON.stringify(await this.headers()) === JSON.stringify(expected));
  }

  /** Every row as `{header: cell text}` (whitespace folded). */
  async rows() {
    const frame = await this.s.appFrame();
    return frame.evaluate(() => {
      const names = [...document.querySelectorAll('cm-product-table thead th')].map((th) => th.textContent.trim());
      return [...document.querySelectorAll('cm-product-table tbody tr:not(.skeleton)')].map((tr) =>
        Object.fromEntries([...tr.children].map((cell, i) => [names[i], cell.textContent.replace(/\s+/g, ' ').trim()])),
      );
    });
  }

  checkbox(name) {
    return this.dialog.getByRole('checkbox', { name, exact: true });
  }

  button(name) {
    return this.dialog.getByRole('button', { name, exact: true });
  }

  /** The text that describes why a column's checkbox is disabled ('' when none). */
  async reason(name) {
    const id = await this.checkbox(name).getAttribute('aria-describedby');
    return id ? (await this.dialog.locator(`[id="${id}"]`).textContent()).trim() : '';
  }

  async open() {
    await this.opener.click();
    await this.dialog.waitFor();
  }
}
