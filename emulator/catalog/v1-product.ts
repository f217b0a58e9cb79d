import {
  type Catalog,
  collectionsOf,
  DISCOUNT_TYPES,
  effectivePrice,
  interned,
  PRODUCT_TYPES,
  STOCK_STATUSES,
  type Thumbnail,
} from './catalog';
import { cents, formatMoney } from './money';
import { generatedImagePath, IMAGE_SIZE, MEDIA_PATH, THUMBNAIL_SIZE } from './thumbnails';
import { type EmulatedVariant, optionsOf, variantsOf } from './variants';

/** Who is asking and where the emulator is, for building product JSON. */
export interface ShapeContext {
  /** The emulator origin as the caller reached it (generated image URLs point here). */
  readonly origin: string;
  /** Whether the caller may see merchant-only data (cost and profit). */
  readonly merchant: boolean;
  /** The emulated site's public URL (product page links). */
  readonly siteUrl: string;
}

/** The product's main image and thumbnail, or null without one. */
export function productMedia(c: Catalog, row: number, origin: string): { image: Thumbnail; thumbnail: Thumbnail } | null {
  const code = c.thumbnailCode[row];
  if (code === -1) return null;
  if (code >= 0) {
    const stored = c.thumbnails[code];
    // A catalog file may point at the emulator's own images without knowing its port.
    const t = stored.url.startsWith(MEDIA_PATH) ? { ...stored, url: origin + stored.url } : stored;
    return { image: t, thumbnail: t };
  }
  const url = origin + generatedImagePath(c.ids[row], c.names[row]);
  return {
    image: { url, width: IMAGE_SIZE, height: IMAGE_SIZE },
    thumbnail: { url, width: THUMBNAIL_SIZE, height: THUMBNAIL_SIZE },
  };
}

/** One catalog row as a Catalog V1 `Product` (REST field names; prices as JSON numbers). */
export function toV1Product(c: Catalog, row: number, ctx: ShapeContext): Record<string, unknown> {
  const id = c.ids[row];
  const slug = c.slugs[row];
  const currency = interned(c.currency, row) ?? 'USD';
  const price = c.price[row];
  const hasPrice = price === price;
  const discounted = effectivePrice(c, row);
  const quantity = c.quantity[row];
  const ribbon = interned(c.ribbon, row);
  const media = productMedia(c, row, ctx.origin);
  const mediaItem = media && {
    id: `${id}-main`,
    mediaType: 'image',
    title: '',
    image: media.image,
    thumbnail: media.thumbnail,
  };
  const priceData = hasPrice && {
    currency,
    price,
    discountedPrice: discounted,
    formatted: { price: formatMoney(price, currency), discountedPrice: formatMoney(discounted, currency) },
  };
  const cost = c.cost[row];
  const product: Record<string, unknown> = {
    id,
    name: c.names[row],
    slug,
    visible: c.visible[row] === 1,
    productType: PRODUCT_TYPES[c.productType[row]],
    description: interned(c.description, row) ?? '',
    ...(c.skus[row] !== null && { sku: c.skus[row] }),
    stock: {
      trackInventory: c.trackInventory[row] === 1,
      ...(quantity >= 0 && { quantity }),
      inStock: c.stockStatus[row] !== 1,
      inventoryStatus: STOCK_STATUSES[c.stockStatus[row]],
    },
    ...(priceData && {
      price: priceData,
      priceData,
      convertedPriceData: priceData,
      priceRange: { minValue: price, maxValue: price },
      discount: { type: DISCOUNT_TYPES[c.discountKind[row]], value: c.discountValue[row] },
    }),
    ...(ctx.merchant && hasPrice && cost === cost && {
      costAndProfitData: {
        itemCost: cost,
        formattedItemCost: formatMoney(cost, currency),
        profit: cents(discounted - cost),
        formattedProfit: formatMoney(cents(discounted - cost), currency),
        profitMargin: discounted > 0 ? cents((discounted - cost) / discounted) : 0,
      },
      costRange: { minValue: cost, maxValue: cost },
    }),
    additionalInfoSections: [],
    ribbons: ribbon ? [{ text: ribbon }] : [],
    media: mediaItem ? { mainMedia: mediaItem, items: [mediaItem] } : { items: [] },
    customTextFields: [],
    manageVariants: optionsOf(c, row).length > 0,
    productOptions: v1Options(c, row),
    productPageUrl: { base: ctx.siteUrl, path: `/product-page/${slug}` },
    numericId: String(c.numericIds[row]),
    inventoryItemId: id,
    collectionIds: collectionsOf(c, row),
    variants: [],
    lastUpdated: new Date(c.updated[row]).toISOString(),
    createdDate: new Date(c.created[row]).toISOString(),
    ...(ribbon && { ribbon }),
    ...(interned(c.brand, row) && { brand: interned(c.brand, row) }),
  };
  return product;
}

/**
 * V1 `productOptions`: `{optionType: 'drop_down' | 'color', name, choices: [{value, description, inStock,
 * visible}]}`; a color choice's `value` is its hex code and `description` its name, a text choice has its name
 * in both. A choice is in stock when some variant with it is.
 */
function v1Options(c: Catalog, row: number): Record<string, unknown>[] {
  const options = optionsOf(c, row);
  if (options.length === 0) return [];
  const variants = variantsOf(c, row);
  return options.map((option) => ({
    optionType: option.kind === 'color' ? 'color' : 'drop_down',
    name: option.name,
    choices: option.choices.map((choice) => ({
      value: choice.color ?? choice.name,
      description: choice.name,
      inStock: variants.some((v) => v.inStock && v.choices.some((ch) => ch.choice === choice)),
      visible: true,
    })),
  }));
}

/**
 * V1 `variants` as `getProduct` sends them: `{id, choices: {option name: choice name}, variant: {priceData,
 * convertedPriceData, costAndProfitData?, sku, visible}, stock: {trackQuantity, quantity?, inStock}}`. Every
 * variant has the product's price (and cost, for a role that sees it).
 */
export function toV1Variants(c: Catalog, row: number, product: Record<string, unknown>): Record<string, unknown>[] {
  return variantsOf(c, row).map((v: EmulatedVariant) => ({
    id: v.id,
    choices: Object.fromEntries(v.choices.map((ch) => [ch.option.name, ch.choice.name])),
    variant: {
      ...(product['priceData'] !== undefined && { priceData: product['priceData'], convertedPriceData: product['priceData'] }),
      ...(product['costAndProfitData'] !== undefined && { costAndProfitData: product['costAndProfitData'] }),
      ...(v.sku !== null && { sku: v.sku }),
      visible: true,
    },
    stock: { trackQuantity: v.tracked, ...(v.quantity !== null && { quantity: v.quantity }), inStock: v.inStock },
  }));
}
