import { type InventoryItem, queryInventoryItems } from '@wix/auto_sdk_stores_inventory-items-v-3';
import type { CatalogWixClient } from './wix-client';

/*
 * Catalog V3 inventory items of one product (`inventoryItemsV3.queryInventoryItems`, permission
 * `WIX_STORES.INVENTORY_READ`): V3 products carry whether each variant is in stock, not how many; the quantities
 * live in inventory items, one per variant and location. Reached only through the dynamic `import()` of the V3
 * details source (catalog/details/v3-details.ts), so V3 sites download it with the details panel, V1 sites never.
 *
 * Imported from the package's entry: nothing else in the app imports the package, and its entry is all
 * `createRESTModule` wrappers marked pure, so only `queryInventoryItems` (and its query router) comes along.
 * Called with a query object it sends that query as is (the typed overload) and answers `{inventoryItems,
 * pagingMetadata}`; Query is chosen over Search: Search reads an index that follows writes with a delay.
 */

/** An inventory item as the SDK returns it (`variantId`, `locationId`, `trackQuantity`, `quantity`, `inStock`). */
export type WixInventoryItem = InventoryItem;

/** Items per request: a product has at most 1,000 variants in Catalog V3 (× locations: paged with the cursor). */
const PAGE = 1000;
/** Pages read at most (10,000 items: 1,000 variants at 10 locations); the rest is left unread. */
const MAX_PAGES = 10;

/** The V3 inventory read bound to the dashboard-authenticated client. */
export interface WixV3InventoryRead {
  /** Every inventory item of the product (every variant at every location). Rejects with the SDK's error. */
  itemsOf(productId: string): Promise<WixInventoryItem[]>;
}

/** What the typed overload answers (the package declares the builder's overload on the bound function). */
interface QueryAnswer {
  inventoryItems?: WixInventoryItem[];
  pagingMetadata?: { cursors?: { next?: string | null } };
}
type TypedQuery = (query: { filter?: Record<string, unknown>; cursorPaging?: { limit?: number; cursor?: string } }) => Promise<QueryAnswer>;

/** Binds `queryInventoryItems` to the app's client (`client.use`): same auth, same fetch seam. */
export function bindV3InventoryRead(client: CatalogWixClient): WixV3InventoryRead {
  const query = (client.use({ queryInventoryItems }) as unknown as { queryInventoryItems: TypedQuery }).queryInventoryItems;
  return {
    async itemsOf(productId) {
      const items: WixInventoryItem[] = [];
      let answer = await query({ filter: { productId: { $eq: productId } }, cursorPaging: { limit: PAGE } });
      for (let page = 1; ; page++) {
        items.push(...(Array.isArray(answer?.inventoryItems) ? answer.inventoryItems : []));
        const next = answer?.pagingMetadata?.cursors?.next;
        if (typeof next !== 'string' || next === '' || page >= MAX_PAGES) return items;
        // A cursor carries the filter: it is sent alone, as Wix asks.
        answer = await query({ cursorPaging: { limit: PAGE, cursor: next } });
      }
    },
  };
}

/** The permission the inventory read needs (the typings' `@permissionId` of queryInventoryItems). */
export const INVENTORY_READ_PERMISSION = { id: 'WIX_STORES.INVENTORY_READ', name: 'Read Inventory' } as const;
