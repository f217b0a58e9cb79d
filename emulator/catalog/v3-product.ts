import { type Catalog, collectionsOf, effectivePrice, interned, STOCK_STATUSES } from './catalog';
import { editedVariantPrices, revisionOf } from './catalog-edits';
import { decimalAmount, formatMoney } from './money';
import { productMedia, type ShapeContext } from './v1-product';
import { optionsOf, variantsOf } from './variants';

/** How a V3 product is shaped for one request. */
export interface V3ShapeOptions extends ShapeContext {
  /** The request's `fields` (URL, CURRENCY, MERCHANT_DATA, THUMBNAIL…). */
  readonly fields: ReadonlySet<string>;
  /** `products/search` leaves `variantsInfo` out (its docs say so); `products/query` includes it. */
  readonly includeVariants: boolean;
}

const V3_TYPES = ['PHYSICAL', 'DIGITAL', 'PHYSICAL'];

/**
 * One catalog row as a Catalog V3 product (REST names). Optional parts follow the requested `fields`:
 * CURRENCY adds `currency` and `formattedAmount`s, THUMBNAIL `media.main.thumbnail`, MERCHANT_DATA `costRange`
 * and variants' `revenueDetails`, URL the page URL, PLAIN_DESCRIPTION `plainDescription`,
 * DIRECT_CATEGORIES_INFO the collections, MEDIA_ITEMS_INFO `media.itemsInfo`, MIN_PRICE_VARIANT
 * `variantSummary.minPriceVariant` (the first variant; how search results, which lack variantsInfo, get a SKU),
 * VARIANT_OPTION_CHOICE_NAMES the variants' `optionChoiceNames`. Options and variants: catalog/variants.ts.
 */
