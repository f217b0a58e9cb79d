import { STATE_TIMEOUT_MS } from './config.mjs';

/**
 * Polls `probe` until it returns a truthy value and returns that value; fails with `what` and the last seen
 * value after `timeout` ms. playwright-core has no `expect`, so this is the one waiting primitive.
 */
export async function until(what, probe, { timeout = STATE_TIMEOUT_MS, interval = 50 } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await probe();
      if (last) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? `error: ${lastError.message}` : `last value: ${JSON.stringify(last)}`;
      throw new Error(`Timed out after ${timeout} ms waiting for ${what} (${seen})`);
    }
    await sleep(interval);
  }
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
