import {
  GENERATED_THUMBNAIL,
  type Catalog,
  type InternedColumn,
  type ProductRecord,
  type Thumbnail,
} from './catalog';

/** Interns strings into small integer codes (code 0 = none). */
class Interner {
  private readonly codes = new Map<string, number>();
  readonly values: (string | null)[] = [null];

  code(value: string | null): number {
    if (value === null) return 0;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }
}

/** Appends product records into fixed-capacity columns; `finish()` hands out the read-only catalog. */
export class CatalogBuilder {
  private size = 0;
  private readonly ids: string[] = [];
  private readonly names: string[] = [];
  private readonly slugs: string[] = [];
  private readonly skus: (string | null)[] = [];
  private readonly numericIds: Float64Array;
  private readonly created: Float64Array;
  private readonly updated: Float64Array;
  private readonly price: Float64Array;
  private readonly discountKind: Uint8Array;
  private readonly discountValue: Float64Array;
  private readonly cost: Float64Array;
  private readonly currencyCodes: Uint32Array;
  private readonly trackInventory: Uint8Array;
  private readonly quantity: Int32Array;
  private readonly stockStatus: Uint8Array;
  private readonly visible: Uint8Array;
  private readonly productType: Uint8Array;
  private readonly descriptionCodes: Uint32Array;
  private readonly brandCodes: Uint32Array;
  private readonly ribbonCodes: Uint32Array;
  private readonly thumbnailCode: Int32Array;
  private readonly thumbnails: Thumbnail[] = [];
  private readonly collectionOffsets: Uint32Array;
  private collectionItems: Uint32Array;
  private collectionCount = 0;
  private readonly currencies = new Interner();
  private readonly descriptions = new Interner();
  private readonly brands = new Interner();
  private readonly ribbons = new Interner();
  private readonly collections = new Interner();

  constructor(private readonly capacity: number) {
    this.numericIds = new Float64Array(capacity);
    this.created = new Float64Array(capacity);
    this.updated = new Float64Array(capacity);
    this.price = new Float64Array(capacity);
    this.discountKind = new Uint8Array(capacity);
    this.discountValue = new Float64Array(capacity);
    this.cost = new Float64Array(capacity);
    this.currencyCodes = new Uint32Array(capacity);
    this.trackInventory = new Uint8Array(capacity);
    this.quantity = new Int32Array(capacity);
    this.stockStatus = new Uint8Array(capacity);
    this.visible = new Uint8Array(capacity);
    this.productType = new Uint8Array(capacity);
    this.descriptionCodes = new Uint32Array(capacity);
    this.brandCodes = new Uint32Array(capacity);
    this.ribbonCodes = new Uint32Array(capacity);
    this.thumbnailCode = new Int32Array(capacity);
    this.collectionOffsets = new Uint32Array(capacity + 1);
    this.collectionItems = new Uint32Array(Math.max(16, capacity * 3));
  }

  /** Copies one record in (the record may be reused by the caller afterwards). */
  add(p: ProductRecord): void {
    if (this.size >= this.capacity) throw new Error(`catalog capacity ${this.capacity} exceeded`);
    const r = this.size++;
    this.ids.push(p.id);
    this.names.push(p.name);
    this.slugs.push(p.slug);
    this.skus.push(p.sku);
    this.numericIds[r] = p.numericId;
    this.created[r] = p.createdMs;
    this.updated[r] = p.updatedMs;
    this.price[r] = p.price;
    this.discountKind[r] = p.discountKind;
    this.discountValue[r] = p.discountValue;
    this.cost[r] = p.cost;
    this.currencyCodes[r] = this.currencies.code(p.currency);
    this.trackInventory[r] = p.trackInventory ? 1 : 0;
    this.quantity[r] = p.quantity ?? -1;
    this.stockStatus[r] = p.stockStatus;
    this.visible[r] = p.visible ? 1 : 0;
    this.productType[r] = p.productType;
    this.descriptionCodes[r] = this.descriptions.code(p.description);
    this.brandCodes[r] = this.brands.code(p.brand);
    this.ribbonCodes[r] = this.ribbons.code(p.ribbon);
    if (p.thumbnail === GENERATED_THUMBNAIL) this.thumbnailCode[r] = -2;
    else if (p.thumbnail === null) this.thumbnailCode[r] = -1;
    else this.thumbnailCode[r] = this.thumbnails.push(p.thumbnail) - 1;
    for (const id of p.collectionIds) this.pushCollection(this.collections.code(id) - 1);
    this.collectionOffsets[r + 1] = this.collectionCount;
  }

  /** The read-only catalog (the builder must not be used afterwards). */
  finish(): Catalog {
    const n = this.size;
    const column = (codes: Uint32Array, interner: Interner): InternedColumn => ({
      codes: codes.subarray(0, n),
      values: interner.values,
    });
    return {
      size: n,
      ids: this.ids,
      names: this.names,
      slugs: this.slugs,
      skus: this.skus,
      numericIds: this.numericIds.subarray(0, n),
      created: this.created.subarray(0, n),
      updated: this.updated.subarray(0, n),
      price: this.price.subarray(0, n),
      discountKind: this.discountKind.subarray(0, n),
      discountValue: this.discountValue.subarray(0, n),
      cost: this.cost.subarray(0, n),
      currency: column(this.currencyCodes, this.currencies),
      trackInventory: this.trackInventory.subarray(0, n),
      quantity: this.quantity.subarray(0, n),
      stockStatus: this.stockStatus.subarray(0, n),
      visible: this.visible.subarray(0, n),
      productType: this.productType.subarray(0, n),
      description: column(this.descriptionCodes, this.descriptions),
      brand: column(this.brandCodes, this.brands),
      ribbon: column(this.ribbonCodes, this.ribbons),
      thumbnailCode: this.thumbnailCode.subarray(0, n),
      thumbnails: this.thumbnails,
      collectionOffsets: this.collectionOffsets.subarray(0, n + 1),
      collectionItems: this.collectionItems.slice(0, this.collectionCount),
      collectionIds: this.collections.values.slice(1) as string[],
    };
  }

  private pushCollection(code: number): void {
    if (this.collectionCount === this.collectionItems.length) {
      const grown = new Uint32Array(this.collectionItems.length * 2);
      grown.set(this.collectionItems);
      this.collectionItems = grown;
    }
    this.collectionItems[this.collectionCount++] = code;
  }
}
