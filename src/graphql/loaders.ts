import { createUnitLoaders } from '../admin-units/admin-unit.loaders';
import { createAuthorityLoaders } from '../authorities/authority.loaders';
import { createEntityLoaders } from '../entities/entity.loaders';
import { createLicenseLoaders } from '../licenses/license.loaders';
import type { RequestContext } from './context';

/** Every DataLoader of one request (or transaction), each bound to the viewer's jurisdiction where it applies. */
export function createLoaders(ctx: Pick<RequestContext, 'manager' | 'viewer'>) {
  return {
    units: createUnitLoaders(ctx.manager),
    authorities: createAuthorityLoaders(ctx.manager),
    entities: createEntityLoaders(ctx.manager, ctx.viewer),
    licenses: createLicenseLoaders(ctx.manager, ctx.viewer),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
