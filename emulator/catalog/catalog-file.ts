import { readFileSync } from 'node:fs';
import {
  type Catalog,
  DISCOUNT_TYPES,
  type DiscountKind,
  PRODUCT_TYPES,
  type ProductRecord,
  type ProductTypeCode,
  STOCK_STATUSES,
  type StockStatus,
  type Thumbnail,
} from './catalog';
import { CatalogBuilder } from './catalog-builder';
import { slugify } from './generator';

/** A catalog file that cannot be used; the message lists what is wrong and where. */
export class CatalogFileError extends Error {
  override name = 'CatalogFileError';
}

const MAX_REPORTED = 20;
const FALLBACK_DATE = Date.UTC(2024, 0, 1);

/**
 * Loads a JSON file of Wix Catalog V1 products: an array, or `{"products": [...]}` as query-platformized answers.
 * Required per product: `name` (string). Optional fields are type-checked; absent ones get defaults (slug from
 * the name, visible, physical, in stock, no price…). Throws CatalogFileError listing every problem found.
 */
export function loadCatalogFile(path: string, defaultCurrency: string): Catalog {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CatalogFileError(`${path}: cannot read the catalog file (${(e as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new CatalogFileError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  const list = Array.isArray(data) ? data : isObject(data) && Array.isArray(data['products']) ? data['products'] : null;
  if (!list) throw new CatalogFileError(`${path}: expected an array of V1 products or {"products": [...]}`);
  return parseProducts(list, defaultCurrency, path);
}

/** Validates and converts parsed V1 product objects (exported for tests). */
export function parseProducts(list: readonly unknown[], defaultCurrency: string, source = 'catalog'): Catalog {
  const errors: string[] = [];
  const builder = new CatalogBuilder(list.length);
  const seenIds = new Map<string, number>();
  list.forEach((item, index) => {
    const problems: string[] = [];
    const record = toRecord(item, index, defaultCurrency, problems);
    if (record) {
      const first = seenIds.get(record.id);
      if (first !== undefined) problems.push(`"id" ${JSON.stringify(record.id)} is also used by product [${first}]`);
      seenIds.set(record.id, index);
    }
    if (problems.length > 0 || !record) {
      const label = isObject(item) && typeof item['id'] === 'string' ? ` (id ${JSON.stringify(item['id'])})` : '';
      errors.push(...problems.map((p) => `product [${index}]${label}: ${p}`));
    } else {
      builder.add(record);
    }
  });
  if (errors.length > 0) {
    const shown = errors.slice(0, MAX_REPORTED).map((e) => `  - ${e}`);
    if (errors.length > MAX_REPORTED) shown.push(`  … and ${errors.length - MAX_REPORTED} more`);
    throw new CatalogFileError(`${source}: ${errors.length} problem(s) in the catalog file:\n${shown.join('\n')}`);
  }
  return builder.finish();
}

function toRecord(item: unknown, index: number, defaultCurrency: string, problems: string[]): ProductRecord | null {
  if (!isObject(item)) {
    problems.push(`must be an object, got ${describe(item)}`);
    return null;
  }
  const p = new Reader(item, problems);
  const name = p.string('name', true) ?? '';
  const priceData = p.object('priceData') ?? p.object('price');
  const price = priceData ? new Reader(priceData, problems, 'priceData.') : null;
  const amount = price?.number('price', false, 0) ?? null;
  const currency = price?.string('currency', false) ?? defaultCurrency;
  if (!/^[A-Z]{3}$/.test(currency)) problems.push(`"priceData.currency" must be a 3-letter ISO code, got ${describe(currency)}`);
  const discount = p.object('discount');
  const d = discount ? new Reader(discount, problems, 'discount.') : null;
  const discountKind = Math.max(0, DISCOUNT_TYPES.indexOf((d?.oneOf('type', DISCOUNT_TYPES) ?? 'NONE') as never)) as DiscountKind;
  const stock = p.object('stock');
  const s = stock ? new Reader(stock, problems, 'stock.') : null;
  const quantity = s?.number('quantity', false, 0) ?? null;
  if (quantity !== null && !Number.isInteger(quantity)) problems.push(`"stock.quantity" must be an integer, got ${quantity}`);
  const inStock = s?.boolean('inStock') ?? (quantity === null || quantity > 0);
  const statusName = s?.oneOf('inventoryStatus', STOCK_STATUSES) ?? (inStock ? 'IN_STOCK' : 'OUT_OF_STOCK');
  const cost = p.object('costAndProfitData');
  const media = p.object('media');
  const mainMedia = media && isObject(media['mainMedia']) ? media['mainMedia'] : null;
  const thumb = [mainMedia?.['thumbnail'], mainMedia?.['image']].find(isObject);
  const t = thumb ? new Reader(thumb, problems, 'media.mainMedia.thumbnail.') : null;
  const url = t?.string('url', true);
  const thumbnail: Thumbnail | null =
    t && url !== undefined ? { url, width: t.number('width', false, 0) ?? 50, height: t.number('height', false, 0) ?? 50 } : null;
  const collectionIds = p.stringList('collectionIds') ?? [];
  const numericIdRaw = item['numericId'];
  const numericId = numericIdRaw === undefined ? 1_000_000 + index : Number(numericIdRaw);
  if (!Number.isSafeInteger(numericId)) {
    problems.push(`"numericId" must be an integer (or a string of digits), got ${describe(numericIdRaw)}`);
  }
  const created = p.date('createdDate') ?? FALLBACK_DATE;
  const firstRibbon: unknown = Array.isArray(item['ribbons']) ? item['ribbons'][0] : undefined;
  const ribbons = isObject(firstRibbon) ? firstRibbon['text'] : undefined;
  return {
    id: p.string('id', false) ?? `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    name,
    slug: p.string('slug', false) ?? slugify(name),
    sku: p.string('sku', false) ?? null,
    numericId,
    createdMs: created,
    updatedMs: p.date('lastUpdated') ?? created,
    price: amount ?? NaN,
    currency,
    discountKind,
    discountValue: d?.number('value', false, 0) ?? 0,
    cost: (cost && new Reader(cost, problems, 'costAndProfitData.').number('itemCost', false, 0)) ?? NaN,
    trackInventory: s?.boolean('trackInventory') ?? quantity !== null,
    quantity,
    stockStatus: Math.max(0, STOCK_STATUSES.indexOf(statusName as never)) as StockStatus,
    visible: p.boolean('visible') ?? true,
    productType: Math.max(0, PRODUCT_TYPES.indexOf((p.oneOf('productType', PRODUCT_TYPES) ?? 'physical') as never)) as ProductTypeCode,
    description: p.string('description', false) ?? null,
    brand: p.string('brand', false) ?? null,
    ribbon: p.string('ribbon', false) ?? (typeof ribbons === 'string' ? ribbons : null),
    thumbnail,
    collectionIds,
  };
}

