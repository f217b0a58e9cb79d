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
