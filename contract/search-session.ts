import type { Injector } from '@angular/core';
import { Subject, Subscription } from 'rxjs';
import { DEFAULT_QUERY, ProductQuery } from '../src/app/catalog/product';
import { ProductSearch, SearchSession as PageSearch, SearchState } from '../src/app/catalog/product-search';

/**
 * One page's search: the page's `ProductSearch` pipeline (debounce, cache, retry policy) over the real SDK, fed
 * queries as the page feeds them. Each session is its own search session (and so has an empty page cache); sessions
 * made from one injector share the catalog version the gateway asked for.
 */
export class SearchSession {
  /** Every state the pipeline emitted, in order. */
  readonly states: SearchState[] = [];
  private readonly queries = new Subject<ProductQuery>();
  private readonly search: PageSearch;
  private readonly subscription: Subscription;
  private current: ProductQuery = DEFAULT_QUERY;
  private failure: unknown = null;

  constructor(parent: Injector) {
    this.search = parent.get(ProductSearch).states(this.queries);
    this.subscription = this.search.states.subscribe({
      next: (state) => this.states.push(state),
      error: (error: unknown) => (this.failure = error),
    });
  }

  /** The merchant changes the query (types, sorts, pages); resolves with the state it settles on. */
  ask(patch: Partial<ProductQuery>, timeoutMs?: number): Promise<SearchState> {
    const mark = this.states.length;
    this.current = { ...this.current, ...patch };
    this.queries.next(this.current);
    return this.settled(mark, timeoutMs);
  }

  /** The merchant presses "Try again" (a refresh that bypasses the cache); resolves with the state it settles on. */
  reload(timeoutMs?: number): Promise<SearchState> {
    const mark = this.states.length;
    this.search.reload();
    return this.settled(mark, timeoutMs);
  }

  /** The states emitted since the `index`-th, for asserting on what the page showed on the way. */
  since(index: number): SearchState[] {
    return this.states.slice(index);
  }

  close(): void {
    this.subscription.unsubscribe();
  }

  /** Waits for the first loaded or failed state after `mark` (loading states, with or without a retry, pass by). */
  private async settled(mark: number, timeoutMs = 10_000): Promise<SearchState> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.failure) throw this.failure;
      const done = this.states.slice(mark).find((state) => state.status !== 'loading');
      if (done) return done;
      if (Date.now() > deadline) {
        throw new Error(`no settled state within ${timeoutMs} ms; states since: ${JSON.stringify(this.states.slice(mark).map((s) => s.status))}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}
