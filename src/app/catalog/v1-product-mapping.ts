import type { WixV1Product } from '../wix/wix-client';
import { Product, StockStatus, visibleText } from './product';

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
  };
}

function stockOf(stock: WixV1Product['stock']): StockStatus {
  switch (stock?.inventoryStatus) {
    case 'IN_STOCK':
      return 'in-stock';
    case 'OUT_OF_STOCK':
      return 'out-of-stock';
    case 'PARTIALLY_OUT_OF_STOCK':
      return 'partially-out-of-stock';
  }
  if (typeof stock?.inStock === 'boolean') return stock.inStock ? 'in-stock' : 'out-of-stock';
  return 'unknown';
}

/** Only http(s) URLs may become an image source; anything else (javascript:, data:, garbage) is dropped. */
export function safeImageUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Formats an amount in a currency when Wix sent no formatted string. */
export function formatPrice(amount: number | null, currency: string | null): string | null {
  if (amount === null) return null;
  if (!currency) return amount.toFixed(2);
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);
  } catch {
    return `${amount.toFixed(2)} ${currency}`;
  }
}

function nonEmpty(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function dateOrNull(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : date;
}
