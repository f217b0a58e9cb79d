import type { SortKey } from './execute';
import type { FieldRegistry } from './field';
import { isPlainObject, QueryError, violation } from './query-error';

/**
 * Parses a WQL sort: `[{fieldName, order: 'ASC'|'DESC'}]` (order defaults to ASC). The old V1 REST form,
 * a JSON string of `[{"numericId": "asc"}]`, is accepted too. Unknown or unsortable fields → INVALID_SORT.
 */
export function parseSort(sort: unknown, fields: FieldRegistry, path: string, maxTerms: number): SortKey[] {
  if (sort === undefined || sort === null) return [];
  if (typeof sort === 'string') {
    if (sort.trim() === '') return [];
    try {
      return parseSort(JSON.parse(sort), fields, path, maxTerms);
    } catch (e) {
      if (e instanceof SyntaxError) throw new QueryError('INVALID_SORT', `${path} is not valid JSON`);
      throw e;
    }
  }
  if (!Array.isArray(sort)) throw violation(path, 'must be a list of {fieldName, order}', 'FORMAT');
  if (sort.length > maxTerms) throw violation(path, `must contain at most ${maxTerms} items`, 'MAX', { threshold: maxTerms });
  return sort.map((term, i) => {
    if (!isPlainObject(term)) throw violation(`${path}[${i}]`, 'must be an object', 'FORMAT');
    let name: unknown = term['fieldName'];
    let order: unknown = term['order'] ?? 'ASC';
    if (name === undefined && Object.keys(term).length === 1) {
      [name, order] = Object.entries(term)[0];
      order = typeof order === 'string' ? order.toUpperCase() : order;
    }
    if (typeof name !== 'string') throw violation(`${path}[${i}].fieldName`, 'is required', 'REQUIRED_FIELD');
    if (order !== 'ASC' && order !== 'DESC') {
      throw violation(`${path}[${i}].order`, 'must be one of ASC, DESC', 'FORMAT');
    }
    const field = fields.get(name);
    if (!field || !field.sortable) {
      const sortable = [...fields.values()].filter((f) => f.sortable).map((f) => f.path);
      throw new QueryError('INVALID_SORT', `Cannot sort by "${name}" (sortable: ${sortable.join(', ')})`);
    }
    return { field, descending: order === 'DESC' };
  });
}

/** Reads an optional integer request field within [min, max], else a validation error naming it. */
export function intField(value: unknown, path: string, fallback: number, min: number, max: number): number {
  if (value === undefined || value === null) return fallback;
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n)) throw violation(path, 'must be an integer', 'FORMAT');
  if (n < min) throw violation(path, `must be greater than or equal to ${min}`, 'MIN', { threshold: min });
  if (n > max) throw violation(path, `must be less than or equal to ${max}`, 'MAX', { threshold: max });
  return n;
}
