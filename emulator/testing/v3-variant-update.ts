import type { V3Product } from '@wix/auto_sdk_stores_products-v-3';

/** A variant price as the SDK sends it. */
export interface SdkPrice {
  readonly actualPrice: { readonly amount: string };
  readonly compareAtPrice?: { readonly amount: string };
}

/**
 * The `options` and `variantsInfo` of a V3 update that changes only prices: every variant of `product` (as read
 * through the SDK) with all its writable data, and its price from `price(variant index)`. What Wix requires
 * (the whole list, every variant whole); emulator specs start from it and leave parts out to test refusals.
 */
export function pricedVariants(product: V3Product, price: (i: number) => SdkPrice): { options: unknown[]; variantsInfo: { variants: Record<string, unknown>[] } } {
  const variants = (product.variantsInfo?.variants ?? []).map((v, i) => {
    const { media: _m, inventoryStatus: _s, subscriptionPricesInfo: _p, revenueDetails: _r, ...writable } = v;
    return { ...writable, price: price(i) };
  });
  return { options: product.options ?? [], variantsInfo: { variants } };
}
