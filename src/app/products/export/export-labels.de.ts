import type { ExportLabelSet } from './export-labels';

/** Eine Zahl, wie Deutsch sie schreibt (1.204). */
const n = (count: number) => count.toLocaleString('de-DE');

/** "45 s", "3 Min.", "1 Std. 5 Min.". */
function duration(seconds: number): string {
  const s = Math.max(1, Math.round(seconds));
  if (s < 60) return `${s} s`;
  const minutes = Math.round(s / 60);
  return minutes < 60 ? `${minutes} Min.` : `${Math.floor(minutes / 60)} Std. ${minutes % 60} Min.`;
}

/** German labels of the export (terms as in src/app/i18n/messages.de.json and the filters' labels). */
export const GERMAN_EXPORT_LABELS: ExportLabelSet = {
  exportTitle: 'Als CSV exportieren',
  exportCancel: 'Export abbrechen',
  exportClose: 'Schließen',
  exportStart: 'Exportieren',
  exportKeep: 'Nicht exportieren',
  exportDownloadAgain: 'Datei erneut herunterladen',
  exportBlockedHint:
    'Falls kein Download begonnen hat, erlaubt dieser Dashboard-Rahmen womöglich keine Downloads: Speichern Sie die Datei über den Link oder öffnen Sie Catalog Manager in einem eigenen Tab.',
  exportNoMerchantData: 'Kosten und Gewinn werden nicht exportiert: Ihre Rolle darf sie nicht sehen.',
  exportColumns: {
    id: 'Produkt-ID',
    name: 'Name',
    sku: 'SKU',
    price: 'Preis',
    priceBeforeDiscount: 'Preis vor Rabatt',
    currency: 'Währung',
    stock: 'Lagerbestand',
    quantity: 'Menge',
    visibility: 'Sichtbarkeit',
    updated: 'Zuletzt aktualisiert',
    created: 'Erstellt',
    brand: 'Marke',
    ribbon: 'Banner',
    productType: 'Produkttyp',
    collectionIds: 'Kollektions-IDs',
    categoryIds: 'Kategorie-IDs',
    cost: 'Kosten',
    profit: 'Gewinn',
  },
  exportConfirm: (total: number, minutes: number) =>
    `Der Export von ${n(total)} Produkten dauert etwa ${duration(minutes * 60)} (Wix beantwortet höchstens 200 Anfragen pro Minute). Lassen Sie diese Seite geöffnet, bis er fertig ist.`,
  exportScope: (total: number | null) => (total === null ? 'Alle passenden Produkte' : `Alle ${n(total)} passenden Produkte`),
  exportSelected: (count: number) => (count === 1 ? '1 ausgewähltes Produkt' : `${n(count)} ausgewählte Produkte`),
  exportProgress: (written: number, total: number | null, rowsPerSecond: number | null, etaSeconds: number | null) =>
    (total === null ? `${n(written)} Produkte` : `${n(written)} von ${n(total)} Produkten`) +
    (rowsPerSecond === null ? '' : ` · ${n(Math.round(rowsPerSecond))} pro Sekunde`) +
    (etaSeconds === null ? '' : ` · noch etwa ${duration(etaSeconds)}`),
  exportWaiting: (seconds: number) => `Wix hat um eine Pause gebeten: weiter in ${seconds} s …`,
  exportDone: (written: number, fileName: string) =>
    written === 1 ? `1 Produkt nach ${fileName} exportiert.` : `${n(written)} Produkte nach ${fileName} exportiert.`,
  exportFailed: (written: number) =>
    `Der Export wurde nach ${written === 1 ? '1 Produkt' : `${n(written)} Produkten`} angehalten. Es wurde keine Datei gespeichert.`,
};
