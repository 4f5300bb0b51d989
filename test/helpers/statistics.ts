import { graphql } from '../gql';
import type { TestApp } from './app';

/**
 * Brute-force recounts of what `statistics` answers, straight from the rows (license_status_on() is the reference rule
 * of a licence's status on a date), and the statistics documents the suites share.
 */

export const STATISTICS = graphql(`
  query StatisticsAll(
    $filter: StatisticsFilter
    $entityGroupBy: [EntityCountDimension!]!
    $unitLevel: StatisticsUnitLevel!
    $entityStatuses: [EntityStatus!]
    $asOf: LocalDate
    $licenseGroupBy: [LicenseCountDimension!]!
    $licenseUnitLevel: StatisticsUnitLevel
  ) {
    statistics(filter: $filter) {
      unitLevel
      unitCode
      unitName
      entityCounts(groupBy: $entityGroupBy, unitLevel: $unitLevel, statuses: $entityStatuses) {
        kind
        status
        unitCode
        unitName
        unmapped
        count
      }
      licenseCounts(asOf: $asOf, groupBy: $licenseGroupBy, unitLevel: $licenseUnitLevel) {
        kind
        licenseType
        status
        unitCode
        unmapped
        count
      }
    }
  }
`);

export const STEPS = graphql(`
  query StatisticsSteps(
    $filter: StatisticsFilter
    $from: LocalDate!
    $to: LocalDate!
    $interval: StatisticsInterval!
    $groupBy: [LicenseStepDimension!]!
    $unitLevel: StatisticsUnitLevel
  ) {
    statistics(filter: $filter) {
      licenseSteps(from: $from, to: $to, interval: $interval, groupBy: $groupBy, unitLevel: $unitLevel) {
        period
        periodStart
        periodEnd
        step
        groundCode
        kind
        licenseType
        unitCode
        unmapped
        count
      }
    }
  }
`);

