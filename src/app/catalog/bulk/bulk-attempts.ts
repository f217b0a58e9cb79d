import type { CatalogError } from '../catalog-error';
import type { ProductValues } from './bulk-plan';
import type { VersionWriter } from './version-writer';

/*
 * How a bulk run attempts its calls: which failures pass (worth another attempt, after reading again), how many
 * attempts, and the read that settles an outcome Wix did not report. Plain TS beside the runner.
 */

/** Attempts per batch (and per listing page) before a failure that passes is reported. */
export const ATTEMPTS = 3;
/** The pause after a 429 without Retry-After. */
export const DEFAULT_RETRY_AFTER_S = 5;

/** Thrown by the run's `beforeCall` once stopped (Stop or unsubscribe): ends the run without a call or an error. */
export const CANCELLED = Symbol('cancelled');

/** Whether a failure may pass (rate limit, unavailable, an unknown non-200 answer): worth another attempt. */
export function passes(error: CatalogError): boolean {
  return error.kind === 'rate-limited' || error.kind === 'unavailable' || (error.kind === 'unknown' && error.status !== 200);
}

/**
 * Products read once more (refused ones, or ones whose last answer was lost): what already holds its target
 * counts as done. A refusal can answer our own write sent twice: a browser resends a request whose connection
 * dropped before any answer came (it cannot know the server applied it), and Catalog V3 then refuses the copy
 * as a stale revision although the first one changed the product. A failed or cancelled read leaves every
 * outcome as Wix answered it.
 */
export async function readQuietly(ids: readonly string[], writer: VersionWriter, beforeCall: () => Promise<void>): Promise<Map<string, ProductValues>> {
  if (ids.length === 0) return new Map();
  try {
    await beforeCall();
    return new Map((await writer.read(ids)).map((v) => [v.id, v]));
  } catch {
    return new Map();
  }
}
