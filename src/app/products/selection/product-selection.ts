import { Injectable, computed, signal } from '@angular/core';
import type { Product, ProductQuery } from '../../catalog/product';

/**
 * The page's selection: ids chosen on any page of the current query, or "all matching" (the whole result,
 * walked server-side when a bulk action runs). It survives paging, page size and sorting; a query that may
 * match other products (new text, filters, e.g. after Back) clears it with a notice.
 *
 * In the initial bundle, so only the state and what the checkbox column needs: everything else about a
 * selection (its scope text, "all matching", the actions) lives in the bulk toolbar's lazy chunk, which gets
 * this instance through the page's PAGE_CONTEXT (filters/filter-context.ts), not by importing it. Provided in
 * root (the app is this one page): a `providers` array on the page cost 1.9 kB raw of Angular core.
 */
@Injectable({ providedIn: 'root' })
export class ProductSelection {
  /** Chosen ids, in the order they were chosen (empty while `all` holds). */
  readonly ids = signal<ReadonlySet<string>>(new Set());
  /** The whole result is selected rather than chosen rows. */
  readonly all = signal(false);
  /** Set when a query change cleared a selection; cleared by the next selection, or by the bulk toolbar after a while. */
  readonly cleared = signal(false);
  /** Whether anything is selected (the bulk toolbar shows while this holds). */
  readonly active = computed(() => this.all() || this.ids().size > 0);
  private scope = '';

  /** Follows what the result depends on (the query without its page, size and order): a change clears. */
  follow(query: ProductQuery): void {
    const scope = JSON.stringify({ ...query, page: 0, pageSize: 0, sort: '' });
    if (scope !== this.scope && this.scope && this.active()) {
      this.set(new Set());
      this.cleared.set(true);
    }
    this.scope = scope;
  }

  /** Whether the table marks this product: chosen, or all matching is selected. */
  has(id: string): boolean {
    return this.all() || this.ids().has(id);
  }

  /**
   * Selects or unselects `rows` (one row's checkbox, or the header's for the page) on `page`, the rows on screen;
   * leaves "all matching" (what stays selected is then this page's rows; the bulk toolbar says so).
   */
  toggle(rows: readonly Product[], on: boolean, page: readonly Product[]): void {
    const next = new Set(this.all() ? page.map((p) => p.id) : this.ids());
    for (const p of rows) on ? next.add(p.id) : next.delete(p.id);
    this.set(next);
    this.cleared.set(false);
  }

  /** Replaces the chosen ids (and leaves "all matching"). */
  set(ids: ReadonlySet<string>): void {
    this.all.set(false);
    this.ids.set(ids);
  }
}
