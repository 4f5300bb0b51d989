import { entityVisibility } from '../auth/jurisdiction';
import { writeAudit } from '../audit/audit.service';
import { versionOfStructure } from '../admin-units/admin-unit.types';
import { ConnectionValue, keysetPage, PageArgs, SortKey } from '../graphql/connection';
import { inTransaction, RequestContext } from '../graphql/context';
import { BadInput, checkVersion, Conflict, NotFound } from '../graphql/errors';
import { likeEscape, queryRows, SqlParams } from '../graphql/sql';
import { EntityKind, EntityStatus, REGISTRY_PREFIX } from './entity-kind';
import type { AddressInput, DeregisterEntityInput, EntityCommonInput, EntityFilter, EntityOrder, UpdateEntityInput } from './entity.inputs';
import { EntityOrderField } from './entity.inputs';
import { toEntity } from './entity.mapper';
import { KIND_SPEC, KINDS } from './kinds';
import { entityLicenseCondition } from '../licenses/license-query.service';
import { ENTITY_COLUMNS, entityKey, EntityRow, RegulatedEntity } from './regulated-entity.types';
import { normalizePhone, normalizeTaxCode } from './validators';

/** Checks an address: the ward exists in the stated structure and lies in this registry's province. */
async function checkAddress(ctx: RequestContext, address: AddressInput, field: string, provinceCode: string): Promise<void> {
  const version = versionOfStructure(address.structure);
  const [unit] = (await ctx.manager.query(
    `SELECT u.level, u.province_code,
            (SELECT min(new_code) FROM administrative_unit_mapping m WHERE m.level = 'PROVINCE' AND m.old_code = $3) AS successor
       FROM administrative_unit u WHERE u.version = $1 AND u.code = $2`,
    [version, address.wardCode, provinceCode],
  )) as { level: string; province_code: string; successor: string | null }[];
  if (!unit || unit.level !== 'WARD') {
    throw BadInput.field(`${field}.wardCode`, `is not a commune/ward code of the ${address.structure} structure`);
  }
  const expected = version === 2024 ? provinceCode : (unit.successor ?? provinceCode);
  if (unit.province_code !== expected) {
    throw BadInput.field(`${field}.wardCode`, `lies outside the registry's province (${expected} in the ${address.structure} structure)`);
  }
}

async function nextRegistryCode(ctx: RequestContext, kind: EntityKind, provinceCode: string): Promise<string> {
  const prefix = `${REGISTRY_PREFIX[kind]}-${provinceCode}`;
  const [{ last_value }] = (await ctx.manager.query(
    `INSERT INTO registry_code_counter (prefix, last_value) VALUES ($1, 1)
     ON CONFLICT (prefix) DO UPDATE SET last_value = registry_code_counter.last_value + 1
     RETURNING last_value`,
    [prefix],
  )) as { last_value: number }[];
  return `${prefix}-${String(last_value).padStart(6, '0')}`;
}

function commonColumns(input: Partial<EntityCommonInput>): Record<string, unknown> {
  const cols: Record<string, unknown> = {};
  if (input.name !== undefined) cols.name = input.name.trim();
  if (input.legalForm !== undefined) cols.legal_form = input.legalForm;
  if (input.taxCode !== undefined) cols.tax_code = input.taxCode ? normalizeTaxCode(input.taxCode) : null;
  if (input.representative !== undefined) {
    const r = input.representative;
    cols.representative_name = r?.name.trim() ?? null;
    cols.representative_title = r?.title ?? null;
    cols.representative_id_number = r?.idNumber ?? null;
    cols.representative_phone = r?.phone ? normalizePhone(r.phone) : null;
    cols.representative_address = r?.residenceAddress ?? null;
  }
  if (input.contact !== undefined) {
    const c = input.contact;
    cols.contact_phone = c?.phone ? normalizePhone(c.phone) : null;
    cols.contact_email = c?.email?.toLowerCase() ?? null;
    cols.website = c?.website ?? null;
  }
  if (input.address !== undefined) {
    cols.street = input.address.street.trim();
    cols.ward_code = input.address.wardCode;
    cols.unit_version = versionOfStructure(input.address.structure);
  }
  if (input.location !== undefined) {
    cols.latitude = input.location?.latitude ?? null;
    cols.longitude = input.location?.longitude ?? null;
  }
  if (input.notes !== undefined) cols.notes = input.notes;
  return cols;
}

