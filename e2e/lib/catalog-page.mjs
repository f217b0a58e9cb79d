import assert from 'node:assert/strict';
import { until } from './wait.mjs';

/** "1–25 of 5,000", as the paginator's live region says it. */
export function rangeText(first, last, total) {
  const f = (n) => n.toLocaleString('en-US');
  return total === 0 ? '0 of 0' : `${f(first)}–${f(last)} of ${f(total)}`;
}

/**
 * What a person sees and uses on the Catalog Manager page, found by role, label and text (in the app frame).
 * `app` is a FrameLocator (framed by the dashboard) or a Page (opened directly).
 */
export class CatalogPage {
  constructor(app) {
    this.app = app;
    this.search = app.getByRole('searchbox', { name: 'Search products' });
    this.clearSearch = app.getByRole('button', { name: 'Clear search' });
    this.sort = app.getByRole('combobox', { name: 'Sort by' });
    this.pageSize = app.getByRole('combobox', { name: 'Products per page' });
    this.table = app.getByRole('table', { name: 'Products' });
    this.names = app.locator('cm-product-table tbody th[scope=row]');
    this.rows = app.locator('cm-product-table tbody tr:not(.skeleton)');
    this.range = app.locator('cm-paginator [role=status]');
    this.alert = app.getByRole('alert');
    // A notice that is its own live region (retrying) or one in the selection's region (the selection was cleared).
    this.notice = app.locator('p.notice[role=status], [role=status] > p.notice');
  }

  button(name) {
    return this.app.getByRole('button', { name, exact: true });
  }

  get firstPage() {
    return this.button('First page');
  }
  get previousPage() {
    return this.button('Previous page');
  }
  get nextPage() {
    return this.button('Next page');
  }
  get lastPage() {
    return this.button('Last page');
  }

  /** Waits until results are on screen, not stale, with this range label; returns the row names. */
  async resultsWithRange(expected, options) {
    await until(
      `the range "${expected}" with settled results`,
      async () => {
        const alerts = await this.alert.allInnerTexts();
        if (alerts.length > 0) throw new Error(`an error is shown: ${alerts.join(' | ')}`);
        const range = (await this.range.count()) === 1 ? (await this.range.textContent()).trim() : null;
        const busy = await this.table.getAttribute('aria-busy', { timeout: 1_000 }).catch(() => null);
        return range === expected && busy === 'false';
      },
      options,
    );
    return this.rowNames();
  }

  /**
   * Waits until the page shows `expected` (a CatalogOracle page: its range label and its rows, by name), settled
   * and without an error. On Catalog V3 many pages say "Page 1", so the rows tell them apart.
   */
  async showing(expected, options) {
    let seen;
    await until(
      `the range "${expected.range}" with ${expected.names.length} rows from "${expected.names[0] ?? ''}"`,
      async () => {
        const alerts = await this.alert.allInnerTexts();
        if (alerts.length > 0) throw new Error(`an error is shown: ${alerts.join(' | ')}`);
        const range = (await this.range.count()) === 1 ? (await this.range.textContent()).trim() : null;
        const busy = await this.table.getAttribute('aria-busy', { timeout: 1_000 }).catch(() => null);
        if (range !== expected.range || busy !== 'false') return false;
        seen = await this.rowNames();
        return JSON.stringify(seen) === JSON.stringify(expected.names.map((n) => n.trim()));
      },
      options,
    ).catch((error) => {
      if (seen) error.message += `\n  rows shown: ${JSON.stringify(seen.slice(0, 5))}…\n  expected:   ${JSON.stringify(expected.names.slice(0, 5))}…`;
      throw error;
    });
    return seen;
  }

  /** Waits for settled results with any range; returns {range, names}. */
  async settled(options) {
    await until(
      'settled results',
      async () => (await this.table.getAttribute('aria-busy', { timeout: 1_000 })) === 'false' && (await this.range.count()) === 1,
      options,
    );
    return { range: (await this.range.textContent()).trim(), names: await this.rowNames() };
  }

  async rowNames() {
    return (await this.names.allInnerTexts()).map((n) => n.trim());
  }

  /** The cells of every row, by column header. */
  async rowCells() {
    return this.rows.evaluateAll((rows) =>
      rows.map((row) => {
        // The selection checkbox's cell is not a product column.
        const cells = [...row.children].filter((cell) => !cell.classList.contains('select'));
        return {
          thumbnail: cells[0].querySelector('img')?.getAttribute('src') ?? null,
          name: cells[1].textContent.trim(),
          sku: cells[2].textContent.trim(),
          price: cells[3].textContent.trim(),
          stock: cells[4].textContent.trim(),
          visibility: cells[5].textContent.trim(),
          updated: cells[6].textContent.trim(),
        };
      }),
    );
  }

  /** Waits for an error state with this title; returns its whole text. */
  async errorState(title, options) {
    await until(`the message "${title}"`, async () => {
      const alerts = await this.alert.allInnerTexts();
      return alerts.some((text) => text.includes(title));
    }, options);
    return (await this.alert.allInnerTexts()).join('\n');
  }

  /** The search box's current text. */
  async searchText() {
    return this.search.inputValue();
  }

  async selectedPageSize() {
    return Number(await this.pageSize.inputValue());
  }

  async assertNoError() {
    assert.equal(await this.alert.count(), 0, `unexpected error state: ${(await this.alert.allInnerTexts()).join(' | ')}`);
  }
}
