import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Steps by period without holder kind and licence type (issue 12, speed): a dashboard's monthly trend of every step
 * (`licenseSteps(groupBy: [STEP])`) summed ~490 rows of `statistics_license_step` per month (kind × type × step ×
 * ground) — 5,854 rows and ~12 ms for twelve months at the bench's scale 0.1, the largest part of a dashboard. The
 * same sums without kind and type are ~30 rows a month. `statistics_license_step_total` holds them, kept by
 * `statistics_apply` in the same statement as the other rollups (so in the same transaction as the events, rows
 * locked in the same order: status, step, step totals, expiry), and read whenever a series is neither grouped nor
 * filtered by kind or type.
 */
const APPLY = (withTotals: boolean) => `
  CREATE OR REPLACE FUNCTION statistics_apply(p_facts statistics_fact[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO statistics_license_status AS r (scope, unit_code, grain, bucket, kind, license_type, status, n)
    SELECT s.scope, s.unit_code, g.grain, g.bucket, f.kind, f.license_type, f.key, sum(f.n)
      FROM unnest(p_facts) f
     CROSS JOIN LATERAL (VALUES ('P', ''), ('D', f.district_code), ('C', f.commune_code_2025)) s(scope, unit_code)
     CROSS JOIN LATERAL (VALUES ('D', f.day), ('M', date_trunc('month', f.day)::date), ('Y', date_trunc('year', f.day)::date)) g(grain, bucket)
     WHERE f.metric = 'S'
     GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(f.n) <> 0
     ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (scope, unit_code, grain, bucket, kind, license_type, status) DO UPDATE SET n = r.n + EXCLUDED.n;

    INSERT INTO statistics_license_step AS r (scope, unit_code, grain, bucket, kind, license_type, step, ground_code, n)
    SELECT s.scope, s.unit_code, g.grain, g.bucket, f.kind, f.license_type, f.key, f.ground_code, sum(f.n)
      FROM unnest(p_facts) f
     CROSS JOIN LATERAL (VALUES ('P', ''), ('D', f.district_code), ('C', f.commune_code_2025)) s(scope, unit_code)
     CROSS JOIN LATERAL (VALUES ('D', f.day), ('W', date_trunc('week', f.day)::date), ('M', date_trunc('month', f.day)::date),
                                ('Y', date_trunc('year', f.day)::date)) g(grain, bucket)
     WHERE f.metric = 'T'
     GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 HAVING sum(f.n) <> 0
     ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
    ON CONFLICT (scope, unit_code, grain, bucket, kind, license_type, step, ground_code) DO UPDATE SET n = r.n + EXCLUDED.n;
${
  withTotals
    ? `
    INSERT INTO statistics_license_step_total AS r (scope, unit_code, grain, bucket, step, ground_code, n)
    SELECT s.scope, s.unit_code, g.grain, g.bucket, f.key, f.ground_code, sum(f.n)
      FROM unnest(p_facts) f
     CROSS JOIN LATERAL (VALUES ('P', ''), ('D', f.district_code), ('C', f.commune_code_2025)) s(scope, unit_code)
     CROSS JOIN LATERAL (VALUES ('D', f.day), ('W', date_trunc('week', f.day)::date), ('M', date_trunc('month', f.day)::date),
                                ('Y', date_trunc('year', f.day)::date)) g(grain, bucket)
     WHERE f.metric = 'T'
     GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(f.n) <> 0
     ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (scope, unit_code, grain, bucket, step, ground_code) DO UPDATE SET n = r.n + EXCLUDED.n;
`
    : ''
}
    INSERT INTO statistics_license_expiry AS r (scope, unit_code, grain, bucket, kind, license_type, n)
    SELECT s.scope, s.unit_code, g.grain, g.bucket, f.kind, f.license_type, sum(f.n)
      FROM unnest(p_facts) f
     CROSS JOIN LATERAL (VALUES ('P', ''), ('D', f.district_code), ('C', f.commune_code_2025)) s(scope, unit_code)
     CROSS JOIN LATERAL (VALUES ('D', f.day), ('M', date_trunc('month', f.day)::date), ('Y', date_trunc('year', f.day)::date)) g(grain, bucket)
     WHERE f.metric = 'E'
     GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(f.n) <> 0
     ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (scope, unit_code, grain, bucket, kind, license_type) DO UPDATE SET n = r.n + EXCLUDED.n;
  $$`;

export const REBUILD = (withTotals: boolean) => `
  CREATE OR REPLACE FUNCTION statistics_rebuild() RETURNS void LANGUAGE plpgsql AS $$
  DECLARE
    y date;
  BEGIN
    DELETE FROM statistics_entity_count;
    DELETE FROM statistics_license_status;
    DELETE FROM statistics_license_step;${withTotals ? '\n    DELETE FROM statistics_license_step_total;' : ''}
    DELETE FROM statistics_license_expiry;
    INSERT INTO statistics_entity_count
    SELECT kind, status, unit_version, ward_code, coalesce(district_code, ''), coalesce(commune_code_2025, ''),
           coalesce(province_code_2025, ''), count(*)
      FROM regulated_entity GROUP BY 1, 2, 3, 4, 5, 6, 7;
    CREATE TEMP TABLE statistics_rebuild_facts ON COMMIT DROP AS
    SELECT f.metric, e.kind, l.license_type, f.key, f.ground_code, coalesce(f.day, l.issued_on) AS day, sum(f.n)::integer AS n,
           coalesce(e.district_code, '') AS district_code, coalesce(e.commune_code_2025, '') AS commune_code_2025
      FROM statistics_license_facts(NULL) f
      JOIN license l ON l.id = f.license_id
      JOIN regulated_entity e ON e.id = l.holder_id
     GROUP BY 1, 2, 3, 4, 5, 6, 8, 9;
    FOR y IN SELECT DISTINCT date_trunc('year', day)::date FROM statistics_rebuild_facts ORDER BY 1 LOOP
      PERFORM statistics_apply(ARRAY(
        SELECT (r.metric, r.kind, r.license_type, r.key, r.ground_code, r.day, r.n, r.district_code, r.commune_code_2025)::statistics_fact
          FROM statistics_rebuild_facts r WHERE r.day >= y AND r.day < (y + interval '1 year')::date));
    END LOOP;
    DROP TABLE statistics_rebuild_facts;
  END $$`;

export class StatisticsStepTotals1765600000000 implements MigrationInterface {
  name = 'StatisticsStepTotals1765600000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE statistics_license_step_total (
        scope text NOT NULL CHECK (scope IN ('P', 'D', 'C')),
        unit_code text NOT NULL,
        grain text NOT NULL CHECK (grain IN ('Y', 'M', 'W', 'D')),
        bucket date NOT NULL,
        step text NOT NULL,
        ground_code text NOT NULL,
        n integer NOT NULL,
        PRIMARY KEY (scope, unit_code, grain, bucket, step, ground_code)
      )`);
    // The sums of what stands now; from here on statistics_apply keeps both.
    await q.query(`LOCK TABLE statistics_license_step IN SHARE MODE`);
    await q.query(`
      INSERT INTO statistics_license_step_total (scope, unit_code, grain, bucket, step, ground_code, n)
      SELECT scope, unit_code, grain, bucket, step, ground_code, sum(n)
        FROM statistics_license_step GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) <> 0`);
    await q.query(APPLY(true));
    await q.query(REBUILD(true));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(APPLY(false));
    await q.query(REBUILD(false));
    await q.query(`DROP TABLE statistics_license_step_total`);
  }
}
