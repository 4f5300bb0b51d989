import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The newest licences EXPIRED on a date (issue 14's Q6 at national scale). `licenses(filter: {statuses: [EXPIRED]})`
 * reads the licences whose row decides (last step on or before the date: in force or suspended, past its expiry) apart
 * from those with a later step (the events decide), and merges their first rows (src/graphql/connection.ts, branches).
 * The first branch walks this index newest first and filters on its included columns: 536,669 of 1.5M licences are
 * EXPIRED today, but the newest are not, so a page used to read ~130,000 licence rows from the heap to find 50 (over the
 * 5-second statement timeout with a cold cache). Partial: only licences in force or suspended by their row.
 */
export class ExpiredPaths1765510000000 implements MigrationInterface {
  name = 'ExpiredPaths1765510000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX license_in_force_issued_idx ON license (issued_on, id) INCLUDE (expires_on, last_effective_on)
      WHERE status IN ('ACTIVE', 'SUSPENDED')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX license_in_force_issued_idx`);
  }
}
