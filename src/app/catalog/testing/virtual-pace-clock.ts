import { CallBudget } from '../call-budget';
import type { PaceClock } from '../site-pace';

/** Lets every pending promise callback run (a real macrotask turn: however long the await chains are). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Virtual time for `SitePace` and the runners: `now()` moves only when `advance` runs the sleepers due, in time
 * order, letting promises settle between them, so minutes of pacing take milliseconds and every wait is exact.
 */
export function virtualPaceClock() {
  let now = 0;
  const sleepers: { at: number; wake: () => void }[] = [];
  const clock: PaceClock = {
    now: () => now,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason);
        const sleeper = { at: now + ms, wake: resolve };
        sleepers.push(sleeper);
        signal?.addEventListener('abort', () => (sleepers.splice(sleepers.indexOf(sleeper), 1), reject(signal.reason)), { once: true });
      }),
  };
  /** Runs time forward to `to` (ms), or until nothing sleeps when `to` is omitted. */
  const advance = async (to = Infinity): Promise<void> => {
    for (;;) {
      await settle();
      sleepers.sort((a, b) => a.at - b.at);
      const next = sleepers[0];
      if (!next || next.at > to) break;
      sleepers.shift();
      now = Math.max(now, next.at);
      next.wake();
    }
    if (to !== Infinity) now = to;
    await settle();
  };
  return { clock, advance, now: () => now };
}

/** A `CallBudget` that also keeps every call's time (on whatever clock recorded it), for the busiest minute. */
export class LoggedCallBudget extends CallBudget {
  readonly log: number[] = [];
  override record(now = Date.now()): void {
    this.log.push(now);
    super.record(now);
  }
}

/** The most calls in any 60 s window of `times` (ms). */
export function busiestMinute(times: readonly number[]): number {
  const t = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let end = 0, start = 0; end < t.length; end++) {
    while (t[end] - t[start] >= 60_000) start++;
    most = Math.max(most, end - start + 1);
  }
  return most;
}
