import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { AuthorityRecord } from '../authorities/authority.entity';
import type { AuthorityLevel } from '../authorities/authority.enums';
import type { EntityKind } from '../entities/entity-kind';
import { RegulatedEntityRecord } from '../entities/regulated-entity.entity';
import type { LicenseEventType, LicenseStatus, LicenseType, TermKind } from './license.enums';

/*
 * The licence tables as migrations/1764200000000-Licences.ts creates them: the one description of their rows (the types
 * services, loaders and seeders read and write), checked against the database by test/orm-drift.test.ts.
 *
 * Not visible to TypeORM: the triggers `license_event_append_only` and `license_event_no_truncate`, and the function
 * `license_status_on(uuid, date)`.
 */

/** `license_type`: a kind of licence, as data. */
@Entity('license_type')
@Check('license_type_entity_kinds_check', `cardinality(entity_kinds) > 0`)
@Check('license_type_term_kind_check', `term_kind IN ('YEARS', 'NONE', 'SINGLE_USE')`)
@Check('license_type_max_term_months_check', `max_term_months > 0`)
@Check('license_type_check', `(term_kind = 'YEARS') = (max_term_months IS NOT NULL)`)
export class LicenseTypeRecord {
  @PrimaryColumn({ name: 'code', type: 'text', primaryKeyConstraintName: 'license_type_pkey' })
  code!: LicenseType;

  @Column({ name: 'name_vi', type: 'text' })
  nameVi!: string;

  @Column({ name: 'entity_kinds', type: 'text', array: true })
  entityKinds!: EntityKind[];

  @Column({ name: 'term_kind', type: 'text' })
  termKind!: TermKind;

  @Column({ name: 'max_term_months', type: 'integer', nullable: true })
  maxTermMonths!: number | null;

  @Column({ name: 'on_public_list', type: 'boolean', default: false })
  onPublicList!: boolean;

  @Column({ name: 'description', type: 'text' })
  description!: string;

  /** A holder may hold only one licence of this type in force at a time (src/reference/license-types.ts says why). */
  @Column({ name: 'one_current_per_holder', type: 'boolean', default: false })
  oneCurrentPerHolder!: boolean;
}

/** `license_legal_basis`: the legal documents a licence type is issued under. */
@Entity('license_legal_basis')
@Check('license_legal_basis_check', `valid_to IS NULL OR valid_to >= valid_from`)
export class LicenseLegalBasisRecord {
  @PrimaryColumn({ name: 'license_type', type: 'text', primaryKeyConstraintName: 'license_legal_basis_pkey' })
  licenseType!: LicenseType;

  @PrimaryColumn({ name: 'code', type: 'text', primaryKeyConstraintName: 'license_legal_basis_pkey' })
  code!: string;

  @Column({ name: 'title', type: 'text' })
  title!: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ name: 'max_renewals', type: 'integer', nullable: true })
  maxRenewals!: number | null;

  @Column({ name: 'max_renewal_months', type: 'integer', nullable: true })
  maxRenewalMonths!: number | null;

  @Column({ name: 'unsure', type: 'boolean', default: false })
  unsure!: boolean;

  @Column({ name: 'note', type: 'text', nullable: true })
  note!: string | null;

  @ManyToOne(() => LicenseTypeRecord)
  @JoinColumn({ name: 'license_type', referencedColumnName: 'code', foreignKeyConstraintName: 'license_legal_basis_license_type_fkey' })
  type?: Relation<LicenseTypeRecord>;
}

/** `license_type_competence`: which level and function of authority may issue a licence type, and since when. */
@Entity('license_type_competence')
@Unique('license_type_competence_license_type_authority_level_author_key', [
  'licenseType',
  'authorityLevel',
  'authorityFunction',
  'validFrom',
])
@Check('license_type_competence_holder_detail_check', `(holder_detail IS NULL) = (holder_detail_values IS NULL)`)
export class LicenseTypeCompetenceRecord {
  @PrimaryGeneratedColumn('identity', {
    name: 'id',
    type: 'integer',
    generatedIdentity: 'ALWAYS',
    primaryKeyConstraintName: 'license_type_competence_pkey',
  })
  id!: number;

