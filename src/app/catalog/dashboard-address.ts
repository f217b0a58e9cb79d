// The page's place in the dashboard's address lives at the Wix edge; the page imports it from here.
export { DASHBOARD_ADDRESS, type DashboardAddress } from '../wix/dashboard-address';
