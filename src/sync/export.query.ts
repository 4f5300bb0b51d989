import { DateTimeResolver } from 'graphql-scalars';
import type { EntityManager } from 'typeorm';
import { AdministrativeUnitRecord } from '../admin-units/administrative-unit.entity';
import { Role } from '../auth/roles';
import { entityVisibility } from '../auth/jurisdiction';
import type { Viewer } from '../auth/viewer';
import { EntityKind } from '../entities/entity-kind';
import { BadInput, FieldProblem } from '../graphql/errors';
import { columnsOf, SqlParams } from '../graphql/sql';
import { AuditLogRecord } from '../audit/audit-log.entity';
import { EXPORT_FILE_NAMES, ExportFile } from './change.enums';
import { FILE_ALONE, FILE_FROM, recordJsonSql } from './records';

/** The files of GET /export/<name>.ndjson: the registry's three tables, and the audit log (ADMIN). */
export type ExportName = ExportFile | 'AUDIT_LOG';
export const EXPORT_NAMES: Record<string, ExportName> = {
  ...Object.fromEntries(Object.entries(EXPORT_FILE_NAMES).map(([file, name]) => [name, file as ExportFile])),
  'audit-log': 'AUDIT_LOG',
};

/** Who may download each file. */
export const EXPORT_ROLES: Record<ExportName, Role[]> = {
  [ExportFile.ENTITIES]: [Role.MINISTRY_SYSTEM],
  [ExportFile.LICENSES]: [Role.MINISTRY_SYSTEM],
  [ExportFile.LICENSE_EVENTS]: [Role.MINISTRY_SYSTEM],
  AUDIT_LOG: [Role.ADMIN],
};

/** The optional filters of a data export (query string), parsed. */
export interface ExportFilters {
  kinds?: EntityKind[];
  unit?: string;
  changedSince?: Date;
}

/** The optional filters of the audit-log export. */
export interface AuditExportFilters {
  from?: Date;
  to?: Date;
  actorRole?: Role;
}

type Query = Record<string, unknown>;

/** Values of a query parameter given once, repeated, or comma-separated. */
function values(q: Query, name: string): string[] {
  const raw = q[name];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.flatMap((v) => (typeof v === 'string' ? v.split(',') : [''])).map((v) => v.trim());
}

function instant(q: Query, name: string, problems: FieldProblem[]): Date | undefined {
  const [v, ...more] = values(q, name);
  if (v === undefined) return undefined;
  try {
    if (more.length) throw new Error();
    return DateTimeResolver.parseValue(v) as Date;
  } catch {
    problems.push({ field: name, message: 'must be one ISO 8601 instant with its offset, e.g. 2026-01-31T00:00:00Z' });
    return undefined;
  }
}

function unknownParameters(q: Query, known: string[], problems: FieldProblem[]): void {
  for (const k of Object.keys(q))
    if (!known.includes(k)) problems.push({ field: k, message: `is not a parameter of this export (${known.join(', ')})` });
}

/** Reads and checks a data export's query string (BAD_USER_INPUT with every problem at once). */
export async function parseExportFilters(manager: EntityManager, q: Query): Promise<ExportFilters> {
  const problems: FieldProblem[] = [];
  unknownParameters(q, ['kind', 'unit', 'changedSince'], problems);
  const f: ExportFilters = {};
  const kinds = values(q, 'kind');
  if (kinds.length) {
    const bad = kinds.filter((k) => !(k in EntityKind));
    if (bad.length)
      problems.push({ field: 'kind', message: `is not an entity kind: ${bad.join(', ')} (one of ${Object.keys(EntityKind).join(', ')})` });
    else f.kinds = [...new Set(kinds)] as EntityKind[];
  }
  const units = values(q, 'unit');
  if (units.length > 1) problems.push({ field: 'unit', message: 'give one unit' });
  else if (units.length === 1) {
    const code = units[0];
    const exists = /^(\d{2}|\d{3}|\d{5})$/.test(code) && (await manager.existsBy(AdministrativeUnitRecord, { code }));
    if (!exists)
      problems.push({
        field: 'unit',
        message: 'is not an official unit code (2-digit province, 3-digit 2024 district, 5-digit ward or commune)',
      });
    else f.unit = code;
  }
  f.changedSince = instant(q, 'changedSince', problems);
  if (problems.length) throw new BadInput(problems);
  return f;
}

export function parseAuditExportFilters(q: Query): AuditExportFilters {
  const problems: FieldProblem[] = [];
  unknownParameters(q, ['from', 'to', 'actorRole'], problems);
  const f: AuditExportFilters = { from: instant(q, 'from', problems), to: instant(q, 'to', problems) };
  const roles = values(q, 'actorRole');
  if (roles.length > 1 || (roles.length === 1 && !(roles[0] in Role)))
    problems.push({ field: 'actorRole', message: `must be one of ${Object.keys(Role).join(', ')}` });
  else if (roles.length === 1) f.actorRole = roles[0] as Role;
  if (problems.length) throw new BadInput(problems);
  return f;
}

/**
 * The SELECT of a data export: one `json` text column per row (records.ts), the viewer's jurisdiction and the filters
 * in the SQL. No ORDER BY: a sequential scan streams in constant memory at the disk's pace; a consumer keys rows by id.
 */
export function exportSql(manager: EntityManager, file: ExportFile, f: ExportFilters, viewer: Viewer): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  const visibility = entityVisibility(viewer, 'e', p);
  const where = visibility === 'TRUE' ? [] : [visibility];
  if (f.kinds) where.push(`e.kind = ANY(${p.add(f.kinds, 'text[]')})`);
  if (f.unit) {
    const c = p.add(f.unit);
    if (f.unit.length === 2) where.push(`(e.province_code = ${c} OR e.province_code_2025 = ${c})`);
    else if (f.unit.length === 3) where.push(`e.district_code = ${c}`);
    else where.push(`(e.ward_code = ${c} OR e.commune_code_2025 = ${c})`);
  }
  if (f.changedSince) {
    const column = {
      [ExportFile.ENTITIES]: 'e.updated_at',
      [ExportFile.LICENSES]: 'l.updated_at',
      [ExportFile.LICENSE_EVENTS]: 'ev.recorded_at',
    }[file];
    where.push(`${column} >= ${p.add(f.changedSince, 'timestamptz')}`);
  }
  // The whole registry (a ministry system sees every entity) with no holder filter: the file's own table alone. Joining
  // every event to its licence and holder cost ~40 % of the export's time for nothing.
  const readsHolder = visibility !== 'TRUE' || f.kinds !== undefined || f.unit !== undefined;
  const from = readsHolder ? FILE_FROM[file] : FILE_ALONE[file];
  return {
    sql: recordJsonSql(manager, file, viewer, from, where),
    params: p.values,
  };
}

/** The SELECT of the audit-log export, oldest first (rows as AuditLogRecord; the router masks personal data). */
export function auditExportSql(manager: EntityManager, f: AuditExportFilters): { sql: string; params: unknown[] } {
  const p = new SqlParams();
  const where: string[] = [];
  if (f.from) where.push(`a.occurred_at >= ${p.add(f.from, 'timestamptz')}`);
  if (f.to) where.push(`a.occurred_at < ${p.add(f.to, 'timestamptz')}`);
  if (f.actorRole) where.push(`a.actor_role = ${p.add(f.actorRole)}`);
  return {
    sql: `SELECT ${columnsOf(manager, AuditLogRecord, 'a')} FROM audit_log a ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.id`,
    params: p.values,
  };
}
