import { wixImageUrl } from '../wix/media-url';
import type { WixV3Product } from '../wix/v3-products';
import { Product, visibleText } from './product';
import { collectionIdsOf, dateOrNull, formatPrice, nonEmpty, productTypeOf, safeImageUrl, stockFromStatus } from './product-fields';

type Money = { amount?: string | null; formattedAmount?: string | null } | undefined;

/**
 * Maps a Catalog V3 product to the page's Product; every field may be missing in real data.
 * Where V3 differs from V1:
 * - prices are ranges over the variants (decimal strings, formatted only when CURRENCY is requested): the
 *   price shown is the lowest actual price ("€10.00 – €20.00" when variants differ); the compare-at price is
 *   shown as the price before discount when it is higher;
 * - the SKU belongs to variants, and list reads return variants only sometimes: the first variant's SKU, else
 *   the cheapest variant's, else none;
 * - stock is the product's availability status; V3 keeps quantities in inventory items, so none is shown;
 * - categories (asked with DIRECT_CATEGORIES_INFO) stand for V1's collections; cost is the range over the
 *   variants (`costRange`, asked with MERCHANT_DATA), profit the cheapest variant's, like the price shown.
 */
export function fromV3Product(raw: WixV3Product): Product {
  const currency = nonEmpty(raw.currency);
  const actualMin = money(raw.actualPriceRange?.minValue, currency);
  const actualMax = money(raw.actualPriceRange?.maxValue, currency);
  const compareAt = money(raw.compareAtPriceRange?.minValue, currency);
  const isRange = actualMin !== null && actualMax !== null && actualMax.amount > actualMin.amount;
  const isDiscounted = !isRange && actualMin !== null && compareAt !== null && compareAt.amount > actualMin.amount;
  const main = raw.media?.main;
  return {
    id: String(raw._id ?? ''),
    name: visibleText(raw.name),
    sku: skuOf(raw),
    price: range(actualMin, actualMax),
    priceBeforeDiscount: isDiscounted ? compareAt.text : null,
    currency,
    visible: raw.visible !== false,
    stock: stockFromStatus(raw.inventory?.availabilityStatus) ?? 'unknown',
    quantity: null,
    // Real Wix gives images with a media id as `wix:image://v1/…` ids: turned into their static.wixstatic.com URL.
    thumbnailUrl: safeImageUrl(main?.thumbnail?.url) ?? imageUrl(main?.image) ?? imageUrl(main?.url),
    lastUpdated: dateOrNull(raw._updatedDate),
    productType: productTypeOf(raw.productType),
    brand: nonEmpty(raw.brand?.name),
    ribbon: nonEmpty(raw.ribbon?.name),
    created: dateOrNull(raw._createdDate),
    collectionIds: collectionIdsOf(raw.directCategoriesInfo?.categories?.map((c) => c?._id)),
    cost: range(money(raw.costRange?.minValue, currency), money(raw.costRange?.maxValue, currency)),
    // The variant the price shown comes from: the cheapest (search results carry only it), else the first.
    profit: money((raw.variantSummary?.minPriceVariant ?? raw.variantsInfo?.variants?.[0])?.revenueDetails?.profit, currency)?.text ?? null,
  };
}

/** "€10.00", or "€10.00 – €20.00" when the variants differ; null without a lower bound. */
function range(min: ReturnType<typeof money>, max: ReturnType<typeof money>): string | null {
  return min === null ? null : max !== null && max.amount > min.amount ? `${min.text} – ${max.text}` : min.text;
}


function imageUrl(value: unknown): string | null {
  return safeImageUrl(value) ?? safeImageUrl(wixImageUrl(value));
}

function money(value: Money, currency: string | null): { amount: number; text: string } | null {
  const amount = value?.amount === undefined || value.amount === null ? NaN : Number(value.amount);
  if (!Number.isFinite(amount)) return null;
  const text = nonEmpty(value?.formattedAmount) ?? formatPrice(amount, currency);
  return text === null ? null : { amount, text };
}

function skuOf(raw: WixV3Product): string | null {
  for (const variant of raw.variantsInfo?.variants ?? []) {
    const sku = nonEmpty(variant?.sku);
    if (sku) return sku;
  }
  return nonEmpty(raw.variantSummary?.minPriceVariant?.sku);
}

