import { DOCUMENT } from '@angular/common';
import { InjectionToken, inject } from '@angular/core';
import { siteKeyFrom } from '../wix/site-key';
import type { CatalogVersion } from './catalog-version';

/**
 * The catalog version this browser last saw for this site, so the first product query can start before Wix
 * has answered which catalog the site runs. Only a guess: the version check still runs every visit and its
 * answer corrects the memory. Not secret (Wix tells any reader of the site's catalog), so localStorage is fine.
 */
export interface CatalogVersionMemory {
  /** The remembered version, or null when none (or storage is unavailable). */
  recall(): CatalogVersion | null;
  remember(version: CatalogVersion): void;
}

const VERSIONS: readonly CatalogVersion[] = ['v1', 'v3', 'stores-not-installed'];
const PREFIX = 'cm.catalog-version:';

/** localStorage under a key per site; storage that throws (blocked third-party storage in an iframe) is no memory. */
export function storageMemory(storage: Storage | null | undefined, siteKey: string): CatalogVersionMemory {
  const key = PREFIX + siteKey;
  return {
    recall() {
      try {
        const value = storage?.getItem(key) as CatalogVersion | null | undefined;
        return value && VERSIONS.includes(value) ? value : null;
      } catch {
        return null;
      }
    },
    remember(version) {
      try {
        storage?.setItem(key, version);
      } catch {
        // Full or blocked storage: the next visit just guesses the default again.
      }
    },
  };
}

export const CATALOG_VERSION_MEMORY = new InjectionToken<CatalogVersionMemory>('CATALOG_VERSION_MEMORY', {
  providedIn: 'root',
  factory: () => {
    // No document (a server or Node injector): no memory, every visit guesses V1.
    const document = inject(DOCUMENT, { optional: true });
    let storage: Storage | null = null;
    try {
      storage = document?.defaultView?.localStorage ?? null;
    } catch {
      // Reading localStorage itself throws where storage is blocked.
    }
    return storageMemory(storage, siteKeyFrom(document?.location?.search ?? ''));
  },
});
