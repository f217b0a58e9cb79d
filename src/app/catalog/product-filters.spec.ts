import { NO_FILTERS, normalizeFilters, supportedFilters, validDay } from './filter-rules';
import { DEFAULT_QUERY, hasFilters, normalizeQuery, queryKey } from './product';
import { V1_FILTER_SUPPORT } from './v1-catalog-gateway';

describe('normalizeFilters', () => {
  it('drops what is not a known value, a real day, a sane price or an id', () => {
    expect(
      normalizeFilters({
        visibility: 'maybe',
        stock: 'OUT_OF_STOCK',
        productType: 'digital',
        priceMin: -1,
        priceMax: 'abc',
        collection: '<script>',
        updatedFrom: '2025-02-30',
        updatedTo: '2025-13-01',
      }),
    ).toEqual({ ...NO_FILTERS, productType: 'digital' });
  });

  it('swaps bounds given in the wrong order and rounds prices to cents', () => {
    expect(normalizeFilters({ priceMin: '20.456', priceMax: 5, updatedFrom: '2025-03-09', updatedTo: '2025-03-01' })).toEqual({
      ...NO_FILTERS,
      priceMin: 5,
      priceMax: 20.46,
      updatedFrom: '2025-03-01',
      updatedTo: '2025-03-09',
    });
  });

  it('accepts real calendar days only', () => {
    expect(validDay('2024-02-29')).toBe('2024-02-29');
    expect(validDay('2023-02-29')).toBeNull();
    expect(validDay('2024-2-9')).toBeNull();
  });
});

describe('filters in a query', () => {
  it('a query without filters normalizes as before, and one with them keeps them', () => {
    expect(normalizeQuery(DEFAULT_QUERY)).toEqual(DEFAULT_QUERY);
    expect(normalizeQuery({ ...DEFAULT_QUERY, filters: NO_FILTERS })).toEqual(DEFAULT_QUERY);
    const filtered = normalizeQuery({ ...DEFAULT_QUERY, filters: { ...NO_FILTERS, stock: 'in-stock' } });
    expect(hasFilters(filtered.filters)).toBe(true);
    expect(queryKey(filtered)).not.toBe(queryKey(DEFAULT_QUERY));
  });

  it('leaves out what the catalog cannot filter on (V1: visibility), never filtering rows itself', () => {
    const filters = { ...NO_FILTERS, visibility: 'hidden' as const, stock: 'out-of-stock' as const };
    expect(supportedFilters(filters, V1_FILTER_SUPPORT)).toEqual({ ...NO_FILTERS, stock: 'out-of-stock' });
  });
});
