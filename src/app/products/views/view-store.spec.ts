import * as start from './view-start';
import { MAX_NAME, MAX_VIEWS, NO_VIEWS, SavedViews, ViewStore, cleanName, nameTaken, newViewId, parseViews, serializeViews, updated, without } from './view-store';
import * as store from './view-store';

const SITE = 'site-1';
const entry = (fields: Record<string, unknown>) => JSON.stringify({ v: 1, site: SITE, default: null, open: '', views: [], ...fields });
/** An entry whose default view would open the page on `q=a`, were it read. */
const opening = (fields: Record<string, unknown>) => entry({ default: 'out-of-stock', open: 'q=a', ...fields });
const view = (n: number, extra: Record<string, unknown> = {}) => ({ id: `v${n}`, name: `View ${n}`, search: `q=p${n}`, ...extra });

/** A Storage over a map, whose calls can be made to throw. */
function memoryStorage(initial: Record<string, string> = {}, fail: { read?: boolean; write?: boolean } = {}): Storage {
  const map = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => {
      if (fail.read) throw new DOMException('blocked', 'SecurityError');
      return map.get(key) ?? null;
    },
    setItem: (key: string, value: string) => {
      if (fail.write) throw new DOMException('full', 'QuotaExceededError');
      map.set(key, value);
    },
  } as Storage;
}

describe('the stored views format', () => {
  it('round-trips: versioned, keyed to the site, the default view’s query string ready for the first bundle', () => {
    const saved: SavedViews = { views: [view(1), view(2, { columns: ['sku', 'productType'] }), view(3, { columns: [] })], defaultId: 'v2' };
    const raw = serializeViews(saved, SITE);
    expect(JSON.parse(raw)).toEqual({ v: 1, site: SITE, default: 'v2', open: 'q=p2', views: saved.views });
    expect(parseViews(raw, SITE)).toEqual({ saved, problem: null });
    expect(start.defaultViewSearch(() => memoryStorage({ 'cm.views:site-1': raw }), SITE)).toBe('q=p2');
  });

  it('a built-in default opens on its own query string; none opens "All products"', () => {
    expect(JSON.parse(serializeViews({ views: [], defaultId: 'out-of-stock' }, SITE)).open).toBe('stock=out-of-stock');
    expect(JSON.parse(serializeViews({ views: [], defaultId: 'hidden' }, SITE)).open).toBe('visibility=hidden');
    expect(JSON.parse(serializeViews(NO_VIEWS, SITE)).open).toBe('');
  });

  it('keeps the first bundle’s key, format and limits (view-start.ts) the same as the store’s', () => {
    expect([store.VIEWS_KEY, store.VIEWS_FORMAT, store.MAX_VIEW_SEARCH]).toEqual([start.VIEWS_KEY, start.VIEWS_FORMAT, start.MAX_VIEW_SEARCH]);
  });

  it.each([
    ['not JSON', '{"v":1,"open":"q=a"', 'corrupt'],
    ['not an object', '["open"]', 'corrupt'],
    ['without a version', JSON.stringify({ site: SITE, open: 'q=a', views: [] }), 'corrupt'],
    ['an unknown old version', opening({ v: 0 }), 'corrupt'],
    ['views that are not a list', opening({ views: { a: 1 } }), 'corrupt'],
    ['a newer version', opening({ v: 2, views: 'whatever v2 is' }), 'newer'],
    ['another site’s', opening({ site: 'site-2', views: [view(1)] }), 'foreign'],
  ])('leaves out an entry that is %s, whole, says why, and does not open the page on its default', (_, raw, problem) => {
    expect(parseViews(raw, SITE)).toEqual({ saved: NO_VIEWS, problem });
    expect(start.defaultViewSearch(() => memoryStorage({ 'cm.views:site-1': raw }), SITE)).toBe('');
  });

  it('opens the page on a well-formed entry’s default (the check the first bundle can afford)', () => {
    expect(start.defaultViewSearch(() => memoryStorage({ 'cm.views:site-1': opening({}) }), SITE)).toBe('q=a');
    expect(start.defaultViewSearch(() => memoryStorage({ 'cm.views:site-1': opening({ open: 'q='.padEnd(1001, 'x') }) }), SITE)).toBe('');
    expect(start.defaultViewSearch(() => memoryStorage({ 'cm.views:site-1': opening({ open: 7 }) }), SITE)).toBe('');
  });

  it('leaves out each view that does not check out, keeping the others', () => {
    const bad = [
      { ...view(2), id: 'all' }, // a built-in's id
      { ...view(3), id: 'Has Space' },
      { ...view(4), name: '' },
      { ...view(5), name: '  padded ' },
      { ...view(6), name: 'x'.repeat(MAX_NAME + 1) },
      { ...view(7), search: 7 },
      { ...view(8), search: 'q='.padEnd(1001, 'x') },
      { ...view(9), columns: ['name', 'name'] },
      { ...view(10), columns: ['<img>'] },
      view(1), // a second view with the same id
      null,
      'view',
    ];
    const { saved, problem } = parseViews(entry({ views: [view(1), ...bad, view(11, { columns: ['sku', 'inventory-quantity'] }), view(12, { columns: null })], default: 'v4' }), SITE);
    expect(saved.views.map((v) => v.id)).toEqual(['v1', 'v11', 'v12']);
    expect(saved.views[2]).toEqual(view(12)); // null columns: none (the columns stay as they are)
    expect(saved.defaultId).toBeNull();
    expect(problem).toBe('partly');
  });

  it('keeps at most 50 views', () => {
    const views = Array.from({ length: MAX_VIEWS + 3 }, (_, i) => view(i + 1));
    const { saved, problem } = parseViews(entry({ views }), SITE);
    expect(saved.views).toHaveLength(MAX_VIEWS);
    expect(saved.views.at(-1)?.id).toBe('v50');
    expect(problem).toBe('too-many');
  });

  it('a default naming no view (or "All products") is none', () => {
    expect(parseViews(entry({ default: 'all' }), SITE)).toEqual({ saved: NO_VIEWS, problem: null });
    expect(parseViews(entry({ default: 'out-of-stock' }), SITE).saved.defaultId).toBe('out-of-stock');
    expect(parseViews(entry({ default: { id: 'v1' } }), SITE).problem).toBe('partly');
  });

  it('cleans names: control characters and runs of spaces become one space; 40 characters, an emoji never cut', () => {
    expect(cleanName(' Sale\u0000\tnow \n ')).toBe('Sale now');
    expect(cleanName('\u0007 ')).toBe('');
    expect(cleanName('x'.repeat(39) + '😀😀')).toBe('x'.repeat(39) + '😀');
    expect(newViewId()).toMatch(/^v[a-z0-9]+$/);
    expect(newViewId()).not.toBe(newViewId());
  });
});

