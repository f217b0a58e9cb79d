import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

/**
 * Load control for timed comparisons on a shared machine (2 cores, several engineers): before each measured
 * pair, wait until the whole machine was mostly idle for a moment, and note how busy it was. Nothing is
 * throttled: Chromium runs at full speed, the bench only avoids starting a pair in the middle of someone's build.
 */

/** Jiffies the machine's CPUs spent busy and in total so far (first line of /proc/stat); null off Linux. */
function cpuTimes() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal …: idle and iowait are the CPUs' free time.
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - fields[3] - fields[4], total };
  } catch {
    return null;
  }
}

/** Fraction (0–1) of all CPUs busy during the next `ms` milliseconds; null where /proc/stat is unreadable. */
export async function busyFraction(ms = 1000) {
  const a = cpuTimes();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const b = cpuTimes();
  if (!a || !b || b.total === a.total) return null;
  return (b.busy - a.busy) / (b.total - a.total);
}

/**
 * Waits until the machine was at most `maxBusy` busy (all CPUs together; 0.5 = one of two cores) over one
 * `windowMs` window, for at most `timeoutMs`. Returns {busy, waitedMs, quiet}: the last window's fraction,
 * how long it waited, and whether it got quiet before the timeout (after which the pair runs anyway).
 */
export async function waitUntilQuiet({ maxBusy = 0.5, windowMs = 700, timeoutMs = 20_000 } = {}) {
  const started = Date.now();
  for (;;) {
    const busy = await busyFraction(windowMs);
    const waitedMs = Date.now() - started;
    if (busy === null || busy <= maxBusy) return { busy, waitedMs, quiet: true };
    if (waitedMs >= timeoutMs) return { busy, waitedMs, quiet: false };
  }
}

export const CORES = cpus().length;
