import { normalizeFilters } from '../../catalog/filter-rules';
import type { FilterName, ProductFilters } from '../../catalog/product-filters';

/*
 * Reading filters out of a query string: a lazy chunk (with the rules that check them), loaded by QueryUrl when
 * a URL names a filter. Writing them is in query-url.ts (a value's text is all it takes). The parameter names
 * come from the caller: importing query-url.ts here would split it out of the first bundle's main chunk.
 */

/** The filters a query string holds (parameter names in `names`); invalid values are dropped without a word. */
export function filtersFromSearch(search: string, names: Readonly<Record<FilterName, string>>): ProductFilters {
  const params = new URLSearchParams(search);
  const raw: Partial<Record<FilterName, string | null>> = {};
  for (const name of Object.keys(names) as FilterName[]) raw[name] = params.get(names[name]);
  return normalizeFilters(raw);
}
