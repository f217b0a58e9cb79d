import { type FieldDef, type Operator, orderKey, type Scalar } from './field';
import { invalidFilter, isPlainObject } from './query-error';
import { lowerBound } from './sort-index';

/**
 * One compiled condition: a row test, plus (when an index can narrow the search) a superset of the matching
 * rows. The test is authoritative; candidates only save scanning. `residual` is what a candidate still has to
 * pass: undefined means `test`; null means nothing, because the candidates are exactly the matching rows (an
 * index range for a prefix or a numeric range).
 */
export interface Condition {
  readonly test: (row: number) => boolean;
  readonly candidates: Uint32Array | null;
  readonly residual?: ((row: number) => boolean) | null;
}

/** The residual of an index lookup that is exact when `exact` holds. */
const exactIf = (exact: boolean): null | undefined => (exact ? null : undefined);

type Key = string | number | null;

const isNull = (v: unknown): boolean => v === null || v === undefined || v !== v;

/** Compiles `field op operand`. */
export function condition(f: FieldDef, op: Operator, operand: unknown): Condition {
  // On a list of ids (categories inside `$matchItems`), equality means "some element is".
  if (f.kind === 'list' && op === '$eq') return contains(f, '$hasSome', list(f, op, [operand]));
  if (f.kind === 'list' && op === '$in') return contains(f, '$hasSome', list(f, op, operand));
  // `$hasSome` on a single value (V1 inventoryStatus, per Wix's table) is SQL's IN.
  if (f.kind !== 'list' && op === '$hasSome') return oneOf(f, list(f, op, operand));
  switch (op) {
    case '$eq':
      return equals(f, operand);
    case '$ne':
      return negate(equals(f, operand));
    case '$in':
      return oneOf(f, list(f, op, operand));
    case '$nin':
      return negate(oneOf(f, list(f, op, operand)));
    case '$gt':
    case '$gte':
    case '$lt':
    case '$lte':
      return range(f, op, scalar(f, op, operand, false));
    case '$startsWith':
      return startsWith(f, operand);
    case '$exists':
      return exists(f, bool(op, operand));
    case '$isEmpty': {
      const wanted = bool(op, operand);
      return { test: (r) => isEmptyValue(f.get(r)) === wanted, candidates: null };
    }
    case '$hasSome':
    case '$hasAll':
      return contains(f, op, list(f, op, operand));
    case '$matchItems':
      throw invalidFilter('$matchItems is compiled by the filter compiler');
  }
}

function equals(f: FieldDef, operand: unknown): Condition {
  const value = scalar(f, '$eq', operand, true);
  if (value === null) return { test: (r) => isEmptyValue(f.get(r)), candidates: null };
  const key = orderKey(f.kind, value);
  return {
    test: (r) => f.get(r) === value,
    candidates: f.index ? slice(f, (k) => compare(k, key) >= 0, (k) => compare(k, key) > 0) : null,
    // String indexes are case-folded: the range may also hold other spellings, so only numbers are exact.
    residual: exactIf(!!f.index && typeof value !== 'string'),
  };
}

function oneOf(f: FieldDef, values: Scalar[]): Condition {
  const parts = values.map((v) => equals(f, v));
  const set = new Set(values);
  const candidates = parts.every((p) => p.candidates) ? union(parts.map((p) => p.candidates as Uint32Array)) : null;
  return {
    test: (r) => set.has(f.get(r) as Scalar) || (set.has(null) && isEmptyValue(f.get(r))),
    candidates,
    residual: exactIf(candidates !== null && parts.every((p) => p.residual === null)),
  };
}

function range(f: FieldDef, op: Operator, value: Scalar): Condition {
  const key = orderKey(f.kind, value);
  const holds = (k: Key): boolean => {
    if (k === null || key === null) return false;
    const c = compare(k, key);
    return op === '$gt' ? c > 0 : op === '$gte' ? c >= 0 : op === '$lt' ? c < 0 : c <= 0;
  };
  let candidates: Uint32Array | null = null;
  if (f.index) {
    candidates =
      op === '$gt' || op === '$gte'
        ? slice(f, holds, () => false)
        : slice(f, (k) => k !== null, (k) => k !== null && !holds(k));
  }
  return { test: (r) => holds(orderKey(f.kind, f.get(r))), candidates, residual: exactIf(candidates !== null) };
}

