const WINDOW_MS = 60_000;

/**
 * A sliding one-minute window over accepted calls (Wix throttles about 200 requests a minute per site).
 * Rejected calls do not count, so a client that waits `Retry-After` seconds gets through.
 */
export class RateLimiter {
  private stamps: number[] = [];
  private head = 0;

  constructor(
    private limit: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Changes the limit (0 = unlimited). */
  setLimit(limit: number): void {
    this.limit = limit;
  }

  /** Records a call if allowed and returns 0; otherwise returns the seconds to wait (for Retry-After). */
  take(): number {
    if (this.limit <= 0) return 0;
    const now = this.now();
    while (this.head < this.stamps.length && this.stamps[this.head] <= now - WINDOW_MS) this.head++;
    if (this.head > 1024 && this.head * 2 > this.stamps.length) {
      this.stamps = this.stamps.slice(this.head);
      this.head = 0;
    }
    if (this.stamps.length - this.head >= this.limit) {
      const oldest = this.stamps[this.stamps.length - this.limit];
      return Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000));
    }
    this.stamps.push(now);
    return 0;
  }

  /** Forgets every recorded call. */
  reset(): void {
    this.stamps = [];
    this.head = 0;
  }
}
