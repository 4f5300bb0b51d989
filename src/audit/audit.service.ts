import { ConnectionValue, keysetPage, PageArgs } from '../graphql/connection';
import type { RequestContext } from '../graphql/context';
import { BadInput } from '../graphql/errors';
import { columnsOf, SqlParams } from '../graphql/sql';
import { AuditLogRecord } from './audit-log.entity';
import { AuditEntry, AuditFilter } from './audit.types';
import { auditJsonFor } from './personal-data';
import type { Viewer } from '../auth/viewer';

export interface AuditWrite {
  operation: string;
  recordType: string;
  recordId: string;
  before?: object | null;
  after?: object | null;
  legalBasis?: string | null;
  /** A data-sharing read: what was asked for. */
  filters?: object | null;
  /** A data-sharing read: how many registry rows it released. */
  rowsReleased?: number | null;
}

/** Appends one row to the audit log on the caller's transaction (the table rejects UPDATE and DELETE). */
export async function writeAudit(ctx: Pick<RequestContext, 'manager' | 'viewer' | 'requestId'>, entry: AuditWrite): Promise<void> {
  await ctx.manager.insert(AuditLogRecord, {
    actorKeyId: ctx.viewer.keyId,
    actorLabel: ctx.viewer.label,
    actorRole: ctx.viewer.role,
    requestId: ctx.requestId,
    operation: entry.operation,
    recordType: entry.recordType,
    recordId: entry.recordId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    legalBasis: entry.legalBasis ?? null,
    filters: entry.filters ?? null,
    rowsReleased: entry.rowsReleased ?? null,
  });
}

/** The audit log, newest first, as a keyset connection. */
export async function listAuditEntries(
  ctx: RequestContext,
  args: { filter?: AuditFilter | null; page: PageArgs },
): Promise<ConnectionValue<AuditEntry>> {
  const f = args.filter ?? {};
  const p = new SqlParams();
  const where: string[] = [];
  // A filter given empty names nothing: refused (as licenses' holderId: ""), where a truthiness test read it as "no
  // filter" and listed every entry.
  const exact = { recordType: 'a.record_type', recordId: 'a.record_id', operation: 'a.operation' } as const;
  for (const [name, column] of Object.entries(exact) as [keyof typeof exact, string][]) {
    const value = f[name];
    if (value == null) continue;
    if (value.trim() === '') throw BadInput.field(`filter.${name}`, 'is empty: leave it out to list every entry');
    where.push(`${column} = ${p.add(value)}`);
  }
  if (f.actorRole) where.push(`a.actor_role = ${p.add(f.actorRole)}`);
  // As text, like revokeApiKey: an id that is no key's matches nothing (rather than failing the uuid cast).
  if (f.apiKeyId) where.push(`a.actor_key_id::text = ${p.add(f.apiKeyId)}`);
  if (f.from) where.push(`a.occurred_at >= ${p.add(f.from, 'timestamptz')}`);
  if (f.to) where.push(`a.occurred_at < ${p.add(f.to, 'timestamptz')}`);
  const page = await keysetPage<AuditLogRecord>(ctx.manager, {
    select: columnsOf(ctx.manager, AuditLogRecord, 'a'),
    from: 'audit_log a',
    where,
    params: p,
    sort: { name: 'id', expression: 'a.id', cast: 'bigint', direction: 'DESC' },
    idColumn: 'a.id',
    idCast: 'bigint',
    page: args.page,
  });
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toAuditEntry(e.node, ctx.viewer) })) };
}

/** Personal data in before/after is null for a role without the need (ADMIN), as everywhere else. */
function toAuditEntry(r: AuditLogRecord, viewer: Viewer): AuditEntry {
  return {
    id: String(r.id),
    occurredAt: r.occurredAt,
    actorRole: r.actorRole,
    actorLabel: r.actorLabel,
    apiKeyId: r.actorKeyId,
    requestId: r.requestId,
    operation: r.operation,
    recordType: r.recordType,
    recordId: r.recordId,
    before: auditJsonFor(viewer, r.before),
    after: auditJsonFor(viewer, r.after),
    legalBasis: r.legalBasis,
    filters: r.filters,
    rowsReleased: r.rowsReleased,
  };
}
