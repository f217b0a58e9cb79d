import { Injectable, inject } from '@angular/core';
import { PageLanguage } from '../../i18n/page-language';
import { GERMAN_VIEW_LABELS } from './view-labels.de';
import { HEBREW_VIEW_LABELS } from './view-labels.he';

/**
 * Labels of the saved views (tabs, actions, dialog, notices) in the page's language: like FilterLabels, they ride
 * in the views' lazy chunk rather than in the message catalogs of the first bundle. Override like CatalogLabels:
 * `{provide: ViewLabels, useClass: MyViewLabels}`.
 */
@Injectable({ providedIn: 'root' })
export class ViewLabels {
  private readonly language = inject(PageLanguage);

  /** The labels in the language shown; a signal read, so templates follow a switch. */
  get l(): ViewLabelSet {
    return VIEW_LABELS_BY_LANGUAGE[this.language.language()];
  }
}

const ENGLISH_VIEW_LABELS = {
  views: 'Views',
  builtIn: { all: 'All products', 'out-of-stock': 'Out of stock', hidden: 'Hidden' } as Record<string, string>,
  modified: '(modified)',
  isDefault: '(default)',
  save: 'Save',
  saveAsNew: 'Save as new',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  linkField: 'Link to this view',
  copyByHand: 'Copy the link from the field (Ctrl+C, or ⌘C on a Mac).',
  noLink: 'A link can be made only inside the Wix dashboard.',
  options: 'View options',
  rename: 'Rename',
  remove: 'Delete',
  setDefault: 'Open this view by default',
  defaultSet: 'Opens by default',
  newTitle: 'Save view',
  renameTitle: 'Rename view',
  removeTitle: (name: string) => `Delete the view “${name}”?`,
  removeHint: 'The view is deleted from this browser. Products are not changed.',
  name: 'View name',
  cancel: 'Cancel',
  nameRequired: 'Enter a name for the view.',
  nameTaken: 'A view with this name exists. Choose another name.',
  limit: (max: number) => `You can save up to ${max} views. Delete one to save another.`,
  saved: (name: string) => `View “${name}” saved`,
  removed: (name: string) => `View “${name}” deleted`,
  hiddenNotAllowed: 'Hidden products are visible only to store managers',
  dismiss: 'Dismiss',
  problems: {
    corrupt: 'Your saved views could not be read and were left out. Saving a view replaces them.',
    foreign: 'The saved views found here belong to another site and were left out. Saving a view replaces them.',
    newer: 'Your saved views were saved by a newer version of Catalog Manager and were left out. Saving a view here replaces them.',
    partly: 'Some saved views could not be read and were left out.',
    'too-many': 'Only the first 50 saved views are shown.',
    blocked: 'This browser does not let the page store anything, so views cannot be saved.',
    'save-failed': 'The view could not be saved: the browser’s storage is full or blocked. Nothing was changed.',
  } as Record<string, string>,
};

export type ViewLabelSet = typeof ENGLISH_VIEW_LABELS;

const VIEW_LABELS_BY_LANGUAGE: Record<'en' | 'de' | 'he', ViewLabelSet> = {
  en: ENGLISH_VIEW_LABELS,
  de: GERMAN_VIEW_LABELS,
  he: HEBREW_VIEW_LABELS,
};
