import { ComponentHarness, TestKey } from '@angular/cdk/testing';

/** One column as the chooser lists it: its name, whether it is shown, whether it can be switched, and why not. */
export interface ChooserColumn {
  readonly name: string;
  readonly shown: boolean;
  readonly disabled: boolean;
  readonly reason: string;
}

/**
 * The column chooser as a person uses it: the "Columns" button, then the dialog's checkboxes by their label and
 * its buttons by their accessible name ("Move Brand up"), never by the markup.
 */
export class ColumnChooserHarness extends ComponentHarness {
  static hostSelector = 'cm-column-chooser';

  private readonly opener = this.locatorFor('button.opener');
  private readonly dialog = this.locatorFor('dialog');
  private readonly rows = this.locatorForAll('dialog li');
  private readonly status = this.locatorFor('dialog [role=status]');

  /** Opens the dialog with the "Columns" button. */
  async open(): Promise<void> {
    const button = await this.opener();
    if ((await button.text()).trim() === '') throw new Error('no Columns button');
    await button.click();
  }

  async isOpen(): Promise<boolean> {
    return (await this.dialog()).getProperty<boolean>('open');
  }

  /** The dialog's accessible name (its heading). */
  async title(): Promise<string> {
    const id = await (await this.dialog()).getAttribute('aria-labelledby');
    return (await (await this.locatorFor(`#${id}`)()).text()).trim();
  }

  /** Every column in the dialog's order, Name first. */
  async columns(): Promise<ChooserColumn[]> {
    const rows = await this.rows();
    return Promise.all(
      rows.map(async (_, i) => {
        const box = await this.locatorFor(`dialog li:nth-of-type(${i + 1}) input[type=checkbox]`)();
        const label = await this.locatorFor(`dialog li:nth-of-type(${i + 1}) label`)();
        const describedBy = await box.getAttribute('aria-describedby');
        const reason = describedBy ? (await (await this.locatorFor(`[id="${describedBy}"]`)()).text()).trim() : '';
        return { name: (await label.text()).trim(), shown: await box.getProperty<boolean>('checked'), disabled: await box.getProperty<boolean>('disabled'), reason };
      }),
    );
  }

  /** Names of the columns checked, in the dialog's order. */
  async shown(): Promise<string[]> {
    return (await this.columns()).filter((c) => c.shown).map((c) => c.name);
  }

  /** Clicks the checkbox of the column with this name. */
  async toggle(name: string): Promise<void> {
    await (await this.checkbox(name)).click();
  }

  /** Presses one of the dialog's buttons by its accessible name ("Move Brand up", "Reset to default", "Done"). */
  async press(name: string): Promise<void> {
    await (await this.button(name)).click();
  }

  /** Whether the button with this accessible name has the keyboard focus. */
  async isFocused(name: string): Promise<boolean> {
    return (await this.button(name)).isFocused();
  }

  /** The name of what has the focus inside the chooser: a button's accessible name or a checkbox's label; '' if nothing. */
  async focused(): Promise<string> {
    for (const button of await this.locatorForAll('button')()) {
      if (await button.isFocused()) return (await button.getAttribute('aria-label')) ?? (await button.text()).trim();
    }
    for (const [i] of (await this.rows()).entries()) {
      if (await (await this.locatorFor(`dialog li:nth-of-type(${i + 1}) input`)()).isFocused()) return (await (await this.locatorFor(`dialog li:nth-of-type(${i + 1}) label`)()).text()).trim();
    }
    return '';
  }

  /** Presses a key on what has the focus (Escape closes the dialog). */
  async pressKey(key: TestKey): Promise<void> {
    await (await this.dialog()).sendKeys(key);
  }

  /** What the dialog last announced (a move). */
  async announcement(): Promise<string> {
    return (await (await this.status()).text()).trim();
  }

  private async checkbox(name: string) {
    const rows = await this.rows();
    for (const [i] of rows.entries()) {
      const label = await this.locatorFor(`dialog li:nth-of-type(${i + 1}) label`)();
      if ((await label.text()).trim() === name) return this.locatorFor(`dialog li:nth-of-type(${i + 1}) input`)();
    }
    throw new Error(`no column "${name}" in the chooser`);
  }

  private async button(name: string) {
    for (const button of await this.locatorForAll('button')()) {
      if ((await button.getAttribute('aria-label')) === name || (await button.text()).trim() === name) return button;
    }
    throw new Error(`no button "${name}" in the chooser`);
  }
}
