import { type Condition, condition, negate, union } from './conditions';
import type { FieldDef, FieldRegistry, Operator } from './field';
import { invalidFilter, isPlainObject } from './query-error';

const OPERATORS: ReadonlySet<string> = new Set<Operator>([
  '$eq', '$ne', '$in', '$nin', '$gt', '$gte', '$lt', '$lte',
  '$startsWith', '$exists', '$isEmpty', '$hasSome', '$hasAll', '$matchItems',
]);

/** Matches every row. */
export const MATCH_ALL: Condition = { test: () => true, candidates: null };

/**
 * Compiles a WQL filter object against an API's fields. Several keys in one object are ANDed;
 * `{field: value}` means `$eq`; `$and`/`$or` take arrays, `$not` an object. Old-style filters sent as a JSON
 * string (as some V1 REST examples do) are parsed first. Throws INVALID_FILTER for unknown fields/operators.
 */
export function compileFilter(filter: unknown, fields: FieldRegistry): Condition {
  if (filter === undefined || filter === null) return MATCH_ALL;
  if (typeof filter === 'string') {
    if (filter.trim() === '') return MATCH_ALL;
    try {
      return compileFilter(JSON.parse(filter), fields);
    } catch (e) {
      if (e instanceof SyntaxError) throw invalidFilter(`filter is not valid JSON: ${e.message}`);
      throw e;
    }
  }
  if (!isPlainObject(filter)) throw invalidFilter('filter must be an object');
  const parts: Condition[] = [];
  for (const [key, value] of Object.entries(filter)) {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value)) throw invalidFilter(`${key} needs an array of filters`);
      const children = value.map((child) => compileFilter(child, fields));
      parts.push(key === '$and' ? and(children) : or(children));
    } else if (key === '$not') {
      if (!isPlainObject(value)) throw invalidFilter('$not needs a filter object');
      parts.push(negate(compileFilter(value, fields)));
    } else if (key.startsWith('$')) {
      throw invalidFilter(`Unknown operator "${key}"`);
    } else {
      parts.push(fieldFilter(lookup(fields, key), value));
    }
  }
  return and(parts);
}

/**
 * Every part must hold; the smallest candidate list (if any part has one) bounds the search, and a candidate
 * is then checked against that part's residual and the other parts' tests only.
 */
export function and(conditions: Condition[]): Condition {
  const parts = conditions.filter((p) => p !== MATCH_ALL);
  if (parts.length === 0) return MATCH_ALL;
  if (parts.length === 1) return parts[0];
  let best: Condition | null = null;
  for (const p of parts) if (p.candidates && (!best || p.candidates.length < (best.candidates as Uint32Array).length)) best = p;
  const test = allOf(parts.map((p) => p.test)) as (row: number) => boolean;
  if (!best) return { test, candidates: null };
  const own = best.residual === undefined ? best.test : best.residual;
  const checks = parts.filter((p) => p !== best).map((p) => p.test);
  if (own) checks.unshift(own);
  return { test, candidates: best.candidates, residual: allOf(checks) };
}

function allOf(tests: ((row: number) => boolean)[]): ((row: number) => boolean) | null {
  if (tests.length === 0) return null;
  if (tests.length === 1) return tests[0];
  return (r) => {
    for (let i = 0; i < tests.length; i++) if (!tests[i](r)) return false;
    return true;
  };
}

/** Some part must hold; candidates only when every part has them (their union). */
export function or(parts: Condition[]): Condition {
  if (parts.length === 0) return { test: () => false, candidates: new Uint32Array(0) };
  if (parts.length === 1) return parts[0];
  const tests = parts.map((p) => p.test);
  return {
    test: (r) => {
      for (let i = 0; i < tests.length; i++) if (tests[i](r)) return true;
      return false;
    },
    candidates: parts.every((p) => p.candidates) ? union(parts.map((p) => p.candidates as Uint32Array)) : null,
    residual: parts.every((p) => p.candidates && p.residual === null) ? null : undefined,
  };
}

function lookup(fields: FieldRegistry, path: string): FieldDef {
  const f = fields.get(path);
  if (!f) throw invalidFilter(`Unknown field "${path}" in filter (supported: ${[...fields.keys()].join(', ')})`);
  return f;
}

function fieldFilter(f: FieldDef, value: unknown): Condition {
  const operators = isPlainObject(value) ? Object.keys(value) : [];
  if (operators.length === 0 || !operators.every((k) => k.startsWith('$'))) {
    return checked(f, '$eq', value);
  }
  const record = value as Record<string, unknown>;
  return and(operators.map((op) => checked(f, op, record[op])));
}

function checked(f: FieldDef, op: string, operand: unknown): Condition {
  if (!OPERATORS.has(op)) throw invalidFilter(`Unknown operator "${op}" on "${f.path}"`);
  if (!f.ops.has(op as Operator)) {
    throw invalidFilter(`Operator ${op} is not supported for "${f.path}" (supported: ${[...f.ops].join(', ')})`);
  }
  if (op === '$matchItems') return matchItems(f, operand);
  return condition(f, op as Operator, operand);
}

/**
 * `$matchItems` on a repeated field: each emulated product has exactly one item (variant), so "some item
 * satisfies every listed filter" is the AND of the filters, applied to that item's fields.
 */
function matchItems(f: FieldDef, operand: unknown): Condition {
  const filters = Array.isArray(operand) ? operand : [operand];
  if (!f.items || filters.some((x) => !isPlainObject(x))) throw invalidFilter(`$matchItems on "${f.path}" needs filter objects`);
  const items = f.items;
  return and(filters.map((x) => compileFilter(x, items)));
}
