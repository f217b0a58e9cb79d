import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTILE_CATALOG } from './config.mjs';

const thumb = (url) => ({ mainMedia: { thumbnail: { url, width: 50, height: 50 } } });
const words = 'Handcrafted Artisanal Limited Edition Premium Organic Cotton Blend Oversized Weekend Travel Duffel Bag ';
/** `pattern` repeated to exactly `length` characters, ending in a letter (the page trims names it shows). */
const fill = (pattern, length) => `${pattern.repeat(Math.ceil(length / pattern.length)).slice(0, length - 1)}x`;

/**
 * Products the browser journeys add to emulator/catalogs/hostile.json: names of 2,000 characters (words, one
 * unbroken word, zero-width characters between letters) and one of zero-width characters only, an unbroken SKU
 * of 40 characters (Wix's maximum), and thumbnail URLs that are javascript: in disguise (mixed case, leading
 * spaces, a leading control character, a tab inside the scheme, an encoded newline), vbscript:, and a
 * javascript: image behind a missing thumbnail.
 */
export const EXTRA_PRODUCTS = [
  { id: 'e2e-long-words', name: `2000 ${fill(words, 1995)}`, sku: 'LONG-2000-WORDS', media: thumb('/_emulator/media/10-LW.svg') },
  { id: 'e2e-long-unbroken', name: `2000${fill('Unbroken', 1996)}`, sku: fill('LONG-UNBROKEN-SKU-', 40), media: thumb('/_emulator/media/20-LU.svg') },
  { id: 'e2e-long-zero-width', name: `2000 ${fill('Zero\u200bwidth\u200c', 1995)}`, sku: 'LONG-2000-ZW', media: thumb('/_emulator/media/30-LZ.svg') },
  { id: 'e2e-zero-width-only', name: '\u200b\u200c\u200d\u2060', sku: 'ZW-ONLY', media: thumb('/_emulator/media/40-ZW.svg') },
  { id: 'e2e-js-mixed-case', name: 'Mixed Case Javascript Thumbnail Lamp', sku: 'JSURL-CASE', media: thumb('JaVaScRiPt:alert(document.domain)') },
  { id: 'e2e-js-leading-space', name: 'Leading Space Javascript Thumbnail Lamp', sku: 'JSURL-SPACE', media: thumb('   javascript:alert(1)') },
  { id: 'e2e-js-control', name: 'Control Character Javascript Thumbnail Lamp', sku: 'JSURL-CTRL', media: thumb('\u0001javascript:alert(1)') },
  { id: 'e2e-js-tab', name: 'Tab In Scheme Javascript Thumbnail Lamp', sku: 'JSURL-TAB', media: thumb('java\tscript:alert(1)') },
  { id: 'e2e-js-newline', name: 'Newline Javascript Thumbnail Lamp', sku: 'JSURL-NL', media: thumb('javascript://%0aalert(1)') },
  { id: 'e2e-vbscript', name: 'VBScript Thumbnail Lamp', sku: 'VBURL', media: thumb('vbscript:msgbox(1)') },
  {
    id: 'e2e-js-image-only',
    name: 'Javascript Image Behind Missing Thumbnail Lamp',
    sku: 'JSURL-IMAGE',
    media: { mainMedia: { image: { url: 'javascript:alert(2)', width: 1000, height: 1000 } } },
  },
];

/** Writes hostile.json's products plus EXTRA_PRODUCTS to a temporary file (removed on exit); returns its path. */
export function writeHostileCatalog() {
  const source = JSON.parse(readFileSync(HOSTILE_CATALOG, 'utf8'));
  const products = Array.isArray(source) ? source : source.products;
  const dir = mkdtempSync(join(tmpdir(), 'cm-e2e-catalog-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'hostile-e2e.json');
  writeFileSync(file, JSON.stringify({ products: [...products, ...EXTRA_PRODUCTS] }));
  return file;
}
