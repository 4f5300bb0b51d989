import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The rollups of migrations/1765200000000-Statistics.ts, written only by its triggers (and `statistics_rebuild()`):
 * the service reads them, nothing in TypeScript writes them.
 *
 * Not visible to TypeORM: the composite type `statistics_fact`, the functions `statistics_license_facts`,
 * `statistics_attributed`, `statistics_apply`, `statistics_rebuild` and the triggers that call them.
 */

/** Entities by kind, registry status and address cell ('' where the address has no such unit). */
@Entity('statistics_entity_count')
export class StatisticsEntityCountRecord {
  @PrimaryColumn({ name: 'kind', type: 'text', primaryKeyConstraintName: 'statistics_entity_count_pkey' })
  kind!: string;

  @PrimaryColumn({ name: 'status', type: 'text', primaryKeyConstraintName: 'statistics_entity_count_pkey' })
  status!: string;

  @PrimaryColumn({ name: 'unit_version', type: 'smallint', primaryKeyConstraintName: 'statistics_entity_count_pkey' })
  unitVersion!: number;

  @PrimaryColumn({ name: 'ward_code', type: 'text', primaryKeyConstraintName: 'statistics_entity_count_pkey' })
  wardCode!: string;

  @PrimaryColumn({ name: 'district_code', type: 'text', primaryKeyConstraintName: 'statistics_entity_count_pkey' })
  districtCode!: string;

  @PrimaryColumn({ name: 'commune_code_2025', type: 'text', primaryKeyConstraintName: 'statistics_entity_count_pkey' })
  communeCode2025!: string;

  @PrimaryColumn({ name: 'province_code_2025', type: 'text', primaryKeyConstraintName: 'statistics_entity_count_pkey' })
  provinceCode2025!: string;

  @Column({ name: 'n', type: 'integer' })
  n!: number;
}

/** Per-day changes of the number of licences in a status, summed by year, month and day (scope P, D or C). */
@Entity('statistics_license_status')
@Check('statistics_license_status_scope_check', `scope IN ('P', 'D', 'C')`)
@Check('statistics_license_status_grain_check', `grain IN ('Y', 'M', 'D')`)
export class StatisticsLicenseStatusRecord {
  @PrimaryColumn({ name: 'scope', type: 'text', primaryKeyConstraintName: 'statistics_license_status_pkey' })
  scope!: string;

  @PrimaryColumn({ name: 'unit_code', type: 'text', primaryKeyConstraintName: 'statistics_license_status_pkey' })
  unitCode!: string;

  @PrimaryColumn({ name: 'grain', type: 'text', primaryKeyConstraintName: 'statistics_license_status_pkey' })
  grain!: string;

  @PrimaryColumn({ name: 'bucket', type: 'date', primaryKeyConstraintName: 'statistics_license_status_pkey' })
  bucket!: string;

  @PrimaryColumn({ name: 'kind', type: 'text', primaryKeyConstraintName: 'statistics_license_status_pkey' })
  kind!: string;

  @PrimaryColumn({ name: 'license_type', type: 'text', primaryKeyConstraintName: 'statistics_license_status_pkey' })
  licenseType!: string;

  @PrimaryColumn({ name: 'status', type: 'text', primaryKeyConstraintName: 'statistics_license_status_pkey' })
  status!: string;

  @Column({ name: 'n', type: 'integer' })
  n!: number;
}

/** Licence steps taking effect, by day, ISO week, month and year, with the revocation ground ('' for other steps). */
@Entity('statistics_license_step')
@Check('statistics_license_step_scope_check', `scope IN ('P', 'D', 'C')`)
@Check('statistics_license_step_grain_check', `grain IN ('Y', 'M', 'W', 'D')`)
export class StatisticsLicenseStepRecord {
  @PrimaryColumn({ name: 'scope', type: 'text', primaryKeyConstraintName: 'statistics_license_step_pkey' })
  scope!: string;

