import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { AdministrativeUnitRecord } from '../admin-units/administrative-unit.entity';
import type { AuthorityLevel } from './authority.enums';

/**
 * `authority` as migrations/1764100000000-Foundation.ts creates it: the one description of its rows (the type
 * services, loaders and the reference loader use), checked against the database by test/orm-drift.test.ts.
 */
@Entity('authority')
@Check(
  'authority_level_check',
  `level IN ('MINISTRY', 'MINISTRY_DEPARTMENT', 'PROVINCIAL_DEPARTMENT', 'PROVINCIAL_PEOPLES_COMMITTEE', 'DISTRICT_PEOPLES_COMMITTEE', 'COMMUNE_PEOPLES_COMMITTEE')`,
)
@Check('authority_check', `valid_to IS NULL OR valid_to >= valid_from`)
@Index('authority_validity_idx', ['validFrom', 'validTo'])
export class AuthorityRecord {
  @PrimaryColumn({ name: 'code', type: 'text', primaryKeyConstraintName: 'authority_pkey' })
  code!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'level', type: 'text' })
  level!: AuthorityLevel;

  @Column({ name: 'province_code', type: 'text', nullable: true })
  provinceCode!: string | null;

  @Column({ name: 'unit_version', type: 'smallint', nullable: true })
  unitVersion!: number | null;

  @Column({ name: 'unit_code', type: 'text', nullable: true })
  unitCode!: string | null;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ name: 'successor_code', type: 'text', nullable: true })
  successorCode!: string | null;

  @Column({ name: 'note', type: 'text', nullable: true })
  note!: string | null;

  @ManyToOne(() => AuthorityRecord, { deferrable: 'INITIALLY DEFERRED' })
  @JoinColumn({ name: 'successor_code', referencedColumnName: 'code', foreignKeyConstraintName: 'authority_successor_code_fkey' })
  successor?: Relation<AuthorityRecord> | null;

  @ManyToOne(() => AdministrativeUnitRecord)
  @JoinColumn([
    { name: 'unit_version', referencedColumnName: 'version', foreignKeyConstraintName: 'authority_unit_version_unit_code_fkey' },
    { name: 'unit_code', referencedColumnName: 'code' },
  ])
  unit?: Relation<AdministrativeUnitRecord> | null;
}

/** `authority_function` (migrations/1764200000000-Licences.ts): which fields of state an authority handled, and when. */
@Entity('authority_function')
@Check(
  'authority_function_function_check',
  `function IN ('POST', 'TELECOM', 'RADIO', 'IT', 'PRINTING', 'PUBLISHING', 'PRESS', 'GAMES', 'GENERAL')`,
)
@Check('authority_function_check', `valid_to IS NULL OR valid_to >= valid_from`)
export class AuthorityFunctionRecord {
  @PrimaryColumn({ name: 'authority_code', type: 'text', primaryKeyConstraintName: 'authority_function_pkey' })
  authorityCode!: string;

  @PrimaryColumn({ name: 'function', type: 'text', primaryKeyConstraintName: 'authority_function_pkey' })
  function!: string;

  @PrimaryColumn({ name: 'valid_from', type: 'date', primaryKeyConstraintName: 'authority_function_pkey' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @ManyToOne(() => AuthorityRecord)
  @JoinColumn({ name: 'authority_code', referencedColumnName: 'code', foreignKeyConstraintName: 'authority_function_authority_code_fkey' })
  authority?: Relation<AuthorityRecord>;
}