function checkKindDetails(kind: EntityKind, details: object): void {
  const problems = KIND_SPEC[kind].checkDetails?.(details) ?? [];
  if (problems.length) throw new BadInput(problems);
}

/** Plain JSON of a details input (class instances -> objects, absent optionals dropped). */
const detailsJson = (details: object) => JSON.parse(JSON.stringify(details)) as Record<string, unknown>;

async function loadRowForUpdate(ctx: RequestContext, uuid: string): Promise<EntityRow> {
  const p = new SqlParams();
  const idParam = p.add(uuid, 'uuid');
  const [row] = (await ctx.manager.query(
    `SELECT ${ENTITY_COLUMNS} FROM regulated_entity e WHERE e.id = ${idParam} AND ${entityVisibility(ctx.viewer, 'e', p)} FOR UPDATE`,
    p.values,
  )) as EntityRow[];
  if (!row) throw new NotFound('RegulatedEntity', uuid);
  return row;
}

export interface RegisterInput extends EntityCommonInput {
  details: object;
}

export async function registerEntity(ctx: RequestContext, kind: EntityKind, input: RegisterInput) {
  const { provinceCode } = ctx.config;
  await checkAddress(ctx, input.address, 'address', provinceCode);
  checkKindDetails(kind, input.details);
  return inTransaction(ctx, async (tx) => {
    const cols: Record<string, unknown> = {
      ...commonColumns(input),
      kind,
      registry_code: await nextRegistryCode(tx, kind, provinceCode),
      details: JSON.stringify(detailsJson(input.details)),
    };
    const names = Object.keys(cols);
    const [row] = (await tx.manager.query(
      `INSERT INTO regulated_entity AS e (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})
       RETURNING ${ENTITY_COLUMNS}`,
      Object.values(cols),
    )) as EntityRow[];
    await writeAudit(tx, { operation: 'registerEntity', recordType: 'RegulatedEntity', recordId: row.id, after: row });
    return toEntity(row);
  });
}

export async function updateEntity(ctx: RequestContext, input: UpdateEntityInput) {
  const { provinceCode } = ctx.config;
  const uuid = entityKey(input.id);
  if (input.address) await checkAddress(ctx, input.address, 'address', provinceCode);
  return inTransaction(ctx, async (tx) => {
    const before = await loadRowForUpdate(tx, uuid);
    checkVersion('entity', before.version, input.version);
    const cols = commonColumns(input);
    for (const spec of KINDS) {
      const details = (input as unknown as Record<string, object | undefined>)[spec.fieldName];
      if (details === undefined || details === null) continue;
      if (spec.kind !== before.kind) {
        throw BadInput.field(spec.fieldName, `this entity is a ${before.kind}; its attributes go in ${KIND_SPEC[before.kind].fieldName}`);
      }
      checkKindDetails(spec.kind, details);
      cols.details = JSON.stringify(detailsJson(details));
    }
    const names = Object.keys(cols);
    const sets = names.map((n, i) => `${n} = $${i + 2}`);
    const [row] = await queryRows<EntityRow>(
      tx.manager,
      `UPDATE regulated_entity AS e SET ${[...sets, 'version = e.version + 1', 'updated_at = clock_timestamp()'].join(', ')}
        WHERE e.id = $1 RETURNING ${ENTITY_COLUMNS}`,
      [uuid, ...Object.values(cols)],
    );
    await writeAudit(tx, { operation: 'updateEntity', recordType: 'RegulatedEntity', recordId: uuid, before, after: row });
    return toEntity(row);
  });
}

