import { type Catalog, collectionsOf, interned } from '../catalog/catalog';
import { variantsOf } from '../catalog/variants';
import type { Condition } from './conditions';
import { MATCH_ALL } from './filter';
import { isPlainObject, violation } from './query-error';
import { plainText, searchTerms, termMatcher } from './text-search';

/** The texts of one searchable field of a row (a list, because a product has several variants and categories). */
export type SearchableText = (row: number) => readonly string[];

/** Limits from the typings' `SearchDetails`: expression `@maxLength 100`, fields `@maxSize 20`. */
export const MAX_EXPRESSION = 100;
export const MAX_SEARCH_FIELDS = 20;
const MODES: readonly string[] = ['OR', 'AND'];

const NONE: readonly string[] = [];
const one = (value: string | null): readonly string[] => (value === null ? NONE : [value]);

/**
 * The searchable fields of V3ProductSearchSpec, every one of them, so that a request naming any of them is
 * accepted. The min-price variant is a product's first, whose SKU is the product's (catalog/variants.ts); the emulator has
 * no barcodes, delivery profiles or shipping groups, so those fields are accepted and match nothing.
 */
export function v3SearchableTexts(c: Catalog): ReadonlyMap<string, SearchableText> {
  const sku: SearchableText = (r) => one(c.skus[r]);
  // Every variant's SKU (a product with options has one per variant; the first is the product's).
  const variantSkus: SearchableText = (r) => variantsOf(c, r).flatMap((v) => (v.sku === null ? [] : [v.sku]));
  const description: SearchableText = (r) => {
    const html = interned(c.description, r);
    return html === null ? NONE : [plainText(html)];
  };
  return new Map<string, SearchableText>([
    ['name', (r) => one(c.names[r])],
    ['description', description],
    ['variantsInfo.variants.sku', variantSkus],
    ['variantsInfo.variants.barcode', () => NONE],
    ['minVariantPriceInfo.sku', sku],
    ['directCategoryIdsInfo.categoryIds', (r) => collectionsOf(c, r)],
    ['physicalProperties.deliveryProfileId', () => NONE],
    ['physicalProperties.shippingGroupId', () => NONE],
  ]);
}

/**
 * Compiles V3 `search.search` (`{expression, fields, mode, fuzzy}`, all optional) into a row condition.
 * `path` names the object in violations (`search.search`). Everything is validated even without an expression.
 * - Terms: the expression split on whitespace; none → no text filtering.
 * - A term matches a row when it matches (word prefix, see text-search.ts) some text of some searched field.
 * - `mode` 'OR' (the default: neither the typings nor the docs state one, and OR is the enum's first value,
 *   protobuf's default): some term matches; 'AND': every term matches, each possibly in another field.
 * - `fields`: absent or empty → every searchable field (the typings: "If empty - will search in all").
 * - `fuzzy`: a boolean, accepted and ignored (no typo tolerance).
 */
export function compileSearch(search: unknown, searchable: ReadonlyMap<string, SearchableText>, path: string): Condition {
  if (search === undefined || search === null) return MATCH_ALL;
  if (!isPlainObject(search)) throw violation(path, 'must be an object', 'FORMAT');
  const expression = search['expression'] ?? '';
  if (typeof expression !== 'string') throw violation(`${path}.expression`, 'must be a string', 'FORMAT');
  if (expression.length > MAX_EXPRESSION) {
    throw violation(`${path}.expression`, `must be at most ${MAX_EXPRESSION} characters`, 'MAX', { threshold: MAX_EXPRESSION });
  }
  const mode = search['mode'] ?? 'OR';
  if (typeof mode !== 'string' || !MODES.includes(mode)) throw violation(`${path}.mode`, `must be one of ${MODES.join(', ')}`, 'OTHER');
  const fuzzy = search['fuzzy'] ?? false;
  if (typeof fuzzy !== 'boolean') throw violation(`${path}.fuzzy`, 'must be true or false', 'FORMAT');
  const texts = searchedFields(search['fields'] ?? [], searchable, `${path}.fields`);
  const terms = searchTerms(expression);
  if (terms.length === 0) return MATCH_ALL;
  const matchers = terms.map(termMatcher);
  const every = mode === 'AND';
  const test = (row: number): boolean => {
    const lower = rowTexts(row, texts);
    const hit = (matches: (text: string) => boolean) => lower.some(matches);
    return every ? matchers.every(hit) : matchers.some(hit);
  };
  return { test, candidates: null };
}

function searchedFields(value: unknown, searchable: ReadonlyMap<string, SearchableText>, path: string): SearchableText[] {
  if (!Array.isArray(value) || !value.every((f) => typeof f === 'string')) throw violation(path, 'must be a list of field paths', 'FORMAT');
  if (value.length > MAX_SEARCH_FIELDS) {
    throw violation(path, `must contain at most ${MAX_SEARCH_FIELDS} items`, 'MAX', { threshold: MAX_SEARCH_FIELDS });
  }
  const names = value.length === 0 ? [...searchable.keys()] : [...new Set(value as string[])];
  return names.map((name) => {
    const texts = searchable.get(name);
    if (!texts) throw violation(path, `"${name}" is not searchable (use ${[...searchable.keys()].join(', ')})`, 'OTHER');
    return texts;
  });
}

/** The lower-cased texts of a row's searched fields, all together: a term may match in any of them. */
function rowTexts(row: number, fields: readonly SearchableText[]): string[] {
  const out: string[] = [];
  for (const texts of fields) for (const text of texts(row)) out.push(text.toLowerCase());
  return out;
}
