import { APP_BASE_HREF, Location } from '@angular/common';
import { TestBed } from '@angular/core/testing';
import { NEVER } from 'rxjs';
import { AFTER_PAINT_IDLE } from '../src/app/catalog/after-paint-idle';
import { provideCatalog } from '../src/app/catalog/provide-catalog';
import { ProductsPage } from '../src/app/products/products-page';
import { ENGLISH_AT_START } from '../src/app/products/testing/english-labels';
import { WIX_CLIENT, WIX_FETCH } from '../src/app/wix/wix-client';
import type { Contract } from './contract-setup';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The products page rendered in jsdom (import './jsdom-node-bridge' first) with the app's providers over a
 * contract's client: the real SDK, a real dashboard handshake, the emulator's tokens and answers.
 */
export function renderConnectedPage(contract: Contract) {
  TestBed.configureTestingModule({
    providers: [
      { provide: APP_BASE_HREF, useValue: '/' },
      // The contract's client and fetch seam (one dashboard handshake), with the app's catalog wiring.
      { provide: WIX_CLIENT, useValue: contract.client },
      { provide: WIX_FETCH, useValue: contract.wixFetch },
      provideCatalog(),
      // The page in English, as after the dashboard's language loaded (page-language.spec tests the loading).
      ENGLISH_AT_START,
      // Request counts are per intent here: no idle-time prefetch (product-search.spec tests it).
      { provide: AFTER_PAINT_IDLE, useValue: () => NEVER },
    ],
  });
  const fixture = TestBed.createComponent(ProductsPage);
  const root = () => fixture.nativeElement as HTMLElement;
  return {
    fixture,
    root,
    /** The URL the page keeps its query in (TestBed's platform location is a mock, not jsdom's location). */
    path: () => TestBed.inject(Location).path(),
    rows: () => root().querySelectorAll('tbody tr:not(.skeleton)').length,
    alert: () => root().querySelector('[role=alert]'),
    text: () => (root().textContent ?? '').replace(/\s+/g, ' '),
    /** Waits, rendering as it goes, until the page shows what `done` looks for. */
    async until(done: () => boolean, timeoutMs = 8_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await fixture.whenStable();
        if (done()) return;
        if (Date.now() > deadline) throw new Error(`the page never got there; it shows: ${root().textContent?.replace(/\s+/g, ' ')}`);
        await sleep(10);
      }
    },
    /** Types (or pastes) into the search box. */
    async type(text: string): Promise<void> {
      const input = root().querySelector<HTMLInputElement>('input[type=search]')!;
      input.value = text;
      input.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    },
  };
}

export type ConnectedPage = ReturnType<typeof renderConnectedPage>;
