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
   * [[cells]], sections: {heading: text}}`.
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
      const images = [...dialog.querySelectorAll('img')].map((img) => ({ src: img.getAttribute('src'), alt: img.getAttribute('alt') }));
      return { name: text(dialog.querySelector('h2')), position: text(dialog.querySelector('h2 + p')), facts, dates, sections, variants, images };
    });
  }
}

/**
 * What the panel must show for product `id`, from the emulator's catalog read directly (owner token, the list
 * endpoints: V1 `query-platformized`, V3 `products/query` with the fields' data; collection/category names from
 * their own endpoints), never from the app's requests. `merchant`: whether the role may see cost and profit.
 */
export async function expectedDetails(emulator, version, id, merchant) {
  if (version === 'V3') {
    const fields = ['CURRENCY', 'MERCHANT_DATA', 'PLAIN_DESCRIPTION', 'DIRECT_CATEGORIES_INFO'];
    const { products } = await emulator.stores('/stores/v3/products/query', { query: { filter: { id: { $eq: id } } }, fields });
    const p = products[0];
    const variant = p.variantsInfo.variants[0];
    const low = p.actualPriceRange?.minValue;
    const compareAt = p.compareAtPriceRange?.minValue;
    const ids = (p.directCategoriesInfo?.categories ?? []).map((c) => c.id);
    const { categories } = await emulator.stores('/categories/v1/categories/query', { query: { filter: { id: { $in: ids } } }, treeReference: { appNamespace: '@wix/stores' } }, { post: true });
    const facts = {
      Price: low?.formattedAmount ?? '—',
      ...(compareAt && Number(compareAt.amount) > Number(low.amount) && { 'Before discount': compareAt.formattedAmount }),
      ...(merchant && p.costRange && {
        Cost: p.costRange.minValue.formattedAmount,
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
      variants: [['Default', variant.sku ?? '—', low?.formattedAmount ?? '—', variant.inventoryStatus.inStock ? 'In stock' : 'Out of stock']],
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
  const quantity = p.stock.trackInventory && typeof p.stock.quantity === 'number' ? ` (${p.stock.quantity.toLocaleString('en-US')})` : '';
  return {
    name: p.name,
    facts,
    dates: { Created: p.createdDate, 'Last updated': p.lastUpdated },
    variants: [['Default', p.sku ?? '—', shown, (p.stock.inStock ? 'In stock' : 'Out of stock') + quantity]],
    groups: { heading: 'Collections', names: p.collectionIds.map((cid) => collections.find((c) => c.id === cid)?.name ?? cid) },
    description: textOf(p.description) || 'No description',
  };
}
