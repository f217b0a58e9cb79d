import type { ProductDetails } from './product-details';

/**
 * One catalog version's single-product read (V1 and V3 each in a chunk of their own, loaded by
 * ProductDetailsReader). Plain promises: no Angular or RxJS in those chunks.
 */
export interface DetailsSource {
  /**
   * The product with id `id`; with `merchant`, asks Wix for cost and profit too. Rejects with the SDK's error
   * as it is (the reader maps it), or an unknown CatalogError for an answer that cannot be shown.
   */
  read(id: string, merchant: boolean): Promise<ProductDetails>;
}
