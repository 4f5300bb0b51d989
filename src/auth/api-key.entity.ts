import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { AdministrativeUnitRecord } from '../admin-units/administrative-unit.entity';
import type { Role } from './roles';

/**
 * `api_key` as migrations/1764100000000-Foundation.ts creates it: the one description of its rows, checked against the
 * database by test/orm-drift.test.ts.
 */
@Entity('api_key')
@Unique('api_key_secret_hash_key', ['secretHash'])
@Check('api_key_label_check', `length(label) BETWEEN 1 AND 200`)
@Check('api_key_role_check', `role IN ('LOCAL_OFFICER', 'DEPARTMENT_OFFICER', 'MINISTRY_SYSTEM', 'ADMIN')`)
@Check('api_key_check', `(role = 'LOCAL_OFFICER') = (unit_code IS NOT NULL)`)
export class ApiKeyRecord {
  @PrimaryGeneratedColumn('uuid', { name: 'id', primaryKeyConstraintName: 'api_key_pkey' })
  id!: string;

  @Column({ name: 'label', type: 'text' })
  label!: string;

  @Column({ name: 'role', type: 'text' })
  role!: Role;

  @Column({ name: 'unit_version', type: 'smallint', nullable: true })
  unitVersion!: number | null;

  @Column({ name: 'unit_code', type: 'text', nullable: true })
  unitCode!: string | null;

  /** SHA-256 of the secret: written once, compared in SQL, never loaded (so never listed or audited). */
  @Column({ name: 'secret_hash', type: 'bytea', select: false })
  secretHash?: Buffer;

  @Column({ name: 'secret_prefix', type: 'text' })
  secretPrefix!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'created_by', type: 'text', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn!: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** Reserved: nothing records key use yet, so it is not loaded either. */
  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true, select: false })
  lastUsedAt?: Date | null;

  @ManyToOne(() => AdministrativeUnitRecord)
  @JoinColumn([
    { name: 'unit_version', referencedColumnName: 'version', foreignKeyConstraintName: 'api_key_unit_version_unit_code_fkey' },
    { name: 'unit_code', referencedColumnName: 'code' },
  ])
  unit?: Relation<AdministrativeUnitRecord> | null;
}
