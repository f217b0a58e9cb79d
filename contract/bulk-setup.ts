import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { BulkRunner } from '../src/app/catalog/bulk/bulk-runner';
import { DashboardRequests, type ToastRequest } from '../src/app/catalog/dashboard-requests';
import { ProductsPageHarness } from '../src/app/products/testing/products-page-harness';
import { type Contract, type ContractOptions, connectToEmulator } from './contract-setup';
import { type ConnectedPage, renderConnectedPage } from './connected-page';

/** What a bulk page spec works with; the fields are set anew before each test. */
export interface BulkPage {
  contract: Contract;
  page: ConnectedPage;
  harness: ProductsPageHarness;
  /** The toasts the page asked the dashboard for (recorded at DashboardRequests, the page's one door to them). */
  toasts: ToastRequest[];
}

/**
 * The products page over the real SDK and an in-process emulator, for the bulk specs: one emulator per describe
 * (`options`), reset and a fresh page with its rows before each test. Registers the hooks; call it in a describe.
 */
export function useBulkPage(options: ContractOptions): BulkPage {
  const bulk = {} as BulkPage;
  beforeAll(async () => {
    bulk.contract = await connectToEmulator(options);
  });
  afterAll(() => bulk.contract.close());
  beforeEach(async () => {
    bulk.contract.emulator.state.reset();
    bulk.page = renderConnectedPage(bulk.contract);
    await bulk.page.until(() => bulk.page.rows() > 0);
    bulk.harness = await TestbedHarnessEnvironment.harnessForFixture(bulk.page.fixture, ProductsPageHarness);
    bulk.toasts = [];
    jest.spyOn(bulk.page.fixture.debugElement.injector.get(DashboardRequests), 'toast').mockImplementation((t) => (bulk.toasts.push(t), true));
  });
  return bulk;
}

/** What a bulk runner spec works with: the emulator's contract and the app's runner over it. */
export interface BulkRunnerSetup {
  contract: Contract;
  runner: BulkRunner;
}

/**
 * The app's BulkRunner over the real SDK and an in-process emulator (`options`), for the bulk write specs: one
 * emulator per describe, reset before each test. Registers the hooks; call it in a describe.
 */
export function useBulkRunner(options: ContractOptions): BulkRunnerSetup {
  const setup = {} as BulkRunnerSetup;
  beforeAll(async () => {
    setup.contract = await connectToEmulator(options);
    setup.runner = setup.contract.injector.get(BulkRunner);
  });
  afterAll(() => setup.contract.close());
  beforeEach(() => setup.contract.emulator.state.reset());
  return setup;
}
