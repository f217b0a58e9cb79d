import { DOCUMENT } from '@angular/common';
import { InjectionToken, WritableSignal, inject, signal } from '@angular/core';
import { siteKey } from '../../catalog/site';

/**
 * Every column after Name (Name is always shown, first), with its width in CSS px: the table is at least their
 * sum wide (Name at least 220 px, the image 56 px) and scrolls sideways inside its card in narrower frames.
 * Key order is the order the chooser first lists them in.
 */
export const COLUMN_WIDTHS = {
  sku: 170, price: 130, stock: 150, visibility: 100, updated: 130, collections: 180, productType: 100,
  brand: 130, ribbon: 110, created: 130, quantity: 100, cost: 120, profit: 120,
};

/** A column the table can show after Name. */
export type ColumnId = keyof typeof COLUMN_WIDTHS;

/** The columns shown after Name, in order: the column part of a saved view. */
export type ColumnChoice = readonly ColumnId[];

export const DEFAULT_COLUMNS: ColumnChoice = ['sku', 'price', 'stock', 'visibility', 'updated'];

/** Whether a column shows merchant data (cost, profit): only for users the catalog sends it to. */
export const isMerchantColumn = (column: ColumnId): boolean => column === 'cost' || column === 'profit';

/** Known column ids, each once, as a choice; anything else (corrupt, foreign, older) → null. */
export function columnChoiceOf(value: unknown): ColumnChoice | null {
  return Array.isArray(value) && value.every((id) => id in COLUMN_WIDTHS) && new Set(value).size === value.length ? value : null;
}

/**
 * The columns the results table shows: one value per page (a root token, so saved views share it). A saved view
 * stores `choice()` and restores it with `choice.set(…)`, with `remember` false while the view is applied; with no
 * view chosen, the chooser keeps a change in this browser for the site: localStorage `key`, `cm.columns:<site id>`
 * (the site id as CatalogVersionMemory takes it), holds `{"v": 1, "value": [ids]}`; an entry of another version,
 * or one that does not parse, is ignored (default columns), and storage that throws (blocked in an iframe) keeps
 * nothing. Read here at start-up (the first rows need it); written by the chooser's lazy chunk.
 */
export interface ProductColumns {
  /** The columns shown after Name, in order. */
  readonly choice: WritableSignal<ColumnChoice>;
  /** Whether the chooser remembers a change for the site (false while a saved view is applied). */
  remember: boolean;
  /** The site's localStorage key for the choice. */
  readonly key: string;
  /** Every column after Name, in the order the chooser first lists them (here: the chooser's chunk imports nothing of this file). */
  readonly all: ColumnChoice;
  readonly defaults: ColumnChoice;
  /** Collection or category names by id, read (by the chooser's chunk) while that column is shown. */
  readonly names: WritableSignal<ReadonlyMap<string, string>>;
}

export const PRODUCT_COLUMNS = new InjectionToken<ProductColumns>('PRODUCT_COLUMNS', {
  providedIn: 'root',
  factory: () => {
    const document = inject(DOCUMENT);
    const key = 'cm.columns:' + siteKey(document);
    let stored: ColumnChoice | null = null;
    try {
      // Reading localStorage itself throws where storage is blocked: inside the try too.
      const entry = JSON.parse(document.defaultView!.localStorage.getItem(key)!);
      stored = entry?.v === 1 ? columnChoiceOf(entry.value) : null;
    } catch {
      // Corrupt: the default columns.
    }
    const all = Object.keys(COLUMN_WIDTHS) as ColumnId[];
    return { choice: signal(stored ?? DEFAULT_COLUMNS), remember: true, key, all, defaults: DEFAULT_COLUMNS, names: signal(new Map()) };
  },
});
