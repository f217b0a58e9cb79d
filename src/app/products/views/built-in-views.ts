import type { FilterSupport } from '../../catalog/product-filters';

/** A built-in view: its id (also its label's key in ViewLabels) and its query string (the URL's form). */
export interface BuiltInView {
  readonly id: 'all' | 'out-of-stock' | 'hidden';
  readonly search: string;
}

/** "All products", "Out of stock" and "Hidden", in the order of the tabs. */
export const BUILT_IN_VIEWS: readonly BuiltInView[] = [
  { id: 'all', search: '' },
  { id: 'out-of-stock', search: 'stock=out-of-stock' },
  { id: 'hidden', search: 'visibility=hidden' },
];

/**
 * Whether the catalog can run a built-in view (null support: not known yet). "Hidden" needs the visibility filter,
 * which Catalog V1 does not have, so it is offered only once the catalog has said it can; whether the role may see
 * hidden products is asked when the merchant first opens it (HiddenProducts).
 */
export function offered(view: BuiltInView, support: FilterSupport | null): boolean {
  switch (view.id) {
    case 'all':
      return true;
    case 'out-of-stock':
      return support?.stock == null;
    case 'hidden':
      return support !== null && support.visibility === null && support.hidden !== 'catalog';
  }
}
