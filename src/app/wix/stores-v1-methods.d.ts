/*
 * Types of the V1 method module (`#wix-stores-v1-methods`, a tsconfig path to the package's
 * `build/es/index.typings.mjs`). Its own `.d.mts` is not reachable through a path, so the signatures are taken
 * from the package's entry, which declares the same methods.
 */
declare module '#wix-stores-v1-methods' {
  export {
    addProductsToCollection,
    getProduct,
    bulkUpdateProductsProperty,
    removeProductsFromCollection,
    updateProduct,
  } from '@wix/auto_sdk_stores_products';
}