export function toV3Product(c: Catalog, row: number, o: V3ShapeOptions): Record<string, unknown> {
  const id = c.ids[row];
  const slug = c.slugs[row];
  const currency = interned(c.currency, row) ?? 'USD';
  const withCurrency = o.fields.has('CURRENCY');
  const money = (amount: number) => ({
    amount: decimalAmount(amount),
    ...(withCurrency && { formattedAmount: formatMoney(amount, currency) }),
  });
  const price = c.price[row];
  const hasPrice = price === price;
  const actual = effectivePrice(c, row);
  const cost = c.cost[row];
  const merchant = o.merchant && o.fields.has('MERCHANT_DATA') && hasPrice && cost === cost;
  const media = productMedia(c, row, o.origin);
  const main = media && {
    // No media id: the SDK turns an image with an id into a wix:image:// URI that only Wix can serve.
    url: media.image.url,
    image: { url: media.image.url, width: media.image.width, height: media.image.height },
    mediaType: 'IMAGE',
    altText: c.names[row],
    ...(o.fields.has('THUMBNAIL') && { thumbnail: { ...media.thumbnail, altText: c.names[row] } }),
  };
  const brand = interned(c.brand, row);
  const ribbon = interned(c.ribbon, row);
  const collections = collectionsOf(c, row);
  const description = interned(c.description, row);
  const range = (amount: number, max = amount) => ({ minValue: money(amount), maxValue: money(max) });
  const names = o.fields.has('VARIANT_OPTION_CHOICE_NAMES');
  const emulated = variantsOf(c, row);
  // Each variant's own price once a V3 write gave them different ones; else the product's (list = compare-at).
  const edited = hasPrice ? editedVariantPrices(c, row) : undefined;
  const prices = emulated.map((_, i) => (edited?.[i] ? { actual: edited[i].actual, list: edited[i].compareAt ?? edited[i].actual } : { actual, list: price }));
  const variants = emulated.map((v, i) => ({
    id: v.id,
    visible: c.visible[row] === 1,
    ...(v.sku !== null && { sku: v.sku }),
    choices: v.choices.map(({ option, choice }) => ({
      optionChoiceIds: { optionId: option.id, choiceId: choice.id },
      ...(names && { optionChoiceNames: { optionName: option.name, choiceName: choice.name, renderType: renderType(option.kind) } }),
    })),
    ...(hasPrice && { price: { actualPrice: money(prices[i].actual), compareAtPrice: money(prices[i].list) } }),
    ...(merchant && {
      revenueDetails: {
        cost: money(cost),
        profit: money(prices[i].actual - cost),
        profitMargin: prices[i].actual > 0 ? Math.round(((prices[i].actual - cost) / prices[i].actual) * 100) / 100 : 0,
      },
    }),
    inventoryStatus: { inStock: v.inStock, preorderEnabled: false },
    ...(c.productType[row] === 1 ? { digitalProperties: {} } : { physicalProperties: {} }),
  }));
  const options = optionsOf(c, row).map((option) => ({
    id: option.id,
    name: option.name,
    optionRenderType: renderType(option.kind),
    key: option.name.toLowerCase(),
    choicesSettings: {
      choices: option.choices.map((choice) => ({
        choiceId: choice.id,
        choiceType: option.kind === 'color' ? 'ONE_COLOR' : 'CHOICE_TEXT',
        key: choice.name.toLowerCase(),
        name: choice.name,
        ...(choice.color && { colorCode: choice.color }),
        inStock: emulated.some((v) => v.inStock && v.choices.some((ch) => ch.choice === choice)),
        visible: true,
      })),
    },
  }));
  return {
    id,
    revision: String(revisionOf(c, row)),
    createdDate: new Date(c.created[row]).toISOString(),
    updatedDate: new Date(c.updated[row]).toISOString(),
    name: c.names[row],
    slug,
    handle: slug,
    ...(o.fields.has('URL') && { url: { relativePath: `/product-page/${slug}`, url: `${o.siteUrl}/product-page/${slug}` } }),
    ...(o.fields.has('PLAIN_DESCRIPTION') && description !== null && { plainDescription: description }),
    visible: c.visible[row] === 1,
    visibleInPos: true,
    media: {
      ...(main && { main }),
      ...(o.fields.has('MEDIA_ITEMS_INFO') && { itemsInfo: { items: main ? [main] : [] } }),
    },
    ...(brand !== null && { brand: { id: `brand-${slugKey(brand)}`, name: brand } }),
    ...(ribbon !== null && { ribbon: { id: `ribbon-${slugKey(ribbon)}`, name: ribbon } }),
    ...(o.fields.has('DIRECT_CATEGORIES_INFO') && {
      directCategoriesInfo: { categories: collections.map((cid, index) => ({ id: cid, index })) },
    }),
    mainCategoryId: collections[1] ?? collections[0],
    ...(merchant && { costRange: range(cost) }),
    inventory: {
      availabilityStatus: STOCK_STATUSES[c.stockStatus[row]],
      preorderStatus: 'DISABLED',
      preorderAvailability: 'NO_VARIANTS',
    },
    productType: V3_TYPES[c.productType[row]],
    ...(c.productType[row] === 1 ? {} : { physicalProperties: {} }),
    ...(withCurrency && { currency }),
    ...(hasPrice && {
      actualPriceRange: range(Math.min(...prices.map((p) => p.actual)), Math.max(...prices.map((p) => p.actual))),
      compareAtPriceRange: range(Math.min(...prices.map((p) => p.list)), Math.max(...prices.map((p) => p.list))),
    }),
    ...(options.length > 0 && { options }),
    ...(o.includeVariants && { variantsInfo: { variants } }),
    // The cheapest variant; the first (the one with the product's SKU) while all share the product's price.
    variantSummary: { variantCount: variants.length, ...(o.fields.has('MIN_PRICE_VARIANT') && { minPriceVariant: variants[cheapest(prices)] }) },
  };
}

function cheapest(prices: readonly { actual: number }[]): number {
  return prices.reduce((best, p, i) => (p.actual < prices[best].actual ? i : best), 0);
}

function renderType(kind: 'text' | 'color'): string {
  return kind === 'color' ? 'SWATCH_CHOICES' : 'TEXT_CHOICES';
}

function slugKey(text: string): string {
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) >>> 0;
  return hash.toString(16);
}
