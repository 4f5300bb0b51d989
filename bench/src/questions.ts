import { createHash, randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { addMonths, dayOf, iso } from './generate/dates';

/**
 * The benchmark's questions, each asked three ways: GraphQL to the registry, GraphQL to PostGraphile v5, and plain
 * SQL through `pg` behind a minimal HTTP server. Every way reduces its response to the same canonical answer, so
 * the bench can check that all three agree before it times them.
 *
 * To add a question (the public list, the dashboard, the change feed, the export…): append one `Question` to
 * QUESTIONS below — samples drawn from the bench database, the registry's query, PostGraphile's query and the SQL,
 * and how each response becomes the canonical answer. Nothing else changes. A question a system cannot ask (e.g.
 * PostGraphile has no public list) leaves that system out (`postgraphile: null`).
 */

/** Variables of one request, drawn from the bench database (e.g. an entity id, a district code). */
export type Sample = Record<string, string>;

/** What a question needs to know when it runs: the date statuses are judged on (Asia/Ho_Chi_Minh). */
export interface Context {
  today: string;
}

export interface GraphqlWay {
  query: string;
  /** The API key to send instead of the dataset's DEPARTMENT_OFFICER key (e.g. a local office's, made by `samples`). */
  secret?(sample: Sample): string;
  variables(sample: Sample, ctx: Context): Record<string, unknown>;
  /** The canonical answer from `data` of a GraphQL response. */
  answer(data: any, ctx: Context): unknown;
}

/** A question the registry answers on a plain HTTP GET route (a page, a CSV file) instead of GraphQL. */
export interface HttpGetWay {
  /** Path and query string of the GET request. */
  get(sample: Sample, ctx: Context): string;
  /** The canonical answer from the response body (text). */
  answer(body: string, ctx: Context): unknown;
}

export interface Question {
  id: string;
  title: string;
  /** Variable sets for the requests (the load cycles through them); drawn once per run. */
  samples(db: Pool): Promise<Sample[]>;
  /** The registry's GraphQL query (or, instead, `registryGet`). */
  registry?: GraphqlWay;
  /** A question the registry answers on a GET route (a page, a CSV file), asked without a key as the public asks it. */
  registryGet?: HttpGetWay;
  /**
   * A whole-file download (e.g. the public CSV): besides the timed load, the bench downloads it alone and reports its
   * rows per second and how much the registry's resident memory grew while it streamed.
   */
  stream?: { rows: (body: string) => number };
  postgraphile: GraphqlWay | null;
  /** Plain SQL: returns the canonical answer itself (the raw server sends it as JSON). */
  sql(db: Pool, sample: Sample, ctx: Context): Promise<unknown>;
}

/** The uuid behind a registry id (base64url of "<Type>:<key>", src/graphql/global-id.ts). */
export const uuidOfGlobalId = (id: string) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1];
export const globalId = (type: string, key: string) => Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');

/** The address in one line, as the registry's `Address.fullText`: street, ward, district (2024 only), province. */
const ADDRESS_SQL = `concat_ws(', ', e.street, w.full_name, d.full_name, p.full_name)`;
const ADDRESS_JOINS = `JOIN administrative_unit w ON w.version = e.unit_version AND w.code = e.ward_code
  LEFT JOIN administrative_unit d ON d.version = 2024 AND d.code = e.district_code
  JOIN administrative_unit p ON p.version = e.unit_version AND p.code = e.province_code`;

/** PostGraphile reaches the same units through the foreign keys ward -> parent -> parent. */
const PGL_ADDRESS = `street administrativeUnitByUnitVersionAndWardCode { fullName parent: administrativeUnitByVersionAndParentCode { fullName parent: administrativeUnitByVersionAndParentCode { fullName } } }`;
function pglAddress(n: any): string {
  const parts = [n.street];
  for (let u = n.administrativeUnitByUnitVersionAndWardCode; u; u = u.parent) parts.push(u.fullName);
  return parts.join(', ');
}

/** The status today from a licence row's cache (what PostGraphile can read): license_status_on()'s rule. */
function statusFromCache(l: { status: string; expiresOn: string | null; suspendedUntil: string | null }, today: string): string {
  if (l.status === 'REVOKED' || l.status === 'SURRENDERED') return l.status;
  if (l.expiresOn && l.expiresOn < today) return 'EXPIRED';
  if (l.status === 'SUSPENDED' && l.suspendedUntil && l.suspendedUntil < today) return 'ACTIVE';
  return l.status;
}

