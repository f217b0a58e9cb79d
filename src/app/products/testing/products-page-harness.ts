import { ComponentHarness, TestElement, TestKey } from '@angular/cdk/testing';

/** The error view as a person reads it: its message and the actions it offers. */
export interface ShownError {
  readonly text: string;
  readonly actions: readonly string[];
}

/**
 * The catalog page as a person uses it: the search box, the results table, the paginator and the state views,
 * found by role, label and accessible name rather than by the page's markup. Specs talk to this, never to
 * selectors, so a change of markup that keeps what a person sees keeps the specs.
 */
export class ProductsPageHarness extends ComponentHarness {
  static hostSelector = 'cm-products-page';

  /** The search box while it shows (the bulk toolbar hides it while rows are selected). */
  private readonly searchInput = this.locatorForOptional('.toolbar:not([hidden]) input[type=search]');
  private readonly rows = this.locatorForAll('tbody tr:not(.skeleton)');
  private readonly rowHeaders = this.locatorForAll('tbody tr:not(.skeleton) th[scope=row]');
  private readonly skeletons = this.locatorForAll('tbody tr.skeleton');
  private readonly rangeStatus = this.locatorForOptional('[role=group] [role=status]');
  private readonly alertRegion = this.locatorForOptional('[role=alert]');
  private readonly buttons = this.locatorForAll('button');
  private readonly labels = this.locatorForAll('label');
  private readonly table = this.locatorForOptional('[role=region]');
  /** The product columns' headers (the selection checkbox's header is not a product column). */
  private readonly columnHeaderCells = this.locatorForAll('thead th:not(.select)');

  /** Everything the page says, whitespace folded. */
  async text(): Promise<string> {
    return (await (await this.host()).text()).replace(/\s+/g, ' ').trim();
  }

  /** The product names of the rows shown (row headers), in order. */
  async rowNames(): Promise<string[]> {
    return Promise.all((await this.rowHeaders()).map((th) => th.text()));
  }

  /** Opens a product's details: clicks its name (a button in the row's header cell). */
  async openProduct(name: string): Promise<void> {
    for (const button of await this.locatorForAll('tbody th[scope=row] button')()) {
      if ((await button.text()).trim() === name) return button.click();
    }
    throw new Error(`no product named "${name}" on the page`);
  }

  /** The name of the product whose name button has the focus, or null. */
  async focusedProduct(): Promise<string | null> {
    for (const button of await this.locatorForAll('tbody th[scope=row] button')()) {
      if (await button.isFocused()) return (await button.text()).trim();
    }
    return null;
  }

  /** The cells of every row shown, as text. */
  async rowCells(): Promise<string[][]> {
    const rows = await this.rows();
    return Promise.all(
      rows.map(async (_, i) => {
        const cells = await this.locatorForAll(`tbody tr:not(.skeleton):nth-of-type(${i + 1}) td:not(.select)`)();
        return Promise.all(cells.map((cell) => cell.text()));
      }),
    );
  }

  /** The table's column headers as read: name, `aria-sort` (null when unsorted), and whether a button sorts by it. */
  async columnHeaders(): Promise<{ name: string; sort: string | null; sortable: boolean }[]> {
    const cells = await this.columnHeaderCells();
    return Promise.all(
      cells.map(async (cell) => ({
        name: (await cell.text()).trim(),
        sort: await cell.getAttribute('aria-sort'),
        sortable: await cell.matchesSelector(':has(> button)'),
      })),
    );
  }

  /** Placeholder rows shown while the first page loads. */
  async skeletonRowCount(): Promise<number> {
    return (await this.skeletons()).length;
  }

  /** The paginator's range ("1–25 of 60", "Page 2"); '' when there is no paginator. */
  async range(): Promise<string> {
    return (await (await this.rangeStatus())?.text()) ?? '';
  }

  /** Whether the results are shown as older than the query (loading, or a failed refresh). */
  async isStale(): Promise<boolean> {
    return (await (await this.table())?.hasClass('stale')) ?? false;
  }

  /** Whether the table tells assistive technology that newer rows are coming. */
  async isBusy(): Promise<boolean> {
    return (await (await this.locatorForOptional('table')())?.getAttribute('aria-busy')) === 'true';
  }