export async function deregisterEntity(ctx: RequestContext, input: DeregisterEntityInput) {
  const uuid = entityKey(input.id);
  return inTransaction(ctx, async (tx) => {
    const before = await loadRowForUpdate(tx, uuid);
    checkVersion('entity', before.version, input.version);
    if (before.status === EntityStatus.DEREGISTERED) {
      throw new Conflict(`The entity was already taken off the registry on ${before.deregistered_on}`);
    }
    const [row] = await queryRows<EntityRow>(
      tx.manager,
      `UPDATE regulated_entity AS e SET status = 'DEREGISTERED', deregistered_on = $2, deregistration_reason = $3,
              version = e.version + 1, updated_at = clock_timestamp()
        WHERE e.id = $1 RETURNING ${ENTITY_COLUMNS}`,
      [uuid, input.effectiveOn, input.reason.trim()],
    );
    await writeAudit(tx, { operation: 'deregisterEntity', recordType: 'RegulatedEntity', recordId: uuid, before, after: row });
    return toEntity(row);
  });
}

const SORTS: Record<EntityOrderField, { name: string; expression: string; cast: string }> = {
  NAME: { name: 'name', expression: 'e.name_sort', cast: 'text' },
  REGISTRY_CODE: { name: 'code', expression: 'e.registry_code', cast: 'text' },
  CREATED_AT: { name: 'created', expression: 'e.created_at', cast: 'timestamptz' },
  UPDATED_AT: { name: 'updated', expression: 'e.updated_at', cast: 'timestamptz' },
};

/** The WHERE conditions of an entity filter (without jurisdiction). */
export function entityFilterConditions(filter: EntityFilter | null | undefined, p: SqlParams): string[] {
  const where: string[] = [];
  const f = filter ?? {};
  if (f.kinds?.length) where.push(`e.kind = ANY(${p.add(f.kinds, 'text[]')})`);
  where.push(`e.status = ANY(${p.add(f.statuses?.length ? f.statuses : [EntityStatus.ACTIVE], 'text[]')})`);
  if (f.provinceCode) {
    const c = p.add(f.provinceCode);
    where.push(`(e.province_code = ${c} OR e.province_code_2025 = ${c})`);
  }
  if (f.districtCode) where.push(`e.district_code = ${p.add(f.districtCode)}`);
  if (f.wardCode) {
    const c = p.add(f.wardCode);
    where.push(`(e.ward_code = ${c} OR e.commune_code_2025 = ${c})`);
  }
  if (f.search) {
    const words = f.search.split(/\s+/).filter(Boolean);
    for (const w of words) {
      where.push(`e.search_text LIKE '%' || search_normalize(${p.add(likeEscape(w))}) || '%'`);
    }
  }
  if (f.updatedSince) where.push(`e.updated_at >= ${p.add(f.updatedSince, 'timestamptz')}`);
  const licensed = entityLicenseCondition(f.licenseType ? [f.licenseType] : undefined, f.licenseStatuses, p);
  if (licensed) where.push(licensed);
  return where;
}

export async function listEntities(
  ctx: RequestContext,
  args: { filter?: EntityFilter | null; orderBy?: EntityOrder | null; page: PageArgs },
): Promise<ConnectionValue<RegulatedEntity>> {
  const p = new SqlParams();
  const where = [entityVisibility(ctx.viewer, 'e', p), ...entityFilterConditions(args.filter, p)];
  const order = args.orderBy ?? { field: EntityOrderField.NAME, direction: 'ASC' };
  const sort: SortKey = { ...SORTS[order.field], direction: order.direction as 'ASC' | 'DESC' };
  const page = await keysetPage<EntityRow>(ctx.manager, {
    select: ENTITY_COLUMNS,
    from: 'regulated_entity e',
    where,
    params: p,
    sort,
    idColumn: 'e.id',
    page: args.page,
  });
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toEntity(e.node) })) };
}
