import { collectionsOf, interned, PRODUCT_TYPES, STOCK_STATUSES } from '../catalog/catalog';
import type { CatalogIndexes } from './catalog-indexes';
import { field, type FieldRegistry, registry } from './field';

/**
 * Catalog V1 `query-platformized` fields, as the SDK typings list them (ProductsQueryBuilder): eq/ne/in on
 * id, name, slug, productType, description, sku, priceData.price, numericId, lastUpdated, createdDate;
 * ranges on those but productType; startsWith on id, name, slug, description, sku; hasSome/hasAll on
 * collectionIds; exists on all. `visible` is not in the typings but Wix accepts `eq` on it at run time.
 * Sortable: id, name, slug, productType, sku, price, priceData.price, numericId, lastUpdated.
 * From Wix's V1 filter table ("Filter and sort", Query Products), beyond the typings: `inventoryStatus`
 * (`$eq`, `$ne`, `$hasSome`; the emulator also takes `$in`) and `collections.id` (the table's name for
 * `collectionIds`).
 */
export function v1Fields(indexes: CatalogIndexes): FieldRegistry {
  const c = indexes.catalog;
  const numeric = (values: Float64Array) => (r: number) => values[r];
  return registry([
    field('id', 'string', (r) => c.ids[r], { sortable: true, index: () => indexes.get('id') }),
    field('name', 'string', (r) => c.names[r], { sortable: true, index: () => indexes.get('name') }),
    field('slug', 'string', (r) => c.slugs[r], { sortable: true, index: () => indexes.get('slug') }),
    field('productType', 'enum', (r) => PRODUCT_TYPES[c.productType[r]], {
      sortable: true,
      values: PRODUCT_TYPES,
      index: () => indexes.get('productType'),
    }),
    field('description', 'string', (r) => interned(c.description, r)),
    field('sku', 'string', (r) => c.skus[r], { sortable: true, index: () => indexes.get('sku') }),
    field('price', 'number', numeric(c.price), { sortable: true, index: () => indexes.get('price') }),
    field('priceData.price', 'number', numeric(c.price), { sortable: true, index: () => indexes.get('price') }),
    field('numericId', 'number', numeric(c.numericIds), { sortable: true, index: () => indexes.get('numericId') }),
    field('lastUpdated', 'date', numeric(c.updated), { sortable: true, index: () => indexes.get('updated') }),
    field('createdDate', 'date', numeric(c.created), { index: () => indexes.get('created') }),
    field('collectionIds', 'list', (r) => collectionsOf(c, r)),
    field('collections.id', 'list', (r) => collectionsOf(c, r)),
    field('inventoryStatus', 'enum', (r) => STOCK_STATUSES[c.stockStatus[r]], {
      values: STOCK_STATUSES,
      ops: new Set(['$eq', '$ne', '$in', '$hasSome']),
    }),
    field('visible', 'boolean', (r) => c.visible[r] === 1),
  ]);
}
