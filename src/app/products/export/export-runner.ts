import { Observable } from 'rxjs';
import type { CatalogError } from '../../catalog/catalog-error';
import { ExportCursor, ExportReader, ExportSource } from '../../catalog/export/catalog-export-reader';
import { type PaceClock, type SitePace, realPaceClock } from '../../catalog/site-pace';
import { CsvWriter } from './csv-writer';

/** What the export is doing, for the progress bar. */
export type ExportProgress =
  | {
      readonly status: 'running';
      readonly written: number;
      readonly total: number | null;
      /** Rows per second so far (null until the first chunk). */
      readonly rowsPerSecond: number | null;
      /** Seconds left at the current rate (null without a total or a rate). */
      readonly etaSeconds: number | null;
      /** Seconds the export waits before its next call (Wix asked it to, or a failure is retried). */
      readonly waitingSeconds: number | null;
    }
  | { readonly status: 'done'; readonly written: number; readonly file: Blob; readonly calls: number }
  | { readonly status: 'failed'; readonly written: number; readonly error: CatalogError };

/** How the runner waits between retries and tells time (tests pass a fake). */
export type ExportClock = PaceClock;

/** The runner's limits (its pace is the site's: `SitePace`). */
export interface ExportLimits {
  /** Attempts at one chunk before a passing failure is given up on. */
  readonly attemptsPerChunk: number;
}

export const DEFAULT_EXPORT_LIMITS: ExportLimits = { attemptsPerChunk: 6 };

const BACKOFF_MS = 1_000;
const MAX_BACKOFF_MS = 30_000;

/**
 * Runs an export: reads chunks of 100 from `reader`, writes each as CSV into Blob parts as it arrives, and
 * reports progress. Unsubscribing cancels: the call in flight is left to finish unseen, no further call is
 * made, and the partial file is dropped. A passing failure (5xx, network, timeout, 429, an expired token once)
 * reads the same chunk again after `Retry-After` (which pauses every background caller: `pace`) or a backoff;
 * anything else stops with the error. Every call waits its turn on the site's pace, shared with bulk runs.
 */
export function runExport(
  reader: ExportReader,
  source: ExportSource,
  total: number | null,
  writer: CsvWriter,
  pace: Pick<SitePace, 'take' | 'pauseFor'>,
  limits: ExportLimits = DEFAULT_EXPORT_LIMITS,
  clock: ExportClock = realPaceClock,
): Observable<ExportProgress> {
  return new Observable<ExportProgress>((subscriber) => {
    const abort = new AbortController();
    const started = clock.now();
    let parts: Blob[] = [];
    let text = writer.header();
    let written = 0;
    const progress = (waitingSeconds: number | null): ExportProgress => {
      const seconds = (clock.now() - started) / 1000;
      const rate = written > 0 && seconds > 0 ? written / seconds : null;
      const left = total === null ? null : Math.max(0, total - written);
      return { status: 'running', written, total, rowsPerSecond: rate, etaSeconds: rate && left !== null ? left / rate : null, waitingSeconds };
    };
    const wait = async (ms: number) => {
      subscriber.next(progress(Math.ceil(ms / 1000)));
      await clock.sleep(ms, abort.signal);
    };
    /** Waits the site's pace for one more call, saying how long when it has to. */
    const paced = async () => {
      await pace.take(abort.signal, (ms) => subscriber.next(progress(Math.ceil(ms / 1000))));
      if (abort.signal.aborted) throw abort.signal.reason;
    };
    const run = async () => {
      let cursor: ExportCursor = null;
      let count = 0;
      subscriber.next(progress(null));
      for (;;) {
        const chunk = await readWithRetries(cursor);
        count++;
        // Each chunk goes into the file at once, as a Blob part (the browser keeps Blob data outside the JS heap):
        // the heap holds one chunk's text at a time, never the file.
        parts.push(new Blob([text + writer.rows(chunk.rows)]));
        text = '';
        written += chunk.rows.length;
        if (chunk.next === null) break;
        cursor = chunk.next;
        subscriber.next(progress(null));
      }
      parts.push(new Blob([text]));
      const file = new Blob(parts, { type: 'text/csv;charset=utf-8' });
      parts = [];
      return { file, count };
    };
    const readWithRetries = async (cursor: ExportCursor) => {
      let refreshed = false;
      for (let attempt = 1; ; attempt++) {
        await paced();
        try {
          return await reader.read(source, cursor);
        } catch (raw) {
          if (abort.signal.aborted) throw abort.signal.reason;
          const error = raw as CatalogError;
          const delay = retryDelay(error, attempt, limits.attemptsPerChunk, refreshed);
          if (delay === null) throw error;
          if (error.kind === 'unauthenticated') refreshed = true;
          // Wix's Retry-After holds for the site: the pace holds every background caller (bulk runs too) till then.
          if (error.kind === 'rate-limited') pace.pauseFor(delay / 1000);
          else await wait(delay);
        }
      }
    };
    run().then(
      ({ file, count }) => {
        subscriber.next({ status: 'done', written, file, calls: count });
        subscriber.complete();
      },
      (error: unknown) => {
        parts = [];
        if (abort.signal.aborted) return;
        subscriber.next({ status: 'failed', written, error: asCatalogError(error) });
        subscriber.complete();
      },
    );
    return () => {
      abort.abort(new DOMException('Export cancelled', 'AbortError'));
      parts = [];
      text = '';
    };
  });
}

/** How long to wait before reading a chunk again, or null to stop. */
export function retryDelay(error: CatalogError, attempt: number, attempts: number, refreshed: boolean): number | null {
  if (attempt >= attempts) return null;
  // The dashboard hands out a fresh token per call: one more try, at once; a second 401 is the session ending.
  if (error.kind === 'unauthenticated') return refreshed ? null : 0;
  const backoff = Math.min(MAX_BACKOFF_MS, BACKOFF_MS * 2 ** (attempt - 1));
  if (error.kind === 'rate-limited') return error.retryAfterSeconds === null ? backoff : error.retryAfterSeconds * 1000;
  if (error.kind === 'unavailable') return backoff;
  // A 5xx Wix did not describe, or an answer that could not be read: worth another try, as a 503 is.
  if (error.kind === 'unknown' && (error.status === null || error.status >= 500 || error.status === 200)) return backoff;
  return null;
}

function asCatalogError(error: unknown): CatalogError {
  const e = error as Partial<CatalogError> | null;
  return e && typeof e.kind === 'string' ? (error as CatalogError) : { kind: 'unknown', status: null, requestId: null };
}
