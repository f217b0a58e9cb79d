import { until } from './wait.mjs';

/** The stock words the page shows for Wix's inventory statuses (messages.en.json, "stock.*"). */
const STOCK = { IN_STOCK: 'In stock', OUT_OF_STOCK: 'Out of stock', PARTIALLY_OUT_OF_STOCK: 'Partially out of stock' };
const percent = (fraction) => new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
/** The text of a description as a person reads it: tags dropped, spaces folded (the generated ones are `<p>…</p>`). */
const textOf = (html) => String(html ?? '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();

/**
 * The product details panel as a person finds it in the app frame: the dialog by its role, its heading, its
 * buttons by name, its facts (term → definition), and the product's other sections by their headings.
 */
export class DetailsPanel {
  constructor(app) {
    this.app = app;
    this.dialog = app.getByRole('dialog');
  }

  button(name) {
    return this.dialog.getByRole('button', { name, exact: true });
  }

  /** Waits until the panel is open on `name` with its details read (not "Loading…"); returns what it shows. */
  async showing(name) {
    let seen = null;
    await until(`the details panel for "${name}"`, async () => {
      if (!(await this.dialog.isVisible())) return false;
      seen = await this.read();
      return seen.name === name && seen.facts.Price !== undefined;
    }).catch((error) => {
      error.message += `\n  the panel shows: ${JSON.stringify(seen)}`;
      throw error;
    });
    return seen;
  }

  /** Whether the dialog is open (visible), without waiting. */
  isOpen() {
    return this.dialog.isVisible();
  }

  /**
   * What the panel shows: `{name, position, facts: {term: definition}, dates: {term: datetime of its <time>}, images, variants:
   * [[cells]], options: "Size: S, M; Color: Red", stockNote (why quantities are missing, '' when none), sections: {heading: text}}`.
   */
  async read() {
    return this.dialog.evaluate((dialog) => {
      const text = (el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
      const facts = {};
      const dates = {};
      const [first] = dialog.querySelectorAll('dl');
      for (const dt of first?.querySelectorAll('dt') ?? []) {
        const dd = dt.nextElementSibling;
        const time = dd?.querySelector('time');
        if (time) dates[text(dt)] = time.getAttribute('datetime');
        else facts[text(dt)] = text(dd);
      }
      const sections = {};
      for (const h3 of dialog.querySelectorAll('h3')) {
        const parts = [];
        for (let el = h3.nextElementSibling; el && el.tagName !== 'H3'; el = el.nextElementSibling) parts.push(el);
        sections[text(h3)] = parts.map((el) => (el.tagName === 'UL' ? [...el.children].map(text).join(' | ') : text(el))).join(' ');
      }
      const variants = [...dialog.querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map(text));
      // The options' list: "name: choices" per option, "; " between them (or the text that says there are none).
      const optionsHeading = [...dialog.querySelectorAll('h3')].find((h3) => text(h3) === 'Options');
      const optionsList = optionsHeading?.nextElementSibling;
      const options = optionsList?.tagName === 'DL' ? [...optionsList.querySelectorAll('dt')].map((dt) => `${text(dt)}: ${text(dt.nextElementSibling)}`).join('; ') : text(optionsList);
      const stockNote = text(dialog.querySelector('.stock-note'));
      const images = [...dialog.querySelectorAll('img')].map((img) => ({ src: img.getAttribute('src'), alt: img.getAttribute('alt') }));
      return { name: text(dialog.querySelector('h2')), position: text(dialog.querySelector('h2 + p')), facts, dates, sections, variants, options, stockNote, images };
    });
  }
}

/**
 * What the panel must show for product `id`, from the emulator's catalog read directly (owner token, the list
 * endpoints: V1 `query-platformized`, V3 `products/query` with the fields' data; collection/category names from
 * their own endpoints; the variants from V1 `getProduct`, which alone carries them, and V3 Query Inventory Items),
 * never from the app's requests. `merchant`: whether the role may see cost and profit; `inventory`: whether it may
 * read V3 inventory items (without, the variants' stock is the product's word and no quantities are shown).
 */
export async function expectedDetails(emulator, version, id, merchant, inventory = true) {
  if (version === 'V3') {
    const fields = ['CURRENCY', 'MERCHANT_DATA', 'PLAIN_DESCRIPTION', 'DIRECT_CATEGORIES_INFO', 'VARIANT_OPTION_CHOICE_NAMES'];
    const { products } = await emulator.stores('/stores/v3/products/query', { query: { filter: { id: { $eq: id } } }, fields });
    const p = products[0];
    const variants = p.variantsInfo.variants;
    const [variant] = variants;
    const low = p.actualPriceRange?.minValue;
    const compareAt = p.compareAtPriceRange?.minValue;
    const ids = (p.directCategoriesInfo?.categories ?? []).map((c) => c.id);
    const { categories } = await emulator.stores('/categories/v1/categories/query', { query: { filter: { id: { $in: ids } } }, treeReference: { appNamespace: '@wix/stores' } }, { post: true });
    // Quantities live in the inventory items (Query Inventory Items by product id), read only for a role that may.
    const { inventoryItems: items } = inventory
      ? await emulator.stores('/stores/v3/inventory-items/query', { query: { filter: { productId: { $eq: id } }, cursorPaging: { limit: 1000 } } })
      : { inventoryItems: [] };
    const facts = {
      Price: low?.formattedAmount ?? '—',
      ...(compareAt && Number(compareAt.amount) > Number(low.amount) && { 'Before discount': compareAt.formattedAmount }),
      // Several variants: cost (a range when it differs); profit and margin are per variant.
      ...(merchant && p.costRange && { Cost: p.costRange.minValue.formattedAmount }),
      ...(merchant && p.costRange && variants.length === 1 && {
        Profit: variant.revenueDetails.profit.formattedAmount,
        Margin: percent(variant.revenueDetails.profitMargin),
      }),
      SKU: variant.sku ?? '—',
      Stock: STOCK[p.inventory.availabilityStatus],
      Visibility: p.visible ? 'Visible' : 'Hidden',
      'Product type': p.productType === 'DIGITAL' ? 'Digital' : 'Physical',
    };
    return {
      name: p.name,
      facts,
      dates: { Created: p.createdDate, 'Last updated': p.updatedDate },
      variants: variants.map((v) => {
        const own = items.filter((item) => item.variantId === v.id);
        const tracked = own.filter((item) => item.trackQuantity);
        const inStock = own.length ? own.some((item) => (item.trackQuantity ? item.quantity > 0 : item.inStock)) : v.inventoryStatus.inStock;
        const quantity = tracked.length ? ` (${tracked.reduce((n, item) => n + item.quantity, 0).toLocaleString('en-US')})` : '';
        const choices = (v.choices ?? []).map((ch) => `${ch.optionChoiceNames.optionName}: ${ch.optionChoiceNames.choiceName}`).join(', ');
        return [choices || 'Default', v.sku ?? '—', v.price?.actualPrice?.formattedAmount ?? '—', (inStock ? 'In stock' : 'Out of stock') + quantity];
      }),
      options: p.options?.length ? p.options.map((o) => `${o.name}: ${o.choicesSettings.choices.map((ch) => ch.name).join(', ')}`).join('; ') : 'No options',
      groups: { heading: 'Categories', names: ids.map((cid) => categories.find((c) => c.id === cid)?.name ?? cid) },
      description: textOf(p.plainDescription) || 'No description',
    };
  }
  const { products } = await emulator.queryV1({ filter: { id: { $eq: id } } });
  const p = products[0];
  const data = p.priceData;
  const discounted = data && data.discountedPrice < data.price;
  const shown = data ? (discounted ? data.formatted.discountedPrice : data.formatted.price) : '—';
  const { collections } = await emulator.stores('/stores/v1/collections/query', { query: { filter: JSON.stringify({ id: { $in: p.collectionIds } }), paging: { limit: 100 } } });
  const cost = p.costAndProfitData;
  const facts = {
    Price: shown,
    ...(discounted && { 'Before discount': data.formatted.price }),
    ...(merchant && cost && { Cost: cost.formattedItemCost, Profit: cost.formattedProfit, Margin: percent(cost.profitMargin) }),
    SKU: p.sku ?? '—',
    Stock: STOCK[p.stock.inventoryStatus],
    Visibility: p.visible ? 'Visible' : 'Hidden',
    'Product type': p.productType === 'digital' ? 'Digital' : 'Physical',
  };
  // The variants: V1 lists carry none; `getProduct` does (owner token, no merchant data: variants show no cost).
  const { product: full } = await emulator.stores(`/stores-reader/v1/products/${id}`, {});
  return {
    name: p.name,
    facts,
    dates: { Created: p.createdDate, 'Last updated': p.lastUpdated },
    variants: full.variants.map((v) => {
      const vp = v.variant?.priceData;
      const vShown = vp ? (vp.discountedPrice < vp.price ? vp.formatted.discountedPrice : vp.formatted.price) : '—';
      const count = v.stock.trackQuantity && typeof v.stock.quantity === 'number' ? ` (${v.stock.quantity.toLocaleString('en-US')})` : '';
      const choices = Object.entries(v.choices).map(([option, choice]) => `${option}: ${choice}`).join(', ');
      return [choices || 'Default', v.variant?.sku ?? '—', vShown, (v.stock.inStock ? 'In stock' : 'Out of stock') + count];
    }),
    options: p.productOptions.length ? p.productOptions.map((o) => `${o.name}: ${o.choices.map((ch) => ch.description || ch.value).join(', ')}`).join('; ') : 'No options',
    groups: { heading: 'Collections', names: p.collectionIds.map((cid) => collections.find((c) => c.id === cid)?.name ?? cid) },
    description: textOf(p.description) || 'No description',
  };
}
