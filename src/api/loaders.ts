import { createUnitLoaders } from '../admin-units/admin-unit.loaders';
import { createAuthorityLoaders } from '../authorities/authority.loaders';
import { createEntityLoaders } from '../entities/entity.loaders';
import type { LoaderScope, Loaders } from '../graphql/context';
import { createLicenseLoaders } from '../licenses/license.loaders';
import { createSyncLoaders } from '../sync/sync.loaders';

/** Every DataLoader of one request (or transaction), each bound to the viewer's jurisdiction where it applies. */
export function createLoaders(scope: LoaderScope): Loaders {
  return {
    units: createUnitLoaders(scope.manager),
    authorities: createAuthorityLoaders(scope.manager),
    entities: createEntityLoaders(scope),
    licenses: createLicenseLoaders(scope),
    sync: createSyncLoaders(scope.manager, scope.viewer),
  };
}
