import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { WIX_CLIENT } from '../../wix/wix-client';
import { ProductsPage } from '../products-page';
import { pageTestProviders } from './page-test-bed';
import { ProductsPageHarness } from './products-page-harness';
import { ScriptedGateway } from './scripted-gateway';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The page over a scripted catalog of 60 products (25 a page), for the selection and bulk specs: the bulk
 * toolbar's lazy chunk loads for real. No write is made through it: the bulk runner only needs a client to exist.
 * `settle(ms)` waits `ms`, then lets the lazy toolbar load and the page settle.
 */
export async function renderScriptedBulkPage() {
  TestBed.configureTestingModule({ providers: pageTestProviders('/', new ScriptedGateway(), [{ provide: WIX_CLIENT, useValue: {} }]) });
  const fixture = TestBed.createComponent(ProductsPage);
  await fixture.whenStable();
  const page = await TestbedHarnessEnvironment.harnessForFixture(fixture, ProductsPageHarness);
  const settle = async (ms = 0) => {
    await sleep(ms);
    await fixture.whenStable();
    await sleep(0);
    await fixture.whenStable();
  };
  return { fixture, page, settle };
}
