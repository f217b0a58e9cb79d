import { Injectable, inject } from '@angular/core';
import { WIX_CLIENT } from '../../wix/wix-client';
import { WixErrorMapping } from '../../wix/wix-error-mapping';
import { CatalogError } from '../catalog-error';
import { CatalogVersionResolver } from '../catalog-version';
import { ProductSort } from '../product';
import type { ProductFilters } from '../product-filters';
import { V1_READ_PERMISSION, V1CatalogGateway } from '../v1-catalog-gateway';
import { afterKey, keyOf } from '../v1-keyset';
import { V1Key, v1OrderOf } from '../v1-read';
import { v3ProductsByIds } from '../v3-by-ids';
import { V3_READ_PERMISSION, V3CatalogGateway } from '../v3-catalog-gateway';
import { ExportRow, v1ExportRow, v3ExportRow } from './export-row';
import { firstValueFrom } from 'rxjs';

/**
 * What to export: every product matching a view's text, filters and sort, or the products with these ids;
 * `merchantData`: with cost and profit (as ProductQuery asks them: V3 asks and falls back on a 403, V1 sends them
 * to managers unasked).
 */
export type ExportSource = (
  | { readonly kind: 'query'; readonly text: string; readonly sort: ProductSort; readonly filters?: ProductFilters }
  | { readonly kind: 'ids'; readonly ids: readonly string[] }
) & { readonly merchantData?: true };

/** Where the next chunk starts: null before the first; opaque otherwise (a keyset anchor, a cursor, an index). */
export type ExportCursor = { readonly v1: V1Key } | { readonly v3: string } | { readonly index: number } | null;

/** One chunk of rows and where the next one starts (null: this was the last). */
export interface ExportChunk {
  readonly rows: readonly ExportRow[];
  readonly next: ExportCursor;
}

/** Reads an export chunk by chunk; a chunk read again from the same cursor gives the same products. */
export interface ExportReader {
  /** Up to 100 rows from `cursor`; rejects with a CatalogError. */
  read(source: ExportSource, cursor: ExportCursor): Promise<ExportChunk>;
}

/** Products a call: Wix's largest page. */
export const EXPORT_CHUNK = 100;

/**
 * Export reads for the site's catalog version, without offsets so a depth of a million costs what the first
 * chunk costs: V1 by keyset (the view's order, ties by numericId: the next chunk starts after the last product
 * written), V3 by cursor. A failed chunk is read again from the same cursor: nothing is written twice or skipped.
 * Selected ids are read 100 at a time with an `_id $in` filter (V1 `queryProducts`, V3 `queryProducts`), in the
 * order they were chosen; an id Wix no longer has is left out.
 */
@Injectable({ providedIn: 'root' })
export class CatalogExportReader implements ExportReader {
  private readonly versions = inject(CatalogVersionResolver);
  private readonly v1 = inject(V1CatalogGateway);
  private readonly v3 = inject(V3CatalogGateway);
  private readonly client = inject(WIX_CLIENT);
  private readonly errors = inject(WixErrorMapping);

  async read(source: ExportSource, cursor: ExportCursor): Promise<ExportChunk> {
    const version = await firstValueFrom(this.versions.current());
    if (version === 'stores-not-installed') throw { kind: 'stores-not-installed', requestId: null } satisfies CatalogError;
    const permission = version === 'v1' ? V1_READ_PERMISSION : V3_READ_PERMISSION;
    try {
      return version === 'v1' ? await this.readV1(source, cursor) : await this.readV3(source, cursor);
    } catch (error) {
      throw this.errors.toCatalogError(error, permission);
    }
  }

  private async readV1(source: ExportSource, cursor: ExportCursor): Promise<ExportChunk> {
    if (source.kind === 'ids') {
      return byIds(source.ids, cursor, async (ids) => {
        const result = await this.client.products.queryProducts().in('_id', [...ids]).limit(EXPORT_CHUNK).find();
        return result.items.map((item) => [String(item._id), v1ExportRow(item)]);
      });
    }
    const order = v1OrderOf(source.sort);
    const after = cursor && 'v1' in cursor ? cursor.v1 : null;
    const refine = await this.v1.refinement(source);
    const slice = await this.v1.read({ text: source.text, refine, order, after, offset: 0, limit: EXPORT_CHUNK }, afterKey);
    const items = slice.items.slice(0, EXPORT_CHUNK);
    const last = items.length ? keyOf(items[items.length - 1], order) : null;
    // A product without a key cannot anchor the next read: stop rather than start over or loop.
    if (items.length === EXPORT_CHUNK && !last) throw { kind: 'unknown', status: 200, requestId: null } satisfies CatalogError;
    const more = items.length === EXPORT_CHUNK && (slice.total === null || slice.total > items.length);
    return { rows: items.map(v1ExportRow), next: more && last ? { v1: last } : null };
  }

  private async readV3(source: ExportSource, cursor: ExportCursor): Promise<ExportChunk> {
    const reader = await this.v3.loadReader();
    if (source.kind === 'ids') return byIds(source.ids, cursor, async (ids) => (await v3ProductsByIds(reader, ids, !!source.merchantData)).map((item) => [String(item._id), v3ExportRow(item)]));
    const query = { text: source.text, sort: source.sort, pageSize: EXPORT_CHUNK, page: 1, ...(source.filters && { filters: source.filters }), ...(source.merchantData && { merchantData: true as const }) };
    const slice = await reader.slice(query, cursor && 'v3' in cursor ? cursor.v3 : null, false, EXPORT_CHUNK);
    return { rows: slice.items.map(v3ExportRow), next: slice.next ? { v3: slice.next } : null };
  }
}

/** The chunk of `ids` at the cursor's index, read by `read` (id → row) and written in the order of `ids`. */
async function byIds(ids: readonly string[], cursor: ExportCursor, read: (ids: readonly string[]) => Promise<[string, ExportRow][]>): Promise<ExportChunk> {
  const index = cursor && 'index' in cursor ? cursor.index : 0;
  const chunk = ids.slice(index, index + EXPORT_CHUNK);
  const found = new Map(await read(chunk));
  return { rows: chunk.flatMap((id) => found.get(id) ?? []), next: index + EXPORT_CHUNK < ids.length ? { index: index + EXPORT_CHUNK } : null };
}
