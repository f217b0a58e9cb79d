import { Injectable } from '@angular/core';

/** Wix (and the emulator) allow a site this many API calls per sliding minute. */
export const CALLS_PER_MINUTE = 200;
const MINUTE_MS = 60_000;

/**
 * The product reads this page made in the last minute, so optional work (prefetching) stays well inside the
 * site's rate limit: a prefetch is allowed only while at most half of the minute's calls are used, leaving the
 * rest for what the merchant asks for. Shared by every search session of the app.
 */
@Injectable({ providedIn: 'root' })
export class CallBudget {
  private readonly calls: number[] = [];

  /** Counts one call made now. */
  record(now = Date.now()): void {
    this.calls.push(now);
    this.forget(now);
  }

  /** True while fewer than half of the minute's calls are used. */
  allowsOptional(now = Date.now()): boolean {
    this.forget(now);
    return this.calls.length < CALLS_PER_MINUTE / 2;
  }

  private forget(now: number): void {
    while (this.calls.length > 0 && now - this.calls[0] >= MINUTE_MS) this.calls.shift();
  }
}
