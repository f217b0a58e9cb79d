import type { SortIndex } from './sort-index';

/** A WQL filter operator the emulator understands. */
export type Operator =
  | '$eq' | '$ne' | '$in' | '$nin' | '$gt' | '$gte' | '$lt' | '$lte'
  | '$startsWith' | '$exists' | '$isEmpty' | '$hasSome' | '$hasAll' | '$matchItems';

/** How a field's values are compared. */
export type FieldKind = 'string' | 'number' | 'date' | 'boolean' | 'enum' | 'list' | 'items';

/** A scalar as stored: strings, numbers (dates as epoch ms, NaN = absent), booleans, or null. */
export type Scalar = string | number | boolean | null;

/** One filterable/sortable field of a product API, read straight from the catalog columns. */
export interface FieldDef {
  /** The field's name on the wire (REST names: `id`, `createdDate`…). */
  readonly path: string;
  readonly kind: FieldKind;
  readonly ops: ReadonlySet<Operator>;
  readonly sortable: boolean;
  /** The stored value (lists: the ids; items: unused). */
  get(row: number): Scalar | readonly string[];
  /** The pre-sorted order of this field, when it has one (sortable fields and indexed lookups). */
  index?: () => SortIndex;
  /** Allowed values of an enum field. */
  readonly values?: readonly string[];
  /** Sub-fields of an `items` field, for `$matchItems`. */
  readonly items?: FieldRegistry;
}

/** Fields of one API by wire name. */
export type FieldRegistry = ReadonlyMap<string, FieldDef>;

const STRING_OPS: Operator[] = ['$eq', '$ne', '$in', '$nin', '$gt', '$gte', '$lt', '$lte', '$startsWith', '$exists', '$isEmpty'];
const NUMBER_OPS: Operator[] = ['$eq', '$ne', '$in', '$nin', '$gt', '$gte', '$lt', '$lte', '$exists'];
const EQUALITY_OPS: Operator[] = ['$eq', '$ne', '$in', '$nin', '$exists'];
const LIST_OPS: Operator[] = ['$hasSome', '$hasAll', '$exists', '$isEmpty'];

/** Operators a kind allows unless a field narrows them. */
export const DEFAULT_OPS: Record<FieldKind, ReadonlySet<Operator>> = {
  string: new Set(STRING_OPS),
  number: new Set(NUMBER_OPS),
  date: new Set(NUMBER_OPS),
  boolean: new Set(EQUALITY_OPS),
  enum: new Set(EQUALITY_OPS),
  list: new Set(LIST_OPS),
  items: new Set<Operator>(['$matchItems']),
};

/** Declares a field with the default operators of its kind. */
export function field(
  path: string,
  kind: FieldKind,
  get: FieldDef['get'],
  extra: Partial<Pick<FieldDef, 'ops' | 'index' | 'values' | 'items' | 'sortable'>> = {},
): FieldDef {
  return { path, kind, get, ops: extra.ops ?? DEFAULT_OPS[kind], sortable: extra.sortable ?? false, ...extra };
}

/** Builds a registry from field declarations. */
export function registry(fields: readonly FieldDef[]): FieldRegistry {
  return new Map(fields.map((f) => [f.path, f]));
}

/**
 * The value a field is ordered by: strings compare case-insensitively (so `$startsWith`, ranges and sorting
 * agree with the index), booleans as 0/1, absent values as null.
 */
export function orderKey(kind: FieldKind, value: Scalar | readonly string[]): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.toLowerCase();
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return value !== value ? null : value;
  return kind === 'list' ? value.length : null;
}
