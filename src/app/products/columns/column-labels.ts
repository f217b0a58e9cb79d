import { Injectable, inject } from '@angular/core';
import { PageLanguage } from '../../i18n/page-language';
import { GERMAN_COLUMN_LABELS } from './column-labels.de';
import { HEBREW_COLUMN_LABELS } from './column-labels.he';

/**
 * Labels of the column chooser in the page's language: CatalogLabels' counterpart for the chooser's lazy chunk
 * (the column headings themselves are messages, `columns.*`: the table needs them for its first rows). All three
 * languages ride in the chunk. Override like CatalogLabels: `{provide: ColumnLabels, useClass: MyColumnLabels}`.
 */
@Injectable({ providedIn: 'root' })
export class ColumnLabels {
  private readonly language = inject(PageLanguage);

  /** The labels in the language shown; a signal read, so templates follow a switch. */
  get l(): ColumnLabelSet {
    return COLUMN_LABELS_BY_LANGUAGE[this.language.language()];
  }
}

const ENGLISH_COLUMN_LABELS = {
  open: 'Columns',
  title: 'Columns',
  hint: 'Choose the columns the table shows and their order. Changes apply at once.',
  list: 'Columns, in order',
  alwaysShown: 'Always shown, first',
  moveUp: (column: string) => `Move ${column} up`,
  moveDown: (column: string) => `Move ${column} down`,
  moved: (column: string, position: number, count: number) => `${column} moved to position ${position} of ${count}.`,
  reset: 'Reset to default',
  done: 'Done',
  notAvailable: 'Not available for this store’s catalog',
  managersOnly: 'Only store managers can see cost and profit',
  checking: 'Checking whether your role can see cost and profit…',
};

export type ColumnLabelSet = typeof ENGLISH_COLUMN_LABELS;

const COLUMN_LABELS_BY_LANGUAGE: Record<'en' | 'de' | 'he', ColumnLabelSet> = {
  en: ENGLISH_COLUMN_LABELS,
  de: GERMAN_COLUMN_LABELS,
  he: HEBREW_COLUMN_LABELS,
};
