import { parse } from 'csv-parse/sync';
import type { ExportRow } from '../../catalog/export/export-row';
import { BOM, CsvColumn, CsvWriter } from './csv-writer';

const row = (patch: Partial<ExportRow>): ExportRow => ({
  id: 'p-1',
  name: 'Linen Throw',
  sku: 'LIN-1',
  price: 12.5,
  priceBeforeDiscount: null,
  currency: 'EUR',
  stock: 'in-stock',
  quantity: null,
  visible: true,
  lastUpdated: new Date(Date.UTC(2026, 2, 4, 10, 0, 0)),
  ...patch,
});

const columns: CsvColumn[] = [
  { header: 'Product ID', value: (r) => r.id },
  { header: 'Name', value: (r) => r.name },
  { header: 'SKU', value: (r) => r.sku },
  { header: 'Price', value: (r) => r.price },
  { header: 'Currency', value: (r) => r.currency },
  { header: 'Last updated', value: (r) => r.lastUpdated },
];

/** The file as a spreadsheet program reads it: a real RFC 4180 parser, BOM handled as Excel does. */
function parsed(rows: ExportRow[]): string[][] {
  const writer = new CsvWriter(columns);
  return parse(writer.header() + writer.rows(rows), { bom: true, relax_column_count: false }) as string[][];
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'שלום עולם',
  'مرحبا',
  '\u202Egnp.exe',
  'Family 👨‍👩‍👧‍👦 mug',
  'zero\u200Bwidth',
  'x'.repeat(2_000),
  'Line one\nLine two\r\nLine three',
  'Comma, "quoted" and ""doubled""',
  '{{constructor.constructor("alert(1)")()}}',
  '%s%n%x',
];

describe('CsvWriter', () => {
  it('starts with a UTF-8 byte-order mark and a header line, and ends every line with CRLF', () => {
    const writer = new CsvWriter(columns);
    const text = writer.header() + writer.rows([row({})]);
    expect(text.startsWith(BOM + '"Product ID","Name"')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(3);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('writes numbers bare, dates as ISO 8601 and nothing for missing values', () => {
    const writer = new CsvWriter(columns);
    expect(writer.rows([row({ sku: null, price: 1234.5 })])).toBe('"p-1","Linen Throw",,1234.5,"EUR",2026-03-04T10:00:00.000Z\r\n');
    expect(parsed([row({ price: 0 })])[1][3]).toBe('0');
  });

  it('keeps hostile names intact: parsed back, every one is exactly what was written', () => {
    const rows = HOSTILE.map((name, i) => row({ id: `h-${i}`, name }));
    const back = parsed(rows);
    expect(back[0]).toEqual(columns.map((c) => c.header));
    expect(back.slice(1).map((r) => r[1])).toEqual(HOSTILE);
    expect(back.slice(1).every((r) => r.length === columns.length)).toBe(true);
  });

  it.each(['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\tTab', '\rCR'])(
    'neutralises a cell starting like a formula (%j) with an apostrophe, and keeps the rest',
    (name) => {
      expect(parsed([row({ name })])[1][1]).toBe(`'${name}`);
    },
  );

  it('leaves numbers alone even when negative, and text that merely contains = or @', () => {
    const back = parsed([row({ price: -5, name: 'a=b @home' })]);
    expect(back[1][3]).toBe('-5');
    expect(back[1][1]).toBe('a=b @home');
  });
});
