import { type Catalog, type DiscountKind, type ProductRecord, type StockStatus, GENERATED_THUMBNAIL } from './catalog';
import { CatalogBuilder } from './catalog-builder';
import { Prng, randomGuid } from './prng';
import { withOptions } from './variants';
import { ADJECTIVES, BRANDS, COLLECTIONS, KINDS, MATERIALS, SMALL_COLLECTIONS, THEME_COLLECTIONS_START } from './vocabulary';

/** Options of the seeded generator. */
export interface GeneratorOptions {
  readonly products: number;
  readonly seed: number;
  readonly currency: string;
}

// Fixed dates (not "now") so that the same seed gives byte-identical answers on every run.
const START_MS = Date.UTC(2023, 0, 1);
const END_MS = Date.UTC(2025, 10, 1);
const NEW_SINCE_MS = END_MS - 60 * 86_400_000;
const COMBINATIONS = ADJECTIVES.length * MATERIALS.length * KINDS.length;
// A multiplier coprime with COMBINATIONS walks every combination once, in a shuffled-looking order.
const STRIDE = 7919;
const PERCENT_OFF = [10, 15, 20, 25, 30, 40, 50];
const AMOUNT_OFF = [2, 5, 10];
const SENTENCES = [
  'Made in small batches and checked by hand.',
  'Designed to last for years of everyday use.',
  'A customer favourite, restocked every season.',
  'Thoughtfully sourced and plastic-free packaging.',
  'Pairs well with the rest of the collection.',
  'Easy care: see the label for details.',
];

/** Lower-case, dash-separated URL slug. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\u0590-\u05ff\u0600-\u06ff]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'product';
}

/** Builds a deterministic catalog of realistic products. */
export function generateCatalog(options: GeneratorOptions): Catalog {
  const n = Math.max(0, Math.floor(options.products));
  const rng = new Prng(options.seed);
  // A second stream for what was added later (small collections): the main stream, and so every product's
  // name, price and stock, stays as it was for a seed.
  const extra = new Prng(options.seed ^ 0x5eed);
  const builder = new CatalogBuilder(n);
  const record = emptyRecord(options.currency);
  const collections: string[] = [];
  const words = wordTables();
  const nameParts: string[] = [];
  const slugParts: string[] = [];
  for (let i = 0; i < n; i++) {
    const combo = (STRIDE * i + options.seed) % COMBINATIONS;
    const a = combo % ADJECTIVES.length;
    const m = Math.floor(combo / ADJECTIVES.length) % MATERIALS.length;
    const k = Math.floor(combo / (ADJECTIVES.length * MATERIALS.length));
    const material = MATERIALS[m];
    const kind = KINDS[k];
    const edition = Math.floor(i / COMBINATIONS);
    // Array#join yields flat strings: a million names stay compact (template literals would keep cons trees).
    nameParts.length = 0;
    nameParts.push(ADJECTIVES[a], material.word, kind.noun);
    slugParts.length = 0;
    slugParts.push(words.adjectiveSlugs[a], words.materialSlugs[m], words.kindSlugs[k]);
    if (edition > 0) {
      nameParts.push('No.', String(edition + 1));
      slugParts.push('no', String(edition + 1));
    }
    record.name = nameParts.join(' ');
    record.slug = slugParts.join('-');
    record.sku = [kind.code, material.code, String(i + 1).padStart(6, '0')].join('-');
    record.id = randomGuid(rng);
    record.numericId = 1_690_000_000_000_000 + i * 100 + rng.int(0, 99);
    record.createdMs = Math.floor(START_MS + ((END_MS - START_MS) * i) / Math.max(1, n)) + rng.int(0, 59_999);
    record.updatedMs = Math.floor(record.createdMs + rng.next() * (END_MS - record.createdMs));
    const raw = kind.basePrice * material.factor * (0.8 + rng.next() * 0.5);
    record.price = rng.chance(0.7) ? Math.max(1, Math.round(raw)) - 0.01 : Math.round(raw * 2) / 2;
    const discount = rng.next();
    record.discountKind = (discount < 0.18 ? 2 : discount < 0.23 ? 1 : 0) as DiscountKind;
    record.discountValue =
      record.discountKind === 2
        ? rng.pick(PERCENT_OFF)
        : record.discountKind === 1
          ? Math.min(rng.pick(AMOUNT_OFF), Math.floor(record.price / 2))
          : 0;
    record.cost = Math.round(record.price * (0.25 + rng.next() * 0.35) * 100) / 100;
    const stock = kind.digital ? 0 : rng.next();
    record.trackInventory = stock >= 0.55 && stock < 0.95;
    record.quantity = stock < 0.55 || stock >= 0.95 ? null : stock < 0.85 ? rng.int(1, 250) : 0;
    // 5% partially out of stock (some variants sold out): tracked, with a quantity left.
    record.stockStatus = (stock < 0.8 ? 0 : stock < 0.85 ? 2 : 1) as StockStatus;
    record.visible = rng.chance(0.93);
    record.productType = kind.digital ? 1 : 0;
    record.description = words.description(k, m, rng.int(0, SENTENCES.length - 1));
    record.brand = rng.chance(0.8) ? rng.pick(BRANDS) : null;
    const isNew = record.createdMs >= NEW_SINCE_MS;
    const bestSeller = rng.chance(0.08);
    record.ribbon = record.discountKind !== 0 ? 'Sale' : isNew ? 'New' : bestSeller ? 'Best Seller' : null;
    collections.length = 0;
    collections.push(COLLECTIONS[0].id, COLLECTIONS[kind.collection].id);
    if (isNew) collections.push(COLLECTIONS[THEME_COLLECTIONS_START].id);
    if (bestSeller) collections.push(COLLECTIONS[THEME_COLLECTIONS_START + 1].id);
    if (record.price < 50 && rng.chance(0.3)) collections.push(COLLECTIONS[THEME_COLLECTIONS_START + 2].id);
    if (record.discountKind !== 0) collections.push(COLLECTIONS[THEME_COLLECTIONS_START + 3].id);
    // A third of the products is in one small collection; u³ skews the pick, so a few are large, most small.
    if (extra.chance(0.35)) collections.push(SMALL_COLLECTIONS[Math.floor(extra.next() ** 3 * SMALL_COLLECTIONS.length)].id);
    record.collectionIds = collections;
    builder.add(record);
  }
  // Options and variants are derived from the rows (variants.ts): the random streams stay as they were.
  return withOptions(builder.finish());
}

/** Slugs of every vocabulary word and the (few thousand) descriptions, made once and shared by all rows. */
function wordTables() {
  const descriptions: string[] = [];
  return {
    adjectiveSlugs: ADJECTIVES.map(slugify),
    materialSlugs: MATERIALS.map((m) => slugify(m.word)),
    kindSlugs: KINDS.map((k) => slugify(k.noun)),
    description(kind: number, material: number, sentence: number): string {
      const key = (kind * MATERIALS.length + material) * SENTENCES.length + sentence;
      return (descriptions[key] ??= `<p>${KINDS[kind].noun} in ${MATERIALS[material].word.toLowerCase()}. ${SENTENCES[sentence]}</p>`);
    },
  };
}

function emptyRecord(currency: string): ProductRecord {
  return {
    id: '', name: '', slug: '', sku: null, numericId: 0, createdMs: 0, updatedMs: 0, price: NaN, currency,
    discountKind: 0, discountValue: 0, cost: NaN, trackInventory: false, quantity: null, stockStatus: 0,
    visible: true, productType: 0, description: null, brand: null, ribbon: null,
    thumbnail: GENERATED_THUMBNAIL, collectionIds: [],
  };
}