const one = async <T>(db: Pool, sql: string, params: unknown[]): Promise<T> => (await db.query(sql, params)).rows[0] as T;

export const QUESTIONS: Question[] = [
  {
    id: 'Q1',
    title: 'first page of 100 entities + totalCount',
    samples: async () => [{}],
    registry: {
      query: `query Q1 { entities(first: 100) { totalCount edges { node { id registryCode name kind address { fullText } } } } }`,
      variables: () => ({}),
      answer: (d) => ({
        total: d.entities.totalCount,
        items: d.entities.edges.map(({ node: n }: any) => [uuidOfGlobalId(n.id), n.registryCode, n.name, n.kind, n.address.fullText]),
      }),
    },
    postgraphile: {
      query: `query Q1 { allRegulatedEntities(first: 100, orderBy: [NAME_SORT_ASC, ROW_ID_ASC], condition: { status: "ACTIVE" }) {
        totalCount nodes { rowId registryCode name kind ${PGL_ADDRESS} } } }`,
      variables: () => ({}),
      answer: (d) => ({
        total: d.allRegulatedEntities.totalCount,
        items: d.allRegulatedEntities.nodes.map((n: any) => [n.rowId, n.registryCode, n.name, n.kind, pglAddress(n)]),
      }),
    },
    sql: async (db) =>
      one(
        db,
        `SELECT (SELECT count(*) FROM regulated_entity WHERE status = 'ACTIVE') AS total,
                coalesce((SELECT json_agg(json_build_array(e.id, e.registry_code, e.name, e.kind, ${ADDRESS_SQL}) ORDER BY e.name_sort, e.id)
                   FROM (SELECT * FROM regulated_entity WHERE status = 'ACTIVE' ORDER BY name_sort, id LIMIT 100) e ${ADDRESS_JOINS}), '[]') AS items`,
        [],
      ),
  },
  {
    id: 'Q2',
    title: 'search "hoang long", and a street name (issue 13: search reads the street), first 20 + totalCount',
    // The street sample: the words of one entity's street without its house number, normalised as search_text is
    // ("duong phu rieng do"), so PostGraphile's plain `includes` on search_text asks the same question.
    samples: async (db) => [
      { search: 'hoang long' },
      ...(
        await db.query<{ words: string }>(
          `SELECT search_normalize(btrim(regexp_replace(street, '[0-9/,.-]+', ' ', 'g'))) AS words FROM regulated_entity
            WHERE street ~ '[[:alpha:]]{3}' ORDER BY registry_code LIMIT 1`,
        )
      ).rows
        .filter((r) => r.words.length > 0)
        .map((r) => ({ search: r.words.split(/\s+/).slice(0, 4).join(' ') })),
    ],
    registry: {
      query: `query Q2($search: String!) { entities(first: 20, filter: { search: $search }) { totalCount edges { node { id registryCode name } } } }`,
      variables: (s) => ({ search: s.search }),
      answer: (d) => ({
        total: d.entities.totalCount,
        items: d.entities.edges.map(({ node: n }: any) => [uuidOfGlobalId(n.id), n.registryCode, n.name]),
      }),
    },
    postgraphile: {
      query: `query Q2($words: [RegulatedEntityFilter!]!) { allRegulatedEntities(first: 20, orderBy: [NAME_SORT_ASC, ROW_ID_ASC],
        filter: { status: { equalTo: "ACTIVE" }, and: $words }) { totalCount nodes { rowId registryCode name } } }`,
      // search_text is already unaccented and lower-cased; each word must occur (as the registry's filter).
      variables: (s) => ({ words: s.search.split(/\s+/).map((w) => ({ searchText: { includes: w } })) }),
      answer: (d) => ({
        total: d.allRegulatedEntities.totalCount,
        items: d.allRegulatedEntities.nodes.map((n: any) => [n.rowId, n.registryCode, n.name]),
      }),
    },
    sql: async (db, s) => {
      const words = s.search.split(/\s+/);
      const where = `status = 'ACTIVE' AND ${words.map((_, i) => `search_text LIKE '%' || search_normalize($${i + 1}) || '%'`).join(' AND ')}`;
      return one(
        db,
        `SELECT (SELECT count(*) FROM regulated_entity WHERE ${where}) AS total,
                coalesce((SELECT json_agg(json_build_array(e.id, e.registry_code, e.name) ORDER BY e.name_sort, e.id)
                   FROM (SELECT * FROM regulated_entity WHERE ${where} ORDER BY name_sort, id LIMIT 20) e), '[]') AS items`,
        words,
      );
    },
  },
  {
    id: 'Q3',
    title: "one district's game points, 50",
    samples: async (db) =>
      (
        await db.query<{ code: string }>(
          `SELECT DISTINCT district_code AS code FROM regulated_entity WHERE kind = 'GAME_SERVICE_POINT' AND district_code IS NOT NULL ORDER BY 1`,
        )
      ).rows.map((r) => ({ district: r.code })),
    registry: {
      query: `query Q3($district: String!) { entities(first: 50, filter: { kinds: [GAME_SERVICE_POINT], districtCode: $district }) {
        edges { node { id name address { street } ... on GameServicePoint { details { machineCount } } } } } }`,
      variables: (s) => ({ district: s.district }),
      answer: (d) => d.entities.edges.map(({ node: n }: any) => [uuidOfGlobalId(n.id), n.name, n.address.street, n.details.machineCount]),
    },
    postgraphile: {
      query: `query Q3($district: String!) { allRegulatedEntities(first: 50, orderBy: [NAME_SORT_ASC, ROW_ID_ASC],
        condition: { kind: "GAME_SERVICE_POINT", districtCode: $district, status: "ACTIVE" }) { nodes { rowId name street details } } }`,
      variables: (s) => ({ district: s.district }),
      answer: (d) => d.allRegulatedEntities.nodes.map((n: any) => [n.rowId, n.name, n.street, n.details.machineCount]),
    },
    sql: async (db, s) =>
      (
        await one<{ items: unknown }>(
          db,
          `SELECT coalesce(json_agg(json_build_array(e.id, e.name, e.street, (e.details->>'machineCount')::int) ORDER BY e.name_sort, e.id), '[]') AS items
             FROM (SELECT * FROM regulated_entity WHERE kind = 'GAME_SERVICE_POINT' AND district_code = $1 AND status = 'ACTIVE'
                    ORDER BY name_sort, id LIMIT 50) e`,
          [s.district],
        )
      ).items,
  },
  {
    id: 'Q4',
    title: '100 game points + their licences + events',
    samples: async () => [{}],
    registry: {
      query: `query Q4 { entities(first: 100, filter: { kinds: [GAME_SERVICE_POINT] }) { edges { node { id name
        licenses { edges { node { id number status expiresOn events { type effectiveOn } } } } } } } }`,
      variables: () => ({}),
      answer: (d) =>
        d.entities.edges.map(({ node: n }: any) => [
          uuidOfGlobalId(n.id),
          n.name,
          n.licenses.edges.map(({ node: l }: any) => [
            uuidOfGlobalId(l.id),
            l.number,
            l.status,
            l.expiresOn,
            l.events.map((e: any) => [e.type, e.effectiveOn]),
          ]),
        ]),
    },
    postgraphile: {
      query: `query Q4 { allRegulatedEntities(first: 100, orderBy: [NAME_SORT_ASC, ROW_ID_ASC], condition: { kind: "GAME_SERVICE_POINT", status: "ACTIVE" }) {
        nodes { rowId name licensesByHolderId(first: 20, orderBy: [ISSUED_ON_DESC, ROW_ID_ASC]) { nodes { rowId number status expiresOn suspendedUntil
          licenseEventsByLicenseId(orderBy: SEQ_ASC) { nodes { type effectiveOn } } } } } } }`,
      variables: () => ({}),
      answer: (d, ctx) =>
        d.allRegulatedEntities.nodes.map((n: any) => [
          n.rowId,
          n.name,
          n.licensesByHolderId.nodes.map((l: any) => [
            l.rowId,
            l.number,
            statusFromCache(l, ctx.today),
            l.expiresOn,
            l.licenseEventsByLicenseId.nodes.map((e: any) => [e.type, e.effectiveOn]),
          ]),
        ]),
    },
    sql: async (db, _s, ctx) =>
      (
        await one<{ items: unknown }>(
          db,
          `SELECT coalesce(json_agg(json_build_array(e.id, e.name, coalesce(ls.items, '[]')) ORDER BY e.name_sort, e.id), '[]') AS items
             FROM (SELECT * FROM regulated_entity WHERE kind = 'GAME_SERVICE_POINT' AND status = 'ACTIVE' ORDER BY name_sort, id LIMIT 100) e
             LEFT JOIN LATERAL (
               SELECT json_agg(json_build_array(l.id, l.number, license_status_on(l.id, $1::date), l.expires_on, coalesce(ev.items, '[]'))
                               ORDER BY l.issued_on DESC, l.id) AS items
                 FROM (SELECT * FROM license WHERE holder_id = e.id ORDER BY issued_on DESC, id LIMIT 20) l
                 LEFT JOIN LATERAL (SELECT json_agg(json_build_array(ev.type, ev.effective_on) ORDER BY ev.seq) AS items
                                      FROM license_event ev WHERE ev.license_id = l.id) ev ON true) ls ON true`,
          [ctx.today],
        )
      ).items,
  },
  {
    id: 'Q5',
    title: 'node by id',
    samples: async (db) =>
      (await db.query<{ id: string }>(`SELECT id FROM regulated_entity TABLESAMPLE BERNOULLI (1) REPEATABLE (5) LIMIT 500`)).rows.map(
        (r) => ({
          id: r.id,
        }),
      ),
    registry: {
      query: `query Q5($id: ID!) { node(id: $id) { id ... on RegulatedEntity { registryCode name kind address { fullText } } } }`,
      variables: (s) => ({ id: globalId('RegulatedEntity', s.id) }),
      answer: (d) => [uuidOfGlobalId(d.node.id), d.node.registryCode, d.node.name, d.node.kind, d.node.address.fullText],
    },
    postgraphile: {
      query: `query Q5($id: UUID!) { regulatedEntityByRowId(rowId: $id) { rowId registryCode name kind ${PGL_ADDRESS} } }`,
      variables: (s) => ({ id: s.id }),
      answer: (d) => {
        const n = d.regulatedEntityByRowId;
        return [n.rowId, n.registryCode, n.name, n.kind, pglAddress(n)];
      },
    },
    sql: async (db, s) =>
      (
        await one<{ item: unknown }>(
          db,
          `SELECT json_build_array(e.id, e.registry_code, e.name, e.kind, ${ADDRESS_SQL}) AS item FROM regulated_entity e ${ADDRESS_JOINS} WHERE e.id = $1`,
          [s.id],
        )
      ).item,
  },
  {
    id: 'Q6',
    title: 'EXPIRED licences, 50 + count',
    samples: async () => [{}],
    registry: {
      query: `query Q6 { licenses(first: 50, filter: { statuses: [EXPIRED] }) { totalCount edges { node { id number expiresOn } } } }`,
      variables: () => ({}),
      answer: (d) => ({
        total: d.licenses.totalCount,
        items: d.licenses.edges.map(({ node: l }: any) => [uuidOfGlobalId(l.id), l.number, l.expiresOn]),
      }),
    },
    postgraphile: {
      // PostGraphile sees the licence row only: EXPIRED = in force or suspended by the cache, past its expiry date.
      query: `query Q6($today: Date!) { allLicenses(first: 50, orderBy: [ISSUED_ON_DESC, ROW_ID_DESC],
        filter: { status: { in: ["ACTIVE", "SUSPENDED"] }, expiresOn: { lessThan: $today } }) { totalCount nodes { rowId number expiresOn } } }`,
      variables: (_s, ctx) => ({ today: ctx.today }),
      answer: (d) => ({
        total: d.allLicenses.totalCount,
        items: d.allLicenses.nodes.map((l: any) => [l.rowId, l.number, l.expiresOn]),
      }),
    },
    sql: async (db, _s, ctx) =>
      one(
        db,
        // As a competent hand would write it: the row's cached columns decide for licences whose last step is not after
        // the date, the events (license_status_on) for the others; counted branch by branch so that an index answers.
        `SELECT (SELECT count(*) FROM (
                   SELECT 1 FROM license l WHERE l.last_effective_on <= $1::date AND l.status IN ('ACTIVE', 'SUSPENDED') AND l.expires_on < $1::date
                   UNION ALL
                   SELECT 1 FROM license l WHERE l.last_effective_on > $1::date AND license_status_on(l.id, $1::date) = 'EXPIRED') x) AS total,
                coalesce((SELECT json_agg(json_build_array(l.id, l.number, l.expires_on) ORDER BY l.issued_on DESC, l.id DESC)
                   FROM (SELECT * FROM license l
                          WHERE (l.last_effective_on <= $1::date AND l.status IN ('ACTIVE', 'SUSPENDED') AND l.expires_on < $1::date)
                             OR (l.last_effective_on > $1::date AND license_status_on(l.id, $1::date) = 'EXPIRED')
                          ORDER BY issued_on DESC, id DESC LIMIT 50) l), '[]') AS items`,
        [ctx.today],
      ),
  },
  dashboard('D1', 'full dashboard, province (statistics)', false),
  dashboard('D2', "a district office's dashboard (statistics)", true),
];

