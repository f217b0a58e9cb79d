import type { WixV1Product } from '../wix/wix-client';
import { Product, StockStatus, visibleText } from './product';
import { collectionIdsOf, dateOrNull, formatPrice, nonEmpty, numberOrNull, productTypeOf, safeImageUrl, stockFromStatus } from './product-fields';

/** Maps a Catalog V1 product to the page's Product; every field may be missing in real data. */
export function fromV1Product(raw: WixV1Product): Product {
  const priceData = raw.priceData ?? raw.price;
  const currency = nonEmpty(priceData?.currency);
  const price = numberOrNull(priceData?.price);
  const discounted = numberOrNull(priceData?.discountedPrice);
  const isDiscounted = price !== null && discounted !== null && discounted < price;
  const formatted = priceData?.formatted;
  return {
    id: String(raw._id ?? ''),
    name: visibleText(raw.name),
    sku: nonEmpty(raw.sku),
    price: isDiscounted
      ? (nonEmpty(formatted?.discountedPrice) ?? formatPrice(discounted, currency))
      : (nonEmpty(formatted?.price) ?? formatPrice(price, currency)),
    priceBeforeDiscount: isDiscounted ? (nonEmpty(formatted?.price) ?? formatPrice(price, currency)) : null,
    currency,
    visible: raw.visible !== false,
    stock: stockOf(raw.stock),
    quantity: raw.stock?.trackInventory && typeof raw.stock.quantity === 'number' ? raw.stock.quantity : null,
    thumbnailUrl: safeImageUrl(raw.media?.mainMedia?.thumbnail?.url ?? raw.media?.mainMedia?.image?.url),
    lastUpdated: dateOrNull(raw.lastUpdated),
    productType: productTypeOf(raw.productType),
    brand: nonEmpty(raw.brand),
    ribbon: nonEmpty(raw.ribbon),
    created: dateOrNull(raw._createdDate),
    collectionIds: collectionIdsOf(raw.collectionIds),
    // Sent only to users who may see merchant data (managers), formatted (the typings mark both always present).
    cost: nonEmpty(raw.costAndProfitData?.formattedItemCost),
    profit: nonEmpty(raw.costAndProfitData?.formattedProfit),
  };
}

function stockOf(stock: WixV1Product['stock']): StockStatus {
  const status = stockFromStatus(stock?.inventoryStatus);
  if (status) return status;
  if (typeof stock?.inStock === 'boolean') return stock.inStock ? 'in-stock' : 'out-of-stock';
  return 'unknown';
}
