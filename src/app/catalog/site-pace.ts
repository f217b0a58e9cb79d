import { Injectable, InjectionToken, inject } from '@angular/core';
import { CALLS_PER_MINUTE, CallBudget } from './call-budget';

/**
 * Calls a minute kept for the merchant's own reads, which never wait: a page flip with its collection-names
 * lookup is 2 calls (a V3 text search 3 with its count), so 40 covers a flip every 3 s, faster than anyone reads
 * rows; background work gets the other 160.
 */
export const PAGE_RESERVE_PER_MINUTE = 40;
/** Calls background work (bulk runs and exports together) may make in any minute, page reads included. */
export const BACKGROUND_CALLS_PER_MINUTE = CALLS_PER_MINUTE - PAGE_RESERVE_PER_MINUTE;
const MINUTE_MS = 60_000;

/** How the pace tells time and waits (tests and the bench inject a virtual one). */
export interface PaceClock {
  /** Milliseconds, on the clock `CallBudget` records page reads with. */
  now(): number;
  /** Resolves after `ms`, or rejects with `signal.reason` when it aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Real time: `Date.now`, as the page's reads are recorded, and a timer. */
export const realPaceClock: PaceClock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const timer = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
    }),
};

/** The clock `SitePace` uses. */
export const PACE_CLOCK = new InjectionToken<PaceClock>('PACE_CLOCK', { providedIn: 'root', factory: () => realPaceClock });

interface Waiter {
  readonly resolve: () => void;
  readonly reject: (reason: unknown) => void;
  readonly waiting?: (ms: number) => void;
  readonly signal?: AbortSignal;
  readonly onAbort: () => void;
}

/**
 * One pace for all background calls to Wix (bulk runs, exports), over the app's one window of calls
 * (`CallBudget`, where the page's reads are counted too): a background call goes only while fewer than
 * `BACKGROUND_CALLS_PER_MINUTE` calls of any kind were made in the last 60 s and no Retry-After runs, so the
 * page's reserve is always left and its reads never wait. Callers queue in arrival order, so a bulk run and an
 * export running together take turns. A 429 seen by any caller pauses every caller.
 */
@Injectable({ providedIn: 'root' })
export class SitePace {
  private readonly budget = inject(CallBudget);
  private readonly clock = inject(PACE_CLOCK);
  private readonly queue: Waiter[] = [];
  private pumping = false;

  /**
   * Waits its turn and until one more background call fits, then counts it. `waiting` hears how long when it
   * has to wait; an aborted `signal` leaves the queue at once, rejecting with its reason.
   */
  take(signal?: AbortSignal, waiting?: (ms: number) => void): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const waiter: Waiter = {
        resolve, reject, waiting, signal,
        onAbort: () => {
          const i = this.queue.indexOf(waiter);
          if (i >= 0) this.queue.splice(i, 1);
          reject(signal!.reason);
        },
      };
      signal?.addEventListener('abort', waiter.onAbort, { once: true });
      const wait = this.waitMs();
      if (wait > 0) waiting?.(wait);
      this.queue.push(waiter);
      void this.pump();
    });
  }

  /** Counts a call the merchant is waiting for (e.g. the price preview): it uses the page's reserve, never waits. */
  record(): void {
    this.budget.record(this.clock.now());
  }

  /** Wix answered 429 with Retry-After `seconds`: no background call before then. */
  pauseFor(seconds: number): void {
    this.budget.pauseFor(seconds, this.clock.now());
  }

  /** Milliseconds until a background call may go (0: now). */
  waitMs(): number {
    const now = this.clock.now();
    this.budget.forget(now);
    const calls = this.budget.calls;
    const over = calls.length - BACKGROUND_CALLS_PER_MINUTE;
    const windowWait = over >= 0 ? calls[over] + MINUTE_MS - now : 0;
    return Math.max(0, this.budget.resumeAt - now, windowWait);
  }

  /** Hands out calls to the queue, first come first served, sleeping while none fits. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.queue.length > 0) {
        const wait = this.waitMs();
        if (wait > 0) {
          for (const w of this.queue) w.waiting?.(wait);
          await this.clock.sleep(wait);
          continue;
        }
        const next = this.queue.shift()!;
        next.signal?.removeEventListener('abort', next.onAbort);
        this.budget.record(this.clock.now());
        next.resolve();
        // One turn for the caller just served to queue its next call behind the others: when a window frees
        // many calls at once, a bulk run and an export still alternate instead of one taking them all.
        await this.clock.sleep(0);
      }
    } finally {
      this.pumping = false;
    }
  }
}