  /** The error on screen (role=alert), or null. */
  async error(): Promise<ShownError | null> {
    const alert = await this.alertRegion();
    if (!alert) return null;
    const primary = await this.locatorForAll('[role=alert] button.primary')();
    return { text: (await alert.text()).replace(/\s+/g, ' '), actions: await Promise.all(primary.map((b) => b.text())) };
  }

  /** Whether a button with this accessible name is on the page. */
  async hasButton(name: string): Promise<boolean> {
    return (await this.findButton(name)) !== null;
  }

  /** Clicks the button with this accessible name. */
  async click(name: string): Promise<void> {
    await (await this.button(name)).click();
  }

  /** Whether the button is marked unavailable (aria-disabled: it keeps the focus but does nothing). */
  async isButtonDisabled(name: string): Promise<boolean> {
    return (await (await this.button(name)).getAttribute('aria-disabled')) === 'true';
  }

  /** Moves the keyboard focus to the button with this accessible name. */
  async focusButton(name: string): Promise<void> {
    await (await this.button(name)).focus();
  }

  async isButtonFocused(name: string): Promise<boolean> {
    return (await this.button(name)).isFocused();
  }

  /** Accessible names of the results region and of the paging group ('' when absent). */
  async regionNames(): Promise<{ results: string; pagination: string }> {
    const group = await this.locatorForOptional('[role=group]')();
    return {
      results: (await (await this.table())?.getAttribute('aria-label')) ?? '',
      pagination: (await group?.getAttribute('aria-label')) ?? '',
    };
  }

  /** The search field's text, or null when the page offers no search. */
  async searchText(): Promise<string | null> {
    const input = await this.searchInput();
    return input ? input.getProperty<string>('value') : null;
  }

  /** The search field's label and the hint under it (what the search box does on this catalog). */
  async searchDescription(): Promise<{ label: string; hint: string }> {
    const hint = await this.locatorForOptional('#cm-search-hint')();
    return { label: await this.labelText('cm-search'), hint: (await hint?.text()) ?? '' };
  }

  /** Types (or pastes) text into the search field, replacing what was there. */
  async typeSearch(text: string): Promise<void> {
    const input = await this.searchInput();
    if (!input) throw new Error('the page offers no search');
    await input.setInputValue(text);
    await input.dispatchEvent('input');
  }

  /** The value chosen in the select labelled `label`. */
  async selectValue(label: string): Promise<string> {
    return (await this.select(label)).getProperty<string>('value');
  }

  /** Chooses the option with this value in the select labelled `label`. */
  async choose(label: string, value: string): Promise<void> {
    const id = await this.idFor(label);
    const options = await this.locatorForAll(`#${id} option`)();
    const values = await Promise.all(options.map((o) => o.getProperty<string>('value')));
    const index = values.indexOf(value);
    if (index < 0) throw new Error(`"${label}" has no option ${value} (it has ${values.join(', ')})`);
    await (await this.select(label)).selectOptions(index);
  }

  /** Clicks the checkbox labelled "Select <name>" (or the header's "Select all products on this page"). */
  async toggleCheckbox(label: string): Promise<void> {
    await (await this.checkbox(label)).click();
  }

  /** Focuses the checkbox labelled `label` and presses `key` there. */
  async pressOnCheckbox(label: string, key: TestKey): Promise<void> {
    const box = await this.checkbox(label);
    await box.focus();
    await box.sendKeys(key);
  }

  /** The label of the table's checkbox that has the keyboard focus, or null. */
  async focusedCheckbox(): Promise<string | null> {
    for (const box of await this.locatorForAll('cm-product-table input[type=checkbox]')()) {
      if (await box.isFocused()) return box.getAttribute('aria-label');
    }
    return null;
  }

  /** The labels of the table's checkboxes Tab reaches (those not taken out of the Tab order). */
  async checkboxTabStops(): Promise<string[]> {
    const stops: string[] = [];
    for (const box of await this.locatorForAll('cm-product-table input[type=checkbox]')()) {
      if ((await box.getAttribute('tabindex')) !== '-1') stops.push((await box.getAttribute('aria-label')) ?? '');
    }
    return stops;
  }

  /** Whether the checkbox with this label is checked. */
  async isChecked(label: string): Promise<boolean> {
    return (await this.checkbox(label)).getProperty<boolean>('checked');
  }

