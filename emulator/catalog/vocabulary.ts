/** Words the generator combines into realistic product names, SKUs and prices. */

/** A kind of product: its display noun, SKU code, typical price and whether it is digital. */
export interface ProductKind {
  readonly noun: string;
  readonly code: string;
  readonly basePrice: number;
  readonly digital: boolean;
  readonly collection: number;
}

/** Collections a generated product can belong to (index 0 is Wix's "All Products"). */
export const COLLECTIONS: readonly { readonly id: string; readonly name: string }[] = [
  { id: '00000000-000000-000000-000000000001', name: 'All Products' },
  { id: '3f1c2a10-5b7e-4d2a-9c61-0a7e1b2c3d01', name: 'Apparel' },
  { id: '3f1c2a10-5b7e-4d2a-9c61-0a7e1b2c3d02', name: 'Home & Living' },
  { id: '3f1c2a10-5b7e-4d2a-9c61-0a7e1b2c3d03', name: 'Accessories' },
  { id: '3f1c2a10-5b7e-4d2a-9c61-0a7e1b2c3d04', name: 'Beauty' },
  { id: '3f1c2a10-5b7e-4d2a-9c61-0a7e1b2c3d05', name: 'Kitchen' },
  { id: '3f1c2a10-5b7e-4d2a-9c61-0a7e1b2c3d06', name: 'Digital Downloads' },
  { id: '3f1c2a10-5b7e-4d2a-9c61-0a7e1b2c3d07', name: 'New Arrivals' },
  { id: '3f1c2a10-5b7e-4d2a-9c61-0a7e1b2c3d08', name: 'Best Sellers' },
  { id: '3f1c2a10-5b7e-4d2a-9c61-0a7e1b2c3d09', name: 'Gifts Under 50' },
  { id: '3f1c2a10-5b7e-4d2a-9c61-0a7e1b2c3d0a', name: 'Summer Sale' },
];

/** Index of the first "theme" collection (after the kind-based ones). */
export const THEME_COLLECTIONS_START = 7;

export const KINDS: readonly ProductKind[] = [
  { noun: 'T-Shirt', code: 'TSH', basePrice: 24, digital: false, collection: 1 },
  { noun: 'Hoodie', code: 'HOD', basePrice: 58, digital: false, collection: 1 },
  { noun: 'Jeans', code: 'JNS', basePrice: 79, digital: false, collection: 1 },
  { noun: 'Summer Dress', code: 'DRS', basePrice: 69, digital: false, collection: 1 },
  { noun: 'Rain Jacket', code: 'JKT', basePrice: 129, digital: false, collection: 1 },
  { noun: 'Sneakers', code: 'SNK', basePrice: 95, digital: false, collection: 1 },
  { noun: 'Socks (3 Pack)', code: 'SCK', basePrice: 14, digital: false, collection: 1 },
  { noun: 'Beanie', code: 'BNE', basePrice: 22, digital: false, collection: 1 },
  { noun: 'Coffee Mug', code: 'MUG', basePrice: 18, digital: false, collection: 2 },
  { noun: 'Scented Candle', code: 'CND', basePrice: 28, digital: false, collection: 2 },
  { noun: 'Throw Pillow', code: 'PLW', basePrice: 35, digital: false, collection: 2 },
  { noun: 'Blanket', code: 'BLK', basePrice: 89, digital: false, collection: 2 },
  { noun: 'Flower Vase', code: 'VAS', basePrice: 42, digital: false, collection: 2 },
  { noun: 'Table Lamp', code: 'LMP', basePrice: 110, digital: false, collection: 2 },
  { noun: 'Wall Clock', code: 'CLK', basePrice: 48, digital: false, collection: 2 },
  { noun: 'Tote Bag', code: 'TOT', basePrice: 32, digital: false, collection: 3 },
  { noun: 'Backpack', code: 'BPK', basePrice: 84, digital: false, collection: 3 },
  { noun: 'Wallet', code: 'WLT', basePrice: 45, digital: false, collection: 3 },
  { noun: 'Sunglasses', code: 'SUN', basePrice: 65, digital: false, collection: 3 },
  { noun: 'Wristwatch', code: 'WCH', basePrice: 199, digital: false, collection: 3 },
  { noun: 'Scarf', code: 'SCF', basePrice: 38, digital: false, collection: 3 },
  { noun: 'Face Serum', code: 'SRM', basePrice: 34, digital: false, collection: 4 },
  { noun: 'Lip Balm', code: 'LPB', basePrice: 8, digital: false, collection: 4 },
  { noun: 'Hand Cream', code: 'HCR', basePrice: 16, digital: false, collection: 4 },
  { noun: 'Shampoo Bar', code: 'SHP', basePrice: 12, digital: false, collection: 4 },
  { noun: 'Chef Knife', code: 'KNF', basePrice: 120, digital: false, collection: 5 },
  { noun: 'Cutting Board', code: 'CTB', basePrice: 49, digital: false, collection: 5 },
  { noun: 'French Press', code: 'FRP', basePrice: 39, digital: false, collection: 5 },
  { noun: 'Teapot', code: 'TPT', basePrice: 44, digital: false, collection: 5 },
  { noun: 'Salad Bowl', code: 'SBW', basePrice: 36, digital: false, collection: 5 },
  { noun: 'E-Book', code: 'EBK', basePrice: 12, digital: true, collection: 6 },
  { noun: 'Photo Preset Pack', code: 'PRS', basePrice: 19, digital: true, collection: 6 },
  { noun: 'Sewing Pattern', code: 'PTN', basePrice: 9, digital: true, collection: 6 },
  { noun: 'Printable Planner', code: 'PLN', basePrice: 7, digital: true, collection: 6 },
];

