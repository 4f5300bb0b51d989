import { Check, Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ChangeKind } from './change.enums';

/*
 * The change-feed tables as migrations/1765100000000-ChangeFeed.ts creates them (the technique is described there and
 * in src/sync/checkpoint.ts), checked against the database by test/orm-drift.test.ts.
 *
 * Not visible to TypeORM: the statement triggers `sync_entity_inserted`, `sync_entity_updated` (regulated_entity) and
 * `sync_license_event_inserted` (license_event) that fill `sync_change`, the deferred constraint trigger
 * `sync_commit_stamp` that stamps a transaction's commit time, and their functions.
 */

/** `sync_change`: one row per change, in the writing transaction. Written by triggers only. */
@Entity('sync_change')
@Check(
  'sync_change_kind_check',
  `kind IN ('ENTITY_REGISTERED', 'ENTITY_UPDATED', 'ENTITY_DEREGISTERED', 'LICENSE_ISSUED', 'LICENSE_AMENDED', 'LICENSE_RENEWED', 'LICENSE_REISSUED', 'LICENSE_SUSPENDED', 'LICENSE_REINSTATED', 'LICENSE_REVOKED', 'LICENSE_SURRENDERED')`,
)
@Check('sync_change_check', `(kind LIKE 'LICENSE\\_%') = (event_id IS NOT NULL)`)
export class SyncChangeRecord {
  /** The writing transaction's id (`pg_current_xact_id()`, 64 bits). */
  @PrimaryColumn({ name: 'xid', type: 'bigint', primaryKeyConstraintName: 'sync_change_pkey' })
  xid!: number;

  /** Order of the changes of one transaction. */
  @PrimaryGeneratedColumn('identity', {
    name: 'seq',
    type: 'bigint',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'sync_change_pkey',
  })
  seq!: number;

  @Column({ name: 'kind', type: 'text' })
  kind!: ChangeKind;

  /** The regulated entity or the licence that changed. */
  @Column({ name: 'record_id', type: 'uuid' })
  recordId!: string;

  /** The licence event, for a licence change. */
  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId!: string | null;
}

/** `sync_commit`: when each transaction that recorded changes committed. */
@Entity('sync_commit')
export class SyncCommitRecord {
  @PrimaryColumn({ name: 'xid', type: 'bigint', primaryKeyConstraintName: 'sync_commit_pkey' })
  xid!: number;

  /** Stamped at COMMIT by the deferred trigger `sync_commit_stamp`. */
  @Column({ name: 'committed_at', type: 'timestamptz', default: () => 'clock_timestamp()' })
  committedAt!: Date;
}

/** `sync_feed`: the identity of this registry's feed (one row, created on first use). */
@Entity('sync_feed')
@Check('sync_feed_singleton_check', `singleton`)
export class SyncFeedRecord {
  @PrimaryColumn({ name: 'singleton', type: 'boolean', default: true, primaryKeyConstraintName: 'sync_feed_pkey' })
  singleton!: boolean;

  @Column({ name: 'id', type: 'uuid' })
  id!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