  /** The bulk toolbar's text (what is selected and its actions), or null while the search toolbar shows. */
  async bulkToolbar(): Promise<string | null> {
    // The bulk toolbar stays mounted after its first use, hidden while nothing is selected.
    const bar = await this.locatorForOptional(':not([hidden]) > [role=toolbar]')();
    return bar ? (await bar.text()).replace(/\s+/g, ' ').trim() : null;
  }

  /** The open confirm dialog's text (title, action, scope and count), or null while none is open. */
  async dialogText(): Promise<string | null> {
    const dialog = await this.locatorForOptional('dialog[open]')();
    return dialog ? (await dialog.text()).replace(/\s+/g, ' ').trim() : null;
  }

  /** The name of the button in the open dialog that has the keyboard focus, or null. */
  async dialogFocus(): Promise<string | null> {
    for (const b of await this.locatorForAll('dialog[open] button')()) if (await b.isFocused()) return (await b.text()).trim();
    return null;
  }

  /** What the page's selection live region says (the count, or that the selection was cleared), whitespace folded. */
  async selectionAnnouncement(): Promise<string> {
    return ((await (await this.locatorFor('.selection-status[role=status]')()).text()) ?? '').replace(/\s+/g, ' ').trim();
  }

  /** Chooses how the price form changes prices ("How": set, percent or amount). */
  async choosePriceMode(mode: 'set' | 'percent' | 'amount'): Promise<void> {
    const select = await this.locatorFor('form.price select')();
    const options = await this.locatorForAll('form.price > label:first-child option')();
    const values = await Promise.all(options.map((o) => o.getProperty<string>('value')));
    await select.selectOptions(values.indexOf(mode));
  }

  /** The price preview's caption, or null while there is no preview. */
  async previewCaption(): Promise<string | null> {
    const caption = await this.locatorForOptional('.preview caption')();
    return caption ? (await caption.text()).trim() : null;
  }

  /** The bulk run's region (progress, outcome, failures per product), or null before a run. */
  async bulkResults(): Promise<string | null> {
    const region = await this.locatorForOptional('#cm-bulk-results')();
    return region ? (await region.text()).replace(/\s+/g, ' ').trim() : null;
  }

  /** Types the price form's amount (its one text field: new price, percent or amount by the chosen mode). */
  async typePriceValue(value: string): Promise<void> {
    const input = await this.locatorFor('form input[inputmode=decimal]')();
    await input.setInputValue(value);
    await input.dispatchEvent('input');
  }

  /** The price preview's rows: "name: before → after". */
  async pricePreview(): Promise<string[]> {
    const rows = await this.locatorForAll('.preview tr')();
    return Promise.all(rows.map(async (r) => (await r.text()).replace(/\s+/g, ' ').trim()));
  }

  private async checkbox(label: string): Promise<TestElement> {
    for (const box of await this.locatorForAll('input[type=checkbox]')()) {
      if ((await box.getAttribute('aria-label')) === label) return box;
    }
    throw new Error(`no checkbox labelled "${label}"`);
  }

  private async button(name: string): Promise<TestElement> {
    const found = await this.findButton(name);
    if (!found) throw new Error(`no button named "${name}"`);
    return found;
  }

  /** A shown button by accessible name: its aria-label, else its text (a hidden toolbar's buttons do not count). */
  private async findButton(name: string): Promise<TestElement | null> {
    for (const button of await this.buttons()) {
      if (await button.matchesSelector('[hidden] button')) continue;
      const accessible = (await button.getAttribute('aria-label')) ?? (await button.text());
      if (accessible.trim() === name) return button;
    }
    return null;
  }

  private async select(label: string): Promise<TestElement> {
    return this.locatorFor(`#${await this.idFor(label)}`)();
  }

  private async idFor(label: string): Promise<string> {
    for (const element of await this.labels()) {
      if ((await element.text()).trim() === label) {
        const id = await element.getAttribute('for');
        if (id) return id;
      }
    }
    throw new Error(`no control labelled "${label}"`);
  }

  private async labelText(id: string): Promise<string> {
    const label = await this.locatorForOptional(`label[for="${id}"]`)();
    return (await label?.text()) ?? '';
  }
}
