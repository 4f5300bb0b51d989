import { UnitLevel, versionOfStructure } from '../admin-units/admin-unit.enums';
import { AdministrativeUnitRecord } from '../admin-units/administrative-unit.entity';
import { writeAudit } from '../audit/audit.service';
import { entityVisibility, lockVisibleRow } from '../auth/jurisdiction';
import {
  ConnectionValue,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  keysetPage,
  MAX_PAGE_SIZE,
  PageArgs,
  SortKey,
} from '../graphql/connection';
import { inTransaction, RequestContext } from '../graphql/context';
import { BadInput, checkVersion, Conflict, NotFound } from '../graphql/errors';
import { columnRecord, columnsOf, insertReturning, likeEscape, SqlParams, updateReturning } from '../graphql/sql';
import { entityLicenseCondition } from '../licenses/license-query.service';
import { EntityKind, EntityStatus, REGISTRY_PREFIX } from './entity-kind';
import type { AddressInput, DeregisterEntityInput, EntityCommonInput, EntityFilter, EntityOrder, UpdateEntityInput } from './entity.inputs';
import { EntityOrderField } from './entity.inputs';
import { entitySelect } from './entity.columns';
import { toEntity } from './entity.mapper';
import { KIND_SPEC, KINDS } from './kinds';
import { RegistryCodeCounterRecord, RegulatedEntityRecord } from './regulated-entity.entity';
import { entityKey, RegulatedEntity } from './regulated-entity.types';
import { normalizePhone, normalizeTaxCode } from './validators';

/**
 * Checks an address: the ward exists in the stated structure and lies in this registry's province — in the 2025
 * structure the configured province itself, in the 2024 structure one of the provinces it was formed from (for Đồng Nai
 * 75: Bình Phước 70 or the former Đồng Nai 75).
 */
async function checkAddress(ctx: RequestContext, address: AddressInput, field: string): Promise<void> {
  const version = versionOfStructure(address.structure);
  const unit = await ctx.manager.findOneBy(AdministrativeUnitRecord, { version, code: address.wardCode });
  if (!unit || unit.level !== UnitLevel.WARD) {
    throw BadInput.field(`${field}.wardCode`, `is not a commune/ward code of the ${address.structure} structure`);
  }
  const expected = version === 2024 ? ctx.config.provinceCodes2024 : [ctx.config.provinceCode];
  if (!expected.includes(unit.provinceCode)) {
    throw BadInput.field(
      `${field}.wardCode`,
      `lies outside the registry's province (${expected.join(' or ')} in the ${address.structure} structure)`,
    );
  }
}

/**
 * The rule for enterprise codes (domain.md §4): a 10-digit enterprise code identifies one legal person, so one kind
 * records it on one registered entity at most (deregistered ones do not count: a business that closed may come back);
 * a branch or business location of the enterprise is registered with its own 13-digit branch code (10-3), which several
 * entities may share (a branch running several points). Entities of different kinds may share a code: one enterprise
 * may print, post and run a website. `entities(filter: { enterpriseCode })` lists every record of an enterprise, its
 * branches included. A unique partial index (migrations/1765300000000-TheLawCloser.ts) holds the rule under races.
 */
async function checkEnterpriseCode(ctx: RequestContext, kind: EntityKind, taxCode: string | null | undefined, except: string | null) {
  if (!taxCode || !/^\d{10}$/.test(taxCode)) return;
  const q = ctx.manager
    .createQueryBuilder(RegulatedEntityRecord, 'e')
    .select(['e.id', 'e.registryCode'])
    .where('e.kind = :kind AND e.taxCode = :taxCode AND e.status = :status', { kind, taxCode, status: EntityStatus.ACTIVE })
    .limit(1);
  if (except) q.andWhere('e.id <> :except', { except });
  const other = await q.getOne();
  if (other) {
    throw new Conflict(
      `${other.registryCode} is already the registered ${kind} with enterprise code ${taxCode}: a kind records one entity per enterprise code (register a branch with its own 13-digit code; find every record of an enterprise with entities(filter: { enterpriseCode }))`,
      { fields: [{ field: 'taxCode', message: `already registered as ${other.registryCode}` }] },
    );
  }
}

async function nextRegistryCode(ctx: RequestContext, kind: EntityKind, provinceCode: string): Promise<string> {
  const prefix = `${REGISTRY_PREFIX[kind]}-${provinceCode}`;
  // One statement takes the next number and locks the counter row until the registration commits.
  const [{ lastValue }] = (await ctx.manager.query(
    `INSERT INTO registry_code_counter (prefix, last_value) VALUES ($1, 1)
     ON CONFLICT (prefix) DO UPDATE SET last_value = registry_code_counter.last_value + 1
     RETURNING ${columnsOf(ctx.manager, RegistryCodeCounterRecord, 'registry_code_counter')}`,
    [prefix],
  )) as RegistryCodeCounterRecord[];
  return `${prefix}-${String(lastValue).padStart(6, '0')}`;
}

