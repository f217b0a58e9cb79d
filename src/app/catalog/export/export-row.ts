import type { WixV1Product } from '../../wix/wix-client';
import type { WixV3Product } from '../../wix/v3-products';
import { Product, StockStatus } from '../product';
import { numberOrNull } from '../product-fields';
import { fromV1Product } from '../v1-product-mapping';
import { fromV3Product } from '../v3-product-mapping';

/**
 * A product as a spreadsheet needs it: the table's values, with prices as numbers (not Wix's formatted text)
 * and the currency beside them, so a column of prices sums.
 */
export interface ExportRow {
  readonly id: string;
  readonly name: string;
  readonly sku: string | null;
  /** The price a buyer pays (after a discount), in `currency`. */
  readonly price: number | null;
  /** The price before a discount, when discounted. */
  readonly priceBeforeDiscount: number | null;
  readonly currency: string | null;
  readonly stock: StockStatus;
  readonly quantity: number | null;
  readonly visible: boolean;
  readonly lastUpdated: Date | null;
  // The column chooser's optional columns (absent: the source did not map them, written as empty cells).
  readonly productType?: 'physical' | 'digital' | null;
  readonly brand?: string | null;
  readonly ribbon?: string | null;
  readonly created?: Date | null;
  /** Collection (V1) or category (V3) ids, without "All Products". */
  readonly collectionIds?: readonly string[];
  /** Cost in `currency` (V3: the cheapest variant's); null when Wix did not send it (a role that may not see it). */
  readonly cost?: number | null;
  /** Profit in `currency` (price after discount minus cost), like `cost`. */
  readonly profit?: number | null;
}

/** A Catalog V1 product as an export row. */
export function v1ExportRow(raw: WixV1Product): ExportRow {
  const priceData = raw.priceData ?? raw.price;
  const price = numberOrNull(priceData?.price);
  const discounted = numberOrNull(priceData?.discountedPrice);
  const isDiscounted = price !== null && discounted !== null && discounted < price;
  const merchant = raw.costAndProfitData;
  return rowOf(fromV1Product(raw), isDiscounted ? discounted : price, isDiscounted ? price : null, numberOrNull(merchant?.itemCost), numberOrNull(merchant?.profit));
}

/** A Catalog V3 product as an export row (prices are decimal strings in V3). */
export function v3ExportRow(raw: WixV3Product): ExportRow {
  const actual = numberOrNull(Number(raw.actualPriceRange?.minValue?.amount ?? NaN));
  const before = numberOrNull(Number(raw.compareAtPriceRange?.minValue?.amount ?? NaN));
  // Cost and profit as the table shows them: the lowest cost, the profit of the variant whose price is shown.
  const variant = raw.variantSummary?.minPriceVariant ?? raw.variantsInfo?.variants?.[0];
  const cost = amountOf(raw.costRange?.minValue?.amount);
  return rowOf(fromV3Product(raw), actual, before !== null && actual !== null && before > actual ? before : null, cost, amountOf(variant?.revenueDetails?.profit?.amount));
}

/** A V3 decimal string as a number; null when absent or not a number. */
function amountOf(amount: string | null | undefined): number | null {
  return amount === undefined || amount === null || amount.trim() === '' ? null : numberOrNull(Number(amount));
}

function rowOf(product: Product, price: number | null, priceBeforeDiscount: number | null, cost: number | null, profit: number | null): ExportRow {
  const { id, name, sku, currency, stock, quantity, visible, lastUpdated, productType, brand, ribbon, created, collectionIds } = product;
  return { id, name, sku, price, priceBeforeDiscount, currency, stock, quantity, visible, lastUpdated, productType, brand, ribbon, created, collectionIds, cost, profit };
}
