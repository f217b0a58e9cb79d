import { DOCUMENT } from '@angular/common';
import { Injector } from '@angular/core';
import { EMPTY } from 'rxjs';
import { PageLanguage } from '../../i18n/page-language';
import { DASHBOARD_LOCALE } from '../../wix/dashboard-locale';
import { CatalogLabels } from '../catalog-labels';

/**
 * The page's labels in English (its default language) outside a TestBed, for node-environment specs that
 * check what the page would say: CatalogLabels reads the page's language, so it needs its injector.
 */
export function englishLabels(): CatalogLabels {
  return Injector.create({
    providers: [
      { provide: DOCUMENT, useValue: { documentElement: {} } },
      { provide: DASHBOARD_LOCALE, useValue: { initial: null, changes: () => EMPTY } },
      { provide: PageLanguage },
      { provide: CatalogLabels },
    ],
  }).get(CatalogLabels);
}
