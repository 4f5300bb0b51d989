import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { UnitLevel } from '../admin-units/admin-unit.enums';
import { AdministrativeUnitRecord } from '../admin-units/administrative-unit.entity';
import { writeAudit } from '../audit/audit.service';
import { inTransaction, RequestContext } from '../graphql/context';
import { todayInVietnam } from '../graphql/dates';
import { BadInput, Conflict, NotFound } from '../graphql/errors';
import { columnRecord, columnsOf, insertReturning, updateReturning } from '../graphql/sql';
import { ApiKeyRecord } from './api-key.entity';
import { Role } from './roles';
import { jurisdictionOfUnitCode, Viewer } from './viewer';

/** 256 random bits, shown once; only the SHA-256 digest is stored (a fast hash suffices for random secrets). */
const SECRET_PREFIX = 'ictr_';
export const hashSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest();

/** The audit log keeps a key under its column names (see columnRecord); the secret's hash is never loaded. */
const auditRecord = (manager: EntityManager, row: ApiKeyRecord) => columnRecord(manager, ApiKeyRecord, row);

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
): Promise<{ row: ApiKeyRecord; secret: string }> {
  const problems: { field: string; message: string }[] = [];
  if (input.role === Role.PUBLIC) problems.push({ field: 'role', message: 'PUBLIC needs no key' });
  if (!input.label.trim() || input.label.length > 200) problems.push({ field: 'label', message: 'must be 1 to 200 characters' });
  let unit: { version: number; code: string } | null = null;
  if (input.role === Role.LOCAL_OFFICER) {
    const j = input.unitCode ? jurisdictionOfUnitCode(input.unitCode) : null;
    if (!j) {
      problems.push({ field: 'unitCode', message: 'a LOCAL_OFFICER needs a 3-digit district (2024) or a 5-digit commune (2025) code' });
    } else {
      const u = await manager.findOneBy(AdministrativeUnitRecord, { version: j.version, code: j.code });
      if (!u || u.level !== (j.version === 2024 ? UnitLevel.DISTRICT : UnitLevel.WARD)) {
        problems.push({ field: 'unitCode', message: `is not a ${j.version === 2024 ? '2024 district' : '2025 commune'} code` });
      } else unit = j;
    }
  } else if (input.unitCode) {
    problems.push({ field: 'unitCode', message: 'only a LOCAL_OFFICER key has a unit' });
  }
  if (input.expiresOn && input.expiresOn < todayInVietnam()) problems.push({ field: 'expiresOn', message: 'is in the past' });
  if (problems.length) throw new BadInput(problems);

  const secret = SECRET_PREFIX + randomBytes(32).toString('base64url');
  const [row] = await insertReturning(manager, ApiKeyRecord, {
    label: input.label.trim(),
    role: input.role,
    unitVersion: unit?.version ?? null,
    unitCode: unit?.code ?? null,
    secretHash: hashSecret(secret),
    secretPrefix: secret.slice(0, 9),
    createdBy,
    expiresOn: input.expiresOn ?? null,
  });
  return { row, secret };
}

export async function createApiKey(ctx: RequestContext, input: NewApiKey) {
  return inTransaction(ctx, async (tx) => {
    const created = await insertApiKey(tx.manager, input, ctx.viewer.label);
    await writeAudit(tx, {
      operation: 'createApiKey',
      recordType: 'ApiKey',
      recordId: created.row.id,
      after: auditRecord(tx.manager, created.row),
    });
    return created;
  });
}

export async function revokeApiKeyRow(manager: EntityManager, id: string): Promise<ApiKeyRecord> {
  const [row] = await updateReturning(manager, ApiKeyRecord, { revokedAt: () => 'coalesce(revoked_at, now())' }, 'id::text = :id', { id });
  if (!row) throw new NotFound('ApiKey', id);
  return row;
}

export async function revokeApiKey(ctx: RequestContext, id: string) {
  return inTransaction(ctx, async (tx) => {
    // The id as a person typed it, compared as text: a malformed id is simply not found.
    const before = await tx.manager
      .createQueryBuilder(ApiKeyRecord, 'k')
      .where('k.id::text = :id', { id })
      .setLock('pessimistic_write')
      .getOne();
    if (!before) throw new NotFound('ApiKey', id);
    if (before.revokedAt) throw new Conflict('The key was already revoked');
    const row = await revokeApiKeyRow(tx.manager, id);
    await writeAudit(tx, {
      operation: 'revokeApiKey',
      recordType: 'ApiKey',
      recordId: id,
      before: auditRecord(tx.manager, before),
      after: auditRecord(tx.manager, row),
    });
    return row;
  });
}

export async function listApiKeys(manager: EntityManager): Promise<ApiKeyRecord[]> {
  return manager.find(ApiKeyRecord, { order: { createdAt: 'ASC', id: 'ASC' } });
}

/** The secret's hash when it has the shape of one of our secrets (anything else is no key). */
export function secretHashOf(secret: string): Buffer | null {
  return secret.startsWith(SECRET_PREFIX) && secret.length <= 100 ? hashSecret(secret) : null;
}

/** A key that may be used today: its viewer, and its last day (null: no expiry). */
export interface UsableKey {
  viewer: Viewer;
  expiresOn: string | null;
}

/** The key behind a secret's hash, or null when it is unknown, revoked or expired. */
export async function usableKeyByHash(manager: EntityManager, hash: Buffer): Promise<UsableKey | null> {
  // Hand-written (typed by the entity class): this runs on every request that carries a key the cache does not hold.
  const [row] = (await manager.query(
    `SELECT ${columnsOf(manager, ApiKeyRecord, 'k')} FROM api_key k
      WHERE k.secret_hash = $1 AND k.revoked_at IS NULL AND (k.expires_on IS NULL OR k.expires_on >= $2::date)`,
    [hash, todayInVietnam()],
  )) as ApiKeyRecord[];
  if (!row) return null;
  return {
    viewer: {
      role: row.role,
      keyId: row.id,
      label: row.label,
      jurisdiction: row.unitCode ? { version: row.unitVersion as 2024 | 2025, code: row.unitCode } : null,
    },
    expiresOn: row.expiresOn,
  };
}

/** The viewer behind a bearer secret, or null when the key is unknown, revoked or expired (no cache: see ApiKeyCache). */
export async function viewerForSecret(manager: EntityManager, secret: string): Promise<Viewer | null> {
  const hash = secretHashOf(secret);
  return hash ? ((await usableKeyByHash(manager, hash))?.viewer ?? null) : null;
}
