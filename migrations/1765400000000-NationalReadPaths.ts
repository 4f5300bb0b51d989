import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read paths at national scale (issue 14): conditions and indexes the planner can use for "licences in a status on a
 * date", the entity lists of one kind or district in name order, and a notification when an API key changes.
 *
 * - `license_may_be(l, d, s)`: a condition every licence whose status on `d` is `s` meets (it may let others through),
 *   written on the licence row's cached columns only. `license_status_at(l, d) = s` stays the exact rule (the reads
 *   AND both); this one is there for the planner, which can neither index nor estimate the CASE of license_status_at.
 *   On or after `last_effective_on` the row's cache decides (see migrations/1764300000000-LicenseStatusAt.ts); before
 *   it anything is possible, hence the `last_effective_on > d` branch (served by its own index: rare for today).
 *   A single SQL expression: inlined, and with a literal status the CASE folds to one branch.
 * - `license_expiry_idx`: expiry dates of licences not revoked or surrendered: "EXPIRED on D" is an index range.
 * - `license_last_effective_idx`: the licences that had a step after D (the events decide for those).
 * - `regulated_entity_kind_status_idx` and `regulated_entity_district_idx` gain `name_sort, id`: the first page of one
 *   kind (or of one district's kind) in name order is read from the index, not by walking every name.
 * - A statement trigger NOTIFYs `api_key_changed` on every change to `api_key`: the API's key cache empties on it
 *   (src/auth/api-key-cache.ts), so a revoked key stops working at once in every process.
 */
export class NationalReadPaths1765400000000 implements MigrationInterface {
  name = 'NationalReadPaths1765400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION license_may_be(l license, p_date date, p_status text) RETURNS boolean
      LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT l.last_effective_on > p_date OR CASE p_status
          WHEN 'REVOKED' THEN l.status = 'REVOKED'
          WHEN 'SURRENDERED' THEN l.status = 'SURRENDERED'
          WHEN 'EXPIRED' THEN l.status IN ('ACTIVE', 'SUSPENDED') AND l.expires_on < p_date
          WHEN 'ACTIVE' THEN l.status IN ('ACTIVE', 'SUSPENDED') AND (l.expires_on IS NULL OR l.expires_on >= p_date)
          WHEN 'SUSPENDED' THEN l.status = 'SUSPENDED' AND (l.expires_on IS NULL OR l.expires_on >= p_date)
          ELSE true
        END
      $$`);
    await q.query(`CREATE INDEX license_expiry_idx ON license (expires_on) WHERE status IN ('ACTIVE', 'SUSPENDED')`);
    // Issue 12's Statistics migration (1765200000000, earlier) creates the same index: it owns it.
    await q.query(`CREATE INDEX IF NOT EXISTS license_last_effective_idx ON license (last_effective_on)`);

    await q.query(`DROP INDEX regulated_entity_kind_status_idx`);
    await q.query(`CREATE INDEX regulated_entity_kind_status_idx ON regulated_entity (kind, status, name_sort, id)`);
    await q.query(`DROP INDEX regulated_entity_district_idx`);
    await q.query(`CREATE INDEX regulated_entity_district_idx ON regulated_entity (district_code, kind, status, name_sort, id)`);

    await q.query(`
      CREATE FUNCTION api_key_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('api_key_changed', '');
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER api_key_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON api_key
      FOR EACH STATEMENT EXECUTE FUNCTION api_key_changed()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER api_key_changed ON api_key`);
    await q.query(`DROP FUNCTION api_key_changed()`);
    await q.query(`DROP INDEX regulated_entity_district_idx`);
    await q.query(`CREATE INDEX regulated_entity_district_idx ON regulated_entity (district_code, kind)`);
    await q.query(`DROP INDEX regulated_entity_kind_status_idx`);
    await q.query(`CREATE INDEX regulated_entity_kind_status_idx ON regulated_entity (kind, status)`);
    await q.query(`DROP INDEX license_expiry_idx`);
    await q.query(`DROP FUNCTION license_may_be(license, date, text)`);
  }
}
