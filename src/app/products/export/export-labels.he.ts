import type { ExportLabelSet } from './export-labels';

/** A count as Hebrew writes it (1,204). */
const n = (count: number) => count.toLocaleString('he-IL');
/** "מוצר אחד" / "3 מוצרים" (Hebrew's plural: one, and the rest). */
const products = (count: number) => (count === 1 ? 'מוצר אחד' : `${n(count)} מוצרים`);

/** "45 שנ׳", "3 דק׳", "1 שע׳ 5 דק׳". */
function duration(seconds: number): string {
  const s = Math.max(1, Math.round(seconds));
  if (s < 60) return `${s} שנ׳`;
  const minutes = Math.round(s / 60);
  return minutes < 60 ? `${minutes} דק׳` : `${Math.floor(minutes / 60)} שע׳ ${minutes % 60} דק׳`;
}

/** Hebrew labels of the export (terms as in src/app/i18n/messages.he.json and the filters' labels). */
export const HEBREW_EXPORT_LABELS: ExportLabelSet = {
  exportTitle: 'ייצוא ל-CSV',
  exportCancel: 'ביטול הייצוא',
  exportClose: 'סגירה',
  exportStart: 'ייצוא',
  exportKeep: 'לא לייצא',
  exportDownloadAgain: 'הורדת הקובץ שוב',
  exportBlockedHint:
    'אם ההורדה לא התחילה, ייתכן שמסגרת לוח הבקרה הזו לא מאפשרת הורדות: אפשר לשמור את הקובץ דרך הקישור, או לפתוח את Catalog Manager בכרטיסייה משלו.',
  exportNoMerchantData: 'עלות ורווח לא מיוצאים: התפקיד שלך לא מאפשר לראות אותם.',
  exportColumns: {
    id: 'מזהה מוצר',
    name: 'שם',
    sku: 'מק״ט',
    price: 'מחיר',
    priceBeforeDiscount: 'מחיר לפני הנחה',
    currency: 'מטבע',
    stock: 'מלאי',
    quantity: 'כמות',
    visibility: 'נראוּת',
    updated: 'עדכון אחרון',
    created: 'נוצר',
    brand: 'מותג',
    ribbon: 'סרט',
    productType: 'סוג מוצר',
    collectionIds: 'מזהי קולקציות',
    categoryIds: 'מזהי קטגוריות',
    cost: 'עלות',
    profit: 'רווח',
  },
  exportConfirm: (total: number, minutes: number) =>
    `ייצוא של ${products(total)} נמשך בערך ${duration(minutes * 60)} (Wix עונה לכל היותר ל-200 בקשות בדקה). יש להשאיר את הדף פתוח עד לסיום.`,
  exportScope: (total: number | null) => (total === null ? 'כל המוצרים התואמים' : `כל ${n(total)} המוצרים התואמים`),
  exportSelected: (count: number) => (count === 1 ? 'מוצר אחד שנבחר' : `${n(count)} מוצרים שנבחרו`),
  exportProgress: (written: number, total: number | null, rowsPerSecond: number | null, etaSeconds: number | null) =>
    (total === null ? products(written) : `${n(written)} מתוך ${n(total)} מוצרים`) +
    (rowsPerSecond === null ? '' : ` · ${n(Math.round(rowsPerSecond))} בשנייה`) +
    (etaSeconds === null ? '' : ` · נותרו בערך ${duration(etaSeconds)}`),
  exportWaiting: (seconds: number) => `Wix ביקשה להאט: ממשיכים בעוד ${seconds} שנ׳…`,
  exportDone: (written: number, fileName: string) => 
    written === 1 ? `מוצר אחד יוצא לקובץ ${fileName}.` : `${n(written)} מוצרים יוצאו לקובץ ${fileName}.`,
  exportFailed: (written: number) => `הייצוא נעצר אחרי ${products(written)}. לא נשמר קובץ.`,
};
