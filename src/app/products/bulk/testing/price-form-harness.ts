import { ComponentHarness } from '@angular/cdk/testing';

/** The Change price form as a person reads it: its preview (caption and rows) and its amount field. */
export class PriceFormHarness extends ComponentHarness {
  static hostSelector = 'cm-price-change-form';

  /** The preview's caption, or null while there is no preview. */
  async caption(): Promise<string | null> {
    const caption = await this.locatorForOptional('.preview caption')();
    return caption ? (await caption.text()).trim() : null;
  }

  /** The preview's rows: "name before → after", whitespace folded. */
  async rows(): Promise<string[]> {
    const cells = await this.locatorForAll('.preview tr > *')();
    const texts = await Promise.all(cells.map(async (c) => (await c.text()).replace(/\s+/g, ' ').trim()));
    // Two cells a row: the name (a row header), then "before → after".
    return texts.flatMap((t, i) => (i % 2 === 0 ? [`${t} ${texts[i + 1]}`] : []));
  }

  /** Types the amount (new price, percent or amount by the chosen mode). */
  async typeValue(value: string): Promise<void> {
    const input = await this.locatorFor('input[inputmode=decimal]')();
    await input.setInputValue(value);
    await input.dispatchEvent('input');
  }
}
