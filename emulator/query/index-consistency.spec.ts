/** @jest-environment node */
import { effectivePrice } from '../catalog/catalog';
import { generateCatalog } from '../catalog/generator';
import { Prng } from '../catalog/prng';
import { CatalogIndexes } from './catalog-indexes';
import { runQuery, type SortKey } from './execute';
import type { FieldDef } from './field';
import { v1Fields } from './fields-v1';
import { compileFilter } from './filter';

/**
 * The index-backed paths (prefix ranges, rank sorting, walking a pre-sorted order) must give exactly what a
 * plain scan + sort gives. Checked on a generated catalog with random prefixes, ranges, sorts and pages.
 */
const catalog = generateCatalog({ products: 3000, seed: 7, currency: 'EUR' });
const fields = v1Fields(new CatalogIndexes(catalog));
const field = (name: string) => fields.get(name) as FieldDef;

function naive(test: (row: number) => boolean, sort: SortKey[], offset: number, limit: number): number[] {
  const rows: number[] = [];
  for (let r = 0; r < catalog.size; r++) if (test(r)) rows.push(r);
  const key = (f: FieldDef, r: number) => {
    const v = f.get(r);
    return typeof v === 'string' ? v.toLowerCase() : typeof v === 'number' && v !== v ? -Infinity : (v as number);
  };
  rows.sort((a, b) => {
    for (const s of sort) {
      const ka = key(s.field, a);
      const kb = key(s.field, b);
      if (ka !== kb) return (ka < kb ? -1 : 1) * (s.descending ? -1 : 1);
    }
    return sort.length === 1 && sort[0].descending ? b - a : a - b;
  });
  return rows.slice(offset, offset + limit);
}

describe('index-backed queries agree with a plain scan', () => {
  const rng = new Prng(99);
  const prefixes = ['c', 'cl', 'classic s', 'z', 'Modern C', 'tsh-', 'mug-sil', 'nordic oak', ''];

  it.each(prefixes)('name/sku prefix %p, sorted and paged', (prefix) => {
    for (const fieldName of ['name', 'sku']) {
      const sortField = rng.pick(['price', 'name', 'numericId', 'lastUpdated', 'sku']);
      const sort: SortKey[] = [{ field: field(sortField), descending: rng.chance(0.5) }];
      const offset = rng.int(0, 40);
      const limit = rng.int(1, 60);
      const filter = compileFilter({ [fieldName]: { $startsWith: prefix } }, fields);
      const got = Array.from(runQuery(catalog.size, filter, sort, offset, limit).rows);
      const want = naive((r) => String(field(fieldName).get(r) ?? '').toLowerCase().startsWith(prefix.toLowerCase()), sort, offset, limit);
      expect(got).toEqual(want);
    }
  });

  it('price ranges combined with a prefix, in catalog order and with two sort keys', () => {
    const filter = compileFilter({ price: { $gte: 20, $lt: 60 }, name: { $startsWith: 'b' } }, fields);
    const test = (r: number) => catalog.price[r] >= 20 && catalog.price[r] < 60 && catalog.names[r].toLowerCase().startsWith('b');
    const run = runQuery(catalog.size, filter, [], 10, 25);
    expect(Array.from(run.rows)).toEqual(naive(test, [], 10, 25));
    const two: SortKey[] = [{ field: field('productType'), descending: false }, { field: field('price'), descending: true }];
    expect(Array.from(runQuery(catalog.size, filter, two, 0, 30).rows)).toEqual(naive(test, two, 0, 30));
  });

  it('a full scan walked in price order matches, with the total counted', () => {
    const sort: SortKey[] = [{ field: field('price'), descending: true }];
    const test = (r: number) => catalog.visible[r] === 1 && effectivePrice(catalog, r) < 30;
    const run = runQuery(catalog.size, { test, candidates: null }, sort, 100, 50);
    expect(Array.from(run.rows)).toEqual(naive(test, sort, 100, 50));
    expect(run.total).toBe(naive(test, [], 0, catalog.size).length);
  });
});