/**
 * The dashboard of issue 12 in one request: entities by kind × status and by commune and district, licences by type ×
 * status today, the monthly trend of every step over 12 months, revocations by ground, expiring within 30/60/90 days
 * and the first 10 expiring licences with their holders. `local`: as a district office (its own key, made here), for
 * the district with the most entities. PostGraphile has no equivalent (no rollups, no status on a date). The raw way is
 * a brute-force recount of the same figures from the rows (what a dashboard without rollups runs): the bench's answer
 * check compares every figure with it at scale, and its timing shows what the rollups save.
 */
function dashboard(id: string, title: string, local: boolean): Question {
  const fromOf = (today: string) => iso(addMonths(dayOf(`${today.slice(0, 7)}-01`), -11));
  const sorted = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();
  const nonZero = (rows: unknown[][]) => sorted(rows.filter((r) => r[r.length - 1] !== 0));
  return {
    id,
    title,
    samples: async (db) => {
      if (!local) return [{}];
      const { rows } = await db.query<{ code: string }>(
        `SELECT district_code AS code FROM regulated_entity WHERE district_code IS NOT NULL AND status = 'ACTIVE'
          GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`,
      );
      const secret = `ictr_${randomBytes(32).toString('base64url')}`;
      await db.query(`DELETE FROM api_key WHERE label = 'bench local office'`);
      await db.query(
        `INSERT INTO api_key (label, role, unit_version, unit_code, secret_hash, secret_prefix, created_by)
         VALUES ('bench local office', 'LOCAL_OFFICER', 2024, $1, $2, $3, 'bench')`,
        [rows[0].code, createHash('sha256').update(secret, 'utf8').digest(), secret.slice(0, 9)],
      );
      return [{ district: rows[0].code, secret }];
    },
    registry: {
      query: `query ${id}($asOf: LocalDate!, $from: LocalDate!, $to: LocalDate!) { statistics {
        byKindStatus: entityCounts(groupBy: [KIND, STATUS], statuses: [ACTIVE, DEREGISTERED]) { kind status count }
        byCommune: entityCounts(groupBy: [UNIT], unitLevel: COMMUNE) { unitCode unitName unmapped count }
        byDistrict: entityCounts(groupBy: [UNIT], unitLevel: DISTRICT) { unitCode unitName unmapped count }
        licences: licenseCounts(asOf: $asOf, groupBy: [LICENSE_TYPE, STATUS]) { licenseType status count }
        trend: licenseSteps(from: $from, to: $to, interval: MONTH, groupBy: [STEP]) { period step count }
        revoked: licenseSteps(from: $from, to: $to, interval: YEAR, steps: [REVOKED], groupBy: [GROUND]) { period groundCode count }
        expiring: expiringLicenseCounts(asOf: $asOf, withinDays: [30, 60, 90]) { withinDays count }
        soon: expiringLicenses(asOf: $asOf, withinDays: 90, first: 10) {
          edges { node { expiresOn daysLeft license { id number type holder { name } } } } } } }`,
      secret: local ? (s) => s.secret : undefined,
      variables: (_s, ctx) => ({ asOf: ctx.today, from: fromOf(ctx.today), to: ctx.today }),
      answer: (d) => {
        const st = d.statistics;
        return {
          byKindStatus: sorted(st.byKindStatus.map((b: any) => [b.kind, b.status, b.count])),
          byCommune: sorted(st.byCommune.map((b: any) => [b.unitCode ?? '', b.count])),
          byDistrict: sorted(st.byDistrict.map((b: any) => [b.unitCode ?? '', b.count])),
          licences: sorted(st.licences.map((b: any) => [b.licenseType, b.status, b.count])),
          trend: nonZero(st.trend.map((b: any) => [b.period, b.step, b.count])),
          revoked: nonZero(st.revoked.map((b: any) => [b.period, b.groundCode ?? '', b.count])),
          expiring: st.expiring.map((b: any) => [b.withinDays, b.count]),
          soon: st.soon.edges.map(({ node: n }: any) => [uuidOfGlobalId(n.license.id), n.expiresOn]),
        };
      },
    },
    postgraphile: null,
    sql: async (db, s, ctx) => {
      const from = fromOf(ctx.today);
      const where = local ? `e.district_code = $4` : 'TRUE';
      const params = local ? [ctx.today, from, ctx.today, s.district] : [ctx.today, from, ctx.today];
      const q = async (sql: string) => (await db.query(sql, params)).rows.map((r) => Object.values(r));
      const [byKindStatus, byCommune, byDistrict, licences, trend, revoked, expiring, soon] = await Promise.all([
        q(
          `SELECT e.kind, e.status, count(*)::int FROM regulated_entity e WHERE ${where} AND $1::date IS NOT NULL AND $2::date <= $3::date GROUP BY 1, 2`,
        ),
        q(
          `SELECT coalesce(e.commune_code_2025, ''), count(*)::int FROM regulated_entity e WHERE ${where} AND e.status = 'ACTIVE' AND $1::date <= $3::date AND $2::date IS NOT NULL GROUP BY 1`,
        ),
        q(
          `SELECT coalesce(e.district_code, ''), count(*)::int FROM regulated_entity e WHERE ${where} AND e.status = 'ACTIVE' AND $1::date <= $3::date AND $2::date IS NOT NULL GROUP BY 1`,
        ),
        q(`SELECT l.license_type, license_status_at(l, $1::date), count(*)::int FROM license l JOIN regulated_entity e ON e.id = l.holder_id
            WHERE ${where} AND l.effective_from <= $1::date AND $2::date <= $3::date GROUP BY 1, 2`),
        // Steps by month: events on their effective date (ISSUED on the issue date); EXPIRED the day after the expiry
        // date a licence's last step left it in force with (steps need it in force, so none follows an expiry).
        q(`SELECT to_char(d, 'YYYY-MM'), step, count(*)::int FROM (
             SELECT CASE WHEN ev.type = 'ISSUED' THEN l.issued_on ELSE ev.effective_on END AS d, ev.type AS step
               FROM license_event ev JOIN license l ON l.id = ev.license_id JOIN regulated_entity e ON e.id = l.holder_id
              WHERE ${where} AND ev.effective_on >= $2::date
             UNION ALL
             SELECT l.expires_on + 1, 'EXPIRED' FROM license l JOIN regulated_entity e ON e.id = l.holder_id
              WHERE ${where} AND l.status IN ('ACTIVE', 'SUSPENDED') AND l.expires_on + 1 BETWEEN $2::date AND $3::date) x
            WHERE d BETWEEN $2::date AND $3::date AND $1::date IS NOT NULL GROUP BY 1, 2`),
        q(`SELECT to_char(ev.effective_on, 'YYYY'), ev.ground_code, count(*)::int
             FROM license_event ev JOIN license l ON l.id = ev.license_id JOIN regulated_entity e ON e.id = l.holder_id
            WHERE ${where} AND ev.type = 'REVOKED' AND ev.effective_on BETWEEN $2::date AND $3::date AND $1::date IS NOT NULL GROUP BY 1, 2`),
        q(`SELECT w.days, count(l.id)::int FROM unnest(ARRAY[30, 60, 90]) w(days)
             LEFT JOIN (license l JOIN regulated_entity e ON e.id = l.holder_id AND ${where})
               ON l.status IN ('ACTIVE', 'SUSPENDED') AND l.expires_on BETWEEN $1::date AND $1::date + w.days AND l.last_effective_on <= $1::date
            WHERE $2::date <= $3::date GROUP BY 1 ORDER BY 1`),
        q(`SELECT l.id, l.expires_on FROM license l JOIN regulated_entity e ON e.id = l.holder_id
            WHERE ${where} AND l.status IN ('ACTIVE', 'SUSPENDED') AND l.expires_on BETWEEN $1::date AND $1::date + 90
              AND l.last_effective_on <= $1::date AND $2::date <= $3::date
            ORDER BY l.expires_on, l.id LIMIT 10`),
      ]);
      return {
        byKindStatus: sorted(byKindStatus),
        byCommune: sorted(byCommune),
        byDistrict: sorted(byDistrict),
        licences: sorted(licences),
        trend: nonZero(trend),
        revoked: nonZero(revoked),
        expiring,
        soon,
      };
    },
  };
}

