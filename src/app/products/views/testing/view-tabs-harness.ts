import { ComponentHarness, TestKey } from '@angular/cdk/testing';

/** One tab as a person perceives it. */
export interface TabInfo {
  /** The accessible name, marks included ("Out of stock (default) (modified)"). */
  readonly name: string;
  readonly selected: boolean;
  readonly disabled: boolean;
  /** 0 for the one tab Tab reaches, -1 for the others (roving tabindex). */
  readonly tabIndex: number;
}

/** The saved views as a person finds them: tabs by name, buttons by name, the dialog by its fields. */
export class ViewTabsHarness extends ComponentHarness {
  static hostSelector = 'cm-view-tabs';

  private readonly tabList = this.locatorFor('[role=tablist]');
  private readonly tabButtons = this.locatorForAll('[role=tab]');
  private readonly statusRegion = this.locatorFor('[role=status].status');
  private readonly problemNotice = this.locatorForOptional('.problem');

  /** The tab list's accessible name. */
  async label(): Promise<string | null> {
    return (await this.tabList()).getAttribute('aria-label');
  }

  /** Every tab, in order. */
  async tabs(): Promise<TabInfo[]> {
    return Promise.all(
      (await this.tabButtons()).map(async (tab) => ({
        name: (await tab.text()).replace(/\s+/g, ' ').trim(),
        selected: (await tab.getAttribute('aria-selected')) === 'true',
        disabled: (await tab.getAttribute('aria-disabled')) === 'true',
        tabIndex: await tab.getProperty<number>('tabIndex'),
      })),
    );
  }

  /** The names of the tabs, without their marks. */
  async names(): Promise<string[]> {
    return Promise.all((await this.locatorForAll('[role=tab] .name')()).map((n) => n.text()));
  }

  /** The selected tab's accessible name. */
  async selected(): Promise<string> {
    return (await this.tabs()).find((t) => t.selected)?.name ?? '';
  }

  /** Clicks the tab whose name (without marks) is `name`. */
  async open(name: string): Promise<void> {
    await (await this.tab(name)).click();
  }

  /** Presses a key on the focused tab (or on `name`'s tab, focusing it first). */
  async press(key: TestKey | string, name?: string): Promise<void> {
    const tab = name ? await this.tab(name) : await this.focusedTab();
    if (!tab) throw new Error('no tab has the focus');
    if (name) await tab.focus();
    await tab.sendKeys(key);
  }

  /** Activates the focused tab as Enter or Space does on a button (a click). */
  async activateFocused(): Promise<void> {
    const tab = await this.focusedTab();
    if (!tab) throw new Error('no tab has the focus');
    await tab.click();
  }

  /** The name (without marks) of the tab that has the focus, or null. */
  async focused(): Promise<string | null> {
    for (const [i, tab] of (await this.tabButtons()).entries()) if (await tab.isFocused()) return (await this.names())[i];
    return null;
  }

  /** The accessible names of the views' buttons on screen (not the tabs, not the closed dialog's). */
  async buttons(): Promise<string[]> {
    const out: string[] = [];
    for (const b of await this.locatorForAll('.actions button, .options:not([hidden]) button')()) out.push((await b.text()).trim());
    return out;
  }

  /** Clicks one of the views' buttons (Save, Save as new, Copy link, View options, Rename, Delete…); the dialog's while it is open. */
  async click(name: string): Promise<void> {
    const open = await this.locatorForOptional('dialog[open]')();
    for (const b of await this.locatorForAll(open ? 'dialog button' : '.actions button, .options:not([hidden]) button')()) {
      if ((await b.text()).trim() === name) return b.click();
    }
    throw new Error(`no views button "${name}"`);
  }

  /** Whether the button named `name` is disabled, and the text that says why. */
  async buttonState(name: string): Promise<{ disabled: boolean; reason: string }> {
    for (const b of await this.locatorForAll('.actions button, .options button')()) {
      if ((await b.text()).trim() !== name) continue;
      const why = await b.getAttribute('aria-describedby');
      return { disabled: await b.getProperty<boolean>('disabled'), reason: why ? (await (await this.locatorFor(`#${why}`)()).text()).trim() : '' };
    }
    throw new Error(`no views button "${name}"`);
  }

  /** The open dialog's heading, name field value and error, or null when no dialog is open. */
  async dialog(): Promise<{ title: string; name: string | null; error: string | null } | null> {
    const dialog = await this.locatorForOptional('dialog[open]')();
    if (!dialog) return null;
    const field = await this.locatorForOptional('dialog input')();
    const error = await this.locatorForOptional('dialog .error')();
    return {
      title: (await (await this.locatorFor('dialog h2')()).text()).trim(),
      name: field ? await field.getProperty<string>('value') : null,
      error: error ? (await error.text()).trim() : null,
    };
  }

  /** Types a name into the dialog's field (replacing what is there) and presses its confirming button. */
  async answer(name: string, confirm = 'Save'): Promise<void> {
    const field = await this.locatorFor('dialog input')();
    await field.setInputValue(name);
    await this.click(confirm);
  }

  /** What the live region says ('' when nothing). */
  async status(): Promise<string> {
    return (await (await this.statusRegion()).text()).trim();
  }

  /** The notice about stored views (corrupt, blocked, full storage…), or null. */
  async problem(): Promise<string | null> {
    const notice = await this.problemNotice();
    return notice ? (await notice.text()).replace(/\s+/g, ' ').trim() : null;
  }

  /** The link shown to copy by hand, or null. */
  async manualLink(): Promise<{ value: string; focused: boolean } | null> {
    const field = await this.locatorForOptional('#cm-view-link')();
    return field ? { value: await field.getProperty<string>('value'), focused: await field.isFocused() } : null;
  }

  /** The text of the element that describes why the tab `name` is disabled, or ''. */
  async reason(name: string): Promise<string> {
    const why = await (await this.tab(name)).getAttribute('aria-describedby');
    return why ? (await (await this.locatorFor(`#${why}`)()).text()).trim() : '';
  }

  private async tab(name: string) {
    const names = await this.names();
    const at = names.findIndex((n) => n.trim() === name);
    if (at < 0) throw new Error(`no tab "${name}" (tabs: ${names.join(', ')})`);
    return (await this.tabButtons())[at];
  }

  private async focusedTab() {
    for (const tab of await this.tabButtons()) if (await tab.isFocused()) return tab;
    return null;
  }
}