  @Column({ name: 'license_type', type: 'text' })
  licenseType!: LicenseType;

  @Column({ name: 'authority_level', type: 'text' })
  authorityLevel!: AuthorityLevel;

  @Column({ name: 'authority_function', type: 'text' })
  authorityFunction!: string;

  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ name: 'unsure', type: 'boolean', default: false })
  unsure!: boolean;

  @Column({ name: 'note', type: 'text', nullable: true })
  note!: string | null;

  /** The row applies only to holders whose kind attribute `holder_detail` (e.g. a postal enterprise's `scope`) is one of… */
  @Column({ name: 'holder_detail', type: 'text', nullable: true })
  holderDetail!: string | null;

  /** …these values (e.g. INTRA_PROVINCIAL). */
  @Column({ name: 'holder_detail_values', type: 'text', array: true, nullable: true })
  holderDetailValues!: string[] | null;

  @ManyToOne(() => LicenseTypeRecord)
  @JoinColumn({ name: 'license_type', referencedColumnName: 'code', foreignKeyConstraintName: 'license_type_competence_license_type_fkey' })
  type?: Relation<LicenseTypeRecord>;
}

/** `revocation_ground`: the grounds on which a licence type can be revoked. */
@Entity('revocation_ground')
@Check('revocation_ground_bars_reapplication_months_check', `bars_reapplication_months > 0`)
export class RevocationGroundRecord {
  @PrimaryColumn({ name: 'license_type', type: 'text', primaryKeyConstraintName: 'revocation_ground_pkey' })
  licenseType!: LicenseType;

  @PrimaryColumn({ name: 'code', type: 'text', primaryKeyConstraintName: 'revocation_ground_pkey' })
  code!: string;

  @Column({ name: 'description', type: 'text' })
  description!: string;

  @Column({ name: 'legal_source', type: 'text', nullable: true })
  legalSource!: string | null;

  @Column({ name: 'bars_reapplication_months', type: 'integer', nullable: true })
  barsReapplicationMonths!: number | null;

  @ManyToOne(() => LicenseTypeRecord)
  @JoinColumn({ name: 'license_type', referencedColumnName: 'code', foreignKeyConstraintName: 'revocation_ground_license_type_fkey' })
  type?: Relation<LicenseTypeRecord>;
}

/** `license`: a licence; status, expires_on, number and suspended_until cache its latest event. */
@Entity('license')
@Unique('license_issuing_authority_code_license_type_number_key', ['issuingAuthorityCode', 'licenseType', 'number'])
@Check('license_number_check', `length(number) BETWEEN 1 AND 100`)
@Check('license_check', `effective_from >= issued_on`)
@Check('license_check1', `expires_on >= effective_from`)
@Check('license_conditions_check', `jsonb_typeof(conditions) = 'object'`)
@Check('license_status_check', `status IN ('ACTIVE', 'SUSPENDED', 'REVOKED', 'SURRENDERED')`)
@Index('license_type_status_idx', ['licenseType', 'status', 'expiresOn'])
@Index('license_issued_idx', ['issuedOn', 'id'])
// (holder_id, issued_on DESC, id): TypeORM cannot express a descending key and compares index columns only as a set,
// so it could only ever recreate this index without DESC; left out of its comparison.
@Index('license_holder_idx', { synchronize: false })
// GIN on the expression search_normalize(number) with the pg_trgm operator class `gin_trgm_ops`: TypeORM can express
// neither (and does not even load expression indexes from the database); left out of its comparison.
@Index('license_number_idx', { synchronize: false })
// Statistics (migrations/1765200000000-Statistics.ts), also the read paths of "status on a date" (…-NationalReadPaths):
// licences whose last step is after a date, and the in-force licences in expiry order (partial: TypeORM does not
// compare a WHERE clause it would normalise differently).
@Index('license_last_effective_idx', ['lastEffectiveOn'])
@Index('license_in_force_expiry_idx', { synchronize: false })
// Revoked licences by type, newest first (migrations/1765500000000-PublicListPaths.ts): partial, left out likewise.
@Index('license_revoked_idx', { synchronize: false })
// In-force licences by issue date, then expiry (migrations/1765800000000-ExpiredSkipScan.ts): partial, left out likewise.
@Index('license_in_force_issued_expiry_idx', { synchronize: false })
// Suspended licences by issue date (migrations/1765900000000-SuspendedPaths.ts): partial, left out likewise.
@Index('license_suspended_issued_idx', { synchronize: false })
export class LicenseRecord {
  @PrimaryGeneratedColumn('uuid', { name: 'id', primaryKeyConstraintName: 'license_pkey' })
  id!: string;

