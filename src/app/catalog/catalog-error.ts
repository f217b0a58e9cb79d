/**
 * The failures the catalog domain reports, as the page explains them. The Wix edge defines and maps them;
 * the domain re-exports them so the page knows the catalog only, never the edge.
 */
export type { CatalogError, FieldViolation, WixPermission } from '../wix/wix-errors';
export { isCatalogError } from '../wix/wix-errors';
