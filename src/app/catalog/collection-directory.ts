import { Injectable, inject } from '@angular/core';
import { Observable, map, of, switchMap, tap, throwError } from 'rxjs';
import { WixCollectionPage, WixCollections } from '../wix/wix-collections';
import { CatalogError } from './catalog-error';
import { CatalogVersionResolver } from './catalog-version';

/** One collection (V1) or category (V3) the catalog can be filtered by. */
export interface CollectionOption {
  readonly id: string;
  readonly name: string;
  readonly count: number | null;
}

/** A page of collections; `next` continues the same list, null at its end. */
export interface CollectionList {
  readonly items: readonly CollectionOption[];
  readonly next: string | null;
}

/** Collections per page of the list: a screenful, and few requests for a store with hundreds. */
export const COLLECTION_PAGE_SIZE = 50;

/**
 * The collections (V1) or categories (V3) of the site, for the collection filter. Read only when the control
 * is opened, a page at a time, searchable by name prefix; each page is asked once per session (cached by text
 * and position). Names seen are remembered so an active filter's chip can show one.
 */
@Injectable({ providedIn: 'root' })
export class CollectionDirectory {
  private readonly versions = inject(CatalogVersionResolver);
  private readonly wix = inject(WixCollections);
  private readonly names = new Map<string, string>();
  private readonly pages = new Map<string, CollectionList>();
  /** Ids asked for by `lookupAll` that the site has no collection for. */
  private readonly absent = new Set<string>();

  /** A page of collections whose name starts with `text` (empty: all), continuing from `next`. */
  list(text: string, next: string | null = null): Observable<CollectionList> {
    return this.versions.current().pipe(
      switchMap((version): Observable<WixCollectionPage> => {
        // Per version: a V1 offset is no V3 cursor (the site's catalog can change while the page is open).
        const key = JSON.stringify([version, text.trim().toLowerCase(), next]);
        const cached = this.pages.get(key);
        if (cached) return of(cached);
        const read = version === 'v1' ? this.wix.v1(text.trim(), next, COLLECTION_PAGE_SIZE) : version === 'v3' ? this.wix.v3(text.trim(), next, COLLECTION_PAGE_SIZE) : null;
        if (!read) return throwError((): CatalogError => ({ kind: 'stores-not-installed', requestId: null }));
        return read.pipe(
          tap((page) => {
            this.pages.set(key, page);
            for (const item of page.items) this.names.set(item.id, item.name);
          }),
        );
      }),
      map((page) => ({ items: page.items, next: page.next })),
    );
  }

  /**
   * The name of one collection by id (a deep link's or a reload's filter, before any list was read): one read
   * per id and session; null when the site has no such collection.
   */
  lookup(id: string): Observable<string | null> {
    const known = this.names.get(id);
    if (known !== undefined) return of(known);
    return this.versions.current().pipe(
      switchMap((version) => {
        if (version !== 'v1' && version !== 'v3') return of(null);
        return (version === 'v1' ? this.wix.v1('', null, 1, id) : this.wix.v3('', null, 1, id)).pipe(
          map((page) => page.items.find((item) => item.id === id)?.name ?? null),
          tap((name) => {
            if (name !== null) this.names.set(id, name);
          }),
        );
      }),
    );
  }

  /**
   * The names of collections by id (the collections column: the ids of a page of products): one read for up to
   * 100 ids not known yet (call again for more); ids the site has no collection for map to ''.
   */
  lookupAll(ids: readonly string[]): Observable<ReadonlyMap<string, string>> {
    const unknown = [...new Set(ids)].filter((id) => !this.names.has(id) && !this.absent.has(id)).slice(0, 100);
    // Only ids asked about so far: the rest (past 100) come with the next call.
    const known = () => new Map(ids.filter((id) => this.names.has(id) || this.absent.has(id)).map((id) => [id, this.names.get(id) ?? ''] as const));
    if (unknown.length === 0) return of(known());
    return this.versions.current().pipe(
      switchMap((version) => {
        if (version !== 'v1' && version !== 'v3') return of(known());
        return (version === 'v1' ? this.wix.v1('', null, unknown.length, unknown) : this.wix.v3('', null, unknown.length, unknown)).pipe(
          map((page) => {
            for (const item of page.items) this.names.set(item.id, item.name);
            // Asked and not found: a collection deleted since the products were read.
            for (const id of unknown) if (!this.names.has(id)) this.absent.add(id);
            return known();
          }),
        );
      }),
    );
  }

  /** The name of a collection seen in a list, else null. */
  nameOf(id: string): string | null {
    return this.names.get(id) ?? null;
  }

  /** Forgets the pages read (a write changed collection counts); names stay known. */
  forgetLists(): void {
    this.pages.clear();
  }

  /** Remembers a name (a chosen option), so the chip can show it before any list is read again. */
  remember(option: CollectionOption): void {
    this.names.set(option.id, option.name);
  }
}