  @Column({ name: 'number', type: 'text' })
  number!: string;

  @Column({ name: 'license_type', type: 'text' })
  licenseType!: LicenseType;

  @Column({ name: 'holder_id', type: 'uuid' })
  holderId!: string;

  @Column({ name: 'issuing_authority_code', type: 'text' })
  issuingAuthorityCode!: string;

  @Column({ name: 'legal_basis_code', type: 'text' })
  legalBasisCode!: string;

  @Column({ name: 'decision_number', type: 'text' })
  decisionNumber!: string;

  @Column({ name: 'decision_date', type: 'date' })
  decisionDate!: string;

  @Column({ name: 'signer_name', type: 'text' })
  signerName!: string;

  @Column({ name: 'signer_title', type: 'text' })
  signerTitle!: string;

  @Column({ name: 'issued_on', type: 'date' })
  issuedOn!: string;

  @Column({ name: 'effective_from', type: 'date' })
  effectiveFrom!: string;

  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn!: string | null;

  @Column({ name: 'scope', type: 'text', nullable: true })
  scope!: string | null;

  /** The conditions the type certifies, a JSON object (e.g. { "machineCount": 30 }). */
  @Column({ name: 'conditions', type: 'jsonb', default: {} })
  conditions!: object;

  /** The status the last event left (ACTIVE, SUSPENDED, REVOKED or SURRENDERED; EXPIRED is judged on a date). */
  @Column({ name: 'status', type: 'text' })
  status!: LicenseStatus;

  @Column({ name: 'suspended_until', type: 'date', nullable: true })
  suspendedUntil!: string | null;

  @Column({ name: 'reapply_not_before', type: 'date', nullable: true })
  reapplyNotBefore!: string | null;

  @Column({ name: 'last_effective_on', type: 'date' })
  lastEffectiveOn!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'version', type: 'integer', default: 1 })
  version!: number;

  @ManyToOne(() => LicenseTypeRecord)
  @JoinColumn({ name: 'license_type', referencedColumnName: 'code', foreignKeyConstraintName: 'license_license_type_fkey' })
  type?: Relation<LicenseTypeRecord>;

  @ManyToOne(() => RegulatedEntityRecord)
  @JoinColumn({ name: 'holder_id', referencedColumnName: 'id', foreignKeyConstraintName: 'license_holder_id_fkey' })
  holder?: Relation<RegulatedEntityRecord>;

  @ManyToOne(() => AuthorityRecord)
  @JoinColumn({
    name: 'issuing_authority_code',
    referencedColumnName: 'code',
    foreignKeyConstraintName: 'license_issuing_authority_code_fkey',
  })
  issuingAuthority?: Relation<AuthorityRecord>;

  @ManyToOne(() => LicenseLegalBasisRecord)
  @JoinColumn([
    { name: 'license_type', referencedColumnName: 'licenseType', foreignKeyConstraintName: 'license_license_type_legal_basis_code_fkey' },
    { name: 'legal_basis_code', referencedColumnName: 'code' },
  ])
  legalBasis?: Relation<LicenseLegalBasisRecord>;
}

