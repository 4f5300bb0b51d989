import { AdministrativeUnitMappingRecord, AdministrativeUnitRecord } from '../admin-units/administrative-unit.entity';
import { AuditLogRecord } from '../audit/audit-log.entity';
import { ApiKeyRecord } from '../auth/api-key.entity';
import { AuthorityFunctionRecord, AuthorityRecord } from '../authorities/authority.entity';
import { RegistryCodeCounterRecord, RegulatedEntityRecord } from '../entities/regulated-entity.entity';
import {
  LicenseEventRecord,
  LicenseLegalBasisRecord,
  LicenseRecord,
  LicenseTypeCompetenceRecord,
  LicenseTypeRecord,
  RevocationGroundRecord,
} from '../licenses/license.entity';
import {
  StatisticsEntityCountRecord,
  StatisticsLicenseExpiryRecord,
  StatisticsLicenseStatusRecord,
  StatisticsLicenseStepRecord,
  StatisticsLicenseStepTotalRecord,
} from '../statistics/statistics.entity';
import { SyncChangeRecord, SyncCommitRecord, SyncFeedRecord } from '../sync/sync.entity';

/**
 * TypeORM entity classes, one per table. The tables are created by migrations/ only (never by synchronize); these
 * classes describe them so that TypeORM's schema diff against a migrated database is empty — test/orm-drift.test.ts
 * keeps it so, and `npm run migration:generate` shows what a changed entity needs. They are also the row types of
 * services, loaders and seeders: simple reads and writes go through TypeORM on them, and hand-written SQL selects
 * columnsOf(…) so that its rows have their shape (src/graphql/sql.ts).
 */
export const entities: Function[] = [
  AdministrativeUnitRecord,
  AdministrativeUnitMappingRecord,
  AuthorityRecord,
  AuthorityFunctionRecord,
  RegulatedEntityRecord,
  RegistryCodeCounterRecord,
  ApiKeyRecord,
  AuditLogRecord,
  LicenseTypeRecord,
  LicenseLegalBasisRecord,
  LicenseTypeCompetenceRecord,
  RevocationGroundRecord,
  LicenseRecord,
  LicenseEventRecord,
  StatisticsEntityCountRecord,
  StatisticsLicenseStatusRecord,
  StatisticsLicenseStepRecord,
  StatisticsLicenseStepTotalRecord,
  StatisticsLicenseExpiryRecord,
  SyncChangeRecord,
  SyncCommitRecord,
  SyncFeedRecord,
];
