import { Injectable, inject } from '@angular/core';
import { PageLanguage } from '../../i18n/page-language';
import { GERMAN_DETAILS_LABELS } from './details-labels.de';
import { HEBREW_DETAILS_LABELS } from './details-labels.he';

/**
 * Labels of the product details panel in the page's language: CatalogLabels' counterpart for the panel's lazy
 * chunk (like FilterLabels: in the message catalogs they would grow the first load). All three languages ride
 * in the panel's chunk, which only a merchant who opens a product loads. Words the page already has (stock,
 * visibility, missing value, errors, Try again, dates) come from CatalogLabels. Override like CatalogLabels:
 * `{provide: DetailsLabels, useClass: MyDetailsLabels}`.
 */
@Injectable({ providedIn: 'root' })
export class DetailsLabels {
  private readonly language = inject(PageLanguage);

  /** The labels in the language shown; a signal read, so templates follow a switch. */
  get l(): DetailsLabelSet {
    return DETAILS_LABELS_BY_LANGUAGE[this.language.language()];
  }
}

const ENGLISH_DETAILS_LABELS = {
  dialog: 'Product details',
  close: 'Close',
  browse: 'Products on this page',
  previous: 'Previous product',
  next: 'Next product',
  position: (n: number, of: number) => `Product ${n} of ${of} on this page`,
  firstOnPage: 'The first product on this page.',
  lastOnPage: 'The last product on this page: go to the next page in the list for more.',
  openInWix: 'Open in Wix',
  loading: 'Loading product details…',
  images: 'Images',
  image: (n: number, of: number) => `Image ${n} of ${of}`,
  noImages: 'No images',
  price: 'Price',
  listPrice: 'Before discount',
  cost: 'Cost',
  profit: 'Profit',
  margin: 'Margin',
  percent: (fraction: number) => new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(fraction),
  sku: 'SKU',
  visibility: 'Visibility',
  productType: 'Product type',
  productTypes: { physical: 'Physical', digital: 'Digital' },
  stock: 'Stock',
  variants: 'Stock per variant',
  variant: 'Variant',
  defaultVariant: 'Default',
  noQuantities: 'Quantities per variant are not shown.',
  options: 'Options',
  noOptions: 'No options',
  collections: 'Collections',
  categories: 'Categories',
  none: 'None',
  created: 'Created',
  updated: 'Last updated',
  description: 'Description',
  noDescription: 'No description',
};

export type DetailsLabelSet = typeof ENGLISH_DETAILS_LABELS;

const DETAILS_LABELS_BY_LANGUAGE: Record<'en' | 'de' | 'he', DetailsLabelSet> = {
  en: ENGLISH_DETAILS_LABELS,
  de: GERMAN_DETAILS_LABELS,
  he: HEBREW_DETAILS_LABELS,
};
