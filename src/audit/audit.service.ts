import type { RequestContext } from '../graphql/context';

export interface AuditEntry {
  operation: string;
  recordType: string;
  recordId: string;
  before?: unknown;
  after?: unknown;
  legalBasis?: string | null;
}

/** Appends one row to the audit log on the caller's transaction (the table rejects UPDATE and DELETE). */
export async function writeAudit(ctx: RequestContext, entry: AuditEntry): Promise<void> {
  await ctx.manager.query(
    `INSERT INTO audit_log (actor_key_id, actor_label, actor_role, request_id, operation, record_type, record_id, before, after, legal_basis)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10)`,
    [
      ctx.viewer.keyId,
      ctx.viewer.label,
      ctx.viewer.role,
      ctx.requestId,
      entry.operation,
      entry.recordType,
      entry.recordId,
      entry.before === undefined ? null : JSON.stringify(entry.before),
      entry.after === undefined ? null : JSON.stringify(entry.after),
      entry.legalBasis ?? null,
    ],
  );
}
