import { Injectable, type Signal, computed, signal, untracked } from '@angular/core';
import type { Product, ProductPage, ProductQuery } from '../../catalog/product';

/** What the page lends the lazy bulk toolbar: the query on screen, its latest page, and a re-read. */
export interface SelectionContext {
  readonly query: Signal<ProductQuery>;
  readonly page: Signal<ProductPage | null>;
  /** Reads the page on screen again (after a write), bypassing what the session cached. */
  readonly reload: () => void;
}

/**
 * The page's selection: ids chosen on any page of the current query, or "all matching" (the whole result,
 * walked server-side when a bulk action runs). It survives paging, page size and sorting; a new search text
 * (or filter) clears it with a notice, since the products it named may no longer be in the result.
 */
@Injectable()
export class ProductSelection {
  private readonly selected = signal<ReadonlySet<string>>(new Set());
  private readonly all = signal(false);
  private scopeKey: string | null = null;
  private bound: SelectionContext | null = null;

  /** Set once after a query change cleared a selection; cleared by the next selection. */
  readonly clearedNotice = signal(false);
  /** The selected ids, in the order they were chosen (empty while "all matching" is selected). */
  readonly ids = computed(() => [...this.selected()]);
  /** Whether the whole result is selected rather than chosen rows. */
  readonly allMatching = this.all.asReadonly();
  /** Whether anything is selected (the bulk toolbar shows while this holds). */
  readonly active = computed(() => this.all() || this.selected().size > 0);

  /** The page's context, for the bulk toolbar. */
  get context(): SelectionContext {
    if (!this.bound) throw new Error('ProductSelection used before the page attached its context');
    return this.bound;
  }

  /** Called by the page once. */
  attach(context: SelectionContext): void {
    this.bound = context;
  }

  /** Called with the key of what the result depends on (text; filters when there are): a change clears. */
  followScope(key: string): void {
    untracked(() => {
      if (this.scopeKey !== null && this.scopeKey !== key && this.active()) {
        this.clear();
        this.clearedNotice.set(true);
      }
      this.scopeKey = key;
    });
  }

  /** The ids the table marks: every row while all matching is selected. */
  marked(rows: readonly Product[]): ReadonlySet<string> {
    return this.all() ? new Set(rows.map((p) => p.id)) : this.selected();
  }

  /** Selects or unselects one product (leaving "all matching": the rows stay selected but the rest do not). */
  toggle(id: string, rows: readonly Product[]): void {
    const start = this.all() ? new Set(rows.map((p) => p.id)) : new Set(this.selected());
    this.all.set(false);
    this.clearedNotice.set(false);
    if (!start.delete(id)) start.add(id);
    this.selected.set(start);
  }

  /** The header checkbox: selects (or unselects) every row of the page on screen. */
  setPage(rows: readonly Product[], on: boolean): void {
    const next = this.all() ? new Set<string>() : new Set(this.selected());
    this.all.set(false);
    this.clearedNotice.set(false);
    for (const p of rows) {
      if (on) next.add(p.id);
      else next.delete(p.id);
    }
    this.selected.set(next);
  }

  /** Selects every product matching the query, on every page. */
  selectAllMatching(): void {
    this.all.set(true);
  }

  clear(): void {
    this.all.set(false);
    this.selected.set(new Set());
  }

  /** How many of `rows` are selected. */
  countOn(rows: readonly Product[]): number {
    if (this.all()) return rows.length;
    const s = this.selected();
    return rows.reduce((n, p) => n + (s.has(p.id) ? 1 : 0), 0);
  }
}
