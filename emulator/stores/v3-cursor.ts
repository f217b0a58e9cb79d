import { isPlainObject, QueryError } from '../query/query-error';

/** Everything needed to continue a V3 query or search from a position. */
export interface CursorState {
  readonly kind: 'query' | 'search';
  readonly filter?: unknown;
  readonly sort?: unknown;
  readonly search?: unknown;
  readonly offset: number;
}

/**
 * V3 cursors carry the original filter, sort and search, so that `next()` can send the cursor alone (the SDK
 * drops filter and sort when it has one). Opaque to clients: base64url JSON.
 */
export function encodeCursor(state: CursorState): string {
  const packed = { k: state.kind, f: state.filter, s: state.sort, x: state.search, o: state.offset };
  return Buffer.from(JSON.stringify(packed), 'utf8').toString('base64url');
}

/** Decodes a cursor issued for `kind`, or throws INVALID_CURSOR. */
export function decodeCursor(cursor: string, kind: CursorState['kind']): CursorState {
  let packed: unknown;
  try {
    packed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    packed = null;
  }
  if (!isPlainObject(packed) || packed['k'] !== kind || !Number.isInteger(packed['o']) || (packed['o'] as number) < 0) {
    throw new QueryError('INVALID_CURSOR', `The cursor is not valid for products/${kind}`);
  }
  return { kind, filter: packed['f'], sort: packed['s'], search: packed['x'], offset: packed['o'] as number };
}
