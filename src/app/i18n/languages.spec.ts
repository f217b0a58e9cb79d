import { LANGUAGE_SETTINGS, supportedLanguage } from './languages';

describe('supportedLanguage', () => {
  it('maps a dashboard language or locale to the language shipped', () => {
    expect(['en', 'en-us', 'EN_gb', 'de', 'de-AT', 'de_CH', 'he', 'he-IL', ' he '].map(supportedLanguage)).toEqual([
      'en', 'en', 'en', 'de', 'de', 'de', 'he', 'he', 'he',
    ]);
  });

  it('falls back to English for every other language, nothing, or nonsense', () => {
    expect(['fr', 'ar', 'ja', 'pt-BR', 'deu', 'hebrew', 'iw', '', null, undefined, '__proto__', 'constructor'].map(supportedLanguage)).toEqual(
      Array(12).fill('en'),
    );
  });

  it('writes Hebrew right to left, the others left to right', () => {
    expect(Object.fromEntries(Object.entries(LANGUAGE_SETTINGS).map(([l, s]) => [l, s.dir]))).toEqual({ en: 'ltr', de: 'ltr', he: 'rtl' });
  });
});
