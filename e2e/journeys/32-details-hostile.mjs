import assert from 'node:assert/strict';
import { CatalogPage } from '../lib/catalog-page.mjs';
import { DetailsPanel } from '../lib/details-panel.mjs';
import { sleep, until } from '../lib/wait.mjs';

/** Elements and handlers in the open dialog that product data could have made, and URLs that could run code. */
function injected() {
  const dialog = document.querySelector('dialog[open]');
  const found = [];
  for (const el of dialog.querySelectorAll('*')) {
    // Elements product data could make (an image only where the panel shows the product's images).
    if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE', 'A', 'FORM', 'svg', 'SVG'].includes(el.tagName) || (el.tagName === 'IMG' && !el.closest('.images'))) found.push(el.tagName);
    for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) found.push(`${el.tagName}[${attr}]`);
    for (const attr of ['src', 'href']) if (/^\s*(javascript|vbscript|data):/i.test(el.getAttribute(attr) ?? '')) found.push(`${el.tagName}[${attr}]`);
  }
  return found;
}

/**
 * 32. The details panel on hostile data (emulator/catalogs/hostile.json): a product whose name is a script tag
 * and whose description holds `<script>` and an `onmouseover` paragraph, one whose name is an `<img onerror>`,
 * and one with a `javascript:` thumbnail. Their panels show the name as its literal text and the description's
 * text only ("hover"), make no element or handler of it, run nothing (no dialog, no page error) and show no
 * image for the `javascript:` URL.
 */
export default {
  id: 'details-hostile',
  title: '32. Details panel on hostile data',
  catalog: 'hostile',
  async run(s) {
    await s.open();
    const page = new CatalogPage(s.app);
    await page.settled();
    await page.pageSize.selectOption('100');
    await until('100 rows', async () => (await page.rowNames()).length > 25);
    const panel = new DetailsPanel(s.app);
    const frame = await s.appFrame();
    const cases = [
      { name: '<script>alert("xss")</script> Deluxe Mug', description: 'hover' },
      { name: '<img src=x onerror=alert(1)>', description: 'Image tag in the name' },
      { name: 'Mixed Case Javascript Thumbnail Lamp', images: 0 },
    ];
    for (const c of cases) {
      await page.names.getByRole('button', { name: c.name, exact: true }).click();
      const shown = await panel.showing(c.name);
      await sleep(300); // any injected handler (an image's onerror, a timer) would have fired by now
      if (c.description) assert.equal(shown.sections.Description, c.description, `the description of "${c.name}" as text`);
      if (c.images === 0) assert.deepEqual(shown.images, [], 'no image element for a javascript: URL');
      assert.deepEqual(await frame.evaluate(injected), [], `nothing in the panel of "${c.name}" was made from product data`);
      await s.state(`panel-${cases.indexOf(c) + 1}`);
      await s.page.keyboard.press('Escape');
      await until('the panel to close', async () => !(await panel.isOpen()));
    }
    assert.deepEqual(s.dialogs, [], 'no alert/confirm/prompt fired');
    assert.deepEqual(s.pageErrors, [], 'no uncaught error in the page');
  },
};