export const ADJECTIVES: readonly string[] = [
  'Classic', 'Vintage', 'Organic', 'Handmade', 'Minimal', 'Everyday', 'Premium', 'Rustic', 'Modern', 'Cozy',
  'Essential', 'Signature', 'Limited', 'Nordic', 'Urban', 'Coastal', 'Heritage', 'Studio', 'Wild', 'Golden',
  'Bold', 'Soft', 'Lightweight', 'Recycled', 'Artisan', 'Alpine', 'Bright', 'Quiet', 'Daily', 'Zen',
];

export const MATERIALS: readonly { readonly word: string; readonly code: string; readonly factor: number }[] = [
  { word: 'Cotton', code: 'COT', factor: 1 }, { word: 'Linen', code: 'LIN', factor: 1.2 },
  { word: 'Leather', code: 'LEA', factor: 1.8 }, { word: 'Ceramic', code: 'CER', factor: 1.1 },
  { word: 'Bamboo', code: 'BAM', factor: 0.9 }, { word: 'Wool', code: 'WOL', factor: 1.4 },
  { word: 'Oak', code: 'OAK', factor: 1.5 }, { word: 'Walnut', code: 'WAL', factor: 1.7 },
  { word: 'Denim', code: 'DEN', factor: 1.1 }, { word: 'Silk', code: 'SLK', factor: 2 },
  { word: 'Navy', code: 'NVY', factor: 1 }, { word: 'Sage', code: 'SGE', factor: 1 },
  { word: 'Terracotta', code: 'TRC', factor: 1.05 }, { word: 'Charcoal', code: 'CHR', factor: 1 },
  { word: 'Ivory', code: 'IVR', factor: 1.05 }, { word: 'Copper', code: 'CPR', factor: 1.6 },
  { word: 'Glass', code: 'GLS', factor: 1.2 }, { word: 'Canvas', code: 'CNV', factor: 0.95 },
  { word: 'Merino', code: 'MER', factor: 1.6 }, { word: 'Marble', code: 'MRB', factor: 1.9 },
];

export const BRANDS: readonly string[] = [
  'Northwind', 'Maple & Moss', 'Lumen Goods', 'Harbor Lane', 'Kiln Studio', 'Fernwood', 'Atlas Supply',
  'Juniper Co.', 'Brightside', 'Olive Row', 'Stonecrop', 'Tidewater',
];

/** How many small, hand-curated-looking collections a generated store has (a store can have hundreds). */
export const SMALL_COLLECTION_COUNT = 240;

/**
 * Small collections ("Coastal Linen Edit", "Studio Oak Picks"…): names and ids made from the vocabulary, so
 * the same on every run. Products join them with a skewed chance (see generator.ts): a few hold hundreds of
 * products at 5,000, most hold a handful.
 */
export const SMALL_COLLECTIONS: readonly { readonly id: string; readonly name: string }[] = Array.from(
  { length: SMALL_COLLECTION_COUNT },
  (_, i) => {
    const kinds = ['Edit', 'Picks', 'Favourites', 'Lookbook', 'Essentials', 'Capsule', 'Gift Guide', 'Collection'];
    const words = [ADJECTIVES[i % ADJECTIVES.length], MATERIALS[(i * 7) % MATERIALS.length].word, kinds[Math.floor(i / 30) % kinds.length]];
    return { id: `5c011ec7-0000-4000-8000-${(i + 1).toString(16).padStart(12, '0')}`, name: words.join(' ') };
  },
);

/** Every generated collection's name by id (V1 collections and V3 categories share ids and names). */
export const COLLECTION_NAMES: ReadonlyMap<string, string> = new Map(
  [...COLLECTIONS, ...SMALL_COLLECTIONS].map((c) => [c.id, c.name]),
);
