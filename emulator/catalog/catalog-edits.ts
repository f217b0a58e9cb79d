import type { Catalog } from './catalog';

/*
 * What writes change that the columnar catalog cannot hold in place: V3 revisions (every product starts at
 * revision 1), edited collection lists (the CSR layout is built once) and per-variant prices (a row has one
 * price). Kept beside the catalog, keyed by it, so every reader (V1/V3 shapes, filters, search) sees the same edits. Prices, visibility and dates are
 * written into the columns themselves (see stores/catalog-writes.ts).
 */
interface Edits {
  readonly revisions: Map<number, number>;
  readonly collections: Map<number, readonly string[]>;
  readonly variantPrices: Map<number, readonly VariantPrice[]>;
}

/** One variant's own price (V3 writes may give a product's variants different prices). */
export interface VariantPrice {
  readonly actual: number;
  /** The struck-through price; null: no discount. */
  readonly compareAt: number | null;
}

const EDITS = new WeakMap<Catalog, Edits>();

function editsOf(c: Catalog): Edits {
  let edits = EDITS.get(c);
  if (!edits) {
    edits = { revisions: new Map(), collections: new Map(), variantPrices: new Map() };
    EDITS.set(c, edits);
  }
  return edits;
}

/** The V3 revision of a row (starts at 1, +1 per applied update). */
export function revisionOf(c: Catalog, row: number): number {
  return EDITS.get(c)?.revisions.get(row) ?? 1;
}

/** Bumps a row's revision after a write; returns the new one. */
export function bumpRevision(c: Catalog, row: number): number {
  const next = revisionOf(c, row) + 1;
  editsOf(c).revisions.set(row, next);
  return next;
}

/** A row's collection ids when a write changed them, else undefined (read the CSR layout). */
export function editedCollections(c: Catalog, row: number): readonly string[] | undefined {
  return EDITS.get(c)?.collections.get(row);
}

/** Replaces a row's collection ids. */
export function setCollections(c: Catalog, row: number, ids: readonly string[]): void {
  editsOf(c).collections.set(row, ids);
}

/** The rows whose collection ids a write changed, with their ids now. */
export function editedCollectionRows(c: Catalog): Iterable<[number, readonly string[]]> {
  return EDITS.get(c)?.collections ?? [];
}

/**
 * A row's variant prices when a V3 write gave its variants their own (in variants.ts order), else undefined:
 * every variant then costs the product's price, as generated.
 */
export function editedVariantPrices(c: Catalog, row: number): readonly VariantPrice[] | undefined {
  return EDITS.get(c)?.variantPrices.get(row);
}

/** Sets a row's variant prices (null: back to the product's one price for all). */
export function setVariantPrices(c: Catalog, row: number, prices: readonly VariantPrice[] | null): void {
  if (prices === null) EDITS.get(c)?.variantPrices.delete(row);
  else editsOf(c).variantPrices.set(row, prices);
}
