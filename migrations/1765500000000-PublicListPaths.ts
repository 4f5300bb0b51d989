import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Read paths of the public lists (issue 10's speed, measured in the bench as Q7 and Q8).
 *
 * - `license_in_force_at(l, d)`: exactly `license_status_at(l, d) IN ('ACTIVE', 'SUSPENDED')` (a certificate in force
 *   on d, suspended or not), written as plain conditions on the licence row's cached columns so that the planner can
 *   estimate it. With the CASE of license_status_at the planner guessed that 48 of 9,231 in-force certificates qualify
 *   and sorted them all before taking 21 (250 ms at scale 0.1); with this it walks the game points in name order and
 *   stops after a page (under 1 ms). On or after `last_effective_on` the row's cache decides (ACTIVE or SUSPENDED, not
 *   past its expiry: a suspension that has lapsed reads ACTIVE, still in force); before it the events decide
 *   (`license_status_on`), as in license_status_at. A single SQL expression, so it is inlined.
 * - `regulated_entity_kind_name_idx` (kind, name_sort, id): the public list of one kind in name order, whatever the
 *   registry status of the point (a deregistered point's certificate stays on the lists as its decisions left it).
 * - `regulated_entity_commune_idx` gains `name_sort, id`: one commune's list in name order.
 * - `license_revoked_idx` (license_type, last_effective_on, id) of REVOKED rows: the revoked list, newest first. A
 *   revocation is the licence's last step, so its date is `last_effective_on`.
 */
export class PublicListPaths1765500000000 implements MigrationInterface {
  name = 'PublicListPaths1765500000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION license_in_force_at(l license, p_date date) RETURNS boolean
      LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT (l.last_effective_on <= p_date AND l.status IN ('ACTIVE', 'SUSPENDED')
                AND (l.expires_on IS NULL OR l.expires_on >= p_date))
            OR (l.last_effective_on > p_date AND license_status_on(l.id, p_date) IN ('ACTIVE', 'SUSPENDED'))
      $$`);
    await q.query(`CREATE INDEX regulated_entity_kind_name_idx ON regulated_entity (kind, name_sort, id)`);
    await q.query(`DROP INDEX regulated_entity_commune_idx`);
    await q.query(`CREATE INDEX regulated_entity_commune_idx ON regulated_entity (commune_code_2025, kind, name_sort, id)`);
    await q.query(`CREATE INDEX license_revoked_idx ON license (license_type, last_effective_on, id) WHERE status = 'REVOKED'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX license_revoked_idx`);
    await q.query(`DROP INDEX regulated_entity_commune_idx`);
    await q.query(`CREATE INDEX regulated_entity_commune_idx ON regulated_entity (commune_code_2025, kind)`);
    await q.query(`DROP INDEX regulated_entity_kind_name_idx`);
    await q.query(`DROP FUNCTION license_in_force_at(license, date)`);
  }
}