export const EXPIRING = graphql(`
  query StatisticsExpiring(
    $filter: StatisticsFilter
    $asOf: LocalDate
    $withinDays: [Int!]!
    $groupBy: [LicenseCountDimension!]!
    $unitLevel: StatisticsUnitLevel
    $first: Int
    $after: String
    $days: Int!
  ) {
    statistics(filter: $filter) {
      expiringLicenseCounts(asOf: $asOf, withinDays: $withinDays, groupBy: $groupBy, unitLevel: $unitLevel) {
        withinDays
        until
        kind
        licenseType
        unitCode
        unmapped
        count
      }
      expiringLicenses(asOf: $asOf, withinDays: $days, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            expiresOn
            daysLeft
            status
            license {
              id
              number
              holder {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

export const GAME_POINT_LISTS = graphql(`
  query StatisticsGamePointLists($filter: StatisticsFilter, $asOf: LocalDate, $groupByUnit: Boolean!, $unitLevel: StatisticsUnitLevel!) {
    statistics(filter: $filter) {
      unitCode
      gamePointLists(asOf: $asOf, groupByUnit: $groupByUnit, unitLevel: $unitLevel) {
        list
        unitCode
        unitName
        unmapped
        count
      }
    }
  }
`);

/** A map "key|key|…" -> count, without zeros: the shape both sides of a recount are compared in. */
export function tally<T>(rows: readonly T[], key: (r: T) => unknown[], count: (r: T) => number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of rows) {
    const k = key(r)
      .map((x) => (x === null || x === undefined ? '' : String(x as string | number)))
      .join('|');
    out[k] = (out[k] ?? 0) + count(r);
  }
  for (const k of Object.keys(out)) if (out[k] === 0) delete out[k];
  return out;
}

/** Unit columns of regulated_entity by statistics level ('' where none, as the API's unmapped bucket). */
export const UNIT_SQL = {
  PROVINCE: `coalesce(e.province_code_2025, '')`,
  DISTRICT: `coalesce(e.district_code, '')`,
  COMMUNE: `coalesce(e.commune_code_2025, '')`,
} as const;

/** Entities by kind, status and unit at a level, counted from regulated_entity (optionally within a SQL condition on e). */
export async function recountEntities(t: TestApp, level: keyof typeof UNIT_SQL, where = 'TRUE') {
  return t.sql<{ kind: string; status: string; unit: string; n: number }>(
    `SELECT e.kind, e.status, ${UNIT_SQL[level]} AS unit, count(*)::int AS n FROM regulated_entity e WHERE ${where} GROUP BY 1, 2, 3`,
  );
}

/** Licences by holder kind, type, status on `asOf` and unit, counted with license_status_on(). */
export async function recountLicenses(t: TestApp, asOf: string, level: keyof typeof UNIT_SQL, where = 'TRUE') {
  return t.sql<{ kind: string; type: string; status: string; unit: string; n: number }>(
    `SELECT e.kind, l.license_type AS type, license_status_on(l.id, $1::date) AS status, ${UNIT_SQL[level]} AS unit, count(*)::int AS n
       FROM license l JOIN regulated_entity e ON e.id = l.holder_id
      WHERE license_status_on(l.id, $1::date) IS NOT NULL AND ${where}
      GROUP BY 1, 2, 3, 4`,
    [asOf],
  );
}

/**
 * Steps taking effect between two dates, from the events (ISSUED on the licence's issue date), and expiries: a day
 * on which license_status_on() says EXPIRED and did not the day before.
 */
export async function recountSteps(t: TestApp, from: string, to: string, where = 'TRUE') {
  return t.sql<{ step: string; ground: string; type: string; kind: string; day: string; n: number }>(
    `SELECT ev.type AS step, CASE WHEN ev.type = 'REVOKED' THEN ev.ground_code ELSE '' END AS ground, l.license_type AS type, e.kind,
            (CASE WHEN ev.type = 'ISSUED' THEN l.issued_on ELSE ev.effective_on END)::text AS day, count(*)::int AS n
       FROM license_event ev JOIN license l ON l.id = ev.license_id JOIN regulated_entity e ON e.id = l.holder_id
      WHERE (CASE WHEN ev.type = 'ISSUED' THEN l.issued_on ELSE ev.effective_on END) BETWEEN $1::date AND $2::date AND ${where}
      GROUP BY 1, 2, 3, 4, 5
     UNION ALL
     SELECT 'EXPIRED', '', l.license_type, e.kind, d.day::text, count(*)::int
       FROM license l JOIN regulated_entity e ON e.id = l.holder_id
      CROSS JOIN LATERAL (SELECT DISTINCT ev.expires_on_after + 1 AS day FROM license_event ev
                           WHERE ev.license_id = l.id AND ev.expires_on_after IS NOT NULL) d
      WHERE d.day BETWEEN $1::date AND $2::date AND license_status_on(l.id, d.day) = 'EXPIRED'
        AND license_status_on(l.id, d.day - 1) IS DISTINCT FROM 'EXPIRED' AND ${where}
      GROUP BY 1, 2, 3, 4, 5`,
    [from, to],
  );
}

/** Licences in force on `asOf` whose expiry date, as recorded on that date, is within `days` days. */
export async function recountExpiring(t: TestApp, asOf: string, days: number, where = 'TRUE') {
  return t.sql<{ id: string; kind: string; type: string; expires: string }>(
    `SELECT l.id, e.kind, l.license_type AS type, x.expires_on_after::text AS expires
       FROM license l JOIN regulated_entity e ON e.id = l.holder_id
      CROSS JOIN LATERAL (SELECT ev.expires_on_after FROM license_event ev WHERE ev.license_id = l.id AND ev.effective_on <= $1::date
                           ORDER BY ev.effective_on DESC, ev.seq DESC LIMIT 1) x
      WHERE license_status_on(l.id, $1::date) IN ('ACTIVE', 'SUSPENDED') AND x.expires_on_after BETWEEN $1::date AND $1::date + $2::int
        AND ${where}
      ORDER BY x.expires_on_after, l.id`,
    [asOf, days],
  );
}

/** The rollups as rows without zeros, to compare what the triggers kept with what statistics_rebuild() computes. */
export async function rollupSnapshot(t: TestApp): Promise<string[]> {
  const rows = await t.sql<{ r: string }>(
    `SELECT 'E ' || concat_ws(' ', kind, status, unit_version, ward_code, district_code, commune_code_2025, province_code_2025, n) AS r
       FROM statistics_entity_count WHERE n <> 0
     UNION ALL SELECT 'S ' || concat_ws(' ', scope, unit_code, grain, bucket, kind, license_type, status, n) FROM statistics_license_status WHERE n <> 0
     UNION ALL SELECT 'T ' || concat_ws(' ', scope, unit_code, grain, bucket, kind, license_type, step, ground_code, n) FROM statistics_license_step WHERE n <> 0
     UNION ALL SELECT 'U ' || concat_ws(' ', scope, unit_code, grain, bucket, step, ground_code, n) FROM statistics_license_step_total WHERE n <> 0
     UNION ALL SELECT 'X ' || concat_ws(' ', scope, unit_code, grain, bucket, kind, license_type, n) FROM statistics_license_expiry WHERE n <> 0
     ORDER BY 1`,
  );
  return rows.map((r) => r.r);
}
