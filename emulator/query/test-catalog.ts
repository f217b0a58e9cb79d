import type { Role } from '../auth/roles';
import { parseProducts } from '../catalog/catalog-file';
import { DEFAULT_OPTIONS } from '../options';
import { EmulatorState } from '../state';
import type { ApiContext } from '../stores/v1-endpoint';

/** Test helper: a small hand-written catalog whose every value a test can reason about. */
export const SMALL_PRODUCTS = [
  { id: 'p-1', name: 'Apple Mug', sku: 'MUG-001', priceData: { price: 10 }, numericId: '101', collectionIds: ['c-all', 'c-kitchen'], createdDate: '2024-01-01T00:00:00Z', lastUpdated: '2024-03-01T00:00:00Z' },
  { id: 'p-2', name: 'apricot Jam', sku: 'JAM-002', priceData: { price: 4.5 }, numericId: '102', collectionIds: ['c-all', 'c-food'], createdDate: '2024-01-02T00:00:00Z', lastUpdated: '2024-03-02T00:00:00Z' },
  { id: 'p-3', name: 'Banana Bread', sku: 'BRD-003', priceData: { price: 7 }, numericId: '103', collectionIds: ['c-all', 'c-food'], createdDate: '2024-01-03T00:00:00Z', productType: 'digital', description: 'A recipe' },
  { id: 'p-4', name: 'Blue Apron', priceData: { price: 25 }, numericId: '104', collectionIds: ['c-all', 'c-kitchen'], createdDate: '2024-01-04T00:00:00Z', visible: false },
  { id: 'p-5', name: 'Cherry Pie', sku: 'pie-005', numericId: '105', collectionIds: ['c-all'], createdDate: '2024-01-05T00:00:00Z' },
  { id: 'p-6', name: 'apple Cider', sku: 'CID-006', priceData: { price: 10 }, discount: { type: 'PERCENT', value: 50 }, numericId: '106', collectionIds: ['c-all', 'c-food', 'c-kitchen'], createdDate: '2024-01-06T00:00:00Z', costAndProfitData: { itemCost: 2 } },
];

/** An emulator state over SMALL_PRODUCTS (or the given products). */
export function smallState(products: readonly unknown[] = SMALL_PRODUCTS, rateLimitPerMinute = 0): EmulatorState {
  return new EmulatorState({ ...DEFAULT_OPTIONS, rateLimitPerMinute }, parseProducts(products, 'USD'));
}

/** A call context for the endpoint functions. */
export function ctx(state: EmulatorState, role: Role = 'owner'): ApiContext {
  return { state, role, origin: 'http://127.0.0.1:4300' };
}
