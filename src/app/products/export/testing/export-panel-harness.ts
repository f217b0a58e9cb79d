import { ComponentHarness } from '@angular/cdk/testing';

/** The export panel as a person uses it: what it says, its progress bar and its buttons and links by name. */
export class ExportPanelHarness extends ComponentHarness {
  static hostSelector = 'cm-export-panel';

  private readonly buttons = this.locatorForAll('button');
  private readonly links = this.locatorForAll('a');
  private readonly bar = this.locatorForOptional('progress');

  /** Everything the panel says, whitespace folded. */
  async text(): Promise<string> {
    return (await (await this.host()).text()).replace(/\s+/g, ' ').trim();
  }

  /** The progress bar's value and max, or null without a bar. */
  async progress(): Promise<{ value: string | null; max: string | null } | null> {
    const bar = await this.bar();
    return bar ? { value: await bar.getAttribute('value'), max: await bar.getAttribute('max') } : null;
  }

  /** Clicks a button by its text. */
  async click(name: string): Promise<void> {
    for (const button of await this.buttons()) if ((await button.text()).trim() === name) return button.click();
    throw new Error(`no button named "${name}"`);
  }

  /** A link's download file name, by the link's text. */
  async downloadName(text: string): Promise<string | null> {
    for (const link of await this.links()) if ((await link.text()).trim() === text) return link.getAttribute('download');
    return null;
  }
}
