/**
 * What cursor paging has taught us about one result list (one text, sort and page size): the cursor that
 * fetches each page seen so far, how many items each page held, and where the list ends once a page came
 * back without a next cursor. Catalog V3 has no offsets and no total: page N is reached only through the
 * cursor page N-1 returned, and the count is known only once the end has been seen.
 */
export class CursorTrail {
  /** `cursors[i]` fetches page i + 1; page 1 is fetched without a cursor. */
  private readonly cursors: (string | null)[] = [null];
  /** `counts[i]`: items on page i + 1 when it was last fetched. */
  private readonly counts: number[] = [];
  private end: number | null = null;

  /** The cursor for `page`: null for page 1, undefined while the page before it has not been fetched. */
  cursorFor(page: number): string | null | undefined {
    return this.cursors[page - 1];
  }

  /** The furthest page at or before `page` that can be fetched directly (1 at worst). */
  reachable(page: number): number {
    return Math.max(1, Math.min(page, this.cursors.length));
  }

  /** Records a fetched page: its item count and the cursor of the page after it (null: it is the last). */
  record(page: number, count: number, next: string | null): void {
    this.counts[page - 1] = count;
    if (next) {
      this.cursors[page] = next;
      if (this.end !== null && this.end <= page) this.end = null;
      return;
    }
    // The list ends here, whatever was learnt about later pages before (products may have been removed).
    this.cursors.length = page;
    this.counts.length = page;
    // An empty page after a full one: the server gave a next cursor on the real last page.
    this.end = count === 0 && page > 1 ? page - 1 : page;
  }

  /** The last page, once a page without a next cursor has been seen. */
  lastPage(): number | null {
    return this.end;
  }

  /** How many items the pages before `page` held, when every one of them has been fetched. */
  countBefore(page: number): number | null {
    let sum = 0;
    for (let i = 0; i < page - 1; i++) {
      const count = this.counts[i];
      if (count === undefined) return null;
      sum += count;
    }
    return sum;
  }
}

const MAX_TRAILS = 20;

/** Trails by result list, the most recently used kept (a few searches' worth). */
export class CursorTrails {
  private readonly trails = new Map<string, CursorTrail>();

  /** The trail for this key, created empty if new. */
  for(key: string): CursorTrail {
    let trail = this.trails.get(key);
    if (trail) this.trails.delete(key);
    else trail = new CursorTrail();
    this.trails.set(key, trail);
    if (this.trails.size > MAX_TRAILS) this.trails.delete(this.trails.keys().next().value as string);
    return trail;
  }

  /** Drops a trail whose cursors Wix no longer accepts; true when it held cursors past page 1. */
  forget(key: string): boolean {
    const trail = this.trails.get(key);
    this.trails.delete(key);
    return trail !== undefined && trail.reachable(2) === 2;
  }
}