/** Reads typed fields of one object, recording a readable problem for each wrong one. */
class Reader {
  constructor(
    private readonly obj: Record<string, unknown>,
    private readonly problems: string[],
    private readonly prefix = '',
  ) {}

  string(key: string, required: boolean): string | undefined {
    const v = this.obj[key];
    if (v === undefined || (v === null && !required)) return required ? this.fail(key, 'is required (a string)') : undefined;
    return typeof v === 'string' ? v : this.fail(key, `must be a string, got ${describe(v)}`);
  }

  number(key: string, required: boolean, min: number): number | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) return required ? this.fail(key, 'is required (a number)') : undefined;
    return typeof v === 'number' && Number.isFinite(v) && v >= min ? v : this.fail(key, `must be a number >= ${min}, got ${describe(v)}`);
  }

  boolean(key: string): boolean | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) return undefined;
    return typeof v === 'boolean' ? v : this.fail(key, `must be true or false, got ${describe(v)}`);
  }

  oneOf(key: string, allowed: readonly string[]): string | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) return undefined;
    return typeof v === 'string' && allowed.includes(v) ? v : this.fail(key, `must be one of ${allowed.join(', ')}, got ${describe(v)}`);
  }

  date(key: string): number | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) return undefined;
    const ms = typeof v === 'string' ? Date.parse(v) : NaN;
    return Number.isFinite(ms) ? ms : this.fail(key, `must be an ISO date string, got ${describe(v)}`);
  }

  object(key: string): Record<string, unknown> | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) return undefined;
    return isObject(v) ? v : this.fail(key, `must be an object, got ${describe(v)}`);
  }

  stringList(key: string): string[] | undefined {
    const v = this.obj[key];
    if (v === undefined || v === null) return undefined;
    return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : this.fail(key, `must be an array of strings, got ${describe(v)}`);
  }

  private fail(key: string, message: string): undefined {
    this.problems.push(`"${this.prefix}${key}" ${message}`);
    return undefined;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
