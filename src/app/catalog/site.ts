import { siteKeyFrom } from '../wix/site-key';

/**
 * Which site the page is open for, as a key for what this browser keeps per site (never a credential): the site
 * id from the dashboard's iframe URL, '' when it says nothing. The page's access to `siteKeyFrom` (edge code).
 */
export const siteKey = (document: Document): string => siteKeyFrom(document.location?.search ?? '');
