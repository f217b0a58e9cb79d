/** @jest-environment node */
import { firstValueFrom } from 'rxjs';
import { CollectionDirectory } from '../src/app/catalog/collection-directory';
import { CatalogVersionResolver } from '../src/app/catalog/catalog-version';
import { DEFAULT_QUERY, ProductQuery, normalizeQuery } from '../src/app/catalog/product';
import type { ProductFilters } from '../src/app/catalog/product-filters';
import { NO_FILTERS } from '../src/app/catalog/filter-rules';
import { V3CatalogGateway } from '../src/app/catalog/v3-catalog-gateway';
import { Contract, connectToEmulator } from './contract-setup';

const filtered = (filters: Partial<ProductFilters>, patch: Partial<ProductQuery> = {}): ProductQuery =>
  normalizeQuery({ ...DEFAULT_QUERY, pageSize: 100, ...patch, filters: { ...NO_FILTERS, ...filters } });

async function setVersion(contract: Contract, catalogVersion: 'V1' | 'V3'): Promise<void> {
  await fetch(`${contract.emulator.url}/_emulator/config`, { method: 'POST', body: JSON.stringify({ catalogVersion }) });
  await firstValueFrom(contract.injector.get(CatalogVersionResolver).refresh());
}

// The app's filters and collection list through the real SDK against the emulator: every field the app sends
// is accepted (no 400) and the answers hold what was asked for.
describe('filters and collections against the emulator, through the real SDK', () => {
  let contract: Contract;
  beforeAll(async () => {
    contract = await connectToEmulator();
  });
  afterAll(() => contract.close());

  it('V1: every filter together is accepted, and the rows satisfy it', async () => {
    await setVersion(contract, 'V1');
    const page = await firstValueFrom(
      contract.v1.search(filtered({ stock: 'out-of-stock', productType: 'physical', priceMin: 10, priceMax: 500, updatedFrom: '2023-01-01', updatedTo: '2026-01-01' })),
    );
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((p) => p.stock === 'out-of-stock')).toBe(true);
    expect(page.filterSupport?.pricedBy).toBe('list');
  });

  it('V1: the collection list pages and searches, and its ids filter products', async () => {
    await setVersion(contract, 'V1');
    const directory = contract.injector.get(CollectionDirectory);
    const first = await firstValueFrom(directory.list(''));
    expect(first.items).toHaveLength(50);
    expect(first.next).toBe('50');
    const found = await firstValueFrom(directory.list('Summer'));
    const sale = found.items.find((c) => c.name === 'Summer Sale')!;
    expect(sale).toBeDefined();
    const page = await firstValueFrom(contract.v1.search(filtered({ collection: sale.id })));
    expect(page.total).toBe(sale.count);
  });

  // After V1: the list must not reuse V1's offsets as V3 cursors when the site's catalog changed version.
  it('V3: every filter together is accepted on searchProducts, and the categories list pages by cursor', async () => {
    await setVersion(contract, 'V3');
    const v3 = contract.injector.get(V3CatalogGateway);
    const page = await firstValueFrom(
      v3.search(filtered({ visibility: 'visible', stock: 'in-stock', productType: 'digital', priceMin: 1, priceMax: 100, updatedFrom: '2023-01-01' }, { sort: 'price-asc' })),
    );
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((p) => p.stock === 'in-stock' && p.visible)).toBe(true);
    const directory = contract.injector.get(CollectionDirectory);
    const first = await firstValueFrom(directory.list(''));
    expect(first.items).toHaveLength(50);
    const second = await firstValueFrom(directory.list('', first.next));
    expect(second.items[0].id).not.toBe(first.items[0].id);
    const category = first.items.find((c) => (c.count ?? 0) > 0 && (c.count ?? 0) < 100)!;
    const inCategory = await firstValueFrom(v3.search(filtered({ collection: category.id })));
    expect(inCategory.items.length).toBe(category.count);
  });
});
