import { TestBed } from '@angular/core/testing';
import { flush, labelsIn, labelTexts, prototypeSet } from '../testing/label-sets';
import { BulkLabelSet, BulkLabels } from './bulk-labels';

/** Intl's no-break spaces as spaces. */
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');
/** A change of each kind, and the store's currency, for the labels that take them. */
const PRICE_SAMPLES = {
  '(EUR)': { money: [1204.5, 'EUR'], priceAction: [{ mode: 'percent', percent: 10, rounding: 'ninety-nine' }, 'EUR'] },
  '(set)': { priceAction: [{ mode: 'set', amount: 12 }, 'EUR'] },
  '(amount)': { priceAction: [{ mode: 'amount', delta: -2, rounding: 'whole' }, 'EUR'] },
};
/** Every label of a set as text, functions called with sample arguments (a price change for those that take one). */
const texts = (set: BulkLabelSet) => {
  const all = labelTexts(set, [2, 3, 4], PRICE_SAMPLES);
  // Their texts with the numeric sample say nothing: the price samples above stand for them.
  delete all['money'];
  delete all['priceAction'];
  return all;
};
/** The getters live on the prototype: read each one as the templates do. */
const setIn = async (language: string) => prototypeSet<BulkLabelSet>((await labelsIn(BulkLabels, language)).labels);

