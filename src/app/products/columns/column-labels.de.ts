import type { ColumnLabelSet } from './column-labels';

/** German labels of the column chooser (terms as in src/app/i18n/messages.de.json). */
export const GERMAN_COLUMN_LABELS: ColumnLabelSet = {
  open: 'Spalten',
  title: 'Spalten',
  hint: 'Wählen Sie die Spalten der Tabelle und ihre Reihenfolge. Änderungen gelten sofort.',
  list: 'Spalten, der Reihe nach',
  alwaysShown: 'Immer sichtbar, als erste',
  moveUp: (column: string) => `${column} nach oben verschieben`,
  moveDown: (column: string) => `${column} nach unten verschieben`,
  moved: (column: string, position: number, count: number) => `${column} ist jetzt an Position ${position} von ${count}.`,
  reset: 'Standard wiederherstellen',
  done: 'Fertig',
  notAvailable: 'Für den Katalog dieses Shops nicht verfügbar',
  managersOnly: 'Nur Shop-Manager sehen Kosten und Gewinn',
  checking: 'Es wird geprüft, ob Ihre Rolle Kosten und Gewinn sehen darf …',
};