/** The public list page's rows: name (the row header) and certificate number (4th cell), HTML entities decoded. */
function pageRows(html: string): { total: number; items: [string, string][] } {
  const decode = (t: string) =>
    t.replace(/&(amp|lt|gt|quot|#39);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
  const total = /<p class="summary" role="status">([\d.]+) điểm/.exec(html);
  const items = [
    ...html.matchAll(/<tr><th scope="row">([^<]*)<\/th><td>(?:[^<]|<(?!\/td>))*<\/td><td>(?:[^<]|<(?!\/td>))*<\/td><td>([^<]*)<\/td>/g),
  ].map((m) => [decode(m[1]), decode(m[2])] as [string, string]);
  return { total: total ? Number(total[1].replace(/\./g, '')) : -1, items };
}

/** The LICENSED public list on a date, as SQL: certificates in force (ACTIVE or SUSPENDED), by name. */
const PUBLIC_LICENSED = `FROM license l JOIN regulated_entity e ON e.id = l.holder_id
  WHERE l.license_type = 'GAME_POINT_CERTIFICATE' AND license_status_on(l.id, $1::date) IN ('ACTIVE', 'SUSPENDED')`;

/** The public unit filter of a 2025 commune: recorded in it, or in a 2024 ward that went whole into it. */
const PUBLIC_COMMUNE = `e.commune_code_2025 = $2`;

QUESTIONS.push(
  {
    id: 'Q7',
    title: 'public list page (HTML, no key): 20 licensed game points + count, whole province or one commune',
    samples: async (db) => [
      { unit: '' },
      ...(
        await db.query<{ code: string }>(
          `SELECT commune_code_2025 AS code FROM regulated_entity WHERE kind = 'GAME_SERVICE_POINT' AND commune_code_2025 IS NOT NULL
            GROUP BY 1 ORDER BY count(*) DESC LIMIT 7`,
        )
      ).rows.map((r) => ({ unit: r.code })),
    ],
    registryGet: {
      get: (s) => `/public/game-service-points?list=LICENSED${s.unit ? `&unit=${s.unit}` : ''}`,
      answer: (body) => pageRows(body),
    },
    // PostGraphile has no public list: the rule (status on a date from the events, the unit mapping) is the registry's.
    postgraphile: null,
    sql: async (db, s, ctx) => {
      const params: unknown[] = [ctx.today];
      let where = '';
      if (s.unit) {
        params.push(s.unit);
        where = ` AND ${PUBLIC_COMMUNE}`;
      }
      return one(
        db,
        `SELECT (SELECT count(*) ${PUBLIC_LICENSED}${where}) AS total,
                coalesce((SELECT json_agg(json_build_array(x.name, x.number) ORDER BY x.name_sort, x.holder_id, x.id)
                   FROM (SELECT e.name, e.name_sort, e.id AS holder_id, l.id, l.number ${PUBLIC_LICENSED}${where}
                          ORDER BY e.name_sort, e.id, l.id LIMIT 20) x), '[]') AS items`,
        params,
      );
    },
  },
  {
    id: 'Q8',
    title: 'public CSV of the whole province (licensed game points), streamed',
    samples: async () => [{}],
    registryGet: {
      get: () => `/public/game-service-points.csv?list=LICENSED`,
      // Rows and the certificate numbers of the first and last (the 12th column), as the raw SQL gives them.
      answer: (body) => {
        const lines = body
          .replace(/^\uFEFF/, '')
          .split('\r\n')
          .filter(Boolean)
          .slice(1);
        const number = (line: string | undefined) => (line ? line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)![11].replace(/,$/, '') : null);
        return { rows: lines.length, first: number(lines[0]), last: number(lines[lines.length - 1]) };
      },
    },
    postgraphile: null,
    stream: { rows: (body) => body.split('\r\n').filter(Boolean).length - 1 },
    sql: async (db, _s, ctx) =>
      one(
        db,
        `SELECT count(*)::int AS rows,
                (SELECT l.number ${PUBLIC_LICENSED} ORDER BY e.name_sort, e.id, l.id LIMIT 1) AS first,
                (SELECT l.number ${PUBLIC_LICENSED} ORDER BY e.name_sort DESC, e.id DESC, l.id DESC LIMIT 1) AS last
           ${PUBLIC_LICENSED}`,
        [ctx.today],
      ),
  },
);
