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

/* The V3 method module (`#wix-stores-v3-methods`, the V3 package's `build/es/index.typings.mjs`), likewise. */
declare module '#wix-stores-v3-methods' {
  export { bulkUpdateProducts } from '@wix/auto_sdk_stores_products-v-3';
}

/* The categories method module (`#wix-categories-methods`, the categories package's `build/es/index.typings.mjs`). */
declare module '#wix-categories-methods' {
  export { bulkAddItemsToCategory, bulkRemoveItemsFromCategory } from '@wix/auto_sdk_categories_categories';
}
