import { pages } from '@wix/stores/dashboard';
import { openProductEditor, productEditor } from './product-editor';
import type { CatalogWixClient } from './wix-client';

describe('Open in Wix (the product editor)', () => {
  it("is Wix Stores' Products page (its own page builder's id) with the product below it", () => {
    expect(pages.productsList().pageId).toBe('c821a776-85a9-4340-ae94-e08876c99944');
    expect(productEditor('9f7c5a4a-549d-759c')).toEqual({ pageId: 'c821a776-85a9-4340-ae94-e08876c99944', relativeUrl: 'product/9f7c5a4a-549d-759c' });
    // An id is one path segment, whatever it holds.
    expect(productEditor('a/b?c#d').relativeUrl).toBe('product/a%2Fb%3Fc%23d');
  });

  it('navigates the dashboard there as a new history entry', async () => {
    const navigate = jest.fn();
    await openProductEditor({ dashboard: { navigate } } as unknown as CatalogWixClient, 'p-1');
    expect(navigate).toHaveBeenCalledWith({ pageId: 'c821a776-85a9-4340-ae94-e08876c99944', relativeUrl: 'product/p-1' }, { history: 'push' });
  });

  it('fails with not-in-dashboard outside the dashboard, and passes on a dashboard that refuses', async () => {
    await expect(openProductEditor(null, 'p-1')).rejects.toEqual({ kind: 'not-in-dashboard', requestId: null });
    await expect(openProductEditor({} as CatalogWixClient, 'p-1')).rejects.toEqual({ kind: 'not-in-dashboard', requestId: null });
    const refused = new Error('Serialization error occurred while accessing navigate property');
    await expect(openProductEditor({ dashboard: { navigate: () => Promise.reject(refused) } } as unknown as CatalogWixClient, 'p-1')).rejects.toBe(refused);
  });
});
