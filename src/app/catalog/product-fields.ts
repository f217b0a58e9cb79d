import { StockStatus } from './product';

// Field readers shared by the V1 and V3 mappings. No Angular or RxJS here: the lazily loaded V3 reader uses them.

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

/** The string if it has any non-space character, else null. */
export function nonEmpty(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** A finite number, else null. */
export function numberOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A valid Date from a Date or a date string, else null. */
export function dateOrNull(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Wix's "All Products" collection (V1; every product is in it, so a column listing it would say nothing). */
const ALL_PRODUCTS = '00000000-000000-000000-000000000001';

/** The ids of a product's collections or categories that are strings, "All Products" left out. */
export function collectionIdsOf(ids: unknown): string[] {
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string' && id !== '' && id !== ALL_PRODUCTS) : [];
}

/** V1's `physical`/`digital`, V3's `PHYSICAL`/`DIGITAL`; anything else (unspecified) is unknown. */
export function productTypeOf(type: unknown): 'physical' | 'digital' | null {
  const lower = typeof type === 'string' ? type.toLowerCase() : '';
  return lower === 'physical' || lower === 'digital' ? lower : null;
}

/** Wix's inventory status (the same names in V1 and V3) as the table shows it. */
export function stockFromStatus(status: string | null | undefined): StockStatus | null {
  switch (status) {
    case 'IN_STOCK':
      return 'in-stock';
    case 'OUT_OF_STOCK':
      return 'out-of-stock';
    case 'PARTIALLY_OUT_OF_STOCK':
      return 'partially-out-of-stock';
    default:
      return null;
  }
}
