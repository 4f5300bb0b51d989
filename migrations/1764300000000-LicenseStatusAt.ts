import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The status of a licence on a date, read from its row when it can be.
 *
 * The licence row caches the state its latest event leads to (`status`, `expires_on`, `suspended_until`) and that
 * event's date (`last_effective_on`), written in the event's transaction; steps are appended in date order (a step
 * before the last event is refused). So on any date on or after `last_effective_on` the status is a pure function of
 * the row — the same rule as `license_status_on` applies to the last event — and only earlier dates need the events.
 * The function is a single SQL expression, so the planner inlines it: "EXPIRED today" becomes a condition on
 * `status` and `expires_on` that an index can serve, instead of one event lookup per licence.
 */
export class LicenseStatusAt1764300000000 implements MigrationInterface {
  name = 'LicenseStatusAt1764300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION license_status_at(l license, p_date date) RETURNS text
      LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT CASE
          WHEN l.last_effective_on > p_date THEN license_status_on(l.id, p_date)
          WHEN l.status IN ('REVOKED', 'SURRENDERED') THEN l.status
          WHEN l.expires_on IS NOT NULL AND l.expires_on < p_date THEN 'EXPIRED'
          WHEN l.status = 'SUSPENDED' AND l.suspended_until IS NOT NULL AND l.suspended_until < p_date THEN 'ACTIVE'
          ELSE l.status
        END
      $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION license_status_at(license, date)`);
  }
}
