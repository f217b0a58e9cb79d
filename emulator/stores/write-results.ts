import { applicationError, HttpError, type WixErrorBody } from '../http/wire';
import { violation } from '../query/query-error';

/** How one item of a bulk write ended (before it is shaped as Wix's `results[]`). */
export interface ItemOutcome {
  readonly id: string;
  readonly error?: { readonly code: string; readonly description: string; readonly data?: Record<string, unknown> };
  /** The entity, when the request asked for it (V3 `returnEntity`). */
  readonly item?: Record<string, unknown>;
}

/** Most ids one bulk call takes (`@maxSize 100` in both typings). */
export const MAX_BULK = 100;

/**
 * Wix's bulk answer: `results[].itemMetadata {id, originalIndex, success, error?}` (+ `item`) and
 * `bulkActionMetadata {totalSuccesses, totalFailures, undetailedFailures}`.
 */
export function bulkAnswer(outcomes: readonly ItemOutcome[]): Record<string, unknown> {
  const results = outcomes.map((o, originalIndex) => ({
    itemMetadata: { id: o.id, originalIndex, success: !o.error, ...(o.error && { error: { data: {}, ...o.error } }) },
    ...(o.item && { item: o.item }),
  }));
  const failures = outcomes.filter((o) => o.error).length;
  return {
    results,
    bulkActionMetadata: { totalSuccesses: outcomes.length - failures, totalFailures: failures, undetailedFailures: 0 },
  };
}

/** A list of 1–`max` product ids (100 unless the typings say otherwise). */
export function idList(value: unknown, field: string, max = MAX_BULK): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw violation(field, 'must be a list of product ids', 'FORMAT');
  if (value.length < 1) throw violation(field, 'must contain at least 1 item', 'MIN', { threshold: 1 });
  if (value.length > max) throw violation(field, `must contain at most ${max} items`, 'MAX', { threshold: max });
  return value as string[];
}

/** 404 for an unknown product. */
export function notFound(id: string): HttpError {
  return new HttpError(404, applicationError('NOT_FOUND', `Product ${id} not found`, { productId: id }));
}

/** The error of a write refused by the `failWritesFor` fault. */
export function refused(id: string): WixErrorBody & { details: { applicationError: { code: string; description: string } } } {
  return applicationError('WRITE_REFUSED', `Write to product ${id} refused (fault injected by the emulator)`, { productId: id }) as WixErrorBody & {
    details: { applicationError: { code: string; description: string } };
  };
}
