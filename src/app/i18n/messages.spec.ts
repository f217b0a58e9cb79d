import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { IcuArgument, IcuPart, icuArguments, parseIcu } from './icu-message';
import { LANGUAGES, LANGUAGE_SETTINGS, Language, Messages, loadMessages } from './languages';

/** The translators' files as they are on disk (not as the bundler sees them). */
const files: Record<Language, Record<string, string>> = Object.fromEntries(
  LANGUAGES.map((l) => [l, JSON.parse(readFileSync(join(__dirname, `messages.${l}.json`), 'utf8'))]),
) as Record<Language, Record<string, string>>;

/** Every plural argument in a message, with the branches it has. */
function plurals(parts: readonly IcuPart[], out: { name: string; keys: string[] }[] = []) {
  for (const part of parts) {
    if (typeof part === 'string' || part.kind === 'pound' || part.kind === 'simple' || part.kind === 'number') continue;
    const arg = part as Extract<IcuArgument, { branches: unknown }>;
    if (arg.kind === 'plural') out.push({ name: arg.name, keys: Object.keys(arg.branches) });
    Object.values(arg.branches).forEach((branch) => plurals(branch, out));
  }
  return out;
}

/** What a translation is checked against: the English source, key by key. */
function catalogProblems(english: Record<string, string>, translation: Record<string, string>, language: string): string[] {
  const problems: string[] = [];
  const categories = new Intl.PluralRules(LANGUAGE_SETTINGS[language as Language]?.locale ?? language).resolvedOptions().pluralCategories;
  for (const key of Object.keys(english)) {
    if (!(key in translation)) {
      problems.push(`${language}: "${key}" is missing`);
      continue;
    }
    if (typeof translation[key] !== 'string' || translation[key].trim() === '') {
      problems.push(`${language}: "${key}" is empty`);
      continue;
    }
    let parts: IcuPart[];
    try {
      parts = parseIcu(translation[key]);
    } catch (e) {
      problems.push(`${language}: "${key}" is not a valid message: ${(e as Error).message}`);
      continue;
    }
    const want = [...icuArguments(parseIcu(english[key]))].sort().join(', ');
    const have = [...icuArguments(parts)].sort().join(', ');
    if (want !== have) problems.push(`${language}: "${key}" has placeholders [${have}], English has [${want}]`);
    for (const plural of plurals(parts)) {
      const missing = categories.filter((c) => !plural.keys.includes(c));
      if (missing.length) problems.push(`${language}: "${key}" plural {${plural.name}} lacks ${missing.join(', ')}`);
    }
  }
  for (const key of Object.keys(translation)) {
    if (!(key in english)) problems.push(`${language}: "${key}" is not in English (renamed or removed?)`);
  }
  return problems;
}

describe('message catalogs', () => {
  it('has one file per shipped language and no other', () => {
    const onDisk = readdirSync(__dirname).filter((f) => /^messages\.[a-z-]+\.json$/.test(f)).sort();
    expect(onDisk).toEqual(LANGUAGES.map((l) => `messages.${l}.json`).sort());
  });

  it.each(LANGUAGES)('%s: every English message is there, valid, with the same placeholders and every plural form', (language) => {
    expect(catalogProblems(files.en, files[language], language)).toEqual([]);
  });

  it('the check fails for a missing message, a changed placeholder, a lost plural form and a syntax error', () => {
    const english = { a: 'Hello {name}', b: '{n, plural, one {# item} other {# items}}', c: 'Page {page, number}', d: 'Plain' };
    const broken = {
      a: 'Hallo {nom}',
      b: '{n, plural, one {# פריט} other {# פריטים}}',
      c: 'Seite {page}',
      e: 'extra',
    };
    expect(catalogProblems(english, broken, 'he')).toEqual([
      'he: "a" has placeholders [nom,simple], English has [name,simple]',
      'he: "b" plural {n} lacks two',
      'he: "c" has placeholders [page,simple], English has [page,number]',
      'he: "d" is missing',
      'he: "e" is not in English (renamed or removed?)',
    ]);
    expect(catalogProblems({ a: 'x {y}' }, { a: 'x {y' }, 'de')[0]).toMatch(/^de: "a" is not a valid message: ICU message/);
    expect(catalogProblems({ a: 'x' }, { a: '  ' }, 'de')).toEqual(['de: "a" is empty']);
  });

  it('translations are translated: German and Hebrew differ from English except for names, codes and symbols', () => {
    // Words that are the same in German (a product name, "SKU", the dash for a missing value, ICU-only messages).
    const sameInGerman = new Set(['columns.name', 'columns.sku', 'missing', 'stock.unknown', 'quantity', 'count', 'productType.digital', 'sorts.name-asc', 'sorts.name-desc']);
    const untranslated = (language: Language, same: Set<string>) =>
      Object.keys(files.en).filter((k) => files[language][k] === files.en[k] && !same.has(k));
    expect(untranslated('de', sameInGerman)).toEqual([]);
    expect(untranslated('he', new Set(['missing', 'stock.unknown', 'quantity', 'count']))).toEqual([]);
    // Hebrew text is Hebrew: every message that is not only symbols has a Hebrew letter.
    const noHebrew = Object.entries(files.he).filter(([, m]) => /[A-Za-z]{2}/.test(m.replace(/\{[^{}]*\}|Wix Stores|Wix|Catalog Manager|App Market/g, '')) && !/[\u0590-\u05FF]/.test(m));
    expect(noHebrew).toEqual([]);
  });

  it('loads every language on demand, English too, each equal to its file', async () => {
    for (const language of LANGUAGES) await expect(loadMessages(language)).resolves.toEqual(files[language] as Messages);
  });
});
