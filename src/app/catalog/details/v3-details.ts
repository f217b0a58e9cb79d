import { scaledToFill, wixImageUrl } from '../../wix/media-url';
import { INVENTORY_READ_PERMISSION, bindV3InventoryRead, type WixInventoryItem } from '../../wix/v3-inventory-read';
import { bindV3ProductRead, type WixV3DetailsField, type WixV3ProductDetails } from '../../wix/v3-product-read';
import type { CatalogWixClient } from '../../wix/wix-client';
import type { CatalogError, WixPermission } from '../catalog-error';
import { StockStatus, visibleText } from '../product';
import { dateOrNull, formatPrice, nonEmpty, safeImageUrl, stockFromStatus } from '../product-fields';
import type { DetailsSource } from './details-source';
import { htmlToText } from './plain-text';
import { DETAIL_IMAGE_PX, type DetailImage, type MerchantFigures, type ProductDetails, type VariantDetails } from './product-details';

/*
 * Catalog V3 details (a chunk of its own, loaded by ProductDetailsReader on V3 sites): `getProduct` with the
 * `fields` the panel shows, mapped to ProductDetails. Where V3 differs from V1: prices are per variant
 * (decimal strings, formatted with CURRENCY), stock is per variant in stock or not and the quantities live in
 * inventory items (read after the product: `queryInventoryItems` by product id), cost and profit come per variant
 * with MERCHANT_DATA (which Wix refuses, 403, to a role without admin read: the reader then asks without it),
 * categories instead of collections.
 */

type Money = { amount?: string | null; formattedAmount?: string | null } | null | undefined;

/** What the panel shows beyond the defaults (variantsInfo comes with getProduct). */
const FIELDS: WixV3DetailsField[] = ['CURRENCY', 'PLAIN_DESCRIPTION', 'DIRECT_CATEGORIES_INFO', 'MEDIA_ITEMS_INFO', 'VARIANT_OPTION_CHOICE_NAMES'];

/** Maps a failed Wix call to a CatalogError naming `permission` (the reader's WixErrorMapping). */
export type ErrorMapping = (error: unknown, permission: WixPermission) => CatalogError;

/** The V3 details source over the app's client. */
export function createV3Details(client: CatalogWixClient, origins: readonly string[], toError: ErrorMapping): DetailsSource {
  const api = bindV3ProductRead(client);
  const inventory = bindV3InventoryRead(client);
  return {
    async read(id, merchant) {
      const product: unknown = await api.getProduct(id, { fields: merchant ? [...FIELDS, 'MERCHANT_DATA'] : FIELDS });
      if (typeof product !== 'object' || product === null) throw { kind: 'unknown', status: 200, requestId: null };
      const details = fromV3Details(product as WixV3ProductDetails, origins);
      // After the product, not beside it: no inventory call for a product that cannot be read, nor twice when
      // the reader asks again without merchant data. A failure leaves the rest of the details standing.
      return inventory.itemsOf(id).then(
        (items) => withInventory(details, items),
        (error: unknown) => ({ ...details, inventoryError: toError(error, INVENTORY_READ_PERMISSION) }),
      );
    },
  };
}

/**
 * The variants' stock from their inventory items (one per location): a variant is in stock when some item is
 * (tracked: a quantity above 0; else `inStock`), its quantity the sum over its tracked items. A variant without
 * items keeps the stock its product read says.
 */
export function withInventory(details: ProductDetails, items: readonly WixInventoryItem[]): ProductDetails {
  const variants = details.variants.map((variant): VariantDetails => {
    const own = items.filter((item) => item?.variantId === variant.id);
    if (own.length === 0) return variant;
    const tracked = own.filter((item) => item.trackQuantity === true && typeof item.quantity === 'number' && Number.isFinite(item.quantity));
    const inStock = own.some((item) => (item.trackQuantity === true ? (item.quantity ?? 0) > 0 : item.inStock === true));
    const known = inStock || own.every((item) => item.trackQuantity === true || typeof item.inStock === 'boolean');
    return {
      ...variant,
      stock: inStock ? 'in-stock' : known ? 'out-of-stock' : 'unknown',
      quantity: tracked.length > 0 ? tracked.reduce((sum, item) => sum + (item.quantity as number), 0) : null,
    };
  });
  return { ...details, variants, inventoryError: null };
}

