import { Injectable } from '@angular/core';

/** Wix (and the emulator) allow a site this many API calls per sliding minute. */
export const CALLS_PER_MINUTE = 200;
const MINUTE_MS = 60_000;

/**
 * Every call this app made to Wix in the last minute (the page's reads, bulk runs, exports), and when Wix's last
 * Retry-After ends: the one window the whole app shares. Optional work (prefetching) is allowed only while at most
 * half of the minute's calls are used and no Retry-After runs; background work waits on it through `SitePace`
 * (catalog/site-pace.ts, a lazy chunk). Shared by every search session of the app.
 */
@Injectable({ providedIn: 'root' })
export class CallBudget {
  /** Times of the last minute's calls, oldest first (ms, `Date.now` clock). */
  readonly calls: number[] = [];
  /** No background or optional call before this time: Wix's latest Retry-After, whoever saw it. */
  resumeAt = 0;

  /** Counts one call made now. */
  record(now = Date.now()): void {
    this.calls.push(now);
    this.forget(now);
  }

  /** True while fewer than half of the minute's calls are used and Wix asked for no pause. */
  allowsOptional(now = Date.now()): boolean {
    this.forget(now);
    return this.calls.length < CALLS_PER_MINUTE / 2 && now >= this.resumeAt;
  }

  /** Wix answered 429 with Retry-After `seconds`: background work pauses until then. */
  pauseFor(seconds: number, now = Date.now()): void {
    this.resumeAt = Math.max(this.resumeAt, now + seconds * 1000);
  }

  /** Drops calls older than a minute. */
  forget(now: number): void {
    while (this.calls.length > 0 && now - this.calls[0] >= MINUTE_MS) this.calls.shift();
  }
}
