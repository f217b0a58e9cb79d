// Which site the page serves, as the Wix edge reads it from the dashboard's iframe URL (no credential); the page
// keys what it stores per site (saved views) with it, as the catalog does its remembered version.
export { siteKeyFrom } from '../wix/site-key';
