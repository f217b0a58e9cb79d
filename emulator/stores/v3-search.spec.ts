/** @jest-environment node */
import { generateCatalog } from '../catalog/generator';
import { DEFAULT_OPTIONS } from '../options';
import { QueryError } from '../query/query-error';
import { ctx, smallState } from '../query/test-catalog';
import { EmulatorState } from '../state';
import { queryV3Products } from './v3-endpoints';

interface Page {
  products: { id: string; name: string }[];
  pagingMetadata: { cursors: { next: string | null } };
}

/** Products chosen for the rules: words inside names, hyphenated SKUs, HTML descriptions, accents, categories. */
const PRODUCTS = [
  { id: 's-1', name: 'Stainless steel bowl', sku: 'AB-12', description: '<p>Kitchen <b>essential</b></p>', collectionIds: ['c-kitchen'] },
  { id: 's-2', name: 'Steel Mug', sku: 'MUG-7' },
  { id: 's-3', name: 'Bowl of Cherries', sku: 'ab12-x', description: 'Fresh fruit' },
  { id: 's-4', name: 'CAFÉ Crème', sku: 'CC-1' },
  { id: 's-5', name: 'Blue-Steel lamp' },
];
const state = smallState(PRODUCTS);

function search(details: Record<string, unknown>, s: EmulatorState = state, sort?: unknown): string[] {
  const ids: string[] = [];
  let body: Record<string, unknown> = { search: details, cursorPaging: { limit: 100 }, ...(sort !== undefined && { sort }) };
  for (;;) {
    const page = queryV3Products(ctx(s), { search: body }, 'search') as unknown as Page;
    ids.push(...page.products.map((p) => p.id));
    const next = page.pagingMetadata.cursors.next;
    if (!next) return ids;
    body = { cursorPaging: { limit: 100, cursor: next } };
  }
}

function rejected(details: Record<string, unknown>): QueryError {
  try {
    search(details);
  } catch (e) {
    if (e instanceof QueryError) return e;
    throw e;
  }
  throw new Error('accepted');
}

describe('V3 search: terms and words', () => {
  it('finds a word prefix inside a name, case-insensitively, and not the middle of a word', () => {
    expect(search({ expression: 'steel' })).toEqual(['s-1', 's-2', 's-5']);
    expect(search({ expression: 'STEEL' })).toEqual(['s-1', 's-2', 's-5']);
    expect(search({ expression: 'café' })).toEqual(['s-4']);
    expect(search({ expression: 'tain' })).toEqual([]);
  });

  it('splits SKUs on punctuation and also matches the whole SKU as a prefix', () => {
    expect(search({ expression: '12', fields: ['variantsInfo.variants.sku'] })).toEqual(['s-1']);
    expect(search({ expression: 'ab', fields: ['variantsInfo.variants.sku'] })).toEqual(['s-1', 's-3']);
    expect(search({ expression: 'AB-1', fields: ['minVariantPriceInfo.sku'] })).toEqual(['s-1']);
    expect(search({ expression: 'b-12' })).toEqual([]);
  });

  it('AND needs every term, each in any field; OR (also the default) needs one', () => {
    expect(search({ expression: 'steel bowl', mode: 'AND' })).toEqual(['s-1']);
    expect(search({ expression: 'steel bowl', mode: 'OR' })).toEqual(['s-1', 's-2', 's-3', 's-5']);
    expect(search({ expression: 'steel bowl' })).toEqual(['s-1', 's-2', 's-3', 's-5']);
    expect(search({ expression: '  bowl \t ab-12 ', mode: 'AND' })).toEqual(['s-1']);
    expect(search({ expression: 'bowl ab-12', mode: 'AND', fields: ['name'] })).toEqual([]);
  });

  it('searches plain-text descriptions and category ids only where asked, and every searchable field by default', () => {
    expect(search({ expression: 'essential', fields: ['name'] })).toEqual([]);
    expect(search({ expression: 'essential', fields: ['description'] })).toEqual(['s-1']);
    expect(search({ expression: 'p', fields: ['description'] })).toEqual([]); // the <p> tag is not text
    expect(search({ expression: 'fresh kitchen' })).toEqual(['s-1', 's-3']);
    expect(search({ expression: 'kitchen', fields: ['directCategoryIdsInfo.categoryIds'] })).toEqual(['s-1']);
    expect(search({ expression: 'ab', fields: ['variantsInfo.variants.barcode'] })).toEqual([]);
  });

  it('filters nothing without terms; ignores fuzzy (no typo tolerance); keeps the requested sort', () => {
    expect(search({})).toHaveLength(5);
    expect(search({ expression: ' \t ' })).toHaveLength(5);
    expect(search({ expression: 'stel', fuzzy: true })).toEqual([]);
    expect(search({ expression: 'steel', fuzzy: false })).toEqual(['s-1', 's-2', 's-5']);
    expect(search({ expression: 'steel' }, state, [{ fieldName: 'name', order: 'DESC' }])).toEqual(['s-2', 's-1', 's-5']);
  });
});

