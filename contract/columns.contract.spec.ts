/** @jest-environment node */
import { firstValueFrom } from 'rxjs';
import { CatalogVersionResolver } from '../src/app/catalog/catalog-version';
import { CollectionDirectory } from '../src/app/catalog/collection-directory';
import { DEFAULT_QUERY, ProductQuery } from '../src/app/catalog/product';
import { V3CatalogGateway } from '../src/app/catalog/v3-catalog-gateway';
import { Contract, connectToEmulator } from './contract-setup';

const query = (patch: Partial<ProductQuery> = {}): ProductQuery => ({ ...DEFAULT_QUERY, pageSize: 50, ...patch });

async function onVersion(contract: Contract, catalogVersion: 'V1' | 'V3'): Promise<void> {
  await contract.configure({ catalogVersion });
  await firstValueFrom(contract.injector.get(CatalogVersionResolver).refresh());
}

// The optional columns' data through the real SDK against the emulator: the fields the app maps arrive under the
// names the SDK gives them (its renames: `_createdDate`, categories' `_id`), cost only for whom Wix sends it to,
// and the collection names of a page in one read.
describe('column data against the emulator, through the real SDK', () => {
  describe('as an owner', () => {
    let contract: Contract;
    beforeAll(async () => {
      contract = await connectToEmulator();
    });
    afterAll(() => contract.close());

    it('V1: type, brand, ribbon, created, collections and cost arrive, and the page says cost was sent', async () => {
      await onVersion(contract, 'V1');
      const page = await firstValueFrom(contract.v1.search(query()));
      expect(page.merchantData).toBe('sent');
      const items = page.items;
      expect(items.every((p) => p.productType === 'physical' || p.productType === 'digital')).toBe(true);
      expect(items.some((p) => p.brand) && items.some((p) => p.ribbon)).toBe(true);
      expect(items.every((p) => p.created instanceof Date && !Number.isNaN(p.created.getTime()))).toBe(true);
      expect(items.some((p) => (p.collectionIds ?? []).length > 0)).toBe(true);
      expect(items.every((p) => !(p.collectionIds ?? []).includes('00000000-000000-000000-000000000001'))).toBe(true);
      expect(items.filter((p) => p.price).every((p) => /\d/.test(p.cost ?? '') && /\d/.test(p.profit ?? ''))).toBe(true);
    });

    it('V1: the names of every collection on a page in one read of the collections endpoint', async () => {
      await onVersion(contract, 'V1');
      const page = await firstValueFrom(contract.v1.search(query()));
      const ids = [...new Set(page.items.flatMap((p) => p.collectionIds ?? []))];
      const before = (await contract.stats()).requests;
      const names = await firstValueFrom(contract.injector.get(CollectionDirectory).lookupAll(ids));
      expect([...names.keys()].sort()).toEqual([...ids].sort());
      expect([...names.values()].every((name) => name.length > 0)).toBe(true);
      expect((await contract.stats()).requests - before).toBe(1);
      // Known now: asked again, nothing goes out.
      await firstValueFrom(contract.injector.get(CollectionDirectory).lookupAll(ids));
      expect((await contract.stats()).requests - before).toBe(1);
    });

    it('V3: categories (DIRECT_CATEGORIES_INFO) always, cost and profit (MERCHANT_DATA) when asked', async () => {
      await onVersion(contract, 'V3');
      const v3 = contract.injector.get(V3CatalogGateway);
      const plain = await firstValueFrom(v3.search(query()));
      expect(plain.merchantData).toBeUndefined();
      expect(plain.items.every((p) => p.cost === null)).toBe(true);
      expect(plain.items.some((p) => (p.collectionIds ?? []).length > 0)).toBe(true);
      const rich = await firstValueFrom(v3.search(query({ merchantData: true })));
      expect(rich.merchantData).toBe('sent');
      expect(rich.items.filter((p) => p.price).every((p) => /\d/.test(p.cost ?? '') && /\d/.test(p.profit ?? ''))).toBe(true);
      expect(rich.items.some((p) => p.brand) && rich.items.every((p) => p.created instanceof Date)).toBe(true);
      const ids = [...new Set(rich.items.flatMap((p) => p.collectionIds ?? []))];
      const names = await firstValueFrom(contract.injector.get(CollectionDirectory).lookupAll(ids));
      expect([...names.values()].every((name) => name.length > 0)).toBe(true);
    });
  });

  describe('as a viewer (no product management)', () => {
    let contract: Contract;
    beforeAll(async () => {
      contract = await connectToEmulator({ role: 'viewer' });
    });
    afterAll(() => contract.close());

    it('V1: no cost, and the page says it was withheld', async () => {
      await onVersion(contract, 'V1');
      const page = await firstValueFrom(contract.v1.search(query({ merchantData: true })));
      expect(page.merchantData).toBe('withheld');
      expect(page.items.every((p) => p.cost === null && p.profit === null)).toBe(true);
    });

    it('V3: asking for cost is refused (403 NO_PERMISSION_TO_READ_MERCHANT_DATA); the page comes without it, not as an error', async () => {
      await onVersion(contract, 'V3');
      const v3 = contract.injector.get(V3CatalogGateway);
      const before = (await contract.stats()).recent.length;
      const page = await firstValueFrom(v3.search(query({ merchantData: true })));
      expect(page.merchantData).toBe('withheld');
      expect(page.items.length).toBeGreaterThan(0);
      const calls = (await contract.stats()).recent.slice(before).filter((c) => c.path.startsWith('/stores/v3/products/'));
      // The page's total is counted beside the first read (products/count): asked with the hidden products, which a
      // viewer may not count (403), then once more without them; no merchant data is involved.
      expect(calls.filter((c) => c.path.endsWith('/count')).map((c) => c.status)).toEqual([403, 200]);
      expect(calls.filter((c) => !c.path.endsWith('/count')).map((c) => c.status)).toEqual([403, 200]);
    });
  });
});
