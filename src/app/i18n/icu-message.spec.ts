import { IcuLocale, IcuValues, formatIcu, icuArguments, parseIcu } from './icu-message';

const locale = (tag: string): IcuLocale => ({ plurals: new Intl.PluralRules(tag), numbers: new Intl.NumberFormat(tag) });
const format = (message: string, values: IcuValues = {}, tag = 'en-US') => formatIcu(parseIcu(message), values, locale(tag));

describe('ICU subset: placeholders and numbers', () => {
  it('keeps text as it is, spaces, commas, apostrophes and # outside a plural included', () => {
    expect(format("Don't panic, it's #1 of 2.")).toBe("Don't panic, it's #1 of 2.");
    expect(format('  two  spaces  ')).toBe('  two  spaces  ');
    expect(format('')).toBe('');
  });

  it('fills placeholders, with or without spaces inside the braces, as text', () => {
    expect(format('No products match “{text}”.', { text: '<b>{x}</b>' })).toBe('No products match “<b>{x}</b>”.');
    expect(format('{ a }{b}', { a: 'A', b: 7 })).toBe('A7');
  });

  it('formats numbers for the locale', () => {
    const range = '{first, number}–{last, number} of {total, number}';
    expect(format(range, { first: 1, last: 25, total: 1234567 })).toBe('1–25 of 1,234,567');
    expect(format(range, { first: 1, last: 25, total: 1234567 }, 'de-DE')).toBe('1–25 of 1.234.567');
    expect(format('{n, number}', { n: 1234.5 }, 'he-IL')).toBe('1,234.5');
    expect(format('{n, number}', { n: 'already text' })).toBe('already text');
  });

  it('shows a missing value as its placeholder, so it cannot pass unnoticed', () => {
    expect(format('Hello {name}, {n, number} {m, plural, other {x}}')).toBe('Hello {name}, {n} {m}');
  });
});

describe('ICU subset: plural and select', () => {
  const seconds = '{s, plural, one {# second} other {# seconds}}';
  const hebrew = '{s, plural, one {בעוד שנייה} two {בעוד שתי שניות} other {בעוד # שניות}}';

  it('English and German: one and other ("1 product" / "2 products")', () => {
    const products = '{n, plural, one {# product} other {# products}}';
    expect([0, 1, 2, 1000].map((n) => format(products, { n }))).toEqual(['0 products', '1 product', '2 products', '1,000 products']);
    const produkte = '{n, plural, one {# Produkt} other {# Produkte}}';
    expect([1, 2, 1000].map((n) => format(produkte, { n }, 'de-DE'))).toEqual(['1 Produkt', '2 Produkte', '1.000 Produkte']);
    expect(format(seconds, { s: 1.5 })).toBe('1.5 seconds');
  });

  it('Hebrew: one, two and other', () => {
    expect([1, 2, 3, 10, 20].map((s) => format(hebrew, { s }, 'he-IL'))).toEqual([
      'בעוד שנייה',
      'בעוד שתי שניות',
      'בעוד 3 שניות',
      'בעוד 10 שניות',
      'בעוד 20 שניות',
    ]);
    // Without a "two" branch, 2 falls back to "other" (the specs of the catalogs require every form).
    expect(format('{s, plural, one {שנייה} other {# שניות}}', { s: 2 }, 'he-IL')).toBe('2 שניות');
  });

  it('an exact =N branch wins over the category', () => {
    const m = '{n, plural, =0 {none} one {one} =1 {exactly one} other {#}}';
    expect([0, 1, 5].map((n) => format(m, { n }))).toEqual(['none', 'exactly one', '5']);
  });

  it('select picks the branch by value, else other; # inside it still counts the plural around it', () => {
    const m = '{n, plural, one {{kind, select, sku {# SKU} other {# name}}} other {{kind, select, sku {# SKUs} other {# names}}}}';
    expect(format(m, { n: 1, kind: 'sku' })).toBe('1 SKU');
    expect(format(m, { n: 3, kind: 'sku' })).toBe('3 SKUs');
    expect(format(m, { n: 3, kind: 'anything' })).toBe('3 names');
    expect(format('{g, select, f {she} m {he} other {they}}', { g: 'f' })).toBe('she');
  });

  it('lists the arguments a message uses, nested ones too, with their kinds', () => {
    const m = 'Hi {name}: {n, plural, one {{x, number}} other {{kind, select, a {{deep}} other {#}}}}';
    expect([...icuArguments(parseIcu(m))]).toEqual([
      ['name', 'simple'],
      ['n', 'plural'],
      ['x', 'number'],
      ['kind', 'select'],
      ['deep', 'simple'],
    ]);
  });
});

describe('ICU subset: syntax errors', () => {
  it.each([
    ['an unclosed argument', 'Hello {name'],
    ['a stray closing brace', 'Hello }'],
    ['an empty argument', 'Hello {}'],
    ['an unsupported type', '{d, date, short}'],
    ['a plural without other', '{n, plural, one {x}}'],
    ['an unknown plural category', '{n, plural, single {x} other {y}}'],
    ['an unclosed branch', '{n, plural, one {x} other {y}'],
    ['a branch without braces', '{n, plural, one x other {y}}'],
    ['a missing comma', '{n plural, other {y}}'],
  ])('rejects %s', (_what, message) => {
    expect(() => parseIcu(message)).toThrow(SyntaxError);
    expect(() => parseIcu(message)).toThrow(/^ICU message: unexpected .* in "/);
  });
});