/** `license_event`: the append-only history of a licence; each event stores the state it leads to. */
@Entity('license_event')
@Unique('license_event_license_id_seq_key', ['licenseId', 'seq'])
@Check('license_event_seq_check', `seq >= 1`)
@Check(
  'license_event_type_check',
  `type IN ('ISSUED', 'AMENDED', 'RENEWED', 'REISSUED', 'SUSPENDED', 'REINSTATED', 'REVOKED', 'SURRENDERED')`,
)
@Check('license_event_resulting_status_check', `resulting_status IN ('ACTIVE', 'SUSPENDED', 'REVOKED', 'SURRENDERED')`)
@Check('license_event_check', `(type = 'ISSUED') = (seq = 1)`)
@Check('license_event_check1', `type <> 'REVOKED' OR ground_code IS NOT NULL`)
@Check('license_event_holder_unit_2024_check', `holder_unit_2024 ~ '^[0-9]{3}([0-9]{2})?$'`)
@Index('license_event_type_idx', ['type', 'effectiveOn'])
// (license_id, effective_on DESC, seq DESC): TypeORM cannot express descending keys and compares index columns only
// as a set, so it could only ever recreate this index without DESC; left out of its comparison.
@Index('license_event_timeline_idx', { synchronize: false })
export class LicenseEventRecord {
  @PrimaryGeneratedColumn('uuid', { name: 'id', primaryKeyConstraintName: 'license_event_pkey' })
  id!: string;

  @Column({ name: 'license_id', type: 'uuid' })
  licenseId!: string;

  @Column({ name: 'seq', type: 'integer' })
  seq!: number;

  @Column({ name: 'type', type: 'text' })
  type!: LicenseEventType;

  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn!: string;

  @Column({ name: 'decision_number', type: 'text' })
  decisionNumber!: string;

  @Column({ name: 'decision_date', type: 'date' })
  decisionDate!: string;

  @Column({ name: 'signer_name', type: 'text' })
  signerName!: string;

  @Column({ name: 'signer_title', type: 'text' })
  signerTitle!: string;

  @Column({ name: 'authority_code', type: 'text' })
  authorityCode!: string;

  @Column({ name: 'reason', type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'ground_code', type: 'text', nullable: true })
  groundCode!: string | null;

  @Column({ name: 'ground_text', type: 'text', nullable: true })
  groundText!: string | null;

  /** For amendments, renewals and reissues: each changed field with { before, after }. */
  @Column({ name: 'changes', type: 'jsonb', nullable: true })
  changes!: object | null;

  @Column({ name: 'resulting_status', type: 'text' })
  resultingStatus!: LicenseStatus;

  @Column({ name: 'expires_on_after', type: 'date', nullable: true })
  expiresOnAfter!: string | null;

  @Column({ name: 'suspended_until', type: 'date', nullable: true })
  suspendedUntil!: string | null;

  @Column({ name: 'reapply_not_before', type: 'date', nullable: true })
  reapplyNotBefore!: string | null;

  @Column({ name: 'number_after', type: 'text' })
  numberAfter!: string;

  /**
   * The holder's 2024 ward or district as the decision names it: recorded when the decision predates 1 Jul 2025 and the
   * holder's 2025 commune was formed from wards of several 2024 districts or provinces.
   */
  @Column({ name: 'holder_unit_2024', type: 'text', nullable: true })
  holderUnit2024!: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt!: Date;

  @Column({ name: 'recorded_by', type: 'text', nullable: true })
  recordedBy!: string | null;

  @ManyToOne(() => LicenseRecord)
  @JoinColumn({ name: 'license_id', referencedColumnName: 'id', foreignKeyConstraintName: 'license_event_license_id_fkey' })
  license?: Relation<LicenseRecord>;

  @ManyToOne(() => AuthorityRecord)
  @JoinColumn({ name: 'authority_code', referencedColumnName: 'code', foreignKeyConstraintName: 'license_event_authority_code_fkey' })
  authority?: Relation<AuthorityRecord>;
}
