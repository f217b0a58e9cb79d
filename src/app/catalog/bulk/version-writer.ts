import type { PlannedWrite, ProductValues } from './bulk-plan';

/*
 * What the lazy V1/V3 writers implement. Plain promises (no Angular, no RxJS), like the V3 reader: importing
 * either here would move shared code out of the initial bundle into a chunk shared with these.
 */

/** How one product's write ended, as Wix reported it per item. */
export type WriteOutcome =
  | { readonly id: string; readonly ok: true }
  | { readonly id: string; readonly ok: false; readonly code: string; readonly description: string }
  /** Refused by the writer before any call: its values were read without cost (a V3 price change would erase it). */
  | { readonly id: string; readonly ok: false; readonly withheld: 'cost' };

/** What a batch's calls achieved: per-product outcomes of the calls that answered, and the error that stopped it. */
export interface BatchOutcome {
  readonly outcomes: readonly WriteOutcome[];
  /** The raw rejection of the call that failed as a whole (its products and the rest have no outcome). */
  readonly error?: unknown;
}

/** One catalog version's writes. */
export interface VersionWriter {
  /** Most products one read or one write call takes. */
  readonly batchSize: number;
  /** Current values of up to `batchSize` products (unknown ids are left out). Rejects with the SDK's error. */
  read(ids: readonly string[]): Promise<ProductValues[]>;
  /**
   * Writes up to `batchSize` plans in as few calls as the API allows, awaiting `beforeCall` before each call.
   * A writer that makes several calls a batch reports each call's outcomes to `answered` as they come, so a
   * run's progress (and what Stop keeps) follows every call; the returned outcomes still hold them all.
   */
  write(plans: readonly PlannedWrite[], beforeCall: () => Promise<void>, answered?: (outcomes: readonly WriteOutcome[]) => void): Promise<BatchOutcome>;
}

/** Per-item results of a Wix bulk answer (`results[].itemMetadata`), in request order. */
export function bulkOutcomes(
  ids: readonly string[],
  results: readonly { itemMetadata?: { originalIndex?: number; success?: boolean; error?: { code?: string; description?: string } } }[] | undefined,
): WriteOutcome[] {
  return ids.map((id, index) => {
    const meta = results?.find((r) => r.itemMetadata?.originalIndex === index)?.itemMetadata ?? results?.[index]?.itemMetadata;
    if (meta?.success) return { id, ok: true };
    return { id, ok: false, code: meta?.error?.code ?? 'UNKNOWN', description: meta?.error?.description ?? '' };
  });
}
