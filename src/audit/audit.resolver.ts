import { Arg, Args, Authorized, Ctx, Field, ID, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { Role } from '../auth/roles';
import { PageArgsType } from '../entities/entity.resolver';
import { connectionTypes, ConnectionValue, keysetPage } from '../graphql/connection';
import type { RequestContext } from '../graphql/context';
import { SqlParams } from '../graphql/sql';
import { auditJsonFor } from './personal-data';

@ObjectType('AuditEntry', { description: 'One write (or data-sharing read) as recorded in the append-only audit log.' })
export class AuditEntry {
  @Field(() => ID, { description: 'Sequence number of the entry.' })
  id!: string;

  @Field(() => DateTimeResolver, { description: 'When (UTC).' })
  occurredAt!: Date;

  @Field(() => Role, { description: 'Role of the caller.' })
  actorRole!: Role;

  @Field(() => String, { nullable: true, description: 'Label of the API key used.' })
  actorLabel!: string | null;

  @Field(() => String, { nullable: true, description: 'Request id (x-request-id) of the call.' })
  requestId!: string | null;

  @Field({ description: 'Operation, e.g. registerEntity, revokeLicense.' })
  operation!: string;

  @Field({ description: 'Type of the record written, e.g. RegulatedEntity, License, ApiKey.' })
  recordType!: string;

  @Field({ description: 'Database id of the record.' })
  recordId!: string;

  @Field(() => JSONResolver, { nullable: true, description: 'The record before the write.' })
  before!: unknown;

  @Field(() => JSONResolver, { nullable: true, description: 'The record after the write.' })
  after!: unknown;

  @Field(() => String, { nullable: true, description: 'Legal basis of the operation, where one applies.' })
  legalBasis!: string | null;
}

@InputType('AuditFilter', { description: 'Which audit entries to list.' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'Only this record type.' })
  recordType?: string;

  @Field(() => String, { nullable: true, description: 'Only this record (database id).' })
  recordId?: string;

  @Field(() => String, { nullable: true, description: 'Only this operation.' })
  operation?: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'At or after this instant.' })
  from?: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Before this instant.' })
  to?: Date;
}

export const { ConnectionType: AuditEntryConnection } = connectionTypes(AuditEntry, 'AuditEntry', 'audit entry');

@Resolver()
export class AuditResolver {
  @Authorized([Role.ADMIN, Role.DEPARTMENT_OFFICER])
  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first (ADMIN and DEPARTMENT_OFFICER).' })
  async auditLog(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AuditFilter, { nullable: true, description: 'Which entries.' }) filter: AuditFilter | null,
    @Args(() => PageArgsType) page: PageArgsType,
  ): Promise<ConnectionValue<AuditEntry>> {
    const p = new SqlParams();
    const where: string[] = [];
    if (filter?.recordType) where.push(`a.record_type = ${p.add(filter.recordType)}`);
    if (filter?.recordId) where.push(`a.record_id = ${p.add(filter.recordId)}`);
    if (filter?.operation) where.push(`a.operation = ${p.add(filter.operation)}`);
    if (filter?.from) where.push(`a.occurred_at >= ${p.add(filter.from, 'timestamptz')}`);
    if (filter?.to) where.push(`a.occurred_at < ${p.add(filter.to, 'timestamptz')}`);
    const entries = await keysetPage<AuditEntry>(ctx.manager, {
      select: `a.id::text AS id, a.occurred_at AS "occurredAt", a.actor_role AS "actorRole", a.actor_label AS "actorLabel",
               a.request_id AS "requestId", a.operation, a.record_type AS "recordType", a.record_id AS "recordId", a.before, a.after,
               a.legal_basis AS "legalBasis"`,
      from: 'audit_log a',
      where,
      params: p,
      sort: { name: 'id', expression: 'a.id', cast: 'bigint', direction: 'DESC' },
      idColumn: 'a.id',
      idCast: 'bigint',
      page,
    });
    // Personal data: null in before/after for a role without the need (ADMIN), as everywhere else.
    for (const e of entries.edges)
      Object.assign(e.node, { before: auditJsonFor(ctx.viewer, e.node.before), after: auditJsonFor(ctx.viewer, e.node.after) });
    return entries;
  }
}
