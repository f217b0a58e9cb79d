import { ComponentHarness } from '@angular/cdk/testing';

/** The filter row as a person finds it: controls by label, chips by text, reasons by what is read out. */
export class FilterBarHarness extends ComponentHarness {
  static hostSelector = 'cm-filter-bar';

  private readonly chipTexts = this.locatorForAll('.chips .chip > span');

  /** The text of every active-filter chip, in order. */
  async chips(): Promise<string[]> {
    return Promise.all((await this.chipTexts()).map((c) => c.text()));
  }

  /** Whether the select labelled `label` is disabled, and the text that describes why. */
  async control(label: string): Promise<{ disabled: boolean; reason: string }> {
    const select = await this.selectFor(label);
    const describedBy = await select.getAttribute('aria-describedby');
    const reason = describedBy ? await (await this.locatorFor(`#${describedBy}`)()).text() : '';
    return { disabled: await select.getProperty<boolean>('disabled'), reason };
  }

  /** Whether the option with this value of the select labelled `label` is disabled. */
  async optionDisabled(label: string, value: string): Promise<boolean> {
    const id = await (await this.labelFor(label)).getAttribute('for');
    const option = await this.locatorFor(`#${id} option[value="${value}"]`)();
    return option.getProperty<boolean>('disabled');
  }

  /** Whether the "More filters" panel is expanded (its button's aria-expanded). */
  async panelExpanded(): Promise<boolean> {
    return (await (await this.locatorFor('button.more')()).getAttribute('aria-expanded')) === 'true';
  }

  private async selectFor(label: string) {
    const id = await (await this.labelFor(label)).getAttribute('for');
    return this.locatorFor(`#${id}`)();
  }

  private async labelFor(label: string) {
    for (const l of await this.locatorForAll('label')()) if ((await l.text()).trim() === label) return l;
    throw new Error(`no control labelled "${label}"`);
  }
}
