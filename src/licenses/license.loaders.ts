import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { entityVisibility } from '../auth/jurisdiction';
import { groupBy } from '../graphql/batch';
import type { LoaderScope } from '../graphql/context';
import type { AskedFields } from '../graphql/selection';
import { todayInVietnam } from '../graphql/dates';
import { columnsOf, SqlParams } from '../graphql/sql';
import { LicenseEventRecord, LicenseLegalBasisRecord, LicenseRecord, RevocationGroundRecord } from './license.entity';
import { eventColumns, licenseColumns, licenseStatusAsked } from './license.columns';
import type { LicenseType } from './license.enums';
import { License, LicenseWithStatus, toLicense } from './license.types';

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

/** The select lists of licence and event rows for an operation's fields (made once per operation). */
const licenseSelect = (manager: EntityManager, fields: AskedFields | undefined) =>
  fields
    ? fields.memo('licenseSelect:l', () => columnsOf(manager, LicenseRecord, 'l', licenseColumns(fields)))
    : columnsOf(manager, LicenseRecord, 'l');
const eventSelect = (manager: EntityManager, fields: AskedFields | undefined) =>
  fields
    ? fields.memo('eventSelect:ev', () => columnsOf(manager, LicenseEventRecord, 'ev', eventColumns(fields)))
    : columnsOf(manager, LicenseEventRecord, 'ev');

/**
 * Licences by id and by holder, events by licence: one query per batch, the holder's jurisdiction in the SQL. Each
 * selects only the columns the operation asks for (`scope.fields`, read when the batch runs), and computes the status
 * today (license_status_at) only when it is asked.
 */
export function createLicenseLoaders(scope: LoaderScope) {
  const { manager, viewer } = scope;
  const visibleLicenses = async (column: 'l.id' | 'l.holder_id', keys: readonly string[]) => {
    const p = new SqlParams();
    const keysParam = p.add(keys, 'uuid[]');
    const visible = entityVisibility(viewer, 'e', p);
    const status = licenseStatusAsked(scope.fields) ? `, license_status_at(l, ${p.add(todayInVietnam(), 'date')}) AS "statusToday"` : '';
    return (await manager.query(
      `SELECT ${licenseSelect(manager, scope.fields)}${status}
         FROM license l ${visible === 'TRUE' ? '' : `JOIN regulated_entity e ON e.id = l.holder_id AND ${visible}`}
        WHERE ${column} = ANY(${keysParam})
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
  /** Events oldest first (rows: the licence gives its type, which names a revocation ground; see toLicenseEvent). */
  const events = new DataLoader<string, LicenseEventRecord[]>(async (licenseIds) => {
    const rows = (await manager.query(
      `SELECT ${eventSelect(manager, scope.fields)}
         FROM license_event ev WHERE ev.license_id = ANY($1::uuid[]) ORDER BY ev.license_id, ev.seq`,
      [licenseIds],
    )) as LicenseEventRecord[];
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
