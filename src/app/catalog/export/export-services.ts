/**
 * What an export needs of the dashboard around the page, defined at the Wix edge and re-exported here so the
 * page knows the catalog only (as catalog-error.ts does for errors): the site's name for the file. Its toast
 * goes through DashboardRequests (catalog/dashboard-requests.ts), the page's one door to `dashboard.showToast`.
 */
export { DashboardSite } from '../../wix/dashboard-site';
