import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../auth/roles';

/**
 * `audit_log` as migrations/1764100000000-Foundation.ts creates it (and 1765100000000-ChangeFeed.ts extends it): the one description of its rows, checked against the
 * database by test/orm-drift.test.ts.
 *
 * Not visible to TypeORM: the triggers `audit_log_append_only` and `audit_log_no_truncate` (function
 * `reject_modification`) that make the table append-only.
 */
@Entity('audit_log')
@Index('audit_log_record_idx', ['recordType', 'recordId', 'id'])
@Index('audit_log_time_idx', ['occurredAt', 'id'])
@Check('audit_log_rows_released_check', `rows_released >= 0`)
export class AuditLogRecord {
  @PrimaryGeneratedColumn('identity', {
    name: 'id',
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'audit_log_pkey',
  })
  id!: number;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ name: 'actor_key_id', type: 'uuid', nullable: true })
  actorKeyId!: string | null;

  @Column({ name: 'actor_label', type: 'text', nullable: true })
  actorLabel!: string | null;

  @Column({ name: 'actor_role', type: 'text' })
  actorRole!: Role;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId!: string | null;

  @Column({ name: 'operation', type: 'text' })
  operation!: string;

  @Column({ name: 'record_type', type: 'text' })
  recordType!: string;

  @Column({ name: 'record_id', type: 'text' })
  recordId!: string;

  /** The record before the write, under its column names (see columnRecord in src/graphql/sql.ts). */
  @Column({ name: 'before', type: 'jsonb', nullable: true })
  before!: object | null;

  /** The record after the write, likewise. */
  @Column({ name: 'after', type: 'jsonb', nullable: true })
  after!: object | null;

  @Column({ name: 'legal_basis', type: 'text', nullable: true })
  legalBasis!: string | null;

  /** A data-sharing read: what was asked for (filters, arguments, the export's parameters). */
  @Column({ name: 'filters', type: 'jsonb', nullable: true })
  filters!: object | null;

  /** A data-sharing read: how many registry rows it released. */
  @Column({ name: 'rows_released', type: 'integer', nullable: true })
  rowsReleased!: number | null;
}
