import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ProductsPage } from './products/products-page';

@Component({
  selector: 'cm-root',
  imports: [ProductsPage],
  template: '<cm-products-page />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {}