describe('V3 search: rejected as the typings reject', () => {
  it('expressions over 100 UTF-16 units, whitespace included', () => {
    expect(search({ expression: 'a'.repeat(100) })).toEqual([]);
    expect(search({ expression: '😀'.repeat(50) })).toEqual([]);
    for (const expression of ['a'.repeat(101), ' '.repeat(101), '😀'.repeat(51)]) {
      expect(rejected({ expression })).toMatchObject({
        code: 'INVALID_ARGUMENT',
        violation: { field: 'search.search.expression', violatedRule: 'MAX', data: { threshold: 100 } },
      });
    }
  });

  it('unknown fields, more than 20 fields, unknown modes, non-boolean fuzzy, non-string expressions', () => {
    expect(rejected({ expression: 'a', fields: ['brand'] })).toMatchObject({ violation: { field: 'search.search.fields' } });
    expect(rejected({ fields: ['sku'] })).toMatchObject({ violation: { field: 'search.search.fields' } });
    expect(rejected({ expression: 'a', fields: Array(21).fill('name') })).toMatchObject({
      violation: { field: 'search.search.fields', violatedRule: 'MAX' },
    });
    for (const mode of ['or', 'XOR', 1]) expect(rejected({ expression: 'a', mode })).toMatchObject({ violation: { field: 'search.search.mode' } });
    expect(rejected({ expression: 'a', fuzzy: 'yes' })).toMatchObject({ violation: { field: 'search.search.fuzzy' } });
    expect(rejected({ expression: 7 })).toMatchObject({ violation: { field: 'search.search.expression' } });
  });
});

/**
 * The endpoint against a plain scan that applies the README's rules literally (split every text into words) on a
 * generated catalog, for expressions built from its own vocabulary, in both modes and several field sets.
 */
describe('V3 search against a plain scan of a generated catalog', () => {
  const generated = new EmulatorState(DEFAULT_OPTIONS, generateCatalog({ products: 400, seed: 7, currency: 'USD' }));
  const c = generated.catalog;
  const words = (text: string | null) => {
    if (text === null) return [];
    const lower = text.toLowerCase();
    return [lower, ...lower.split(/[^\p{L}\p{N}]+/u)];
  };
  const fieldTexts: Record<string, (row: number) => (string | null)[]> = {
    name: (r) => [c.names[r]],
    description: (r) => [c.description.values[c.description.codes[r]]?.replace(/<[^>]*>/g, ' ').trim() ?? null],
    'variantsInfo.variants.sku': (r) => [c.skus[r]],
    'minVariantPriceInfo.sku': (r) => [c.skus[r]],
    'directCategoryIdsInfo.categoryIds': (r) => Array.from(c.collectionItems.subarray(c.collectionOffsets[r], c.collectionOffsets[r + 1]), (i) => c.collectionIds[i]),
  };
  function scan(expression: string, mode: 'AND' | 'OR', fields: string[]): string[] {
    const terms = expression.split(/\s+/u).filter((t) => t !== '').map((t) => t.toLowerCase());
    const searched = fields.length > 0 ? fields : Object.keys(fieldTexts);
    const out: string[] = [];
    for (let r = 0; r < c.size; r++) {
      const all = searched.flatMap((f) => fieldTexts[f](r).flatMap(words));
      const hit = (t: string) => all.some((w) => w.startsWith(t));
      if (terms.length === 0 || (mode === 'AND' ? terms.every(hit) : terms.some(hit))) out.push(c.ids[r]);
    }
    return out;
  }
  const first = c.names[0].split(' ');
  const sku = c.skus[3] ?? 'X';
  const expressions = [
    first[0],
    `${first[1].slice(0, 3)} ${first[2].toUpperCase()}`,
    `${sku.slice(0, 5)} ${first[0]}`,
    sku.split('-')[2],
    'in cotton',
    'zzz classic',
    '',
  ];
  const fieldSets = [[], ['name', 'variantsInfo.variants.sku'], ['description'], ['name']];

  it.each(expressions)('"%s" in both modes and every field set', (expression) => {
    let nonEmpty = 0;
    for (const mode of ['AND', 'OR'] as const) {
      for (const fields of fieldSets) {
        const expected = scan(expression, mode, fields);
        nonEmpty += expected.length > 0 && expected.length < c.size ? 1 : 0;
        expect(search({ expression, mode, fields }, generated)).toEqual(expected);
      }
    }
    // Each expression must discriminate somewhere, or the comparison would prove nothing.
    if (expression !== '') expect(nonEmpty).toBeGreaterThan(0);
  });
});
