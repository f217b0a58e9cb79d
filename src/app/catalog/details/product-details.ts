import type { CatalogError } from '../catalog-error';
import type { StockStatus } from '../product';

// What the product details panel shows: plain app data, the same for Catalog V1 and V3.

/** Images are shown at 120 CSS px, square: asked for at 240 px (2× displays). */
export const DETAIL_IMAGE_PX = 240;

/** An image of the product: an http(s) URL asked for at the size shown, and its alternative text if Wix has one. */
export interface DetailImage {
  readonly url: string;
  readonly alt: string | null;
}

/**
 * What a product costs the merchant and earns them. Wix sends it only to roles that manage products (V1
 * `costAndProfitData`, V3 `MERCHANT_DATA`); `ProductDetails.merchant` is null for anyone else.
 */
export interface MerchantFigures {
  /** Formatted cost ("$12.00"; a range "$5.00 – $9.00" across V3 variants), null when none is set. */
  readonly cost: string | null;
  /** Formatted profit per item at the price paid, null when unknown. */
  readonly profit: string | null;
  /** Profit ÷ price, as a fraction (0.25 for 25 %), null when unknown. */
  readonly margin: number | null;
}

/** One purchasable version of the product: its option choices, SKU, price and stock. */
export interface VariantDetails {
  readonly id: string;
  /** "Size: M, Color: Red"; '' for the one variant of a product without options. */
  readonly choices: string;
  readonly sku: string | null;
  readonly price: string | null;
  readonly stock: StockStatus;
  /** Units in stock when the variant's inventory is tracked (V1: the variant's stock; V3: its inventory items). */
  readonly quantity: number | null;
  readonly merchant: MerchantFigures | null;
}

/** A product option and its choices ("Size": S, M, L). */
export interface OptionDetails {
  readonly name: string;
  readonly choices: readonly string[];
}

/** A collection (V1) or category (V3) the product is in; `name` null when the site did not name it. */
export interface GroupDetails {
  readonly id: string;
  readonly name: string | null;
}

/** One product as the details panel shows it. */
export interface ProductDetails {
  readonly id: string;
  readonly name: string;
  readonly images: readonly DetailImage[];
  /** What a buyer pays (formatted; a range across V3 variants), null without a price. */
  readonly price: string | null;
  /** The price before a discount, when the product is discounted. */
  readonly listPrice: string | null;
  /** Null when Wix did not send cost data (the role may not see it). */
  readonly merchant: MerchantFigures | null;
  readonly sku: string | null;
  readonly visible: boolean;
  readonly productType: 'physical' | 'digital' | null;
  readonly stock: StockStatus;
  readonly variants: readonly VariantDetails[];
  readonly options: readonly OptionDetails[];
  /** V1 collections or V3 categories (see `groupKind`). */
  readonly groups: readonly GroupDetails[];
  readonly groupKind: 'collection' | 'category';
  readonly created: Date | null;
  readonly updated: Date | null;
  /** The description as plain text (Wix stores HTML; tags are dropped, never rendered). */
  readonly description: string;
  /**
   * Why the variants' quantities are not shown (V3: reading the inventory items failed, e.g. a 403 naming
   * WIX_STORES.INVENTORY_READ; the rest of the details stand, stock as the product says it); null otherwise.
   */
  readonly inventoryError: CatalogError | null;
}
