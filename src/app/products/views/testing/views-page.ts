import { Location } from '@angular/common';
import { Provider } from '@angular/core';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';
import { CollectionDirectory } from '../../../catalog/collection-directory';
import { DASHBOARD_ADDRESS, DashboardAddress } from '../../../catalog/dashboard-address';
import { HiddenAccess, HiddenProducts } from '../../../catalog/hidden-products';
import { ProductQuery } from '../../../catalog/product';
import { FilterSupport } from '../../../catalog/product-filters';
import { FilterBarHarness } from '../../filters/testing/filter-bar-harness';
import { ProductsPage } from '../../products-page';
import { ProductsPageHarness } from '../../testing/products-page-harness';
import { pageTestProviders, scriptedHiddenProducts } from '../../testing/page-test-bed';
import { ScriptedGateway, catalogPage } from '../../testing/scripted-gateway';
import { ViewTabsHarness } from './view-tabs-harness';

/** What the catalog can filter on: Catalog V1 (no visibility) and V3 (everything). */
export const V1_SUPPORT: FilterSupport = { visibility: 'catalog', hidden: 'catalog', stock: null, productType: null, price: null, collection: null, updated: null, pricedBy: 'list', collectionKind: 'collection' };
export const V3_SUPPORT: FilterSupport = { ...V1_SUPPORT, visibility: null, hidden: null, pricedBy: 'sale', collectionKind: 'category' };

/** The localStorage key of the views in page specs: the test URL names no site, so the key is the bare prefix. */
export const VIEWS_KEY = 'cm.views:';

export interface ViewsPageOptions {
  support?: FilterSupport;
  /** What HiddenProducts answers when asked. */
  hidden?: HiddenAccess;
  /** The dashboard's address (links, mirroring); by default one that links to https://dash.test/… */
  address?: Partial<DashboardAddress>;
  providers?: Provider[];
}

/** Lets the lazy chunks arrive and the page settle. */
export async function settle(fixture: { whenStable(): Promise<unknown> }, rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((r) => setTimeout(r, 5));
    await fixture.whenStable();
  }
}

/**
 * The products page at `url` over a scripted catalog of 60 products, with its lazily mounted filter bar and view
 * tabs, and harnesses for all three.
 */
export async function renderViewsPage(url: string, options: ViewsPageOptions = {}) {
  const support = options.support ?? V1_SUPPORT;
  const gateway = new ScriptedGateway();
  gateway.answer = (query: ProductQuery) => of({ ...catalogPage(query, 60), filterSupport: support });
  const hidden = scriptedHiddenProducts(options.hidden ?? 'unknown');
  const mirrored: string[] = [];
  const address: DashboardAddress = {
    initialSearch: async () => '',
    mirror: (search) => void mirrored.push(search),
    link: async (search) => `https://dash.test/catalog-manager${search ? `?${search}` : ''}`,
    ...options.address,
  };
  TestBed.configureTestingModule({
    providers: pageTestProviders(url, gateway, [
      { provide: CollectionDirectory, useValue: { nameOf: () => null, lookup: () => of(null), remember: () => undefined } },
      { provide: HiddenProducts, useValue: hidden },
      { provide: DASHBOARD_ADDRESS, useValue: address },
      ...(options.providers ?? []),
    ]),
  });
  const location = TestBed.inject(Location);
  const fixture = TestBed.createComponent(ProductsPage);
  await fixture.whenStable();
  const host = fixture.nativeElement as HTMLElement;
  for (let i = 0; i < 30 && !(host.querySelector('cm-view-tabs [role=tab]') && host.querySelector('cm-filter-bar select')); i++) await settle(fixture, 1);
  await settle(fixture);
  const env = TestbedHarnessEnvironment.loader(fixture);
  return {
    fixture,
    gateway,
    hidden,
    location,
    mirrored,
    page: await TestbedHarnessEnvironment.harnessForFixture(fixture, ProductsPageHarness),
    views: await env.getHarness(ViewTabsHarness),
    filters: await env.getHarness(FilterBarHarness),
  };
}

/** The stored entry of the views, parsed (null when there is none). */
export function storedViews(): { v: number; site: string; default: string | null; open: string; views: { id: string; name: string; search: string }[] } | null {
  const raw = localStorage.getItem(VIEWS_KEY);
  return raw === null ? null : JSON.parse(raw);
}
