import type { PriceChange, PriceRounding } from '../../catalog/bulk/bulk-plan';
import type { BulkLabelSet } from './bulk-labels';
import { formatMoney, formatNumber } from './money';

/** Eine Zahl, wie Deutsch sie schreibt (1.204). */
const n = (count: number) => count.toLocaleString('de-DE');
/** "1 Produkt wurde" / "3 Produkte wurden": the count with the verb agreeing. */
const were = (count: number) => (count === 1 ? '1 Produkt wurde' : `${n(count)} Produkte wurden`);
/** Ein Betrag in der Währung des Shops (1.204,50 €). */
const money = (amount: number, currency: string | null) => formatMoney('de-DE', amount, currency);
const ROUNDED: Record<PriceRounding, string> = { cents: 'auf den Cent gerundet', whole: 'auf ganze Beträge gerundet', 'ninety-nine': 'auf ,99 gerundet' };

/** German labels of the bulk actions (terms as in src/app/i18n/messages.de.json and the filters' labels). */
export const GERMAN_BULK_LABELS: BulkLabelSet = {
  selectedOnPage: (count: number) => `${n(count)} auf dieser Seite ausgewählt`,
  selectedAcrossPages: (count: number, onPage: number) => `${n(count)} ausgewählt (${n(onPage)} auf dieser Seite)`,
  allMatchingSelected: (total: number | null) => (total === null ? 'Alle passenden Produkte ausgewählt' : `Alle ${n(total)} passenden ausgewählt`),
  selectAllMatching: (total: number | null) => (total === null ? 'Alle passenden auswählen' : `Alle ${n(total)} passenden auswählen`),
  allMatchingLeft: (scope: string) => `„Alle passenden“ wurde aufgehoben; ${scope}`,
  clearSelection: 'Auswahl aufheben',
  bulkActions: 'Sammelaktionen',
  showInStore: 'Im Shop anzeigen',
  hideFromStore: 'Im Shop ausblenden',
  changePrice: 'Preis ändern',
  applyPrice: 'Preisänderung anwenden',
  priceMode: 'Wie',
  priceModes: { set: 'Preis festlegen auf', percent: 'Um % ändern', amount: 'Um Betrag ändern' },
  priceValue: { set: 'Neuer Preis', percent: 'Prozent (+/−)', amount: 'Betrag (+/−)' },
  priceInvalid: 'Geben Sie eine Zahl ein (ein neuer Preis darf nicht negativ sein).',
  rounding: 'Rundung',
  roundings: { cents: 'Auf den Cent', whole: 'Auf einen ganzen Betrag', 'ninety-nine': 'Auf ,99' },
  preview: 'Vorschau (vorher → nachher)',
  previewOnPage: 'Vorschau der ersten Produkte dieser Seite (vorher → nachher)',
  money,
  priceAction: (change: PriceChange, currency: string | null) => {
    if (change.mode === 'set') return `Preis auf ${money(change.amount, currency)} festlegen`;
    const by = change.mode === 'percent' ? change.percent : change.delta;
    const size = change.mode === 'percent' ? `${formatNumber('de-DE', Math.abs(by), null)} %` : money(Math.abs(by), currency);
    return `Preise um ${size} ${by < 0 ? 'senken' : 'erhöhen'}, ${ROUNDED[change.rounding]}`;
  },
  more: 'Mehr',
  addTo: { collection: 'Zur Kollektion hinzufügen…', category: 'Zur Kategorie hinzufügen…' },
  removeFrom: { collection: 'Aus Kollektion entfernen…', category: 'Aus Kategorie entfernen…' },
  chooseTarget: { collection: 'Kollektion wählen', category: 'Kategorie wählen' },
  chooseFirst: { collection: 'Wählen Sie zuerst eine Kollektion.', category: 'Wählen Sie zuerst eine Kategorie.' },
  applyMembership: (member: boolean, name: string) => (member ? `Zu „${name}“ hinzufügen` : `Aus „${name}“ entfernen`),
  membershipAction: (member: boolean, kind: 'collection' | 'category', name: string) =>
    `${member ? 'Zur' : 'Aus der'} ${kind === 'category' ? 'Kategorie' : 'Kollektion'} „${name}“ ${member ? 'hinzufügen' : 'entfernen'}`,
  membershipDisabled: (kind: 'collection' | 'category', name: string, id: string) =>
    `Hinzufügen zu und Entfernen aus ${kind === 'category' ? 'Kategorien' : 'Kollektionen'} ist nicht möglich: Ihrer Rolle fehlt die Berechtigung „${name}“ (${id}). Bitten Sie den Website-Inhaber, sie zu erteilen.`,
  writesDisabled: (name: string, id: string) =>
    `Produkte ändern ist nicht möglich: Ihrer Rolle fehlt die Berechtigung „${name}“ (${id}). Bitten Sie den Website-Inhaber, sie zu erteilen.`,
  confirmTitle: 'Sammeländerung bestätigen',
  confirmText: (action: string, scope: string) => `${action}: ${scope}. Dies ändert diese Produkte in Ihrem Shop.`,
  confirm: 'Anwenden',
  cancel: 'Abbrechen',
  progressLabel: 'Erledigte Produkte',
  progress: (done: number, total: number | null) => (total === null ? `${n(done)} erledigt…` : `${n(done)} von ${n(total)} erledigt…`),
  finished: (ok: number, failed: number) => `Fertig: ${n(ok)} geändert, ${n(failed)} nicht geändert.`,
  stopRun: 'Anhalten',
  resultsTitle: 'Ergebnisse der Sammeländerung',
  retryFailed: 'Fehlgeschlagene wiederholen',
  undo: 'Rückgängig',
  viewDetails: 'Details anzeigen',
  stoppedByPermission: (name: string, id: string, done: number) =>
    `Angehalten: Ihrer Rolle fehlt die Berechtigung „${name}“ (${id}). ${were(done)} vorher geändert.`,
  stoppedByError: (done: number) => `Angehalten: Wix hat keine weiteren Änderungen angenommen. ${were(done)} vorher geändert.`,
  failureNoPrice: 'hat keinen Preis, der sich ändern lässt',
  failureCostWithheld: (name: string, id: string) =>
    `nicht geändert: Ihre Rolle sieht die Kosten dieses Produkts nicht, und eine Preisänderung würde sie löschen (bitten Sie um die Berechtigung „${name}“, ${id}, um Kosten und Gewinn zu sehen)`,
  failureNotAttempted: 'nicht versucht (der Lauf wurde angehalten)',
  failureRejected: (code: string, description: string) => `von Wix abgelehnt (${code}${description ? `: ${description}` : ''})`,
  failureErrors: {
    'rate-limited': 'nicht geändert: Wix hat zu viele Anfragen erhalten',
    timeout: 'nicht geändert: Wix hat nicht rechtzeitig geantwortet',
    network: 'nicht geändert: die Verbindung zu Wix ist fehlgeschlagen',
    unavailable: 'nicht geändert: Wix Stores war nicht erreichbar',
    session: 'nicht geändert: Ihre Wix-Sitzung ist abgelaufen (laden Sie die Seite neu)',
    permission: 'nicht geändert: Ihrer Rolle fehlt die Berechtigung',
    other: 'nicht geändert: Wix hat mit einem Fehler geantwortet',
  },
  finishedStopped: (ok: number, notAttempted: number) => `Angehalten: ${n(ok)} geändert, ${n(notAttempted)} nicht versucht.`,
  runRest: 'Den Rest ausführen',
  toastStopped: (ok: number, notAttempted: number) => `Von Ihnen angehalten: ${were(ok)} geändert, ${n(notAttempted)} nicht versucht.`,
  undoBusy: 'Rückgängig ist nicht möglich, solange eine andere Sammeländerung läuft. Versuchen Sie es, wenn sie beendet ist.',
  toastDone: (ok: number) => `${were(ok)} geändert.`,
  toastPartial: (ok: number, failed: number) => `${were(ok)} geändert, ${n(failed)} nicht.`,
  toastFailed: 'Es wurden keine Produkte geändert.',
};
