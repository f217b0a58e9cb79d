import { ComponentHarness, type TestElement, TestKey } from '@angular/cdk/testing';

/** The bulk toolbar's "More" and its membership form as a person finds them: buttons by name, options by label. */
export class BulkToolbarHarness extends ComponentHarness {
  static hostSelector = 'cm-bulk-toolbar';

  /** The "More" button: whether it says its actions are shown (aria-expanded). */
  async moreExpanded(): Promise<boolean> {
    return (await (await this.more()).getAttribute('aria-expanded')) === 'true';
  }

  /** Clicks "More". */
  async toggleMore(): Promise<void> {
    await (await this.more()).click();
  }

  /** The names of the actions "More" shows, with whether each is unavailable (aria-disabled). */
  async moreActions(): Promise<{ name: string; disabled: boolean; describedBy: string | null }[]> {
    return Promise.all(
      (await this.locatorForAll('#cm-bulk-more button')()).map(async (b) => ({
        name: (await b.text()).trim(),
        disabled: (await b.getAttribute('aria-disabled')) === 'true',
        describedBy: await b.getAttribute('aria-describedby'),
      })),
    );
  }

  /** Clicks one of the actions "More" shows, by name. */
  async chooseMoreAction(name: string): Promise<void> {
    for (const b of await this.locatorForAll('#cm-bulk-more button')()) {
      if ((await b.text()).trim() === name) return b.click();
    }
    throw new Error(`no action "${name}" under More`);
  }

  /** Presses Escape in the disclosed actions (on the first one). */
  async escapeMore(): Promise<void> {
    await (await this.locatorFor('#cm-bulk-more button')()).sendKeys(TestKey.ESCAPE);
  }

  /** Whether "More" holds the keyboard focus. */
  async moreFocused(): Promise<boolean> {
    return (await this.more()).isFocused();
  }

  /** The membership form's options (collection or category names), once its list has loaded. */
  async targets(): Promise<string[]> {
    return Promise.all((await this.locatorForAll('#cm-membership label.option')()).map(async (l) => (await l.text()).replace(/\s+/g, ' ').trim()));
  }

  /** Chooses the option whose name is `name` (the radio in its label: every option has one name and one radio). */
  async chooseTarget(name: string): Promise<void> {
    const names = await this.locatorForAll('#cm-membership label.option .name')();
    const radios = await this.locatorForAll('#cm-membership label.option input[type=radio]')();
    for (let i = 0; i < names.length; i++) if ((await names[i].text()).trim() === name) return radios[i].click();
    throw new Error(`no option "${name}"`);
  }

  /** The membership form's submit button: its text and whether it is unavailable. */
  async membershipSubmit(): Promise<{ text: string; disabled: boolean }> {
    const b = await this.locatorFor('#cm-membership button[type=submit]')();
    return { text: (await b.text()).trim(), disabled: (await b.getAttribute('aria-disabled')) === 'true' };
  }

  /** Submits the membership form (its button). */
  async submitMembership(): Promise<void> {
    await (await this.locatorFor('#cm-membership button[type=submit]')()).click();
  }

  /** The text that says why the membership actions are unavailable, or null. */
  async membershipDenied(): Promise<string | null> {
    const p = await this.locatorForOptional('#cm-membership-denied, #cm-writes-denied')();
    return p ? (await p.text()).trim() : null;
  }

  private more(): Promise<TestElement> {
    return this.locatorFor('button[aria-controls=cm-bulk-more]')();
  }
}
