import { DOCUMENT } from '@angular/common';
import { DestroyRef, EnvironmentProviders, Injectable, InjectionToken, computed, inject, provideEnvironmentInitializer, signal } from '@angular/core';
import { switchMap } from 'rxjs';
import { DASHBOARD_LOCALE } from '../wix/dashboard-locale';
import { IcuLocale, IcuPart, IcuValues, formatIcu, parseIcu } from './icu-message';
import { LANGUAGE_SETTINGS, Language, MessageKey, Messages, loadMessages, supportedLanguage } from './languages';

/**
 * Messages already in hand before start (specs render the page in English without loading a chunk). Without
 * them the page has no words until `start()` has loaded the dashboard's language; it stays hidden till then.
 */
export const INITIAL_MESSAGES = new InjectionToken<{ readonly language: Language; readonly messages: Messages }>('INITIAL_MESSAGES');

/** One language, ready to format: its messages (each parsed on first use) and its Intl formatters. */
interface Catalog {
  readonly language: Language;
  /** False for the wordless placeholder shown (hidden) before any messages are in. */
  readonly loaded: boolean;
  readonly intl: IcuLocale;
  readonly dates: Intl.DateTimeFormat;
  format(key: MessageKey, values: IcuValues): string;
}

function catalogOf(language: Language, messages: Messages | null): Catalog {
  const { locale } = LANGUAGE_SETTINGS[language];
  const parsed = new Map<MessageKey, IcuPart[]>();
  const intl = { plurals: new Intl.PluralRules(locale), numbers: new Intl.NumberFormat(locale) };
  return {
    language,
    loaded: !!messages,
    intl,
    dates: new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }),
    format(key, values) {
      // Before any messages are in nothing is shown; a message missing from a language (the specs forbid it) shows its key.
      if (!messages) return '';
      let parts = parsed.get(key);
      if (!parts) parsed.set(key, (parts = parseIcu(messages[key] ?? key)));
      return formatIcu(parts, values, intl);
    },
  };
}

/**
 * The page's language: the dashboard's (English, German or Hebrew, each loaded on demand; English for any other).
 * Follows the dashboard at run time without a reload and keeps `lang` and `dir` of the document in step.
 * Everything reads one signal, so every template that shows a message updates when the language changes.
 */
@Injectable({ providedIn: 'root' })
export class PageLanguage {
  private readonly dashboard = inject(DASHBOARD_LOCALE);
  private readonly document = inject(DOCUMENT);
  private readonly destroyRef = inject(DestroyRef);
  private readonly initial = inject(INITIAL_MESSAGES, { optional: true });
  private readonly catalog = signal(catalogOf(this.initial?.language ?? 'en', this.initial?.messages ?? null));

  /** The language shown: en, de or he. */
  readonly language = computed(() => this.catalog().language);
  /** Writing direction of the language shown. */
  readonly dir = computed(() => LANGUAGE_SETTINGS[this.language()].dir);
  /** Whether the dashboard's language is shown (or failed to load): until then the page is not shown. */
  readonly ready = signal(false);
  /** Whether no language's messages could be loaded at all (the app's own files are unreachable). */
  readonly failed = computed(() => this.ready() && !this.catalog().loaded);

  /** A message in the language shown, formatted with `values` (ICU plural, select and number arguments). */
  format(key: MessageKey, values: IcuValues = {}): string {
    return this.catalog().format(key, values);
  }

  /** A date as the language shown writes it ("Mar 5, 2026", "05.03.2026", "5 במרץ 2026"). */
  formatDate(value: Date): string {
    return this.catalog().dates.format(value);
  }

  /**
   * Shows the dashboard's language (resolves, and `ready` turns true, once its messages are in), then follows
   * the dashboard's changes; the latest one wins (switchMap drops a slower load of an earlier choice).
   */
  async start(): Promise<void> {
    try {
      this.show(await this.load(this.dashboard.initial));
    } finally {
      this.ready.set(true);
    }
    const subscription = this.dashboard
      .changes()
      .pipe(switchMap((language) => this.load(language)))
      .subscribe((catalog) => this.show(catalog));
    this.destroyRef.onDestroy(() => subscription.unsubscribe());
  }

  /**
   * The catalog for a dashboard language code: the one shown when it is the same; when its messages fail to
   * load, the one shown, or English if none is shown yet (or the wordless placeholder if English fails too).
   */
  private async load(code: string | null): Promise<Catalog> {
    const language = supportedLanguage(code);
    const current = this.catalog();
    if (language === current.language && current.loaded) return current;
    const fallback = () => (current.loaded || language === 'en' ? current : this.load('en'));
    return loadMessages(language).then((messages) => catalogOf(language, messages), fallback);
  }

  /** Shows a catalog and sets `lang` and `dir` on <html>: screen readers pick the voice, the browser mirrors. */
  private show(catalog: Catalog): void {
    this.catalog.set(catalog);
    const root = this.document.documentElement;
    root.lang = catalog.language;
    root.dir = LANGUAGE_SETTINGS[catalog.language].dir;
  }
}

/**
 * The app's language: the dashboard's, from the start. Its messages load while the app boots and the page
 * already asks Wix for its first rows (an app initializer would put the chunk in front of that request); the
 * app stays hidden until they are in (`ready`), so the first thing painted is in the dashboard's language.
 */
export function providePageLanguage(): EnvironmentProviders {
  return provideEnvironmentInitializer(() => void inject(PageLanguage).start());
}
