import { TestBed } from '@angular/core/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMPTY } from 'rxjs';
import * as ts from 'typescript';
import { CatalogError } from '../catalog/catalog-error';
import { PRODUCT_SORTS } from '../catalog/product';
import ENGLISH from '../i18n/messages.en.json';
import { LANGUAGES, Language, Messages, loadMessages } from '../i18n/languages';
import { PageLanguage } from '../i18n/page-language';
import { DASHBOARD_LOCALE } from '../wix/dashboard-locale';
import { CatalogLabels, PLAIN_LABELS } from './catalog-labels';

/** A message is a plain label when its key has no family ("columns.") and it takes no values. */
const isPlainLabel = (key: string, english: string): boolean => !key.includes('.') && !english.includes('{');

async function labelsIn(language: Language) {
  TestBed.configureTestingModule({ providers: [{ provide: DASHBOARD_LOCALE, useValue: { initial: language, changes: () => EMPTY } }] });
  await TestBed.inject(PageLanguage).start();
  return { labels: TestBed.inject(CatalogLabels), messages: await loadMessages(language) };
}

/** One error of every kind the page explains. */
const ERRORS: CatalogError[] = [
  { kind: 'not-in-dashboard' },
  { kind: 'unauthenticated' },
  { kind: 'permission-denied', permission: { id: 'WIX_STORES.READ_PRODUCTS', name: 'Read Products' } },
  { kind: 'stores-not-installed' },
  { kind: 'not-found' },
  { kind: 'catalog-version-mismatch' },
  { kind: 'rate-limited', retryAfterSeconds: null },
  { kind: 'rate-limited', retryAfterSeconds: 1 },
  { kind: 'rate-limited', retryAfterSeconds: 2 },
  { kind: 'invalid-query', violations: [] },
  { kind: 'unavailable', reason: 'server' },
  { kind: 'unavailable', reason: 'timeout' },
  { kind: 'unavailable', reason: 'network' },
  { kind: 'unknown', requestId: null },
  { kind: 'unknown', requestId: 'req-1' },
] as unknown as CatalogError[];

