import { ProductPage } from './product';

const MAX_PAGES = 50;
const MAX_AGE_MS = 60_000;

/**
 * The pages already seen, so going back to one makes no request. Small and short-lived: a merchant
 * editing products in another tab sees fresh data within a minute, or at once with "Refresh".
 */
export class PageCache {
  private readonly entries = new Map<string, { page: ProductPage; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The page stored under this key if it is still fresh. */
  get(key: string): ProductPage | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (this.now() - entry.at > MAX_AGE_MS) {
      this.entries.delete(key);
      return null;
    }
    // Re-insert to mark as recently used.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.page;
  }

  /** Forgets every page (after a write: what was seen may no longer be true). */
  clear(): void {
    this.entries.clear();
  }

  set(key: string, page: ProductPage): void {
    this.entries.delete(key);
    this.entries.set(key, { page, at: this.now() });
    if (this.entries.size > MAX_PAGES) this.entries.delete(this.entries.keys().next().value as string);
  }
}
