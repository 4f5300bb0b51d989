import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, type Relation, Unique } from 'typeorm';
import { AdministrativeUnitRecord } from '../admin-units/administrative-unit.entity';
import type { EntityKind, EntityStatus, LegalForm } from './entity-kind';

/**
 * The generated columns of `regulated_entity`: `GENERATED ALWAYS AS (<expression>) STORED` in the migration.
 *
 * They are declared in RegulatedEntityRecord as read-only columns WITHOUT TypeORM's `generatedType`/`asExpression`:
 * TypeORM knows a generated column's expression only through rows of its own table `typeorm_metadata`, which it would
 * create on every migration run as soon as any entity declares a generated column (the schema comes from the migrations
 * only, and they do not create it); and it cannot even load a table with a generated column without that table.
 * test/orm-drift.test.ts checks these expressions against the database with PostgreSQL itself.
 */
export const REGULATED_ENTITY_GENERATED_COLUMNS: Readonly<Record<string, string>> = {
  name_sort: `search_normalize(name)`,
  search_text: `search_normalize(name || ' ' || registry_code || ' ' || coalesce(tax_code, '') || ' ' || street)`,
};

/**
 * `regulated_entity` as migrations/1764100000000-Foundation.ts creates it: the one description of its rows (the type
 * services, loaders and the demo seeder read and write), checked against the database by test/orm-drift.test.ts.
 *
 * `synchronize: false`: TypeORM's schema builder (and so `migration:generate`) skips this table, because loading a
 * table with a generated column fails without `typeorm_metadata` ('relation "typeorm_metadata" does not exist', see
 * REGULATED_ENTITY_GENERATED_COLUMNS). test/orm-drift.test.ts still diffs it in full, in its throwaway database.
 *
 * Not visible to TypeORM: the trigger `regulated_entity_derive_units` (and its function) that fills district_code,
 * province_code, commune_code_2025 and province_code_2025 from the ward; the function `search_normalize`.
 */
@Entity('regulated_entity', { synchronize: false })
@Unique('regulated_entity_registry_code_key', ['registryCode'])
@Check(
  'regulated_entity_kind_check',
  `kind IN ('PRINTING_ESTABLISHMENT', 'PUBLISHER', 'POSTAL_ENTERPRISE', 'TELECOM_OPERATOR', 'GAME_SERVICE_POINT', 'INTERNET_ACCESS_POINT', 'IT_ENTERPRISE', 'RADIO_FREQUENCY_USER', 'INFORMATION_PROVIDER')`,
)
@Check('regulated_entity_name_check', `length(name) BETWEEN 1 AND 255`)
@Check(
  'regulated_entity_legal_form_check',
  `legal_form IN ('ENTERPRISE', 'BRANCH', 'PUBLIC_UNIT', 'COOPERATIVE', 'HOUSEHOLD_BUSINESS', 'INDIVIDUAL', 'OTHER_ORGANISATION')`,
)
@Check('regulated_entity_tax_code_check', `tax_code ~ '^[0-9]{10}(-[0-9]{3})?$'`)
@Check('regulated_entity_latitude_check', `latitude BETWEEN -90 AND 90`)
@Check('regulated_entity_longitude_check', `longitude BETWEEN -180 AND 180`)
@Check('regulated_entity_details_check', `jsonb_typeof(details) = 'object'`)
@Check('regulated_entity_status_check', `status IN ('ACTIVE', 'DEREGISTERED')`)
@Check('regulated_entity_check', `(status = 'DEREGISTERED') = (deregistered_on IS NOT NULL)`)
@Index('regulated_entity_kind_status_idx', ['kind', 'status', 'nameSort', 'id'])
@Index('regulated_entity_district_idx', ['districtCode', 'kind', 'status', 'nameSort', 'id'])
@Index('regulated_entity_kind_name_idx', ['kind', 'nameSort', 'id'])
@Index('regulated_entity_commune_idx', ['communeCode2025', 'kind', 'nameSort', 'id'])
@Index('regulated_entity_ward_idx', ['unitVersion', 'wardCode'])
@Index('regulated_entity_name_idx', ['nameSort', 'id'])
@Index('regulated_entity_created_idx', ['createdAt', 'id'])
@Index('regulated_entity_updated_idx', ['updatedAt', 'id'])
// GIN index with the pg_trgm operator class `gin_trgm_ops`: TypeORM can neither express the operator class nor
// compare it (it would recreate a plain GIN index), so it is left out of its comparison.
@Index('regulated_entity_search_idx', { synchronize: false })
// Partial unique index (kind, tax_code) WHERE status = 'ACTIVE' AND tax_code is a 10-digit enterprise code, and the expression
// index left(tax_code, 10) (migrations/1765300000000-TheLawCloser.ts): TypeORM neither loads expression indexes nor
// compares index predicates reliably, so both are left out of its comparison.
@Index('regulated_entity_enterprise_code_key', { synchronize: false })
@Index('regulated_entity_enterprise_idx', { synchronize: false })
export class RegulatedEntityRecord {
  @PrimaryGeneratedColumn('uuid', { name: 'id', primaryKeyConstraintName: 'regulated_entity_pkey' })
  id!: string;