/** Maps a V3 `getProduct` answer to ProductDetails (images asked for at the size shown). */
export function fromV3Details(raw: WixV3ProductDetails, origins: readonly string[]): ProductDetails {
  const currency = nonEmpty(raw.currency);
  const variants = Array.isArray(raw.variantsInfo?.variants) ? raw.variantsInfo.variants : [];
  const low = money(raw.actualPriceRange?.minValue, currency);
  const high = money(raw.actualPriceRange?.maxValue, currency);
  const compareAt = money(raw.compareAtPriceRange?.minValue, currency);
  const isRange = low !== null && high !== null && high.amount > low.amount;
  const shownVariants = variants.map((v): VariantDetails => ({
    id: String(v?._id ?? ''),
    choices: (v?.choices ?? [])
      .map((c) => [nonEmpty(c?.optionChoiceNames?.optionName), nonEmpty(c?.optionChoiceNames?.choiceName)])
      .filter(([option, choice]) => option && choice)
      .map(([option, choice]) => `${option}: ${choice}`)
      .join(', '),
    sku: nonEmpty(v?.sku),
    price: money(v?.price?.actualPrice, currency)?.text ?? null,
    stock: inStock(v?.inventoryStatus?.inStock),
    // V3 products carry no quantities: withInventory adds them from the inventory items.
    quantity: null,
    merchant: v?.revenueDetails ? figures(v.revenueDetails.cost, v.revenueDetails.profit, v.revenueDetails.profitMargin, currency) : null,
  }));
  const costLow = money(raw.costRange?.minValue, currency);
  const costHigh = money(raw.costRange?.maxValue, currency);
  // One variant: its profit is the product's. Several: the cost is a range and profit is per variant.
  const single = shownVariants.length === 1 ? shownVariants[0].merchant : null;
  const merchant: MerchantFigures | null =
    raw.costRange || single
      ? {
          cost: costLow && costHigh && costHigh.amount > costLow.amount ? `${costLow.text} – ${costHigh.text}` : (costLow?.text ?? single?.cost ?? null),
          profit: single?.profit ?? null,
          margin: single?.margin ?? null,
        }
      : null;
  return {
    id: String(raw._id ?? ''),
    name: visibleText(raw.name),
    images: imagesOf(raw, origins),
    price: low === null ? null : isRange ? `${low.text} – ${high!.text}` : low.text,
    listPrice: !isRange && low !== null && compareAt !== null && compareAt.amount > low.amount ? compareAt.text : null,
    merchant,
    sku: shownVariants.map((v) => v.sku).find((sku) => sku !== null) ?? null,
    visible: raw.visible !== false,
    productType: raw.productType === 'DIGITAL' ? 'digital' : raw.productType === 'PHYSICAL' ? 'physical' : null,
    stock: stockFromStatus(raw.inventory?.availabilityStatus) ?? 'unknown',
    variants: shownVariants,
    options: (Array.isArray(raw.options) ? raw.options : []).map((o) => ({
      name: visibleText(o?.name),
      choices: (o?.choicesSettings?.choices ?? []).map((c) => nonEmpty(c?.name) ?? '').filter((c) => c !== ''),
    })),
    groups: (raw.directCategoriesInfo?.categories ?? []).filter((c) => typeof c?._id === 'string').map((c) => ({ id: c._id as string, name: null })),
    groupKind: 'category',
    created: dateOrNull(raw._createdDate),
    updated: dateOrNull(raw._updatedDate),
    description: htmlToText(raw.plainDescription),
    inventoryError: null,
  };
}

function money(value: Money, currency: string | null): { amount: number; text: string } | null {
  const amount = value?.amount === undefined || value.amount === null ? NaN : Number(value.amount);
  if (!Number.isFinite(amount)) return null;
  const text = nonEmpty(value?.formattedAmount) ?? formatPrice(amount, currency);
  return text === null ? null : { amount, text };
}

function figures(cost: Money, profit: Money, margin: unknown, currency: string | null): MerchantFigures {
  return {
    cost: money(cost, currency)?.text ?? null,
    profit: money(profit, currency)?.text ?? null,
    margin: typeof margin === 'number' && Number.isFinite(margin) ? margin : null,
  };
}

function inStock(value: unknown): StockStatus {
  return typeof value === 'boolean' ? (value ? 'in-stock' : 'out-of-stock') : 'unknown';
}

/** Every image (`media.itemsInfo` with MEDIA_ITEMS_INFO, else the main one): URLs, or `wix:image://` ids as URLs. */
function imagesOf(raw: WixV3ProductDetails, origins: readonly string[]): DetailImage[] {
  const items = raw.media?.itemsInfo?.items?.length ? raw.media.itemsInfo.items : raw.media?.main ? [raw.media.main] : [];
  const images: DetailImage[] = [];
  for (const item of items) {
    if (item?.mediaType === 'VIDEO') continue;
    const url = safeImageUrl(item?.url) ?? safeImageUrl(wixImageUrl(item?.image)) ?? safeImageUrl(item?.image);
    if (url) images.push({ url: scaledToFill(url, DETAIL_IMAGE_PX, DETAIL_IMAGE_PX, origins), alt: nonEmpty(item.altText) });
  }
  return images;
}