describe('CatalogLabels in every language', () => {
  it.each(LANGUAGES)('%s: every label is its message in that language, with no placeholder left', async (language) => {
    const { labels, messages } = await labelsIn(language);
    const plain = (Object.keys(ENGLISH) as (keyof Messages)[]).filter((k) => isPlainLabel(k, ENGLISH[k]));
    // The getters' list names exactly the English file's plain labels: one added to the file is one added there.
    expect([...PLAIN_LABELS].sort()).toEqual([...plain].sort());
    expect(plain.length).toBeGreaterThan(25);
    for (const key of plain) expect([key, (labels as unknown as Record<string, string>)[key]]).toEqual([key, messages[key]]);
    expect(labels.columns.price).toBe(messages['columns.price']);
    expect(PRODUCT_SORTS.map((s) => labels.sorts[s])).toEqual(PRODUCT_SORTS.map((s) => messages[`sorts.${s}`]));
    expect(labels.stock['partially-out-of-stock']).toBe(messages['stock.partially-out-of-stock']);
    expect([labels.searchHint.words, labels.noMatchesHint.prefix]).toEqual([messages['searchHint.words'], messages['noMatchesHint.prefix']]);
    const shown = [
      ...ERRORS.flatMap((e) => Object.values(labels.error(e))),
      labels.rangeLabel(2, 25, 25, 1234),
      labels.rangeLabel(1, 25, 0, 0),
      labels.rangeLabel(3, 25, 25, null),
      labels.searchCapped(100),
      labels.noMatches('zz'),
      labels.retrying(3),
      labels.quantity(1234),
    ];
    for (const text of shown) expect(text).toMatch(/^[^{}]+$/);
  });

  it('formats the range, counts and plurals for each language', async () => {
    const out: Record<string, string[]> = {};
    for (const language of LANGUAGES) {
      TestBed.resetTestingModule();
      const { labels } = await labelsIn(language);
      const seconds = (s: number) => labels.error({ kind: 'rate-limited', retryAfterSeconds: s } as CatalogError).detail;
      out[language] = [
        labels.rangeLabel(2, 25, 25, 1234),
        labels.rangeLabel(1, 25, 0, 0),
        labels.rangeLabel(1234, 25, 25, null),
        labels.quantity(1234),
        seconds(1),
        seconds(2),
        seconds(11),
        labels.searchCapped(1),
        labels.searchCapped(100),
      ];
    }
    expect(out).toEqual({
      en: ['26–50 of 1,234', '0 of 0', 'Page 1,234', '(1,234)', 'Try again in 1 second.', 'Try again in 2 seconds.',
        'Try again in 11 seconds.', 'Search uses the first 1 character.', 'Search uses the first 100 characters.'],
      de: ['26–50 von 1.234', '0 von 0', 'Seite 1.234', '(1.234)', 'Versuchen Sie es in 1 Sekunde erneut.',
        'Versuchen Sie es in 2 Sekunden erneut.', 'Versuchen Sie es in 11 Sekunden erneut.',
        'Die Suche verwendet nur das erste Zeichen.', 'Die Suche verwendet die ersten 100 Zeichen.'],
      he: ['26–50 מתוך 1,234', '0 מתוך 0', 'עמוד 1,234', '(1,234)', 'אפשר לנסות שוב בעוד שנייה.', 'אפשר לנסות שוב בעוד שתי שניות.',
        'אפשר לנסות שוב בעוד 11 שניות.', 'החיפוש מתבסס רק על התו הראשון.', 'החיפוש מתבסס רק על 100 התווים הראשונים.'],
    });
  });

  it("keeps Wix's own words: permission names and ids, and the fields Wix rejected", async () => {
    const { labels } = await labelsIn('he');
    const denied = labels.error(ERRORS[2]).detail;
    expect(denied).toContain('"Read Products" (WIX_STORES.READ_PRODUCTS)');
    expect(denied).toMatch(/^לתפקיד שלך/);
    const invalid = { kind: 'invalid-query', violations: [{ field: 'query.filter', description: 'bad' }] } as unknown as CatalogError;
    expect(labels.error(invalid)).toEqual({ title: 'Wix לא הצליח להריץ את החיפוש הזה', detail: 'query.filter: bad' });
  });

  it('isolates a search text inside a right-to-left sentence, and only there', async () => {
    const { labels } = await labelsIn('he');
    expect(labels.noMatches('abc')).toBe('אין מוצרים שתואמים ל"\u2068abc\u2069".');
    TestBed.resetTestingModule();
    expect((await labelsIn('en')).labels.noMatches('abc')).toBe('No products match “abc”.');
  });

  it('holds no words of its own: every string in catalog-labels.ts names a message (or is code)', () => {
    // A label added as an English string ("readonly foo = 'Foo'") fails here: it belongs in the messages files.
    const file = join(__dirname, 'catalog-labels.ts');
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    // A key, its parts, its prefixes, and a family's prefix with its dot (`columns.` in `columns.${column}`).
    const prefixes = (k: string) => k.split('.').map((_, i, a) => a.slice(0, i + 1).join('.'));
    const segments = new Set(Object.keys(ENGLISH).flatMap((k) => [k, ...k.split('.'), ...prefixes(k), ...prefixes(k).slice(0, -1).map((p) => `${p}.`)]));
    const code = new Set(['root', 'rtl', 'network', 'timeout', ': ', '; ', '\u2068', '\u2069', 'error.', '.', '{']);
    const words: string[] = [];
    const visit = (node: ts.Node): void => {
      // Imports, types and `case 'kind':` labels are code, not words.
      if (ts.isImportDeclaration(node) || ts.isTypeNode(node) || ts.isCaseClause(node)) return ts.isCaseClause(node) ? node.statements.forEach(visit) : undefined;
      const texts = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
        ? [node.text]
        : ts.isTemplateExpression(node)
          ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].filter(Boolean)
          : [];
      for (const text of texts) if (!segments.has(text) && !code.has(text)) words.push(text);
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(words).toEqual([]);
  });
});
