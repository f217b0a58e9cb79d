import type { ColumnLabelSet } from './column-labels';

/** Hebrew labels of the column chooser (terms as in src/app/i18n/messages.he.json). */
export const HEBREW_COLUMN_LABELS: ColumnLabelSet = {
  open: 'עמודות',
  title: 'עמודות',
  hint: 'בחרו את העמודות שהטבלה מציגה ואת הסדר שלהן. השינויים חלים מיד.',
  list: 'עמודות, לפי הסדר',
  alwaysShown: 'מוצגת תמיד, ראשונה',
  moveUp: (column: string) => `הזזת ${column} למעלה`,
  moveDown: (column: string) => `הזזת ${column} למטה`,
  moved: (column: string, position: number, count: number) => `${column} הועברה למקום ${position} מתוך ${count}.`,
  reset: 'חזרה לברירת המחדל',
  done: 'סיום',
  notAvailable: 'לא זמין בקטלוג של החנות הזו',
  managersOnly: 'רק מנהלי חנות יכולים לראות עלות ורווח',
  checking: 'בודקים אם התפקיד שלך מאפשר לראות עלות ורווח…',
};
