/**
 * A sorted permutation of the catalog's rows by one field, with each row's position in it. Built once per field
 * (lazily), it answers ORDER BY, range filters and prefix lookups without sorting at query time:
 * - `perm` lists rows in ascending order (nulls first, ties by row number);
 * - `rank[row]` is the row's position in `perm` (unique), so sorting any subset of rows by this field is a
 *   native numeric sort of their ranks;
 * - `group[row]` is the position of the first row with an equal value, for multi-field sorts that need ties.
 */
export interface SortIndex {
  readonly perm: Uint32Array;
  readonly rank: Uint32Array;
  readonly group: Uint32Array;
}

/** Builds the index for numeric values (NaN = null, sorted first). */
export function numericSortIndex(values: ArrayLike<number>): SortIndex {
  const n = values.length;
  const perm = identity(n);
  perm.sort((a, b) => {
    const va = values[a];
    const vb = values[b];
    const na = va !== va;
    const nb = vb !== vb;
    if (na || nb) return na === nb ? a - b : na ? -1 : 1;
    return va < vb ? -1 : va > vb ? 1 : a - b;
  });
  return withRanks(perm, (a, b) => {
    const va = values[a];
    const vb = values[b];
    return va === vb || (va !== va && vb !== vb);
  });
}

/** Builds the index for strings compared by `key` (null sorted first). */
export function stringSortIndex(n: number, key: (row: number) => string | null): SortIndex {
  const keys: (string | null)[] = new Array(n);
  for (let i = 0; i < n; i++) keys[i] = key(i);
  const perm = identity(n);
  perm.sort((a, b) => {
    const ka = keys[a];
    const kb = keys[b];
    if (ka === null || kb === null) return ka === kb ? a - b : ka === null ? -1 : 1;
    return ka < kb ? -1 : ka > kb ? 1 : a - b;
  });
  return withRanks(perm, (a, b) => keys[a] === keys[b]);
}

/** First position in `perm` whose row satisfies `pred` (pred must be false…false true…true along perm). */
export function lowerBound(perm: Uint32Array, pred: (row: number) => boolean, from = 0, to = perm.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pred(perm[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function identity(n: number): Uint32Array {
  const perm = new Uint32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  return perm;
}

function withRanks(perm: Uint32Array, equal: (a: number, b: number) => boolean): SortIndex {
  const n = perm.length;
  const rank = new Uint32Array(n);
  const group = new Uint32Array(n);
  let groupStart = 0;
  for (let i = 0; i < n; i++) {
    const row = perm[i];
    if (i > 0 && !equal(perm[i - 1], row)) groupStart = i;
    rank[row] = i;
    group[row] = groupStart;
  }
  return { perm, rank, group };
}
