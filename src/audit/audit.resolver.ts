import { Arg, Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Role } from '../auth/roles';
import { connectionTypes, ConnectionValue, PageArgsType } from '../graphql/connection';
import type { RequestContext } from '../graphql/context';
import { listAuditEntries } from './audit.service';
import { AuditEntry, AuditFilter } from './audit.types';

export const { ConnectionType: AuditEntryConnection } = connectionTypes(AuditEntry, 'AuditEntry', 'audit entry');

@Resolver()
export class AuditResolver {
  @Authorized([Role.ADMIN, Role.DEPARTMENT_OFFICER])
  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first (ADMIN and DEPARTMENT_OFFICER).' })
  auditLog(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AuditFilter, { nullable: true, description: 'Which entries.' }) filter: AuditFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
  ): Promise<ConnectionValue<AuditEntry>> {
    return listAuditEntries(ctx, { filter, page });
  }
}
