import type { AuthChecker } from 'type-graphql';
import { Forbidden, Unauthenticated } from '../graphql/errors';
import type { RequestContext } from '../graphql/context';
import { PERSONAL_DATA_ROLES, Role } from './roles';
import type { Viewer } from './viewer';

/** `@Authorized(roles)`: no key -> UNAUTHENTICATED, a key of another role -> FORBIDDEN. */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  if (roles.length > 0) requireRole(context.viewer, roles);
  return true;
};

export function canSeePersonalData(viewer: Viewer): boolean {
  return PERSONAL_DATA_ROLES.includes(viewer.role);
}

/** For checks outside `@Authorized` (e.g. `node` on an entity id). */
export function requireRole(viewer: Viewer, roles: Role[]): void {
  if (roles.includes(viewer.role)) return;
  if (viewer.role === Role.PUBLIC) throw new Unauthenticated();
  throw new Forbidden(`The ${viewer.role} role may not do this (allowed: ${roles.join(', ')})`);
}
