/** A `validationError.fieldViolations` entry, as Wix sends it. */
export interface FieldViolation {
  readonly field: string;
  readonly description: string;
  readonly violatedRule: 'MAX' | 'MIN' | 'FORMAT' | 'REQUIRED_FIELD' | 'OTHER';
  readonly ruleName?: string;
  readonly data?: Record<string, unknown>;
}

/** Application error codes the query layer raises (all answered with HTTP 400). */
export type QueryErrorCode = 'INVALID_FILTER' | 'INVALID_SORT' | 'INVALID_CURSOR' | 'INVALID_ARGUMENT';

/**
 * A rejected query. With a `violation` it is sent as `details.validationError` (limits, paging, shape);
 * otherwise as `details.applicationError` with `code` (unknown field or operator, bad sort, bad cursor).
 */
export class QueryError extends Error {
  constructor(
    readonly code: QueryErrorCode,
    message: string,
    readonly violation?: FieldViolation,
  ) {
    super(message);
    this.name = 'QueryError';
  }
}

/** A validation failure on one request field. */
export function violation(
  field: string,
  description: string,
  rule: FieldViolation['violatedRule'],
  data?: Record<string, unknown>,
): QueryError {
  const details: FieldViolation = { field, description, violatedRule: rule, ...(data && { data }) };
  return new QueryError('INVALID_ARGUMENT', `${field} ${description}`, details);
}

/** An invalid filter (unknown field, unsupported operator, wrong operand type). */
export function invalidFilter(message: string): QueryError {
  return new QueryError('INVALID_FILTER', message);
}

/** True for `{...}` objects (not arrays, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
