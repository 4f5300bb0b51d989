import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The newest licences EXPIRED on a date, without walking past the licences still in force (issue 14's Q6).
 *
 * migrations/1765510000000-ExpiredPaths.ts gave the first branch of `licenses(filter: {statuses: [EXPIRED]})` (the
 * licences whose row decides: in force or suspended by their row, past their expiry) an index on (issued_on, id) that
 * it walks newest first, filtering on the included expiry. Measured on the national data (1.5M licences, 536k of them
 * EXPIRED today): the newest licences are the ones not yet expired, so the first page still read 112k index entries
 * (62,636 buffers, 26–45 ms warm) before it found 50, and 16 clients asking for it kept both cores busy (62 req/s, p99
 * 690 ms).
 *
 * Here the expiry is the index's second key column, so the condition `expires_on < date` is an index condition and
 * PostgreSQL 18's skip scan jumps from one issue date to the next (a few thousand distinct days) instead of reading
 * every licence of a day that has none expired: the same page reads 233 buffers (under 1 ms warm). The page's order
 * (issued_on DESC, id DESC) comes from the index's first column plus an incremental sort of each day's few rows by id;
 * a cursor's `(issued_on, id) < (…)` bounds the first column. The lists of other statuses do not use this index
 * (their rows are decided by license_status_at; EXPLAIN shows license_issued_idx before and after).
 */
export class ExpiredSkipScan1765800000000 implements MigrationInterface {
  name = 'ExpiredSkipScan1765800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX license_in_force_issued_idx`);
    await q.query(`
      CREATE INDEX license_in_force_issued_expiry_idx ON license (issued_on, expires_on) INCLUDE (id, last_effective_on)
      WHERE status IN ('ACTIVE', 'SUSPENDED')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX license_in_force_issued_expiry_idx`);
    await q.query(`
      CREATE INDEX license_in_force_issued_idx ON license (issued_on, id) INCLUDE (expires_on, last_effective_on)
      WHERE status IN ('ACTIVE', 'SUSPENDED')`);
  }
}