  @Column({ name: 'kind', type: 'text' })
  kind!: EntityKind;

  @Column({ name: 'registry_code', type: 'text' })
  registryCode!: string;

  @Column({ name: 'name', type: 'text' })
  name!: string;

  @Column({ name: 'legal_form', type: 'text' })
  legalForm!: LegalForm;

  @Column({ name: 'tax_code', type: 'text', nullable: true })
  taxCode!: string | null;

  @Column({ name: 'representative_name', type: 'text', nullable: true })
  representativeName!: string | null;

  @Column({ name: 'representative_title', type: 'text', nullable: true })
  representativeTitle!: string | null;

  @Column({ name: 'representative_id_number', type: 'text', nullable: true })
  representativeIdNumber!: string | null;

  @Column({ name: 'representative_phone', type: 'text', nullable: true })
  representativePhone!: string | null;

  @Column({ name: 'representative_address', type: 'text', nullable: true })
  representativeAddress!: string | null;

  @Column({ name: 'contact_phone', type: 'text', nullable: true })
  contactPhone!: string | null;

  @Column({ name: 'contact_email', type: 'text', nullable: true })
  contactEmail!: string | null;

  @Column({ name: 'website', type: 'text', nullable: true })
  website!: string | null;

  @Column({ name: 'street', type: 'text' })
  street!: string;

  @Column({ name: 'unit_version', type: 'smallint' })
  unitVersion!: number;

  @Column({ name: 'ward_code', type: 'text' })
  wardCode!: string;

  /** Derived by the trigger. */
  @Column({ name: 'district_code', type: 'text', nullable: true })
  districtCode!: string | null;

  /** Derived by the trigger (NOT NULL: the trigger always sets it). */
  @Column({ name: 'province_code', type: 'text' })
  provinceCode!: string;

  /** Derived by the trigger. */
  @Column({ name: 'commune_code_2025', type: 'text', nullable: true })
  communeCode2025!: string | null;

  /** Derived by the trigger. */
  @Column({ name: 'province_code_2025', type: 'text', nullable: true })
  provinceCode2025!: string | null;

  @Column({ name: 'latitude', type: 'double precision', nullable: true })
  latitude!: number | null;

  @Column({ name: 'longitude', type: 'double precision', nullable: true })
  longitude!: number | null;

  @Column({ name: 'notes', type: 'text', nullable: true })
  notes!: string | null;

  @Column({ name: 'details', type: 'jsonb', default: {} })
  /** The kind's own attributes, a JSON object shaped as its details class (KindSpec.detailsType). */
  details!: object;

  @Column({ name: 'status', type: 'text', default: 'ACTIVE' })
  status!: EntityStatus;

  @Column({ name: 'deregistered_on', type: 'date', nullable: true })
  deregisteredOn!: string | null;

  @Column({ name: 'deregistration_reason', type: 'text', nullable: true })
  deregistrationReason!: string | null;

  /** Generated: REGULATED_ENTITY_GENERATED_COLUMNS.name_sort. Sorts and seeks lists in SQL; never loaded. */
  @Column({ name: 'name_sort', type: 'text', nullable: true, insert: false, update: false, select: false })
  nameSort?: string | null;

  /** Generated: REGULATED_ENTITY_GENERATED_COLUMNS.search_text. Searched in SQL; never loaded. */
  @Column({ name: 'search_text', type: 'text', nullable: true, insert: false, update: false, select: false })
  searchText?: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'version', type: 'integer', default: 1 })
  version!: number;

  @ManyToOne(() => AdministrativeUnitRecord)
  @JoinColumn([
    { name: 'unit_version', referencedColumnName: 'version', foreignKeyConstraintName: 'regulated_entity_unit_version_ward_code_fkey' },
    { name: 'ward_code', referencedColumnName: 'code' },
  ])
  ward?: Relation<AdministrativeUnitRecord>;
}

/** `registry_code_counter`: the last registry code issued per prefix (locked by the registering transaction). */
@Entity('registry_code_counter')
export class RegistryCodeCounterRecord {
  @PrimaryColumn({ name: 'prefix', type: 'text', primaryKeyConstraintName: 'registry_code_counter_pkey' })
  prefix!: string;

  @Column({ name: 'last_value', type: 'integer' })
  lastValue!: number;
}
