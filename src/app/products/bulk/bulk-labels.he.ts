import type { PriceChange, PriceRounding } from '../../catalog/bulk/bulk-plan';
import type { BulkLabelSet } from './bulk-labels';
import { formatMoney, formatNumber } from './money';

/** A count as Hebrew writes it (1,204). */
const n = (count: number) => count.toLocaleString('he-IL');
/** "מוצר אחד שונה" / "3 מוצרים שונו": the count with the verb agreeing (Hebrew's plural: one, and the rest). */
const changed = (count: number) => (count === 1 ? 'מוצר אחד שונה' : `${n(count)} מוצרים שונו`);
/** סכום במטבע החנות (‏1,204.50 ₪). */
const money = (amount: number, currency: string | null) => formatMoney('he-IL', amount, currency);
const ROUNDED: Record<PriceRounding, string> = { cents: 'בעיגול לאגורה', whole: 'בעיגול לסכום שלם', 'ninety-nine': 'בעיגול ל־‎.99' };

/** Hebrew labels of the bulk actions (terms as in src/app/i18n/messages.he.json and the filters' labels). */
export const HEBREW_BULK_LABELS: BulkLabelSet = {
  selectedOnPage: (count: number) => `${n(count)} נבחרו בעמוד זה`,
  selectedAcrossPages: (count: number, onPage: number) => `${n(count)} נבחרו (${n(onPage)} בעמוד זה)`,
  allMatchingSelected: (total: number | null) => (total === null ? 'כל המוצרים התואמים נבחרו' : `כל ${n(total)} התואמים נבחרו`),
  selectAllMatching: (total: number | null) => (total === null ? 'בחירת כל התואמים' : `בחירת כל ${n(total)} התואמים`),
  allMatchingLeft: (scope: string) => `הבחירה „כל התואמים“ בוטלה; ${scope}`,
  clearSelection: 'ניקוי הבחירה',
  bulkActions: 'פעולות מרובות',
  showInStore: 'הצגה בחנות',
  hideFromStore: 'הסתרה מהחנות',
  changePrice: 'שינוי מחיר',
  applyPrice: 'החלת שינוי המחיר',
  priceMode: 'איך',
  priceModes: { set: 'קביעת מחיר ל־', percent: 'שינוי באחוזים', amount: 'שינוי בסכום' },
  priceValue: { set: 'מחיר חדש', percent: 'אחוז (+/−)', amount: 'סכום (+/−)' },
  priceInvalid: 'יש להזין מספר (מחיר חדש לא יכול להיות שלילי).',
  rounding: 'עיגול',
  roundings: { cents: 'לאגורה', whole: 'לסכום שלם', 'ninety-nine': 'ל־‎.99' },
  preview: 'תצוגה מקדימה (לפני ← אחרי)',
  previewOnPage: 'תצוגה מקדימה של המוצרים הראשונים בעמוד זה (לפני ← אחרי)',
  money,
  priceAction: (change: PriceChange, currency: string | null) => {
    if (change.mode === 'set') return `קביעת המחיר ל־${money(change.amount, currency)}`;
    const by = change.mode === 'percent' ? change.percent : change.delta;
    const size = change.mode === 'percent' ? `${formatNumber('he-IL', Math.abs(by), null)}%` : money(Math.abs(by), currency);
    return `${by < 0 ? 'הורדת' : 'העלאת'} המחירים ב־${size}, ${ROUNDED[change.rounding]}`;
  },
  more: 'עוד',
  addTo: { collection: 'הוספה לקולקציה…', category: 'הוספה לקטגוריה…' },
  removeFrom: { collection: 'הסרה מקולקציה…', category: 'הסרה מקטגוריה…' },
  chooseTarget: { collection: 'בחירת הקולקציה', category: 'בחירת הקטגוריה' },
  chooseFirst: { collection: 'יש לבחור קולקציה קודם.', category: 'יש לבחור קטגוריה קודם.' },
  applyMembership: (member: boolean, name: string) => (member ? `הוספה ל„${name}“` : `הסרה מ„${name}“`),
  membershipAction: (member: boolean, kind: 'collection' | 'category', name: string) =>
    `${member ? 'הוספה ל' : 'הסרה מ'}${kind === 'category' ? 'קטגוריה' : 'קולקציה'} „${name}“`,
  membershipDisabled: (kind: 'collection' | 'category', name: string, id: string) =>
    `אי אפשר להוסיף ל${kind === 'category' ? 'קטגוריות' : 'קולקציות'} או להסיר מהן: לתפקיד שלך חסרה ההרשאה „${name}“ (${id}). אפשר לבקש מבעל האתר להעניק אותה.`,
  writesDisabled: (name: string, id: string) =>
    `אי אפשר לשנות מוצרים: לתפקיד שלך חסרה ההרשאה „${name}“ (${id}). אפשר לבקש מבעל האתר להעניק אותה.`,
  confirmTitle: 'אישור שינוי מרובה',
  confirmText: (action: string, scope: string) => `${action}: ${scope}. הפעולה משנה את המוצרים האלה בחנות שלך.`,
  confirm: 'החלה',
  cancel: 'ביטול',
  progressLabel: 'מוצרים שהושלמו',
  progress: (done: number, total: number | null) => (total === null ? `${n(done)} הושלמו…` : `${n(done)} מתוך ${n(total)} הושלמו…`),
  finished: (ok: number, failed: number) => `הסתיים: ${n(ok)} שונו, ${n(failed)} לא שונו.`,
  stopRun: 'עצירה',
  resultsTitle: 'תוצאות השינוי המרובה',
  retryFailed: 'ניסיון חוזר לכושלים',
  undo: 'ביטול הפעולה',
  viewDetails: 'הצגת פרטים',
  stoppedByPermission: (name: string, id: string, done: number) =>
    `נעצר: לתפקיד שלך חסרה ההרשאה „${name}“ (${id}). ${changed(done)} לפני העצירה.`,
  stoppedByError: (done: number) => `נעצר: Wix לא קיבלה שינויים נוספים. ${changed(done)} לפני העצירה.`,
  failureNoPrice: 'אין לו מחיר לשינוי',
  failureCostWithheld: (name: string, id: string) =>
    `לא שונה: התפקיד שלך לא רואה את העלות של המוצר הזה, ושינוי המחיר היה מוחק אותה (בקשו את ההרשאה „${name}“, ${id}, כדי לראות עלות ורווח)`,
  failureNotAttempted: 'לא נוסה (ההרצה נעצרה)',
  failureRejected: (code: string, description: string) => `נדחה על ידי Wix (${code}${description ? `: ${description}` : ''})`,
  failureErrors: {
    'rate-limited': 'לא שונה: Wix קיבלה יותר מדי בקשות',
    timeout: 'לא שונה: Wix לא ענתה בזמן',
    network: 'לא שונה: החיבור ל-Wix נכשל',
    unavailable: 'לא שונה: לא ניתן היה להגיע ל-Wix Stores',
    session: 'לא שונה: הסשן שלך ב-Wix הסתיים (יש לטעון מחדש את הדף)',
    permission: 'לא שונה: לתפקיד שלך חסרה ההרשאה',
    other: 'לא שונה: Wix ענתה עם שגיאה',
  },
  finishedStopped: (ok: number, notAttempted: number) => `נעצר: ${n(ok)} שונו, ${n(notAttempted)} לא נוסו.`,
  runRest: 'הרצת השאר',
  toastStopped: (ok: number, notAttempted: number) => `נעצר על ידך: ${changed(ok)}, ${n(notAttempted)} לא נוסו.`,
  undoBusy: 'אי אפשר לבטל בזמן ששינוי מרובה אחר רץ. אפשר לנסות שוב כשהוא יסתיים.',
  toastDone: (ok: number) => `${changed(ok)}.`,
  toastPartial: (ok: number, failed: number) => `${changed(ok)}, ${n(failed)} לא שונו.`,
  toastFailed: 'לא שונו מוצרים.',
};