/** The columns an input sets (absent fields set nothing; null clears). */
function commonColumns(input: Partial<EntityCommonInput>): Partial<RegulatedEntityRecord> {
  const cols: Partial<RegulatedEntityRecord> = {};
  if (input.name !== undefined) cols.name = input.name.trim();
  if (input.legalForm !== undefined) cols.legalForm = input.legalForm;
  if (input.taxCode !== undefined) cols.taxCode = input.taxCode ? normalizeTaxCode(input.taxCode) : null;
  if (input.representative !== undefined) {
    const r = input.representative;
    cols.representativeName = r?.name.trim() ?? null;
    cols.representativeTitle = r?.title ?? null;
    cols.representativeIdNumber = r?.idNumber ?? null;
    cols.representativePhone = r?.phone ? normalizePhone(r.phone) : null;
    cols.representativeAddress = r?.residenceAddress ?? null;
  }
  if (input.contact !== undefined) {
    const c = input.contact;
    cols.contactPhone = c?.phone ? normalizePhone(c.phone) : null;
    cols.contactEmail = c?.email?.toLowerCase() ?? null;
    cols.website = c?.website ?? null;
  }
  if (input.address !== undefined) {
    cols.street = input.address.street.trim();
    cols.wardCode = input.address.wardCode;
    cols.unitVersion = versionOfStructure(input.address.structure);
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
const detailsJson = (details: object) => JSON.parse(JSON.stringify(details)) as object;

async function lockForUpdate(ctx: RequestContext, uuid: string): Promise<RegulatedEntityRecord> {
  const row = await lockVisibleRow(ctx, RegulatedEntityRecord, uuid, { lock: 'UPDATE' });
  if (!row) throw new NotFound('RegulatedEntity', uuid);
  return row;
}

/** The audit log keeps a row under its column names (see columnRecord). */
const auditRecord = (tx: RequestContext, row: RegulatedEntityRecord) => columnRecord(tx.manager, RegulatedEntityRecord, row);

/** Writes `cols` on a row locked by lockForUpdate, as a new version; returns the row as it is now. */
async function changeRow(tx: RequestContext, uuid: string, cols: Partial<RegulatedEntityRecord>): Promise<RegulatedEntityRecord> {
  const set = { ...cols, version: () => 'version + 1', updatedAt: () => 'clock_timestamp()' };
  const [row] = await updateReturning(tx.manager, RegulatedEntityRecord, set, 'id = :id', { id: uuid });
  return row;
}

export interface RegisterInput extends EntityCommonInput {
  details: object;
}

export async function registerEntity(ctx: RequestContext, kind: EntityKind, input: RegisterInput) {
  await checkAddress(ctx, input.address, 'address');
  checkKindDetails(kind, input.details);
  return inTransaction(ctx, async (tx) => {
    const cols = commonColumns(input);
    await checkEnterpriseCode(tx, kind, cols.taxCode, null);
    const [row] = await insertReturning(tx.manager, RegulatedEntityRecord, {
      ...cols,
      kind,
      // Codes carry the registry's (2025) province: GSP-75-000123.
      registryCode: await nextRegistryCode(tx, kind, ctx.config.provinceCode),
      details: detailsJson(input.details),
    });
    await writeAudit(tx, { operation: 'registerEntity', recordType: 'RegulatedEntity', recordId: row.id, after: auditRecord(tx, row) });
    return toEntity(row);
  });
}

export async function updateEntity(ctx: RequestContext, input: UpdateEntityInput) {
  const uuid = entityKey(input.id);
  if (input.address) await checkAddress(ctx, input.address, 'address');
  return inTransaction(ctx, async (tx) => {
    const before = await lockForUpdate(tx, uuid);
    checkVersion('entity', before.version, input.version);
    const cols = commonColumns(input);
    if (cols.taxCode !== undefined && before.status === EntityStatus.ACTIVE) await checkEnterpriseCode(tx, before.kind, cols.taxCode, uuid);
    for (const spec of KINDS) {
      const details = (input as unknown as Record<string, object | undefined>)[spec.fieldName];
      if (details === undefined || details === null) continue;
      if (spec.kind !== before.kind) {
        throw BadInput.field(spec.fieldName, `this entity is a ${before.kind}; its attributes go in ${KIND_SPEC[before.kind].fieldName}`);
      }
      checkKindDetails(spec.kind, details);
      cols.details = detailsJson(details);
    }
    const row = await changeRow(tx, uuid, cols);
    await writeAudit(tx, {
      operation: 'updateEntity',
      recordType: 'RegulatedEntity',
      recordId: uuid,
      before: auditRecord(tx, before),
      after: auditRecord(tx, row),
    });
    return toEntity(row);
  });
}

export async function deregisterEntity(ctx: RequestContext, input: DeregisterEntityInput) {
  const uuid = entityKey(input.id);
  return inTransaction(ctx, async (tx) => {
    const before = await lockForUpdate(tx, uuid);
    checkVersion('entity', before.version, input.version);
    if (before.status === EntityStatus.DEREGISTERED) {
      throw new Conflict(`The entity was already taken off the registry on ${before.deregisteredOn}`);
    }
    const row = await changeRow(tx, uuid, {
      status: EntityStatus.DEREGISTERED,
      deregisteredOn: input.effectiveOn,
      deregistrationReason: input.reason.trim(),
    });
    await writeAudit(tx, {
      operation: 'deregisterEntity',
      recordType: 'RegulatedEntity',
      recordId: uuid,
      before: auditRecord(tx, before),
      after: auditRecord(tx, row),
    });
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
  // One value is written `=`: the planner then reads a (kind, status, name_sort) index in order (issue 14).
  const oneOf = (column: string, values: readonly string[]) =>
    values.length === 1 ? `${column} = ${p.add(values[0])}` : `${column} = ANY(${p.add(values, 'text[]')})`;
  if (f.kinds?.length) where.push(oneOf('e.kind', f.kinds));
  where.push(oneOf('e.status', f.statuses?.length ? f.statuses : [EntityStatus.ACTIVE]));
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
  if (f.enterpriseCode) where.push(`left(e.tax_code, 10) = ${p.add(normalizeTaxCode(f.enterpriseCode).slice(0, 10))}`);
  if (f.updatedSince) where.push(`e.updated_at >= ${p.add(f.updatedSince, 'timestamptz')}`);
  const licensed = entityLicenseCondition(f.licenseType ? [f.licenseType] : undefined, f.licenseStatuses, p);
  if (licensed) where.push(licensed);
  return where;
}

/**
 * The number of entities a filter finds, from the statistics rollup `statistics_entity_count` (kind × status × address
 * cell, kept by statement triggers in the same transaction as the entities: exact, migrations/1765200000000-Statistics.ts)
 * when every condition of the filter is one of its columns: a few hundred rollup rows instead of every entity (the
 * whole registry's count read 500,000 index entries). Null when the filter needs the rows (search, enterprise code,
 * province, change time, licences).
 */
function rollupCount(ctx: RequestContext, filter: EntityFilter | null | undefined): (() => Promise<number>) | null {
  const f = filter ?? {};
  if (f.search || f.enterpriseCode || f.updatedSince || f.provinceCode || f.licenseType || f.licenseStatuses?.length) return null;
  return async () => {
    const p = new SqlParams();
    // The rollup writes '' where the entity has no district or commune: `= code` (never '') means the same on both.
    const where = [entityVisibility(ctx.viewer, 'c', p)];
    if (f.kinds?.length) where.push(`c.kind = ANY(${p.add(f.kinds, 'text[]')})`);
    where.push(`c.status = ANY(${p.add(f.statuses?.length ? f.statuses : [EntityStatus.ACTIVE], 'text[]')})`);
    if (f.districtCode) where.push(`c.district_code = ${p.add(f.districtCode)}`);
    if (f.wardCode) {
      const c = p.add(f.wardCode);
      where.push(`(c.ward_code = ${c} OR c.commune_code_2025 = ${c})`);
    }
    const [row] = (await ctx.manager.query(
      `SELECT coalesce(sum(c.n), 0)::int AS n FROM statistics_entity_count c WHERE ${where.join(' AND ')}`,
      p.values,
    )) as { n: number }[];
    return row.n;
  };
}

export async function listEntities(
  ctx: RequestContext,
  args: { filter?: EntityFilter | null; orderBy?: EntityOrder | null; page: PageArgs },
): Promise<ConnectionValue<RegulatedEntity>> {
  const p = new SqlParams();
  const where = [entityVisibility(ctx.viewer, 'e', p), ...entityFilterConditions(args.filter, p)];
  const order = args.orderBy ?? { field: EntityOrderField.NAME, direction: 'ASC' };
  const sort: SortKey = { ...SORTS[order.field], direction: order.direction as 'ASC' | 'DESC' };
  const page = await keysetPage<RegulatedEntityRecord>(ctx.manager, {
    // Only the columns the operation asks for (issue 14), the address text computed in SQL when asked.
    select: entitySelect(ctx.manager, ctx.fields),
    from: 'regulated_entity e',
    where,
    params: p,
    sort,
    idColumn: 'e.id',
    page: args.page,
    countAsked: ctx.fields?.asks('RegulatedEntityConnection', 'totalCount'),
    count: rollupCount(ctx, args.filter) ?? undefined,
  });
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toEntity(e.node) })) };
}

