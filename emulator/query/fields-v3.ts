import { collectionsOf, interned, STOCK_STATUSES } from '../catalog/catalog';
import type { CatalogIndexes } from './catalog-indexes';
import { field, type FieldDef, type FieldRegistry, type Operator, registry } from './field';

/** V3 product types (V1's unspecified type has no V3 counterpart and reads as PHYSICAL). */
export const V3_PRODUCT_TYPES = ['PHYSICAL', 'DIGITAL', 'PHYSICAL'] as const;
const NO_ITEMS: readonly string[] = [];
/** On a list of ids: `$eq`/`$in` mean "some id is (one of)…", as `$hasSome` does. */
const CATEGORY_ID_OPS = new Set<Operator>(['$eq', '$in', '$hasSome', '$exists']);

/**
 * Catalog V3 `products/query` fields (V3ProductQuerySpec): `id`, `handle` (any operator, no sort);
 * `createdDate`, `updatedDate`, `slug`, `visible` (any operator, sortable); `options.id` (hasSome/hasAll).
 * There is no `name` here: name search is `products/search`.
 */
export function v3QueryFields(indexes: CatalogIndexes): FieldRegistry {
  const f = commonFields(indexes);
  return registry([f.id, f.handle, f.createdDate, f.updatedDate, f.slug, f.visible, field('options.id', 'list', () => NO_ITEMS)]);
}

/**
 * Catalog V3 `products/search` fields (a subset of V3ProductSearchSpec): identity, name, visibility, type,
 * brand/ribbon names, availability, dates, price ranges, category ids, and `variantsInfo.variants` through
 * `$matchItems` (every emulated product has one variant, so the item filter is applied to it).
 * Sortable: createdDate, updatedDate, name, actual/compare-at price ranges.
 * Categories (typings `wql`: `$matchItems` on `directCategoriesInfo.categories` and
 * `allCategoriesInfo.categories`; Wix's table adds `….categories.id` with `$in`/`$hasSome`): an emulated
 * product's categories are flat (no parents), so direct and all categories are the same list.
 */
export function v3SearchFields(indexes: CatalogIndexes): FieldRegistry {
  const c = indexes.catalog;
  const f = commonFields(indexes);
  const effective = () => indexes.effectivePrices();
  const actual = (path: string) =>
    field(path, 'number', (r) => effective()[r], { sortable: true, index: () => indexes.get('effectivePrice') });
  const compareAt = (path: string) =>
    field(path, 'number', (r) => c.price[r], { sortable: true, index: () => indexes.get('price') });
  const variant = registry([
    field('sku', 'string', (r) => c.skus[r], { index: () => indexes.get('sku') }),
    field('barcode', 'string', () => null),
    field('visible', 'boolean', (r) => c.visible[r] === 1),
    field('price.actualPrice.amount', 'number', (r) => effective()[r]),
    field('price.compareAtPrice.amount', 'number', (r) => c.price[r]),
    field('inventoryStatus.inStock', 'boolean', (r) => c.stockStatus[r] !== 1),
  ]);
  // `$matchItems` on categories: "some category's id is…" over the product's category ids.
  const categoryItem = registry([field('id', 'list', (r) => collectionsOf(c, r), { ops: CATEGORY_ID_OPS })]);
  return registry([
    f.id, f.handle, f.slug, f.visible, f.createdDate, f.updatedDate,
    field('name', 'string', (r) => c.names[r], { sortable: true, index: () => indexes.get('name') }),
    field('visibleInPos', 'boolean', () => true),
    field('productType', 'enum', (r) => V3_PRODUCT_TYPES[c.productType[r]], { values: V3_PRODUCT_TYPES }),
    field('brand.name', 'string', (r) => interned(c.brand, r)),
    field('ribbon.name', 'string', (r) => interned(c.ribbon, r)),
    field('inventory.availabilityStatus', 'enum', (r) => STOCK_STATUSES[c.stockStatus[r]], { values: STOCK_STATUSES }),
    actual('actualPriceRange.minValue.amount'),
    actual('actualPriceRange.maxValue.amount'),
    compareAt('compareAtPriceRange.minValue.amount'),
    compareAt('compareAtPriceRange.maxValue.amount'),
    field('directCategoryIdsInfo.categoryIds', 'list', (r) => collectionsOf(c, r)),
    ...(['directCategoriesInfo.categories', 'allCategoriesInfo.categories'] as const).flatMap((path) => [
      field(path, 'items', () => null, { items: categoryItem }),
      field(`${path}.id`, 'list', (r) => collectionsOf(c, r), { ops: CATEGORY_ID_OPS }),
    ]),
    field('variantsInfo.variants', 'items', () => null, { items: variant }),
  ]);
}

function commonFields(indexes: CatalogIndexes): Record<'id' | 'handle' | 'slug' | 'visible' | 'createdDate' | 'updatedDate', FieldDef> {
  const c = indexes.catalog;
  return {
    id: field('id', 'string', (r) => c.ids[r], { index: () => indexes.get('id') }),
    handle: field('handle', 'string', (r) => c.slugs[r], { index: () => indexes.get('slug') }),
    slug: field('slug', 'string', (r) => c.slugs[r], { sortable: true, index: () => indexes.get('slug') }),
    visible: field('visible', 'boolean', (r) => c.visible[r] === 1, { sortable: true, index: () => indexes.get('visible') }),
    createdDate: field('createdDate', 'date', (r) => c.created[r], { sortable: true, index: () => indexes.get('created') }),
    updatedDate: field('updatedDate', 'date', (r) => c.updated[r], { sortable: true, index: () => indexes.get('updated') }),
  };
}
