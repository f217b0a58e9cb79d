import type { Condition } from './conditions';
import type { FieldDef } from './field';
import type { SortIndex } from './sort-index';

/** One ORDER BY term. */
export interface SortKey {
  readonly field: FieldDef;
  readonly descending: boolean;
}

/** A page of rows and how many rows matched in all. */
export interface QueryRun {
  readonly rows: Uint32Array;
  readonly total: number;
}

/**
 * Runs a compiled filter over `size` rows, orders the matches and cuts out [offset, offset + limit).
 * - No sort: row (catalog) order.
 * - One sort key: without index candidates the field's pre-sorted permutation is walked in order; with them,
 *   the matches' ranks are sorted natively (a Uint32Array sort, no comparator) and mapped back.
 * - Several keys: a comparator over the fields' tie groups.
 * The whole match set is counted because V1 answers `metadata.total`.
 */
export function runQuery(size: number, filter: Condition, sort: readonly SortKey[], offset: number, limit: number): QueryRun {
  const order = withoutRowOrderedTieBreak(sort.map((s) => ({ index: indexOf(s.field), descending: s.descending })));
  if (order.length === 1 && !filter.candidates) return walkInOrder(size, filter, order[0], offset, limit);
  const matches = collect(size, filter);
  let sorted: Uint32Array;
  if (order.length === 0) {
    // Index candidates come in index order; the default answer is catalog order.
    sorted = filter.candidates ? matches.sort() : matches;
  } else if (order.length === 1) {
    sorted = byRank(matches, order[0].index, order[0].descending);
  } else {
    sorted = byGroups(matches, order);
  }
  return { rows: sorted.slice(offset, offset + limit), total: matches.length };
}

const rowOrdered = new WeakMap<SortIndex, boolean>();

/**
 * A last sort term whose order is the catalog's row order (generated catalogs' `numericId`), in the same
 * direction as the term before it, breaks ties exactly as a single-term sort already does (by row, reversed when
 * descending): drop it, so `[name, numericId]` keeps the fast single-index paths at a million products.
 */
function withoutRowOrderedTieBreak(order: Order[]): Order[] {
  if (order.length < 2) return order;
  const last = order[order.length - 1];
  if (last.descending !== order[order.length - 2].descending) return order;
  let ordered = rowOrdered.get(last.index);
  if (ordered === undefined) {
    const { perm } = last.index;
    ordered = true;
    for (let i = 0; i < perm.length && ordered; i++) ordered = perm[i] === i;
    rowOrdered.set(last.index, ordered);
  }
  return ordered ? order.slice(0, -1) : order;
}

function indexOf(f: FieldDef): SortIndex {
  if (!f.index) throw new Error(`field ${f.path} is sortable but has no index`);
  return f.index();
}

function collect(size: number, filter: Condition): Uint32Array {
  const { test, candidates } = filter;
  if (candidates) {
    const check = filter.residual === undefined ? test : filter.residual;
    if (check === null) return candidates.slice();
    const out = new Uint32Array(candidates.length);
    let k = 0;
    for (let i = 0; i < candidates.length; i++) if (check(candidates[i])) out[k++] = candidates[i];
    return out.subarray(0, k);
  }
  const out = new Uint32Array(size);
  let k = 0;
  for (let row = 0; row < size; row++) if (test(row)) out[k++] = row;
  return out.subarray(0, k);
}

interface Order {
  readonly index: SortIndex;
  readonly descending: boolean;
}

function walkInOrder(size: number, filter: Condition, key: Order, offset: number, limit: number): QueryRun {
  const { perm } = key.index;
  const page = new Uint32Array(Math.max(0, Math.min(limit, size)));
  let total = 0;
  let taken = 0;
  for (let i = 0; i < size; i++) {
    const row = perm[key.descending ? size - 1 - i : i];
    if (!filter.test(row)) continue;
    if (total >= offset && taken < limit) page[taken++] = row;
    total++;
  }
  return { rows: page.subarray(0, taken), total };
}

function byRank(rows: Uint32Array, index: SortIndex, descending: boolean): Uint32Array {
  const ranks = new Uint32Array(rows.length);
  for (let i = 0; i < rows.length; i++) ranks[i] = index.rank[rows[i]];
  ranks.sort();
  const out = new Uint32Array(rows.length);
  const n = ranks.length;
  for (let i = 0; i < n; i++) out[i] = index.perm[ranks[descending ? n - 1 - i : i]];
  return out;
}

function byGroups(rows: Uint32Array, order: readonly Order[]): Uint32Array {
  return rows.slice().sort((a, b) => {
    for (const { index, descending } of order) {
      const d = index.group[a] - index.group[b];
      if (d !== 0) return descending ? -d : d;
    }
    return a - b;
  });
}