/**
 * The registrations of many holders at once, one page each, by national identifier: an enterprise code (10 digits,
 * matched against the first 10 digits of the tax code) or, for a holder without one, a registry code (exact). The
 * Federation subgraph's `NationalEntity.inProvince<code>` answers each reference of an `_entities` call from this
 * (src/api/subgraph.ts batches them): one statement for all of them, where a statement per reference let one request
 * of 5,000 references hold the pool for 10 s. Pages are in name order like `entities`; `after` is a cursor of it.
 */
export async function entitiesByNationalIds(
  ctx: RequestContext,
  nationalIds: readonly string[],
  args: { statuses?: readonly EntityStatus[] | null; first?: number | null; after?: string | null },
): Promise<ConnectionValue<RegulatedEntity>[]> {
  if (args.first != null && (args.first < 0 || args.first > MAX_PAGE_SIZE))
    throw BadInput.field('first', `must be from 0 to ${MAX_PAGE_SIZE}`);
  const limit = args.first ?? DEFAULT_PAGE_SIZE;
  const sort: SortKey = { ...SORTS[EntityOrderField.NAME], direction: 'ASC' };
  const after = args.after ? decodeCursor(args.after, 'after', sort) : null;
  const p = new SqlParams();
  const common = [
    entityVisibility(ctx.viewer, 'e', p),
    `e.status = ANY(${p.add(args.statuses?.length ? args.statuses : [EntityStatus.ACTIVE], 'text[]')})`,
  ];
  const enterprises = nationalIds.filter((id) => /^\d{10}$/.test(id));
  const codes = nationalIds.filter((id) => !/^\d{10}$/.test(id));
  const select = `${entitySelect(ctx.manager, ctx.fields)}, e.name_sort AS "_sortKey", (e.name_sort)::text AS "_sortValue"`;
  const branches = [
    `SELECT ${select}, left(e.tax_code, 10) AS "_key" FROM regulated_entity e
      WHERE ${[...common, `left(e.tax_code, 10) = ANY(${p.add(enterprises, 'text[]')})`].join(' AND ')}`,
    `SELECT ${select}, e.registry_code AS "_key" FROM regulated_entity e
      WHERE ${[...common, `e.registry_code = ANY(${p.add(codes, 'text[]')})`].join(' AND ')}`,
  ];
  // Each holder's rows in page order: those up to the cursor are counted (the page starts after them), the total too;
  // a holder's first row always comes back, so that its total is known even when its page is empty.
  const before = after ? `NOT ((x."_sortKey", x.id) > (${p.add(after.value, sort.cast)}, ${p.add(after.id, 'uuid')}))` : 'false';
  const rows = (await ctx.manager.query(
    `SELECT * FROM (
       SELECT x.*, (row_number() OVER w)::int AS "_rn", (count(*) OVER (PARTITION BY x."_key"))::int AS "_total",
              (count(*) FILTER (WHERE ${before}) OVER (PARTITION BY x."_key"))::int AS "_skipped"
         FROM (${branches.join(' UNION ALL ')}) x
       WINDOW w AS (PARTITION BY x."_key" ORDER BY x."_sortKey", x.id)
     ) y
     WHERE y."_rn" = 1 OR (y."_rn" > y."_skipped" AND y."_rn" <= y."_skipped" + ${p.add(limit + 1, 'int')})
     ORDER BY y."_key", y."_rn"`,
    p.values,
  )) as (RegulatedEntityRecord & { _key: string; _sortValue: string; _rn: number; _total: number; _skipped: number })[];
  const byKey = new Map<string, typeof rows>();
  for (const r of rows) {
    const list = byKey.get(r._key) ?? [];
    list.push(r);
    byKey.set(r._key, list);
  }
  return nationalIds.map((id) => {
    const all = byKey.get(id) ?? [];
    const found = all.filter((r) => r._rn > r._skipped);
    const edges = found.slice(0, limit).map((r) => ({
      cursor: encodeCursor({ sort: sort.name, value: r._sortValue, id: r.id }),
      node: toEntity(r),
    }));
    return {
      edges,
      pageInfo: {
        hasNextPage: found.length > limit,
        hasPreviousPage: (all[0]?._skipped ?? 0) > 0,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      totalCount: Promise.resolve(all[0]?._total ?? 0),
    };
  });
}
