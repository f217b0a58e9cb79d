/** The languages the page ships; anything else is shown in English. */
export const LANGUAGES = ['en', 'de', 'he'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The message catalog: English is the source and decides the keys. */
export type MessageKey = keyof typeof import('./messages.en.json');
export type Messages = Readonly<Record<MessageKey, string>>;

/** How each language is written and formatted (numbers and dates follow the dashboard's language). */
export const LANGUAGE_SETTINGS: Readonly<Record<Language, { readonly dir: 'ltr' | 'rtl'; readonly locale: string }>> = {
  en: { dir: 'ltr', locale: 'en-US' },
  de: { dir: 'ltr', locale: 'de-DE' },
  he: { dir: 'rtl', locale: 'he-IL' },
};

/** "de", "de-AT", "DE_ch" → de; "he", "he-IL" → he; anything else, or nothing, → en. */
export function supportedLanguage(code: string | null | undefined): Language {
  const primary = (code ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}

/**
 * Each language's messages, a lazy chunk of its own, English too: every language takes the same path (so none
 * is slower to first paint than another), and the initial bundle carries none of them. The chunk downloads
 * while the page already asks Wix for its first rows (see providePageLanguage).
 * (A chunk, not a fetched JSON file: the hosting policy's connect-src allows only www.wixapis.com.)
 */
export function loadMessages(language: Language): Promise<Messages> {
  switch (language) {
    case 'de':
      return import('./messages.de.json').then((m) => m.default as Messages);
    case 'he':
      return import('./messages.he.json').then((m) => m.default as Messages);
    default:
      return import('./messages.en.json').then((m) => m.default as Messages);
  }
}
