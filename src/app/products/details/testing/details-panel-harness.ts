import { ComponentHarness, TestElement, TestKey } from '@angular/cdk/testing';

/**
 * The product details panel as a person uses it: whether it is open, its heading and position, its facts (term →
 * definition), sections by heading, the variants' rows, images, buttons by accessible name, and the keyboard.
 * It is mounted in the document's body (a modal dialog): find it with `documentRootLoader`.
 */
export class DetailsPanelHarness extends ComponentHarness {
  static hostSelector = 'cm-product-details';

  private readonly dialog = this.locatorFor('dialog');

  /** Whether the dialog is open. */
  async isOpen(): Promise<boolean> {
    return (await (await this.dialog()).getAttribute('open')) !== null;
  }

  /** The heading: the product's name. */
  async title(): Promise<string> {
    return (await (await this.locatorFor('h2')()).text()).trim();
  }

  /** Where the product is on the page ("Product 3 of 25 on this page"), and what the ends say. */
  async position(): Promise<string> {
    return squash(await (await this.locatorFor('#cm-details-position')()).text());
  }

  /** The first definition list: each term with its definition, as read. */
  async facts(): Promise<Record<string, string>> {
    return this.pairs('dl:first-of-type');
  }

  /** The text under a section heading (up to the next one); a list's items joined with " | ", a definition list as "term: definition". */
  async section(heading: string): Promise<string> {
    const out: string[] = [];
    let inside = false;
    for (const el of await this.locatorForAll('.inner > *')()) {
      const tag = (await el.getProperty<string>('tagName')).toLowerCase();
      if (tag === 'h3') inside = squash(await el.text()) === heading;
      else if (inside && tag === 'ul') out.push((await Promise.all((await this.locatorForAll('.inner > h3 ~ ul > li')()).map(async (li) => squash(await li.text())))).join(' | '));
      else if (inside && tag === 'dl') out.push(Object.entries(await this.pairs('.inner > h3 ~ dl')).map(([term, value]) => `${term}: ${value}`).join('; '));
      else if (inside) out.push(squash(await el.text()));
    }
    return out.join(' ');
  }

  /** The variants' rows, each as its cells' text. */
  async variants(): Promise<string[][]> {
    const rows = await this.locatorForAll('table tbody tr')();
    return Promise.all(rows.map(async (_, i) => Promise.all((await this.locatorForAll(`table tbody tr:nth-of-type(${i + 1}) > *`)()).map(async (c) => squash(await c.text())))));
  }

  /** The line under the variants saying why their quantities are not shown ('' when there is none). */
  async stockNote(): Promise<string> {
    const note = await this.locatorForOptional('.inner > .stock-note')();
    return note ? squash(await note.text()) : '';
  }

  /** The images shown: their sources and alternative texts. */
  async images(): Promise<{ src: string | null; alt: string | null }[]> {
    return Promise.all((await this.locatorForAll('img')()).map(async (img) => ({ src: await img.getAttribute('src'), alt: await img.getAttribute('alt') })));
  }

  /** The text of the panel's alerts (a failed read, a failed Open in Wix), '' when none. */
  async alerts(): Promise<string> {
    return squash((await Promise.all((await this.locatorForAll('[role=alert]')()).map((a) => a.text()))).join(' | '));
  }

  /** Whether a status says the details are loading. */
  async isLoading(): Promise<boolean> {
    return (await this.locatorForOptional('[role=status]')()) !== null;
  }

  /** Clicks the button with this accessible name (aria-label, else text). */
  async click(name: string): Promise<void> {
    await (await this.button(name)).click();
  }

  /** Whether the button is marked unavailable (aria-disabled: it keeps its place in the Tab order). */
  async isUnavailable(name: string): Promise<boolean> {
    return (await (await this.button(name)).getAttribute('aria-disabled')) === 'true';
  }

  /** The accessible name (or text) of the focused element, if it is in the panel; null otherwise. */
  async focused(): Promise<string | null> {
    for (const el of await this.locatorForAll('button, h2')()) {
      if (await el.isFocused()) return squash((await el.getAttribute('aria-label')) ?? (await el.text()));
    }
    return null;
  }

  /** Presses Escape on the button with this name (the browser's dialog closes on it). */
  async escapeFrom(name: string): Promise<void> {
    await (await this.button(name)).sendKeys(TestKey.ESCAPE);
  }

  /** Presses Tab (or Shift+Tab) on the button with this name; jsdom moves no focus by itself, the panel's wrap does. */
  async tabFrom(name: string, shift = false): Promise<void> {
    const button = await this.button(name);
    await button.focus();
    await button.sendKeys({ shift }, TestKey.TAB);
  }

  /** Clicks the backdrop (the dialog itself, outside its content). */
  async clickBackdrop(): Promise<void> {
    await (await this.dialog()).click(0, 0);
  }

  private async pairs(list: string): Promise<Record<string, string>> {
    const terms = await this.locatorForAll(`${list} dt`)();
    const values = await this.locatorForAll(`${list} dd`)();
    const pairs: Record<string, string> = {};
    for (let i = 0; i < terms.length; i++) pairs[squash(await terms[i].text())] = squash(await values[i].text());
    return pairs;
  }

  private async button(name: string): Promise<TestElement> {
    for (const button of await this.locatorForAll('button')()) {
      const accessible = (await button.getAttribute('aria-label')) ?? (await button.text());
      if (squash(accessible) === name) return button;
    }
    throw new Error(`the panel has no button named "${name}"`);
  }
}

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
