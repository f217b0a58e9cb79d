import type { Environment } from './environment-shape';

/** Production: the real Wix dashboard and www.wixapis.com, no overrides. */
export const environment = {
  wixClient: () => ({}),
} satisfies Environment;
