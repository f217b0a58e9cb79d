/*
 * Types of the V3 method module (`#wix-stores-v3-methods`, a tsconfig path to the package's
 * `build/es/index.typings.mjs`), as stores-v1-methods.d.ts does for V1: the signatures are the package entry's,
 * which declares the same methods.
 */
declare module '#wix-stores-v3-methods' {
  export { getProduct } from '@wix/auto_sdk_stores_products-v-3';
}
