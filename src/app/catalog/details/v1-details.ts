import { scaledToFill } from '../../wix/media-url';
import { bindV1ProductRead, type WixV1ProductDetails } from '../../wix/v1-product-read';
import type { CatalogWixClient } from '../../wix/wix-client';
import { StockStatus, visibleText } from '../product';
import { dateOrNull, formatPrice, nonEmpty, numberOrNull, safeImageUrl, stockFromStatus } from '../product-fields';
import { htmlToText } from './plain-text';
import type { DetailsSource } from './details-source';
import { DETAIL_IMAGE_PX, type DetailImage, type MerchantFigures, type OptionDetails, type ProductDetails, type VariantDetails } from './product-details';

/*
 * Catalog V1 details (a chunk of its own, loaded by ProductDetailsReader on V1 sites): `getProduct` with
 * `includeMerchantSpecificData` (cost and profit; Wix sends them only to roles that manage products), mapped to
 * ProductDetails. Every field may be missing in real data. Plain TS: no Angular or RxJS in this chunk.
 */

type PriceData = WixV1ProductDetails['priceData'];
type Cost = WixV1ProductDetails['costAndProfitData'];

/** The V1 details source over the app's client. */
export function createV1Details(client: CatalogWixClient, origins: readonly string[]): DetailsSource {
  const api = bindV1ProductRead(client);
  return {
    async read(id, merchant) {
      const answer = await api.getProduct(id, { includeMerchantSpecificData: merchant });
      const product: unknown = (answer as { product?: unknown } | null)?.product;
      // A 200 without a product object is an answer the panel cannot show (not retried: asking again gets the same).
      if (typeof product !== 'object' || product === null) throw { kind: 'unknown', status: 200, requestId: null };
      return fromV1Details(product as WixV1ProductDetails, origins);
    },
  };
}

/** Maps a V1 `getProduct` answer's product to ProductDetails (images asked for at the size shown). */
export function fromV1Details(raw: WixV1ProductDetails, origins: readonly string[]): ProductDetails {
  const { price, listPrice } = prices(raw.priceData ?? raw.price);
  return {
    id: String(raw._id ?? ''),
    name: visibleText(raw.name),
    images: imagesOf(raw, origins),
    price,
    listPrice,
    merchant: merchantOf(raw.costAndProfitData, raw.priceData?.currency ?? null),
    sku: nonEmpty(raw.sku),
    visible: raw.visible !== false,
    productType: raw.productType === 'digital' ? 'digital' : raw.productType === 'physical' ? 'physical' : null,
    stock: stockFromStatus(raw.stock?.inventoryStatus) ?? inStock(raw.stock?.inStock),
    variants: (Array.isArray(raw.variants) ? raw.variants : []).map((v): VariantDetails => {
      const { price: variantPrice } = prices(v?.variant?.priceData);
      const tracked = v?.stock?.trackQuantity === true && typeof v.stock.quantity === 'number';
      return {
        id: String(v?._id ?? ''),
        choices: Object.entries(v?.choices ?? {})
          .map(([option, choice]) => `${option}: ${choice}`)
          .join(', '),
        sku: nonEmpty(v?.variant?.sku),
        price: variantPrice,
        stock: inStock(v?.stock?.inStock),
        quantity: tracked ? (v.stock!.quantity as number) : null,
        merchant: merchantOf(v?.variant?.costAndProfitData, v?.variant?.priceData?.currency ?? null),
      };
    }),
    options: (Array.isArray(raw.productOptions) ? raw.productOptions : []).map(
      (o): OptionDetails => ({
        name: visibleText(o?.name),
        // A color option's `value` is its hex code; `description` is the name the merchant gave it.
        choices: (o?.choices ?? []).map((c) => nonEmpty(c?.description) ?? String(c?.value ?? '')).filter((c) => c !== ''),
      }),
    ),
    groups: (Array.isArray(raw.collectionIds) ? raw.collectionIds : []).filter((id) => typeof id === 'string').map((id) => ({ id, name: null })),
    groupKind: 'collection',
    created: dateOrNull(raw._createdDate),
    updated: dateOrNull(raw.lastUpdated),
    description: htmlToText(raw.description),
    inventoryError: null,
  };
}

/** What a buyer pays and, when discounted, the price before (Wix's formatted strings, else formatted here). */
function prices(data: PriceData): { price: string | null; listPrice: string | null } {
  const currency = nonEmpty(data?.currency);
  const price = numberOrNull(data?.price);
  const discounted = numberOrNull(data?.discountedPrice);
  const formattedPrice = nonEmpty(data?.formatted?.price) ?? formatPrice(price, currency);
  if (price !== null && discounted !== null && discounted < price) {
    return { price: nonEmpty(data?.formatted?.discountedPrice) ?? formatPrice(discounted, currency), listPrice: formattedPrice };
  }
  return { price: formattedPrice, listPrice: null };
}

function merchantOf(cost: Cost, currency: string | null): MerchantFigures | null {
  if (!cost || typeof cost !== 'object') return null;
  const item = numberOrNull(cost.itemCost);
  const profit = numberOrNull(cost.profit);
  return {
    cost: nonEmpty(cost.formattedItemCost) ?? formatPrice(item, currency),
    profit: nonEmpty(cost.formattedProfit) ?? formatPrice(profit, currency),
    margin: numberOrNull(cost.profitMargin),
  };
}

function inStock(value: unknown): StockStatus {
  return typeof value === 'boolean' ? (value ? 'in-stock' : 'out-of-stock') : 'unknown';
}

/** Every image of the product (`media.items`, else the main one), as safe http(s) URLs at the panel's size. */
function imagesOf(raw: WixV1ProductDetails, origins: readonly string[]): DetailImage[] {
  const items = raw.media?.items?.length ? raw.media.items : raw.media?.mainMedia ? [raw.media.mainMedia] : [];
  const images: DetailImage[] = [];
  for (const item of items) {
    const url = safeImageUrl(item?.image?.url) ?? safeImageUrl(item?.thumbnail?.url);
    if (url && item?.mediaType !== 'video') {
      images.push({ url: scaledToFill(url, DETAIL_IMAGE_PX, DETAIL_IMAGE_PX, origins), alt: nonEmpty(item.image?.altText) ?? nonEmpty(item.title) });
    }
  }
  return images;
}