describe('BulkLabels', () => {
  it('has every English label in German and Hebrew, and translates the words', async () => {
    const english = texts(await setIn('en'));
    expect(Object.keys(english).length).toBeGreaterThan(40);
    for (const language of ['de', 'he']) {
      TestBed.resetTestingModule();
      const translated = texts(await setIn(language));
      expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
      const same = Object.keys(english).filter((key) => translated[key] === english[key]);
      expect(same).toEqual([]);
    }
  });

  it('follows the dashboard language at run time, with numbers and the plural of each language', async () => {
    const { labels, changes } = await labelsIn(BulkLabels, 'en');
    expect([labels.hideFromStore, labels.toastDone(1), labels.toastDone(1204), labels.selectAllMatching(1204)]).toEqual([
      'Hide from store', '1 product changed.', '1,204 products changed.', 'Select all 1,204 matching',
    ]);
    expect([labels.addTo.collection, labels.removeFrom.category, labels.membershipAction(true, 'collection', 'Summer')]).toEqual([
      'Add to collection…', 'Remove from category…', 'Add to collection “Summer”',
    ]);
    expect(labels.membershipDisabled('category', 'Category item write', 'CATEGORIES.CATEGORY_ADD_ITEM')).toContain('categories is unavailable');
    // The price change in full, amounts in the store's currency as each language writes them.
    expect([
      labels.priceAction({ mode: 'percent', percent: 10, rounding: 'ninety-nine' }, 'EUR'),
      labels.priceAction({ mode: 'set', amount: 12 }, 'EUR'),
      labels.priceAction({ mode: 'amount', delta: -2, rounding: 'whole' }, 'EUR'),
      labels.priceAction({ mode: 'percent', percent: -2.5, rounding: 'cents' }, null),
      labels.money(1204.5, 'USD'),
      labels.money(3, null),
      nbsp(labels.money(3, 'XXQ')),
      labels.allMatchingLeft(labels.selectedOnPage(24)),
    ]).toEqual([
      'Increase prices by 10 %, rounded to .99', 'Set price to €12.00', 'Decrease prices by €2.00, rounded to whole amounts',
      'Decrease prices by 2.5 %, rounded to the cent', '$1,204.50', '3.00', 'XXQ 3.00', '“All matching” was cleared; 24 selected on this page',
    ]);
    changes.next('de');
    await flush();
    const nb = nbsp;
    expect([
      labels.priceAction({ mode: 'percent', percent: 10, rounding: 'ninety-nine' }, 'EUR'),
      labels.priceAction({ mode: 'set', amount: 12 }, 'EUR'),
      labels.priceAction({ mode: 'amount', delta: -2, rounding: 'whole' }, 'EUR'),
      labels.money(1204.5, 'EUR'),
    ].map(nb)).toEqual(['Preise um 10 % erhöhen, auf ,99 gerundet', 'Preis auf 12,00 € festlegen', 'Preise um 2,00 € senken, auf ganze Beträge gerundet', '1.204,50 €']);
    expect([labels.hideFromStore, labels.toastDone(1), labels.toastDone(1204)]).toEqual(['Im Shop ausblenden', '1 Produkt wurde geändert.', '1.204 Produkte wurden geändert.']);
    expect([labels.addTo.category, labels.membershipAction(false, 'collection', 'Sommer')]).toEqual(['Zur Kategorie hinzufügen…', 'Aus der Kollektion „Sommer“ entfernen']);
    changes.next('he');
    await flush();
    expect(nb(labels.priceAction({ mode: 'percent', percent: 10, rounding: 'ninety-nine' }, 'ILS'))).toBe('העלאת המחירים ב־10%, בעיגול ל־‎.99');
    expect(nb(labels.priceAction({ mode: 'amount', delta: -2, rounding: 'whole' }, 'ILS'))).toMatch(/^הורדת המחירים ב־.*2\.00.*₪.*, בעיגול לסכום שלם$/);
    expect([labels.hideFromStore, labels.toastDone(1), labels.toastDone(3)]).toEqual(['הסתרה מהחנות', 'מוצר אחד שונה.', '3 מוצרים שונו.']);
    expect([labels.more, labels.membershipAction(true, 'category', 'קיץ')]).toEqual(['עוד', 'הוספה לקטגוריה „קיץ“']);
  });

  it('says a run was stopped by the merchant (not failed) and why a product was not changed, in words, in each language', async () => {
    const { labels, changes } = await labelsIn(BulkLabels, 'en');
    expect([labels.finishedStopped(2, 1), labels.toastStopped(1, 4), labels.runRest, labels.failureErrors.timeout]).toEqual([
      'Stopped: 2 changed, 1 not attempted.', 'Stopped by you: 1 product changed, 4 not attempted.', 'Run the rest', 'not changed: Wix did not answer in time',
    ]);
    changes.next('de');
    await flush();
    expect([labels.finishedStopped(2, 1), labels.toastStopped(1204, 3), labels.failureErrors['rate-limited']]).toEqual([
      'Angehalten: 2 geändert, 1 nicht versucht.', 'Von Ihnen angehalten: 1.204 Produkte wurden geändert, 3 nicht versucht.', 'nicht geändert: Wix hat zu viele Anfragen erhalten',
    ]);
    changes.next('he');
    await flush();
    expect([labels.finishedStopped(2, 1), labels.runRest]).toEqual(['נעצר: 2 שונו, 1 לא נוסו.', 'הרצת השאר']);
  });

  it('says a V3 price change was not written because the role cannot see cost, naming the permission, in each language', async () => {
    const { labels, changes } = await labelsIn(BulkLabels, 'en');
    const reason = () => labels.failureCostWithheld('Product v3 read admin', 'SCOPE.STORES.PRODUCT_READ_ADMIN');
    expect(reason()).toBe(
      'not changed: your role can’t see this product’s cost, and changing its price would erase it (ask for the “Product v3 read admin” permission, SCOPE.STORES.PRODUCT_READ_ADMIN, to see cost and profit)',
    );
    changes.next('de');
    await flush();
    expect(reason()).toBe(
      'nicht geändert: Ihre Rolle sieht die Kosten dieses Produkts nicht, und eine Preisänderung würde sie löschen (bitten Sie um die Berechtigung „Product v3 read admin“, SCOPE.STORES.PRODUCT_READ_ADMIN, um Kosten und Gewinn zu sehen)',
    );
    changes.next('he');
    await flush();
    expect(reason()).toMatch(/^לא שונה: .*עלות.*„Product v3 read admin“, SCOPE\.STORES\.PRODUCT_READ_ADMIN/);
  });
});
