import { DateTimeResolver, JSONResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Role } from '../auth/roles';

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

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the API key used (the `id` of `apiKeys` and `revokeApiKey`; labels need not be unique); null without a key.',
  })
  apiKeyId!: string | null;

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

  @Field(() => String, {
    nullable: true,
    description: 'Legal basis of the operation, where one applies; for a data-sharing read, the `X-Legal-Basis` the caller sent.',
  })
  legalBasis!: string | null;

  @Field(() => JSONResolver, {
    nullable: true,
    description: 'A data-sharing read: what was asked for (GraphQL: each root field with its arguments; export: its parameters).',
  })
  filters!: unknown;

  @Field(() => Int, {
    nullable: true,
    description: 'A data-sharing read: how many distinct registry rows (entities, licences, licence events) it released.',
  })
  rowsReleased!: number | null;
}

@InputType('AuditFilter', { description: 'Which audit entries to list.' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'Only this record type.' })
  recordType?: string;

  @Field(() => String, { nullable: true, description: 'Only this record (database id).' })
  recordId?: string;

  @Field(() => String, { nullable: true, description: 'Only this operation.' })
  operation?: string;

  @Field(() => Role, { nullable: true, description: 'Only entries of callers of this role (MINISTRY_SYSTEM: the data-sharing reads).' })
  actorRole?: Role;

  @Field(() => ID, { nullable: true, description: 'Only entries of calls made with this API key (its `id`, as `apiKeys` lists it).' })
  apiKeyId?: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'At or after this instant.' })
  from?: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Before this instant.' })
  to?: Date;
}
