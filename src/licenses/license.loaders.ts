import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { entityVisibility } from '../auth/jurisdiction';
import type { Viewer } from '../auth/viewer';
import { groupBy } from '../graphql/batch';
import { todayInVietnam } from '../graphql/dates';
import { columnsOf, SqlParams } from '../graphql/sql';
import { LicenseEventRecord, LicenseLegalBasisRecord, LicenseRecord, RevocationGroundRecord } from './license.entity';
import type { LicenseType } from './license.enums';
import { License, LicenseEventWithType, LicenseWithStatus, toLicense } from './license.types';

/** The key of a row that belongs to a licence type (a legal basis, a revocation ground). */
export interface TypeRowKey {
  licenseType: LicenseType;
  code: string;
}
const typeRowKeyText = (k: TypeRowKey) => `${k.licenseType}:${k.code}`;

/** Rows of a (license_type, code) table by key: `IN (SELECT * FROM unnest(…))`, which its primary key serves. */
function byTypeRowKey<T extends TypeRowKey>(manager: EntityManager, record: new () => T) {
  const table = manager.dataSource.getMetadata(record).tableName;
  return new DataLoader<TypeRowKey, T | null, string>(
    async (keys) => {
      const rows = (await manager.query(
        `SELECT ${columnsOf(manager, record, 'r')} FROM ${table} r
          WHERE (r.license_type, r.code) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
        [keys.map((k) => k.licenseType), keys.map((k) => k.code)],
      )) as T[];
      const map = new Map(rows.map((r) => [typeRowKeyText(r), r]));
      return keys.map((k) => map.get(typeRowKeyText(k)) ?? null);
    },
    { cacheKeyFn: typeRowKeyText },
  );
}

/** Licences by id and by holder, events by licence: one query per batch, the holder's jurisdiction in the SQL. */
export function createLicenseLoaders(manager: EntityManager, viewer: Viewer) {
  const visibleLicenses = async (column: 'l.id' | 'l.holder_id', keys: readonly string[]) => {
    const p = new SqlParams();
    const keysParam = p.add(keys, 'uuid[]');
    const today = p.add(todayInVietnam(), 'date');
    return (await manager.query(
      `SELECT ${columnsOf(manager, LicenseRecord, 'l')}, license_status_on(l.id, ${today}) AS "statusToday"
         FROM license l JOIN regulated_entity e ON e.id = l.holder_id
        WHERE ${column} = ANY(${keysParam}) AND ${entityVisibility(viewer, 'e', p)}
        ORDER BY l.issued_on DESC, l.id`,
      p.values,
    )) as LicenseWithStatus[];
  };
  const byId = new DataLoader<string, License | null>(async (ids) => {
    const map = new Map((await visibleLicenses('l.id', ids)).map((r) => [r.id, toLicense(r)]));
    return ids.map((id) => map.get(id) ?? null);
  });
  const byHolder = new DataLoader<string, License[]>(async (holderIds) => {
    const byHolderId = groupBy(await visibleLicenses('l.holder_id', holderIds), (r) => r.holderId);
    return holderIds.map((h) => (byHolderId.get(h) ?? []).map(toLicense));
  });
  /** Events oldest first; with the licence type, which names a revocation ground. */
  const events = new DataLoader<string, LicenseEventWithType[]>(async (licenseIds) => {
    const rows = (await manager.query(
      `SELECT ${columnsOf(manager, LicenseEventRecord, 'ev')}, l.license_type AS "licenseType"
         FROM license_event ev JOIN license l ON l.id = ev.license_id
        WHERE ev.license_id = ANY($1::uuid[]) ORDER BY ev.seq`,
      [licenseIds],
    )) as LicenseEventWithType[];
    const byLicense = groupBy(rows, (r) => r.licenseId);
    return licenseIds.map((id) => byLicense.get(id) ?? []);
  });
  const ground = byTypeRowKey(manager, RevocationGroundRecord);
  const basis = byTypeRowKey(manager, LicenseLegalBasisRecord);
  return { byId, byHolder, events, ground, basis };
}
export type LicenseLoaders = ReturnType<typeof createLicenseLoaders>;

declare module '../graphql/context' {
  interface Loaders {
    licenses: LicenseLoaders;
  }
}
