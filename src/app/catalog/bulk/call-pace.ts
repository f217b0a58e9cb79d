/**
 * Paces a bulk run's calls within its share of Wix's per-site budget (about 200 calls a minute): a sliding
 * one-minute window, so a run of 1,000 calls spreads out instead of hitting 429s, and the page's own reads
 * keep the rest of the budget. After a 429 the run also waits the Retry-After Wix sent.
 */
export class CallPace {
  private readonly stamps: number[] = [];
  private resumeAt = 0;

  constructor(
    /** Calls per minute this pace allows. */
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /** Waits until one more call fits (and any Retry-After has passed), then counts it. */
  async take(): Promise<void> {
    for (;;) {
      const now = this.now();
      while (this.stamps.length > 0 && this.stamps[0] <= now - 60_000) this.stamps.shift();
      const wait = Math.max(this.resumeAt - now, this.stamps.length >= this.perMinute ? this.stamps[0] + 60_000 - now : 0);
      if (wait <= 0) break;
      await this.sleep(wait);
    }
    this.stamps.push(this.now());
  }

  /** No call before `seconds` from now (Wix's Retry-After). */
  pauseFor(seconds: number): void {
    this.resumeAt = Math.max(this.resumeAt, this.now() + seconds * 1000);
  }
}
