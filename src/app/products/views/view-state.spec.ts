import { DEFAULT_QUERY } from '../../catalog/product';
import { FILTER_PARAMS, queryFromSearch, searchWithQuery, withFilters } from '../query-url';
import { filtersFromSearch } from '../filters/filter-url';
import { BUILT_IN_VIEWS, offered } from './built-in-views';
import { ScreenState, ViewTab, selectedTab, showsView, viewQuery } from './view-state';
import { V1_SUPPORT, V3_SUPPORT } from './testing/views-page';

const screen = (search: string, columns?: readonly string[]): ScreenState => ({ search, columns });
const own = (id: string, search: string, columns?: readonly string[]): ViewTab => ({ id, name: id, search, builtIn: false, ...(columns !== undefined && { columns }) });
const builtIns: ViewTab[] = BUILT_IN_VIEWS.map((v) => ({ ...v, builtIn: true as const }));

describe('views: equality and "modified"', () => {
  it('a view is what the page would write for its query: text trimmed, always page 1, defaults left out', () => {
    const query = { ...DEFAULT_QUERY, text: '  mug ', page: 4, sort: 'price-asc' as const };
    expect(searchWithQuery('', viewQuery(query))).toBe('q=mug&sort=price-asc');
    expect(searchWithQuery('', viewQuery(DEFAULT_QUERY))).toBe('');
  });

  it('the screen shows a view when the query strings are equal; columns count only where the view names them', () => {
    expect(showsView(own('a', 'stock=in-stock'), screen('stock=in-stock'))).toBe(true);
    expect(showsView(own('a', 'stock=in-stock'), screen('stock=in-stock&sort=price-asc'))).toBe(false);
    // A view saved without columns (or a built-in) leaves the columns as they are.
    expect(showsView(own('a', ''), screen('', ['name', 'sku']))).toBe(true);
    expect(showsView(builtIns[0], screen('', ['name']))).toBe(true);
    // A view with columns is modified when they differ, in order too.
    expect(showsView(own('a', '', ['name', 'sku']), screen('', ['name', 'sku']))).toBe(true);
    expect(showsView(own('a', '', ['name', 'sku']), screen('', ['sku', 'name']))).toBe(false);
    expect(showsView(own('a', '', ['sku']), screen('', ['sku', 'price']))).toBe(false);
    expect(showsView(own('a', '', []), screen('', []))).toBe(true);
    // A page without a column chooser compares the query alone.
    expect(showsView(own('a', '', ['name']), screen(''))).toBe(true);
  });

  it('selects the tab chosen last while it matches, else the first that matches, else the chosen one (modified)', () => {
    const tabs = [...builtIns, own('a', 'stock=out-of-stock'), own('b', 'type=digital')];
    expect(selectedTab(tabs, 'a', screen('stock=out-of-stock')).id).toBe('a');
    expect(selectedTab(tabs, 'all', screen('stock=out-of-stock')).id).toBe('out-of-stock');
    expect(selectedTab(tabs, 'a', screen('type=digital')).id).toBe('b');
    const modified = screen('type=digital&sort=name-desc');
    expect(selectedTab(tabs, 'b', modified).id).toBe('b');
    expect(showsView(selectedTab(tabs, 'b', modified), modified)).toBe(false);
    expect(selectedTab(tabs, 'gone', modified).id).toBe('all');
  });

  it('the built-in views are the page’s own queries, offered where the catalog can run them', () => {
    const read = (search: string) => withFilters(queryFromSearch(search), filtersFromSearch(search, FILTER_PARAMS));
    expect(BUILT_IN_VIEWS.map((v) => [v.id, read(v.search)])).toEqual([
      ['all', DEFAULT_QUERY],
      ['out-of-stock', { ...DEFAULT_QUERY, filters: expect.objectContaining({ stock: 'out-of-stock', visibility: null }) }],
      ['hidden', { ...DEFAULT_QUERY, filters: expect.objectContaining({ stock: null, visibility: 'hidden' }) }],
    ]);
    // Written back, each is its own query string: the page's URL form.
    expect(BUILT_IN_VIEWS.map((v) => searchWithQuery('', read(v.search)))).toEqual(BUILT_IN_VIEWS.map((v) => v.search));
    const ids = (support: typeof V1_SUPPORT | null) => BUILT_IN_VIEWS.filter((v) => offered(v, support)).map((v) => v.id);
    expect(ids(null)).toEqual(['all', 'out-of-stock']);
    expect(ids(V1_SUPPORT)).toEqual(['all', 'out-of-stock']);
    expect(ids(V3_SUPPORT)).toEqual(['all', 'out-of-stock', 'hidden']);
    expect(ids({ ...V3_SUPPORT, stock: 'catalog' })).toEqual(['all', 'hidden']);
  });
});
