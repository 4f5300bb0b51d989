import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { writeAudit } from '../audit/audit.service';
import { inTransaction, RequestContext } from '../graphql/context';
import { todayInVietnam } from '../graphql/dates';
import { BadInput, Conflict, NotFound } from '../graphql/errors';
import { queryRows } from '../graphql/sql';
import { Role } from './roles';
import { jurisdictionOfUnitCode, Viewer } from './viewer';

/** 256 random bits, shown once; only the SHA-256 digest is stored (a fast hash suffices for random secrets). */
const SECRET_PREFIX = 'ictr_';
export const hashSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest();

export interface ApiKeyRow {
  id: string;
  label: string;
  role: Role;
  unit_version: number | null;
  unit_code: string | null;
  secret_prefix: string;
  created_at: Date;
  created_by: string | null;
  expires_on: string | null;
  revoked_at: Date | null;
}
const KEY_COLUMNS = 'id, label, role, unit_version, unit_code, secret_prefix, created_at, created_by, expires_on, revoked_at';

export interface NewApiKey {
  label: string;
  role: Role;
  unitCode?: string | null;
  expiresOn?: string | null;
}

/**
 * Creates a key; returns the row and the secret (the only time it exists outside the caller's hands).
 * Runs on the given manager so the CLI and the mutation share it.
 */
export async function insertApiKey(
  manager: EntityManager,
  input: NewApiKey,
  createdBy: string | null,
): Promise<{ row: ApiKeyRow; secret: string }> {
  const problems: { field: string; message: string }[] = [];
  if (input.role === Role.PUBLIC) problems.push({ field: 'role', message: 'PUBLIC needs no key' });
  if (!input.label.trim() || input.label.length > 200) problems.push({ field: 'label', message: 'must be 1 to 200 characters' });
  let unit: { version: number; code: string } | null = null;
  if (input.role === Role.LOCAL_OFFICER) {
    const j = input.unitCode ? jurisdictionOfUnitCode(input.unitCode) : null;
    if (!j) {
      problems.push({ field: 'unitCode', message: 'a LOCAL_OFFICER needs a 3-digit district (2024) or a 5-digit commune (2025) code' });
    } else {
      const [u] = (await manager.query(`SELECT level FROM administrative_unit WHERE version = $1 AND code = $2`, [j.version, j.code])) as {
        level: string;
      }[];
      if (!u || u.level !== (j.version === 2024 ? 'DISTRICT' : 'WARD')) {
        problems.push({ field: 'unitCode', message: `is not a ${j.version === 2024 ? '2024 district' : '2025 commune'} code` });
      } else unit = j;
    }
  } else if (input.unitCode) {
    problems.push({ field: 'unitCode', message: 'only a LOCAL_OFFICER key has a unit' });
  }
  if (input.expiresOn && input.expiresOn < todayInVietnam()) problems.push({ field: 'expiresOn', message: 'is in the past' });
  if (problems.length) throw new BadInput(problems);

  const secret = SECRET_PREFIX + randomBytes(32).toString('base64url');
  const [row] = (await manager.query(
    `INSERT INTO api_key (label, role, unit_version, unit_code, secret_hash, secret_prefix, created_by, expires_on)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${KEY_COLUMNS}`,
    [
      input.label.trim(),
      input.role,
      unit?.version ?? null,
      unit?.code ?? null,
      hashSecret(secret),
      secret.slice(0, 9),
      createdBy,
      input.expiresOn ?? null,
    ],
  )) as ApiKeyRow[];
  return { row, secret };
}

export async function createApiKey(ctx: RequestContext, input: NewApiKey) {
  return inTransaction(ctx, async (tx) => {
    const created = await insertApiKey(tx.manager, input, ctx.viewer.label);
    await writeAudit(tx, { operation: 'createApiKey', recordType: 'ApiKey', recordId: created.row.id, after: created.row });
    return created;
  });
}

export async function revokeApiKeyRow(manager: EntityManager, id: string): Promise<ApiKeyRow> {
  const [row] = await queryRows<ApiKeyRow>(
    manager,
    `UPDATE api_key SET revoked_at = coalesce(revoked_at, now()) WHERE id::text = $1 RETURNING ${KEY_COLUMNS}`,
    [id],
  );
  if (!row) throw new NotFound('ApiKey', id);
  return row;
}

export async function revokeApiKey(ctx: RequestContext, id: string) {
  return inTransaction(ctx, async (tx) => {
    const [before] = (await tx.manager.query(`SELECT ${KEY_COLUMNS} FROM api_key WHERE id::text = $1 FOR UPDATE`, [id])) as ApiKeyRow[];
    if (!before) throw new NotFound('ApiKey', id);
    if (before.revoked_at) throw new Conflict('The key was already revoked');
    const row = await revokeApiKeyRow(tx.manager, id);
    await writeAudit(tx, { operation: 'revokeApiKey', recordType: 'ApiKey', recordId: id, before, after: row });
    return row;
  });
}

export async function listApiKeys(manager: EntityManager): Promise<ApiKeyRow[]> {
  return (await manager.query(`SELECT ${KEY_COLUMNS} FROM api_key ORDER BY created_at, id`)) as ApiKeyRow[];
}

/** The viewer behind a bearer secret, or null when the key is unknown, revoked or expired. */
export async function viewerForSecret(manager: EntityManager, secret: string): Promise<Viewer | null> {
  if (!secret.startsWith(SECRET_PREFIX) || secret.length > 100) return null;
  const [row] = (await manager.query(
    `SELECT ${KEY_COLUMNS} FROM api_key
      WHERE secret_hash = $1 AND revoked_at IS NULL AND (expires_on IS NULL OR expires_on >= $2::date)`,
    [hashSecret(secret), todayInVietnam()],
  )) as ApiKeyRow[];
  if (!row) return null;
  return {
    role: row.role,
    keyId: row.id,
    label: row.label,
    jurisdiction: row.unit_code ? { version: row.unit_version as 2024 | 2025, code: row.unit_code } : null,
  };
}
