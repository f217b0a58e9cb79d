import type { Catalog } from './catalog';

/*
 * Product options and variants of the generated catalog, derived from a row (nothing stored: a million rows stay
 * as small as they were). Every OPTIONS_EVERY-th physical product (row % 4 === 1) has a Size option (S, M, L),
 * and every other one of those a Color option too (Red, Blue): 3 or 6 variants. The V1 product, the V3 product
 * and the V3 inventory items are all shaped from this one description, so they agree.
 *
 * What the rest of the emulator (and its tests) relies on stays as it was: the product's id, name, price, SKU,
 * stock status and quantity. So: every variant costs the product's price as generated (a V3 write may then
 * give each its own: catalog-edits.ts, v3-product.ts); the first variant carries the product's SKU, the
 * others that SKU with their choices ("MUG-CER-000006-M"); a tracked product's quantity is split over its
 * variants (their sum is the product's quantity), and a partially out of stock product has its last variant
 * sold out. A row whose stock cannot be split that way (fewer units than in-stock variants) keeps one variant.
 */

/** Rows with options: row % OPTIONS_EVERY === OPTIONS_AT. */
export const OPTIONS_EVERY = 4;
const OPTIONS_AT = 1;

/** Wix's id of the one variant of a product without options (V1 and V3). */
export const DEFAULT_VARIANT = '00000000-0000-0000-0000-000000000000';

/** An option choice: its id (V3 `choiceId`), name, and color code for a color swatch. */
export interface EmulatedChoice {
  readonly id: string;
  readonly name: string;
  readonly code: string;
  readonly color?: string;
}

/** A product option (V1 `productOptions[]`, V3 `options[]`). */
export interface EmulatedOption {
  readonly id: string;
  readonly name: string;
  readonly kind: 'text' | 'color';
  readonly choices: readonly EmulatedChoice[];
}

/** One variant: its choices (one per option), SKU and stock. Price and cost are the product's. */
export interface EmulatedVariant {
  readonly id: string;
  readonly choices: readonly { readonly option: EmulatedOption; readonly choice: EmulatedChoice }[];
  readonly sku: string | null;
  readonly tracked: boolean;
  /** Units in stock when tracked, else null. */
  readonly quantity: number | null;
  readonly inStock: boolean;
}

const SIZE: EmulatedOption = {
  id: '51ce0000-0000-4000-8000-000000000000',
  name: 'Size',
  kind: 'text',
  choices: ['S', 'M', 'L'].map((name, i) => ({ id: `51ce0000-0000-4000-8000-00000000000${i + 1}`, name, code: name })),
};
const COLOR: EmulatedOption = {
  id: 'c0100000-0000-4000-8000-000000000000',
  name: 'Color',
  kind: 'color',
  choices: [
    { id: 'c0100000-0000-4000-8000-000000000001', name: 'Red', code: 'RED', color: '#c0392b' },
    { id: 'c0100000-0000-4000-8000-000000000002', name: 'Blue', code: 'BLUE', color: '#2e86c1' },
  ],
};

/** Catalogs the generator made (a catalog file's products keep the one variant they had). */
const GENERATED = new WeakSet<Catalog>();

/** Marks a catalog as generated: its every fourth physical product gets options. */
export function withOptions(c: Catalog): Catalog {
  GENERATED.add(c);
  return c;
}

/** The row's options (none for most products). */
export function optionsOf(c: Catalog, row: number): readonly EmulatedOption[] {
  if (!GENERATED.has(c) || row % OPTIONS_EVERY !== OPTIONS_AT || c.productType[row] !== 0) return [];
  const options = row % (OPTIONS_EVERY * 2) === OPTIONS_AT ? [SIZE, COLOR] : [SIZE];
  return splitStock(c, row, combinations(options).length) ? options : [];
}

/** The row's variants: one per combination of choices, or the one default variant of a product without options. */
export function variantsOf(c: Catalog, row: number): readonly EmulatedVariant[] {
  const sku = c.skus[row];
  const tracked = c.trackInventory[row] === 1 && c.quantity[row] >= 0;
  const options = optionsOf(c, row);
  if (options.length === 0) {
    const quantity = tracked ? c.quantity[row] : null;
    return [{ id: DEFAULT_VARIANT, choices: [], sku, tracked, quantity, inStock: c.stockStatus[row] !== 1 }];
  }
  const combos = combinations(options);
  const stock = splitStock(c, row, combos.length)!;
  return combos.map((choices, i) => ({
    id: variantId(c.ids[row], i),
    choices: choices.map((choice, o) => ({ option: options[o], choice })),
    sku: sku === null ? null : i === 0 ? sku : [sku, ...choices.map((ch) => ch.code)].join('-'),
    tracked,
    quantity: tracked ? stock[i] : null,
    inStock: tracked ? stock[i] > 0 : c.stockStatus[row] !== 1,
  }));
}

/** Every combination of one choice per option, in option order (S-Red, S-Blue, M-Red…). */
function combinations(options: readonly EmulatedOption[]): EmulatedChoice[][] {
  return options.reduce<EmulatedChoice[][]>((all, option) => all.flatMap((prefix) => option.choices.map((ch) => [...prefix, ch])), [[]]);
}

/**
 * Units per variant for a tracked row (their sum is the row's quantity; partially out of stock: the last one 0),
 * zeros for an untracked one; null when the row's stock cannot be split over `n` variants consistently.
 */
function splitStock(c: Catalog, row: number, n: number): number[] | null {
  const quantity = c.quantity[row];
  if (c.trackInventory[row] !== 1 || quantity < 0) return c.stockStatus[row] === 2 ? null : new Array<number>(n).fill(0);
  const status = c.stockStatus[row];
  const stocked = status === 2 ? n - 1 : status === 1 ? 0 : n;
  if ((stocked === 0) !== (quantity === 0) || quantity < stocked) return null;
  return Array.from({ length: n }, (_, i) => (i < stocked ? Math.floor(quantity / stocked) + (i < quantity % stocked ? 1 : 0) : 0));
}

/** A variant's GUID: the product's id with its last 12 digits replaced by the variant's index (stable, unique per product). */
function variantId(productId: string, index: number): string {
  return `${productId.slice(0, 24)}${(index + 1).toString(16).padStart(12, '0')}`;
}