  @PrimaryColumn({ name: 'unit_code', type: 'text', primaryKeyConstraintName: 'statistics_license_step_pkey' })
  unitCode!: string;

  @PrimaryColumn({ name: 'grain', type: 'text', primaryKeyConstraintName: 'statistics_license_step_pkey' })
  grain!: string;

  @PrimaryColumn({ name: 'bucket', type: 'date', primaryKeyConstraintName: 'statistics_license_step_pkey' })
  bucket!: string;

  @PrimaryColumn({ name: 'kind', type: 'text', primaryKeyConstraintName: 'statistics_license_step_pkey' })
  kind!: string;

  @PrimaryColumn({ name: 'license_type', type: 'text', primaryKeyConstraintName: 'statistics_license_step_pkey' })
  licenseType!: string;

  @PrimaryColumn({ name: 'step', type: 'text', primaryKeyConstraintName: 'statistics_license_step_pkey' })
  step!: string;

  @PrimaryColumn({ name: 'ground_code', type: 'text', primaryKeyConstraintName: 'statistics_license_step_pkey' })
  groundCode!: string;

  @Column({ name: 'n', type: 'integer' })
  n!: number;
}

/** The same steps without holder kind and licence type: the series that neither group nor filter by them read these. */
@Entity('statistics_license_step_total')
@Check('statistics_license_step_total_scope_check', `scope IN ('P', 'D', 'C')`)
@Check('statistics_license_step_total_grain_check', `grain IN ('Y', 'M', 'W', 'D')`)
export class StatisticsLicenseStepTotalRecord {
  @PrimaryColumn({ name: 'scope', type: 'text', primaryKeyConstraintName: 'statistics_license_step_total_pkey' })
  scope!: string;

  @PrimaryColumn({ name: 'unit_code', type: 'text', primaryKeyConstraintName: 'statistics_license_step_total_pkey' })
  unitCode!: string;

  @PrimaryColumn({ name: 'grain', type: 'text', primaryKeyConstraintName: 'statistics_license_step_total_pkey' })
  grain!: string;

  @PrimaryColumn({ name: 'bucket', type: 'date', primaryKeyConstraintName: 'statistics_license_step_total_pkey' })
  bucket!: string;

  @PrimaryColumn({ name: 'step', type: 'text', primaryKeyConstraintName: 'statistics_license_step_total_pkey' })
  step!: string;

  @PrimaryColumn({ name: 'ground_code', type: 'text', primaryKeyConstraintName: 'statistics_license_step_total_pkey' })
  groundCode!: string;

  @Column({ name: 'n', type: 'integer' })
  n!: number;
}

/** Licences left in force by their last step, by expiry date (year, month, day sums). */
@Entity('statistics_license_expiry')
@Check('statistics_license_expiry_scope_check', `scope IN ('P', 'D', 'C')`)
@Check('statistics_license_expiry_grain_check', `grain IN ('Y', 'M', 'D')`)
export class StatisticsLicenseExpiryRecord {
  @PrimaryColumn({ name: 'scope', type: 'text', primaryKeyConstraintName: 'statistics_license_expiry_pkey' })
  scope!: string;

  @PrimaryColumn({ name: 'unit_code', type: 'text', primaryKeyConstraintName: 'statistics_license_expiry_pkey' })
  unitCode!: string;

  @PrimaryColumn({ name: 'grain', type: 'text', primaryKeyConstraintName: 'statistics_license_expiry_pkey' })
  grain!: string;

  @PrimaryColumn({ name: 'bucket', type: 'date', primaryKeyConstraintName: 'statistics_license_expiry_pkey' })
  bucket!: string;

  @PrimaryColumn({ name: 'kind', type: 'text', primaryKeyConstraintName: 'statistics_license_expiry_pkey' })
  kind!: string;

  @PrimaryColumn({ name: 'license_type', type: 'text', primaryKeyConstraintName: 'statistics_license_expiry_pkey' })
  licenseType!: string;

  @Column({ name: 'n', type: 'integer' })
  n!: number;
}
