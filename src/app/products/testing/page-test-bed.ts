import { APP_BASE_HREF, PlatformLocation } from '@angular/common';
import { MOCK_PLATFORM_LOCATION_CONFIG, MockPlatformLocation } from '@angular/common/testing';
import { Provider, signal } from '@angular/core';
import { NEVER } from 'rxjs';
import { AFTER_PAINT_IDLE } from '../../catalog/after-paint-idle';
import { CATALOG_GATEWAY, CatalogGateway } from '../../catalog/catalog-gateway';
import { HiddenAccess, HiddenProducts } from '../../catalog/hidden-products';
import { ENGLISH_AT_START } from './english-labels';

/**
 * HiddenProducts answering `answer` to its question (the spec of HiddenProducts covers the question on the
 * wire); `asked` counts the questions.
 */
export function scriptedHiddenProducts(answer: HiddenAccess = 'unknown') {
  const access = signal<HiddenAccess>('unknown');
  const fake = {
    asked: 0,
    access: access.asReadonly(),
    check: async (): Promise<HiddenAccess> => {
      fake.asked++;
      access.set(answer);
      return answer;
    },
  };
  return fake;
}

/**
 * What every page spec starts from: the browser URL at `url` (a mock location, so history is the test's), the
 * given gateway as the catalog, and no idle-time prefetch, so each intent's requests can be counted
 * (product-search.spec tests the prefetch). `extra` adds or overrides providers (a spec's fake dashboard…).
 */
export function pageTestProviders(url: string, gateway: CatalogGateway, extra: Provider[] = []): Provider[] {
  return [
    { provide: PlatformLocation, useClass: MockPlatformLocation },
    { provide: MOCK_PLATFORM_LOCATION_CONFIG, useValue: { startUrl: `http://localhost${url}` } },
    { provide: APP_BASE_HREF, useValue: '/' },
    { provide: CATALOG_GATEWAY, useValue: gateway },
    { provide: AFTER_PAINT_IDLE, useValue: () => NEVER },
    { provide: HiddenProducts, useValue: scriptedHiddenProducts() },
    ENGLISH_AT_START,
    ...extra,
  ];
}
