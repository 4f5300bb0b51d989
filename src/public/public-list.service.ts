import type { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import type { DataSource, EntityManager } from 'typeorm';
import { structureOfVersion } from '../admin-units/admin-unit.enums';
import { EntityKind, NATURAL_PERSON_FORMS } from '../entities/entity-kind';
import { ConnectionValue, DEFAULT_PAGE_SIZE, isCursorValue, MAX_PAGE_SIZE } from '../graphql/connection';
import { todayInVietnam } from '../graphql/dates';
import { stringProblem } from '../graphql/input-guard';
import { formatVietnameseDate, PublicBadInput } from './public-errors';
import { likeEscape, SqlParams } from '../graphql/sql';
import { LicenseStatus, LicenseType } from '../licenses/license.enums';
import { PublicAddress, PublicGameServicePoint, PublicListKind, PublicRevocation, PublicRevokedRadioLicense } from './public-list.types';
import { resolveUnit, unitCondition, UnitFilter } from './public-units';
import { licenseCountOn } from '../statistics/statistics.service';

/**
 * The legally required public lists (domain.md §7), read straight from the registry's tables:
 * - LICENSED on a date: game-point certificates in force then (`license_status_at` ACTIVE or SUSPENDED, shown as is);
 * - REVOKED on a date: certificates revoked on or before it. Revocation is terminal, so it is the licence's last step:
 *   `status = 'REVOKED' AND last_effective_on <= date` says exactly that, and an index can serve it.
 * The SELECT lists below name only public columns: no representative, contact, notes or kind attributes ever leave the
 * database on these paths, and the owner's name is blanked in SQL when the owner is a natural person.
 */

/** What a public list is asked for, already checked (see `publicListQuery`). */
export interface PublicListQuery {
  list: PublicListKind;
  asOf: string;
  unit: UnitFilter | null;
  /** Lower-case, unaccented words, each of which must occur in the point's name or its certificate number. */
  words: string[];
}

/** Raw arguments as the GraphQL field, the CSV route and the page receive them. */
export interface PublicListArgs {
  list: PublicListKind;
  unitCode?: string | null;
  search?: string | null;
  asOf?: string | null;
}

const GAME_CERT = LicenseType.GAME_POINT_CERTIFICATE;
const RADIO_TYPES = [LicenseType.RADIO_EQUIPMENT_LICENSE, LicenseType.RADIO_BAND_LICENSE, LicenseType.RADIO_SATELLITE_ORBIT_LICENSE];
const MAX_SEARCH_LENGTH = 100;
const MAX_SEARCH_WORDS = 8;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Validates and resolves the arguments of a public list; `field` names them as the caller knows them. */
export async function publicListQuery(
  manager: EntityManager,
  args: PublicListArgs,
  fields: { list: string; unitCode: string; search: string; asOf: string },
  licenseTypes: LicenseType[] = [GAME_CERT],
): Promise<PublicListQuery> {
  if (args.list !== PublicListKind.LICENSED && args.list !== PublicListKind.REVOKED) {
    throw new PublicBadInput(
      fields.list,
      'must be LICENSED or REVOKED',
      'Không có danh sách này: chỉ có danh sách điểm được cấp giấy chứng nhận (LICENSED) và danh sách điểm bị thu hồi (REVOKED).',
    );
  }
  // The page and the CSV route take these from the query string, past the GraphQL edge's check (src/graphql/input-guard.ts):
  // text PostgreSQL cannot hold (a NUL, a lone surrogate) is refused here as there, before it reaches SQL.
  for (const [value, field, vietnamese] of [
    [args.search, fields.search, 'Từ khóa tìm kiếm'],
    [args.unitCode, fields.unitCode, 'Mã địa bàn'],
  ] as const) {
    const problem = value ? stringProblem(value) : null;
    if (problem) throw new PublicBadInput(field, problem, `${vietnamese} có ký tự không hợp lệ (ký tự điều khiển hoặc lỗi mã hóa).`);
  }
  const today = todayInVietnam();
  let asOf = today;
  if (args.asOf != null && args.asOf !== '') {
    if (
      !ISO_DATE.test(args.asOf) ||
      Number.isNaN(Date.parse(`${args.asOf}T00:00:00Z`)) ||
      new Date(`${args.asOf}T00:00:00Z`).toISOString().slice(0, 10) !== args.asOf
    ) {
      throw new PublicBadInput(
        fields.asOf,
        'must be a date written YYYY-MM-DD',
        'Ngày xem phải là một ngày có thật, viết theo dạng năm-tháng-ngày (YYYY-MM-DD).',
      );
    }
    if (args.asOf > today) {
      throw new PublicBadInput(
        fields.asOf,
        `is in the future (today is ${today} in Việt Nam)`,
        `Ngày xem ${formatVietnameseDate(args.asOf)} chưa đến (hôm nay là ${formatVietnameseDate(today)}).`,
      );
    }
    const [{ first }] = (await manager.query(`SELECT min(issued_on)::text AS first FROM license WHERE license_type = ANY($1::text[])`, [
      licenseTypes,
    ])) as { first: string | null }[];
    if (first && args.asOf < first) {
      throw new PublicBadInput(
        fields.asOf,
        `is before the first record of this list (${first})`,
        `Ngày xem ${formatVietnameseDate(args.asOf)} trước ngày có dữ liệu đầu tiên của danh sách (${formatVietnameseDate(first)}).`,
      );
    }
    asOf = args.asOf;
  }
  const search = (args.search ?? '').trim();
  if (search.length > MAX_SEARCH_LENGTH) {
    throw new PublicBadInput(
      fields.search,
      `is longer than ${MAX_SEARCH_LENGTH} characters`,
      `Từ khóa tìm kiếm dài quá ${MAX_SEARCH_LENGTH} ký tự.`,
    );
  }
  const words = search.split(/\s+/).filter(Boolean);
  if (words.length > MAX_SEARCH_WORDS) {
    throw new PublicBadInput(fields.search, `has more than ${MAX_SEARCH_WORDS} words`, `Từ khóa tìm kiếm có quá ${MAX_SEARCH_WORDS} từ.`);
  }
  const unit = args.unitCode ? await resolveUnit(manager, args.unitCode, fields.unitCode) : null;
  return { list: args.list, asOf, unit, words };
}

/** A page of a public list: forward keyset paging only (`first`, `after`), as the contract asks. */
export interface PublicPageArgs {
  first?: number | null;
  after?: string | null;
}

interface Sort {
  /** Cursor tag, so a cursor of one list is refused by the other. */
  name: string;
  expression: string;
  cast: string;
  direction: 'ASC' | 'DESC';
  /**
   * Holder before licence between equal sort values: generated and real names repeat (289 game points named "Điểm
   * game An Khang" in the bench's data), and `(name, licence)` made the planner read every holder of a repeated name
   * before the first row of a page; `(name, holder, licence)` follows the index on `(kind, name_sort, id)` and stops.
   */
  holderTie: boolean;
}

/** The ORDER BY of a list. */
const orderBy = (s: Sort) =>
  s.holderTie
    ? `${s.expression} ${s.direction}, e.id ${s.direction}, l.id ${s.direction}`
    : `${s.expression} ${s.direction}, l.id ${s.direction}`;

/** LICENSED is read by name (a person looks a point up), REVOKED newest first (the latest decisions matter most). */
const SORTS: Record<PublicListKind, Sort> = {
  LICENSED: { name: 'name', expression: 'e.name_sort', cast: 'text', direction: 'ASC', holderTie: true },
  REVOKED: { name: 'revoked', expression: 'l.last_effective_on', cast: 'date', direction: 'DESC', holderTie: false },
};

/** Columns of one row of a public list, all public. */
export interface PublicRow {
  id: string;
  sortValue: string;
  holderId: string;
  name: string;
  ownerName: string | null;
  street: string;
  unitVersion: number;
  wardCode: string;
  ward: string;
  district: string | null;
  province: string;
  currentCommuneCode: string | null;
  currentCommune: string | null;
  splitBetween: string[] | null;
  currentProvince: string | null;
  licenseType: LicenseType;
  certificateNumber: string;
  issuingAuthority: string;
  issuedOn: string;
  expiresOn: string | null;
  status: LicenseStatus;
  rvDecisionNumber: string | null;
  rvDecisionDate: string | null;
  rvEffectiveOn: string | null;
  rvGroundCode: string | null;
  rvGround: string | null;
}

const PERSON_FORMS = `ARRAY[${NATURAL_PERSON_FORMS.map((f) => `'${f}'`).join(', ')}]`;

/**
 * The SELECT of a public list over `license l JOIN regulated_entity e`. Values a past date needs from the events (the
 * number then printed, the expiry then in force) come from the last event on or before it, looked up only when the
 * licence changed after that date.
 */
function selectList(d: string, sort: Sort, lookups = false): string {
  // `lookups`: the names of units and authority as scalar subqueries instead of joins (for a page: each is one
  // primary-key lookup for each of its few rows, and planning a join of ten tables cost 10-150 ms, far more than it ran).
  const unit = (alias: string, version: string, code: string) =>
    lookups ? `(SELECT u.full_name FROM administrative_unit u WHERE u.version = ${version} AND u.code = ${code})` : `${alias}.full_name`;
  return `l.id, (${sort.expression})::text AS "sortValue", e.id AS "holderId",
    e.name, CASE WHEN e.legal_form = ANY(${PERSON_FORMS}) THEN NULL ELSE e.name END AS "ownerName",
    e.street, e.unit_version AS "unitVersion", e.ward_code AS "wardCode",
    ${unit('w', 'e.unit_version', 'e.ward_code')} AS ward, ${unit('dt', '2024', 'e.district_code')} AS district,
    ${unit('pv', 'e.unit_version', 'e.province_code')} AS province,
    e.commune_code_2025 AS "currentCommuneCode", ${unit('c', '2025', 'e.commune_code_2025')} AS "currentCommune",
    CASE WHEN e.unit_version = 2024 AND e.commune_code_2025 IS NULL THEN
      (SELECT array_agg(u.full_name ORDER BY u.full_name) FROM administrative_unit_mapping m
         JOIN administrative_unit u ON u.version = 2025 AND u.code = m.new_code
        WHERE m.level = 'WARD' AND m.old_code = e.ward_code) END AS "splitBetween",
    ${unit('cp', '2025', 'e.province_code_2025')} AS "currentProvince",
    l.license_type AS "licenseType",
    coalesce(past.number_after, l.number) AS "certificateNumber",
    ${lookups ? '(SELECT a.name FROM authority a WHERE a.code = l.issuing_authority_code)' : 'a.name'} AS "issuingAuthority",
    l.issued_on AS "issuedOn",
    CASE WHEN past.license_id IS NULL THEN l.expires_on ELSE past.expires_on_after END AS "expiresOn",
    license_status_at(l, ${d}) AS status,
    rv.decision_number AS "rvDecisionNumber", rv.decision_date AS "rvDecisionDate", rv.effective_on AS "rvEffectiveOn",
    rv.ground_code AS "rvGroundCode", coalesce(g.description, rv.ground_code) AS "rvGround"`;
}

function fromList(d: string, withRevocation: boolean, head = 'license l', lookups = false): string {
  return `${head}
    JOIN regulated_entity e ON e.id = l.holder_id${
      lookups
        ? ''
        : `
    JOIN authority a ON a.code = l.issuing_authority_code
    JOIN administrative_unit w ON w.version = e.unit_version AND w.code = e.ward_code
    JOIN administrative_unit pv ON pv.version = e.unit_version AND pv.code = e.province_code
    LEFT JOIN administrative_unit dt ON dt.version = 2024 AND dt.code = e.district_code
    LEFT JOIN administrative_unit c ON c.version = 2025 AND c.code = e.commune_code_2025
    LEFT JOIN administrative_unit cp ON cp.version = 2025 AND cp.code = e.province_code_2025`
    }
    LEFT JOIN LATERAL (
      SELECT ev.license_id, ev.number_after, ev.expires_on_after FROM license_event ev
       WHERE l.last_effective_on > ${d} AND ev.license_id = l.id AND ev.effective_on <= ${d}
       ORDER BY ev.effective_on DESC, ev.seq DESC LIMIT 1) past ON true
    ${
      withRevocation
        ? `LEFT JOIN license_event rv ON rv.license_id = l.id AND rv.type = 'REVOKED'
    LEFT JOIN revocation_ground g ON g.license_type = l.license_type AND g.code = rv.ground_code`
        : `LEFT JOIN LATERAL (SELECT NULL::text AS decision_number, NULL::date AS decision_date, NULL::date AS effective_on,
      NULL::text AS ground_code) rv ON true
    LEFT JOIN LATERAL (SELECT NULL::text AS description) g ON true`
    }`;
}

/**
 * The conditions of a list. LICENSED on d: `license_in_force_at(l, d)`, which is exactly `license_status_at(l, d) IN
 * ('ACTIVE', 'SUSPENDED')` written so that the planner can estimate it (migrations/1765500000000-PublicListPaths.ts).
 * REVOKED on d: the licence's last step is a revocation on or before d. The holder's kind is the one of the licence types
 * (the licence service only issues a type to its kinds): it lets the planner walk the kind's points in name order.
 */
function listConditions(q: PublicListQuery, types: LicenseType[], p: SqlParams, d: string): string[] {
  // A game point's name is public whoever owns it; a radio licence holder's name and address only for an organisation,
  // so a person can neither be found by name nor placed in a commune through these filters.
  const organisation = `e.legal_form <> ALL(${PERSON_FORMS})`;
  const holderNamePublic = !types.includes(LicenseType.RADIO_EQUIPMENT_LICENSE);
  const where = [
    `e.kind = ${p.add(holderKindOf(types))}`,
    types.length === 1 ? `l.license_type = ${p.add(types[0])}` : `l.license_type = ANY(${p.add(types, 'text[]')})`,
  ];
  if (q.list === PublicListKind.LICENSED) {
    where.push(`license_in_force_at(l, ${d})`);
  } else {
    where.push(`l.status = 'REVOKED'`, `l.last_effective_on <= ${d}`);
  }
  if (q.unit) where.push(holderNamePublic ? unitCondition(q.unit, p) : `(${organisation} AND ${unitCondition(q.unit, p)})`);
  for (const word of q.words) {
    const pattern = `'%' || search_normalize(${p.add(likeEscape(word))}) || '%'`;
    const name = holderNamePublic ? `e.name_sort LIKE ${pattern}` : `(${organisation} AND e.name_sort LIKE ${pattern})`;
    where.push(`(${name} OR search_normalize(l.number) LIKE ${pattern})`);
  }
  return where;
}

/** The one kind of entity that holds the licence types of a public list (license_type.entity_kinds in seed data). */
function holderKindOf(types: LicenseType[]): EntityKind {
  if (types.length === 1 && types[0] === GAME_CERT) return EntityKind.GAME_SERVICE_POINT;
  if (types.every((t) => RADIO_TYPES.includes(t))) return EntityKind.RADIO_FREQUENCY_USER;
  throw new Error(`no public list of ${types.join(', ')}`);
}

interface Position {
  value: string;
  id: string;
  holderId: string;
}

function encodeCursor(sort: Sort, r: Pick<PublicRow, 'sortValue' | 'id' | 'holderId'>): string {
  const position = sort.holderTie ? [sort.name, r.sortValue, r.id, r.holderId] : [sort.name, r.sortValue, r.id];
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

function decodeCursor(raw: string, sort: Sort, field: string): Position {
  // Each part as the SQL type it is compared as (a forged "zz" id or a NUL in a name is refused here, not by PostgreSQL).
  const uuid = (v: unknown): v is string => isCursorValue(v, 'uuid');
  try {
    const [s, value, id, holderId] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown[];
    if (
      s === sort.name &&
      isCursorValue(value, sort.cast) &&
      uuid(id) &&
      (sort.holderTie ? uuid(holderId) : holderId === undefined) &&
      value.length <= 300
    ) {
      return { value, id, holderId: sort.holderTie ? (holderId as string) : '' };
    }
  } catch {
    /* fall through */
  }
  throw new PublicBadInput(field, 'is not a cursor of this list', 'Liên kết trang không đúng với danh sách này; hãy xem lại từ trang đầu.');
}

function toAddress(r: PublicRow): PublicAddress {
  return {
    street: r.street,
    structure: structureOfVersion(r.unitVersion),
    wardCode: r.wardCode,
    ward: r.ward,
    district: r.district,
    province: r.province,
    fullText: [r.street, r.ward, r.district, r.province].filter(Boolean).join(', '),
    currentCommuneCode: r.currentCommuneCode,
    currentCommune: r.currentCommune,
    splitBetween: r.splitBetween ?? [],
    currentProvince: r.currentProvince,
  };
}

function toRevocation(r: PublicRow): PublicRevocation | null {
  if (!r.rvDecisionNumber) return null;
  return {
    decisionNumber: r.rvDecisionNumber,
    decisionDate: r.rvDecisionDate!,
    effectiveOn: r.rvEffectiveOn!,
    groundCode: r.rvGroundCode!,
    ground: r.rvGround!,
  };
}

export function toPublicGameServicePoint(r: PublicRow): PublicGameServicePoint {
  return {
    name: r.name,
    ownerName: r.ownerName,
    address: toAddress(r),
    certificateNumber: r.certificateNumber,
    issuingAuthority: r.issuingAuthority,
    issuedOn: r.issuedOn,
    expiresOn: r.expiresOn,
    status: r.status,
    revocation: toRevocation(r),
  };
}

function toPublicRadioLicense(r: PublicRow): PublicRevokedRadioLicense {
  const organisation = r.ownerName !== null;
  return {
    holderName: r.ownerName,
    address: organisation ? toAddress(r) : null,
    licenseType: r.licenseType,
    licenseNumber: r.certificateNumber,
    issuingAuthority: r.issuingAuthority,
    issuedOn: r.issuedOn,
    expiresOn: r.expiresOn,
    revocation: toRevocation(r)!,
  };
}

/**
 * The number of rows of a list. Without search words, in the whole registry or one 2025 commune, the statistics rollups
 * answer it (exact, kept in the same transaction as the licences; a few index rows instead of every certificate);
 * otherwise the list's own conditions are counted.
 */
async function countOf(manager: EntityManager, q: PublicListQuery, types: LicenseType[]): Promise<number> {
  if (q.words.length === 0 && (q.unit === null || q.unit.level === 'COMMUNE_2025') && types.length === 1 && types[0] === GAME_CERT) {
    return licenseCountOn(manager, {
      asOf: q.asOf,
      unit: q.unit ? { scope: 'C', code: q.unit.code } : { scope: 'P', code: '' },
      licenseTypes: types,
      statuses: q.list === PublicListKind.LICENSED ? [LicenseStatus.ACTIVE, LicenseStatus.SUSPENDED] : [LicenseStatus.REVOKED],
    });
  }
  const p = new SqlParams();
  const where = listConditions(q, types, p, p.add(q.asOf, 'date'));
  const rows = (await manager.query(
    `SELECT count(*)::int AS n FROM license l JOIN regulated_entity e ON e.id = l.holder_id WHERE ${where.join(' AND ')}`,
    p.values,
  )) as { n: number }[];
  return rows[0].n;
}

/**
 * Up to `first` rows of a list after a keyset position, and whether more follow. The page's licences are chosen first
 * (licence and holder only, in the order of an index: the planner walks the kind's points by name and stops), then
 * joined to what they show: two small joins to plan instead of one of ten tables, display joins for the page alone.
 */
async function selectPage(
  manager: EntityManager,
  q: PublicListQuery,
  types: LicenseType[],
  first: number,
  after: Position | null,
): Promise<{ rows: PublicRow[]; more: boolean }> {
  const sort = SORTS[q.list];
  const p = new SqlParams();
  const d = p.add(q.asOf, 'date');
  const where = listConditions(q, types, p, d);
  if (after) {
    const v = p.add(after.value, sort.cast);
    const op = sort.direction === 'ASC' ? '>' : '<';
    // The bound on the sort key alone lets an index on it start the scan at the cursor.
    const rest = sort.holderTie ? [p.add(after.holderId, 'uuid'), p.add(after.id, 'uuid')] : [p.add(after.id, 'uuid')];
    const keys = sort.holderTie ? `${sort.expression}, e.id, l.id` : `${sort.expression}, l.id`;
    where.push(`${sort.expression} ${op}= ${v}`, `(${keys}) ${op} (${[v, ...rest].join(', ')})`);
  }
  const rows = (await manager.query(
    `WITH page AS MATERIALIZED (
       SELECT l.id FROM license l JOIN regulated_entity e ON e.id = l.holder_id
        WHERE ${where.join(' AND ')}
        ORDER BY ${orderBy(sort)}
        LIMIT ${p.add(first + 1, 'int')})
     SELECT ${selectList(d, sort, true)} FROM ${fromList(d, q.list === PublicListKind.REVOKED, 'page JOIN license l ON l.id = page.id', true)}
      ORDER BY ${orderBy(sort)}`,
    p.values,
  )) as PublicRow[];
  return { rows: rows.slice(0, first), more: rows.length > first };
}

async function pageOf(
  manager: EntityManager,
  q: PublicListQuery,
  types: LicenseType[],
  page: PublicPageArgs,
): Promise<ConnectionValue<PublicRow>> {
  const first = page.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new PublicBadInput('first', `must be from 0 to ${MAX_PAGE_SIZE}`, `Số dòng mỗi trang phải từ 0 đến ${MAX_PAGE_SIZE}.`);
  }
  const sort = SORTS[q.list];
  const { rows, more } = await selectPage(manager, q, types, first, page.after ? decodeCursor(page.after, sort, 'after') : null);
  const edges = rows.map((r) => ({ cursor: encodeCursor(sort, r), node: r }));
  let counted: Promise<number> | undefined;
  const count = () => (counted ??= countOf(manager, q, types));
  return {
    edges,
    pageInfo: {
      hasNextPage: more,
      hasPreviousPage: page.after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: { then: (onFulfilled, onRejected) => count().then(onFulfilled, onRejected) },
  };
}

export async function publicGameServicePoints(
  manager: EntityManager,
  q: PublicListQuery,
  page: PublicPageArgs,
): Promise<ConnectionValue<PublicGameServicePoint>> {
  const result = await pageOf(manager, q, [GAME_CERT], page);
  return { ...result, edges: result.edges.map((e) => ({ cursor: e.cursor, node: toPublicGameServicePoint(e.node) })) };
}

export async function publicRevokedRadioLicenses(
  manager: EntityManager,
  q: PublicListQuery,
  page: PublicPageArgs,
): Promise<ConnectionValue<PublicRevokedRadioLicense>> {
  const result = await pageOf(manager, q, RADIO_TYPES, page);
  return { ...result, edges: result.edges.map((e) => ({ cursor: e.cursor, node: toPublicRadioLicense(e.node) })) };
}

export { RADIO_TYPES };

/**
 * The whole list as a stream of rows, read through a server-side cursor (pg-query-stream) in batches: memory stays flat
 * whatever the list's length, and a slow reader slows the cursor down (back-pressure) instead of filling memory. The
 * connection goes back to the pool when the stream ends, fails or is destroyed. Map each row with
 * `toPublicGameServicePoint`.
 */
export async function streamPublicGameServicePoints(dataSource: DataSource, q: PublicListQuery, timeLimitMs: number): Promise<Readable> {
  const sort = SORTS[q.list];
  const p = new SqlParams();
  const d = p.add(q.asOf, 'date');
  const where = listConditions(q, [GAME_CERT], p, d);
  const runner = dataSource.createQueryRunner();
  const client = (await runner.connect()) as PoolClient;
  let released = false;
  const release = (ok: boolean) => {
    if (released) return;
    released = true;
    void client
      .query(ok ? 'COMMIT' : 'ROLLBACK')
      .catch(() => undefined)
      .finally(() => runner.release());
  };
  try {
    // The whole file is one statement read in batches: it is bounded by the download's own time limit, not by the API's
    // per-statement one (which cut a national-scale list off after 5 s, in the middle of a line).
    await client.query('BEGIN READ ONLY');
    await client.query(`SET LOCAL statement_timeout = ${Math.round(timeLimitMs)}`);
    await client.query(`SET LOCAL idle_in_transaction_session_timeout = ${Math.round(timeLimitMs)}`);
    // The whole list is read, not its first rows: plan for all of them (a cursor is planned for its first 10 % by
    // default, which walked the name index with two lookups per row instead of joining and sorting once).
    await client.query(`SET LOCAL cursor_tuple_fraction = 1`);
    const stream = client.query(
      new QueryStream(
        `SELECT ${selectList(d, sort)} FROM ${fromList(d, q.list === PublicListKind.REVOKED)}
          WHERE ${where.join(' AND ')}
          ORDER BY ${orderBy(sort)}`,
        p.values,
        { batchSize: 1000 },
      ),
    );
    stream.once('end', () => release(true));
    stream.once('close', () => release(false));
    stream.once('error', () => release(false));
    return stream;
  } catch (e) {
    release(false);
    throw e;
  }
}
