import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { entityVisibility } from '../auth/jurisdiction';
import type { Viewer } from '../auth/viewer';
import { todayInVietnam } from '../graphql/dates';
import { SqlParams } from '../graphql/sql';
import { EVENT_COLUMNS, License, LicenseEventRow, LICENSE_COLUMNS, LicenseRow, toLicense } from './license.types';

export interface GroundRow {
  license_type: string;
  code: string;
  description: string;
  legal_source: string | null;
  bars_reapplication_months: number | null;
}
export interface BasisRow {
  license_type: string;
  code: string;
  title: string;
  valid_from: string;
  valid_to: string | null;
  max_renewals: number | null;
  max_renewal_months: number | null;
  unsure: boolean;
}

/** Licences by id and by holder, events by licence: one query per batch, the holder's jurisdiction in the SQL. */
export function createLicenseLoaders(manager: EntityManager, viewer: Viewer) {
  const visibleLicenses = async (column: 'l.id' | 'l.holder_id', keys: readonly string[]) => {
    const p = new SqlParams();
    const keysParam = p.add(keys, 'uuid[]');
    const today = p.add(todayInVietnam(), 'date');
    return (await manager.query(
      `SELECT ${LICENSE_COLUMNS}, license_status_on(l.id, ${today}) AS status_today
         FROM license l JOIN regulated_entity e ON e.id = l.holder_id
        WHERE ${column} = ANY(${keysParam}) AND ${entityVisibility(viewer, 'e', p)}
        ORDER BY l.issued_on DESC, l.id`,
      p.values,
    )) as LicenseRow[];
  };
  const byId = new DataLoader<string, License | null>(async (ids) => {
    const map = new Map((await visibleLicenses('l.id', ids)).map((r) => [r.id, toLicense(r)]));
    return ids.map((id) => map.get(id) ?? null);
  });
  const byHolder = new DataLoader<string, License[]>(async (holderIds) => {
    const rows = await visibleLicenses('l.holder_id', holderIds);
    return holderIds.map((h) => rows.filter((r) => r.holder_id === h).map(toLicense));
  });
  const events = new DataLoader<string, (LicenseEventRow & { license_type: string })[]>(async (licenseIds) => {
    const rows = (await manager.query(
      `SELECT ${EVENT_COLUMNS}, l.license_type FROM license_event ev JOIN license l ON l.id = ev.license_id
        WHERE ev.license_id = ANY($1::uuid[]) ORDER BY ev.seq`,
      [licenseIds],
    )) as (LicenseEventRow & { license_type: string })[];
    return licenseIds.map((id) => rows.filter((r) => r.license_id === id));
  });
  const ground = new DataLoader<string, GroundRow | null>(async (keys) => {
    const rows = (await manager.query(
      `SELECT license_type, code, description, legal_source, bars_reapplication_months FROM revocation_ground
        WHERE (license_type || ':' || code) = ANY($1::text[])`,
      [keys],
    )) as GroundRow[];
    return keys.map((k) => rows.find((r) => `${r.license_type}:${r.code}` === k) ?? null);
  });
  const basis = new DataLoader<string, BasisRow | null>(async (keys) => {
    const rows = (await manager.query(
      `SELECT license_type, code, title, valid_from, valid_to, max_renewals, max_renewal_months, unsure FROM license_legal_basis
        WHERE (license_type || ':' || code) = ANY($1::text[])`,
      [keys],
    )) as BasisRow[];
    return keys.map((k) => rows.find((r) => `${r.license_type}:${r.code}` === k) ?? null);
  });
  return { byId, byHolder, events, ground, basis };
}
export type LicenseLoaders = ReturnType<typeof createLicenseLoaders>;

declare module '../graphql/context' {
  interface Loaders {
    licenses: LicenseLoaders;
  }
}
