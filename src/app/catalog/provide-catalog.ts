import { EnvironmentProviders, makeEnvironmentProviders } from '@angular/core';
import { CATALOG_GATEWAY } from './catalog-gateway';
import { VersionedCatalogGateway } from './versioned-catalog-gateway';

/**
 * Registers the catalog domain over the Wix edge (`provideWixClient()`): the gateway the page reads through
 * asks the site's catalog version once, then reads through the V1 or the (lazily loaded) V3 gateway. The app,
 * the contract tests and the bench all wire the domain with this one call.
 */
export function provideCatalog(): EnvironmentProviders {
  return makeEnvironmentProviders([{ provide: CATALOG_GATEWAY, useExisting: VersionedCatalogGateway }]);
}
