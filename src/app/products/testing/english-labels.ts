import { DOCUMENT } from '@angular/common';
import { Injector } from '@angular/core';
import { EMPTY } from 'rxjs';
import { Messages } from '../../i18n/languages';
import ENGLISH from '../../i18n/messages.en.json';
import { INITIAL_MESSAGES, PageLanguage } from '../../i18n/page-language';
import { DASHBOARD_LOCALE } from '../../wix/dashboard-locale';
import { CatalogLabels } from '../catalog-labels';

/** English in hand from the start, as after `PageLanguage.start()` in an English dashboard, without a chunk. */
export const ENGLISH_AT_START = { provide: INITIAL_MESSAGES, useValue: { language: 'en', messages: ENGLISH as Messages } };

/**
 * The page's labels in English (its default language) outside a TestBed, for node-environment specs that
 * check what the page would say: CatalogLabels reads the page's language, so it needs its injector.
 */
export function englishLabels(): CatalogLabels {
  return Injector.create({
    providers: [
      { provide: DOCUMENT, useValue: { documentElement: {} } },
      { provide: DASHBOARD_LOCALE, useValue: { initial: null, changes: () => EMPTY } },
      ENGLISH_AT_START,
      { provide: PageLanguage },
      { provide: CatalogLabels },
    ],
  }).get(CatalogLabels);
}
