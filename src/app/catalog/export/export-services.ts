/**
 * The dashboard services an export needs, defined at the Wix edge and re-exported here so the page knows the
 * catalog only (as catalog-error.ts does for errors).
 */
export { DashboardSite, DashboardToast } from '../../wix/dashboard-toast';