function startsWith(f: FieldDef, operand: unknown): Condition {
  if (f.kind !== 'string' || typeof operand !== 'string') throw invalidFilter(`$startsWith on "${f.path}" needs a string`);
  // Case-insensitive, as the SDK typings document for startsWith.
  const prefix = operand.toLowerCase();
  const matches = (k: Key) => typeof k === 'string' && k.startsWith(prefix);
  return {
    test: (r) => matches(orderKey(f.kind, f.get(r))),
    candidates: f.index
      ? slice(f, (k) => k !== null && compare(k, prefix) >= 0, (k) => k !== null && compare(k, prefix) > 0 && !matches(k))
      : null,
    residual: exactIf(!!f.index),
  };
}

function exists(f: FieldDef, wanted: boolean): Condition {
  const present = (r: number) => {
    const v = f.get(r);
    return !isNull(v) && (!Array.isArray(v) || v.length > 0);
  };
  return { test: wanted ? present : (r) => !present(r), candidates: null };
}

function contains(f: FieldDef, op: Operator, wanted: Scalar[]): Condition {
  return {
    test: (r) => {
      const have = f.get(r) as readonly string[];
      return op === '$hasSome' ? wanted.some((w) => have.includes(w as string)) : wanted.every((w) => have.includes(w as string));
    },
    candidates: null,
  };
}

/** A condition that holds where `c` does not. */
export function negate(c: Condition): Condition {
  return { test: (r) => !c.test(r), candidates: null };
}

/** Sorted, de-duplicated union of candidate lists. */
export function union(lists: Uint32Array[]): Uint32Array {
  const all = new Uint32Array(lists.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const l of lists) {
    all.set(l, at);
    at += l.length;
  }
  all.sort();
  let k = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[k++] = all[i];
  return all.subarray(0, k);
}

function isEmptyValue(v: Scalar | readonly string[]): boolean {
  return isNull(v) || v === '' || (Array.isArray(v) && v.length === 0);
}

/** Rows of the field's index between the first row where `from` holds and the first where `to` holds. */
function slice(f: FieldDef, from: (k: Key) => boolean, to: (k: Key) => boolean): Uint32Array {
  const { perm } = (f.index as NonNullable<FieldDef['index']>)();
  const key = (row: number) => orderKey(f.kind, f.get(row));
  const lo = lowerBound(perm, (row) => from(key(row)));
  const hi = lowerBound(perm, (row) => to(key(row)), lo);
  return perm.subarray(lo, hi);
}

function compare(a: Key, b: Key): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Checks and normalises one operand for the field's kind (dates become epoch ms). */
function scalar(f: FieldDef, op: string, v: unknown, nullable: boolean): Scalar {
  if (v === null && nullable) return null;
  switch (f.kind) {
    case 'string':
    case 'enum':
      if (typeof v === 'string') return v;
      break;
    case 'number':
      if (typeof v === 'number' && Number.isFinite(v)) return v;
      if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
      break;
    case 'date': {
      const raw = isPlainObject(v) && typeof v['$date'] === 'string' ? v['$date'] : v;
      const ms = typeof raw === 'number' ? raw : typeof raw === 'string' ? Date.parse(raw) : NaN;
      if (Number.isFinite(ms)) return ms;
      break;
    }
    case 'boolean':
      if (typeof v === 'boolean') return v;
      break;
    default:
      break;
  }
  throw invalidFilter(`Invalid value for ${op} on "${f.path}" (${f.kind} field): ${JSON.stringify(v)}`);
}

function list(f: FieldDef, op: Operator, v: unknown): Scalar[] {
  if (!Array.isArray(v)) throw invalidFilter(`${op} on "${f.path}" needs an array`);
  if (f.kind === 'list') {
    if (!v.every((x) => typeof x === 'string')) throw invalidFilter(`${op} on "${f.path}" needs an array of strings`);
    return v as string[];
  }
  return v.map((x) => scalar(f, op, x, true));
}

function bool(op: Operator, v: unknown): boolean {
  if (typeof v !== 'boolean') throw invalidFilter(`${op} needs true or false`);
  return v;
}