describe('changing the views', () => {
  const saved: SavedViews = { views: [view(1), view(2)], defaultId: 'v2' };

  it('changes one view, removes one (and its default), and tells names apart without letter case', () => {
    expect(updated(saved, 'v2', { name: 'Two', search: 'q=2' }).views).toEqual([view(1), { id: 'v2', name: 'Two', search: 'q=2' }]);
    expect(without(saved, 'v2')).toEqual({ views: [view(1)], defaultId: null });
    expect(without(saved, 'v1')).toEqual({ views: [view(2)], defaultId: 'v2' });
    expect(nameTaken(saved, 'VIEW 1', null)).toBe(true);
    expect(nameTaken(saved, 'view 1', 'v1')).toBe(false);
    expect(nameTaken(saved, 'View 3', null)).toBe(false);
  });
});

describe('ViewStore', () => {
  it('reads nothing as no views, writes under cm.views:<site>, and reads back what it wrote', () => {
    const storage = memoryStorage();
    const views = new ViewStore(() => storage, SITE);
    expect(views.read()).toEqual({ saved: NO_VIEWS, problem: null });
    expect(views.write({ views: [view(1)], defaultId: null })).toBe(true);
    expect(storage.getItem('cm.views:site-1')).toBe(serializeViews({ views: [view(1)], defaultId: null }, SITE));
    expect(views.read().saved.views).toEqual([view(1)]);
  });

  it('storage that is missing or throws is reported as blocked, and a refused write as false; nothing throws', () => {
    expect(new ViewStore(() => null, SITE).read().problem).toBe('blocked');
    expect(new ViewStore(() => memoryStorage({}, { read: true }), SITE).read().problem).toBe('blocked');
    expect(new ViewStore(() => null, SITE).write(NO_VIEWS)).toBe(false);
    expect(new ViewStore(() => memoryStorage({}, { write: true }), SITE).write(NO_VIEWS)).toBe(false);
    expect(start.defaultViewSearch(() => memoryStorage({}, { read: true }), SITE)).toBe('');
    expect(
      start.defaultViewSearch(() => {
        throw new DOMException('blocked', 'SecurityError');
      }, SITE),
    ).toBe('');
  });
});
