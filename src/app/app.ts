import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { PageLanguage } from './i18n/page-language';
import { ProductsPage } from './products/products-page';

@Component({
  selector: 'cm-root',
  imports: [ProductsPage],
  // Without any messages (the app's own files unreachable) there are no words to show the page with: this one
  // English sentence is the only text outside the message catalogs, and says what to do.
  template: `@if (language.failed()) {
    <p role="alert">Catalog Manager could not load. Check your connection and reload the page.</p>
  } @else {
    <cm-products-page />
  }`,
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Hidden (from sight and from assistive technology) until the dashboard's language is in: no English flash.
  // An attribute, not a style binding: [style.*] would bring Angular's style-binding code into the bundle (~0.08 kB).
  host: { '[attr.hidden]': 'language.ready() ? null : ""' },
})
export class App {
  protected readonly language = inject(PageLanguage);
}
