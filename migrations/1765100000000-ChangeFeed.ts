import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The change feed for national systems (issue 11): every registration, update and deregistration of an entity and
 * every licence event, in an order a consumer can resume without missing or repeating a change.
 *
 * The technique (src/sync/checkpoint.ts reads it):
 * - Statement-level AFTER triggers on `regulated_entity` (INSERT, UPDATE) and `license_event` (INSERT) write one row
 *   per changed row into `sync_change`, in the writing transaction, stamped with that transaction's id
 *   (`pg_current_xact_id()`, 64 bits, never wraps) and an identity `seq`. They also fire for COPY, so bulk loads are
 *   recorded, and they are set-based (transition tables): one INSERT … SELECT per statement, not one per row.
 * - A reader only reads changes of transactions below the oldest one still running,
 *   `pg_snapshot_xmin(pg_current_snapshot())`: every transaction below it has ended, so that part of the table can
 *   never grow again. Reading it in (xid, seq) order and remembering the last (xid, seq) read can therefore neither
 *   skip a change committed late by a long transaction that started early (it stays above the bound until it ends)
 *   nor repeat one.
 * - The first change of a transaction also writes its row in `sync_commit`; a deferred constraint trigger stamps it
 *   with `clock_timestamp()` when the transaction commits, so each change carries the time of its commit.
 *
 * The feed gives the kind of change and the object's id; the state is read when the page is read (entities, licences)
 * or is immutable (licence events), so a consumer that applies pages in order ends with the database's state.
 * `sync_feed` holds the feed's identity (created on first use, so a database cloned from a template gets its own): a
 * checkpoint of another registry is refused. Existing rows are recorded once below, so a feed read from the start
 * holds the whole registry.
 *
 * Also: `audit_log` gets the two columns a data-sharing read records (Decrees 47/2020, 194/2025: every release is
 * logged with its legal basis): the filters asked for and the number of rows released.
 */
export class ChangeFeed1765100000000 implements MigrationInterface {
  name = 'ChangeFeed1765100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sync_feed (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE sync_commit (
        xid bigint PRIMARY KEY,
        committed_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`
      CREATE TABLE sync_change (
        xid bigint NOT NULL,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        kind text NOT NULL CHECK (kind IN ('ENTITY_REGISTERED', 'ENTITY_UPDATED', 'ENTITY_DEREGISTERED', 'LICENSE_ISSUED',
          'LICENSE_AMENDED', 'LICENSE_RENEWED', 'LICENSE_REISSUED', 'LICENSE_SUSPENDED', 'LICENSE_REINSTATED',
          'LICENSE_REVOKED', 'LICENSE_SURRENDERED')),
        record_id uuid NOT NULL,
        event_id uuid,
        PRIMARY KEY (xid, seq),
        CHECK ((kind LIKE 'LICENSE\\_%') = (event_id IS NOT NULL))
      )`);

    // Once per transaction (the first statement that records a change), stamped again when it commits.
    await q.query(`
      CREATE FUNCTION sync_note_transaction() RETURNS void LANGUAGE sql AS $$
        INSERT INTO sync_commit (xid) VALUES (pg_current_xact_id()::text::bigint) ON CONFLICT (xid) DO NOTHING
      $$`);
    await q.query(`
      CREATE FUNCTION sync_stamp_commit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE sync_commit SET committed_at = clock_timestamp() WHERE xid = NEW.xid;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER sync_commit_stamp AFTER INSERT ON sync_commit
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION sync_stamp_commit()`);

    await q.query(`
      CREATE FUNCTION sync_record_entity_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        n bigint;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO sync_change (xid, kind, record_id)
          SELECT pg_current_xact_id()::text::bigint, 'ENTITY_REGISTERED', r.id FROM new_rows r;
        ELSE
          INSERT INTO sync_change (xid, kind, record_id)
          SELECT pg_current_xact_id()::text::bigint,
                 CASE WHEN r.status = 'DEREGISTERED' AND o.status <> 'DEREGISTERED' THEN 'ENTITY_DEREGISTERED' ELSE 'ENTITY_UPDATED' END,
                 r.id
            FROM new_rows r JOIN old_rows o ON o.id = r.id
           WHERE (o.*) IS DISTINCT FROM (r.*);
        END IF;
        GET DIAGNOSTICS n = ROW_COUNT;
        IF n > 0 THEN PERFORM sync_note_transaction(); END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER sync_entity_inserted AFTER INSERT ON regulated_entity
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sync_record_entity_changes()`);
    await q.query(`
      CREATE TRIGGER sync_entity_updated AFTER UPDATE ON regulated_entity
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sync_record_entity_changes()`);

    // A licence changes only through its events (the licence row is a cache of the latest one, written in the same
    // transaction): one change per event, naming the licence and the event.
    await q.query(`
      CREATE FUNCTION sync_record_license_events() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        n bigint;
      BEGIN
        INSERT INTO sync_change (xid, kind, record_id, event_id)
        SELECT pg_current_xact_id()::text::bigint, 'LICENSE_' || r.type, r.license_id, r.id FROM new_rows r;
        GET DIAGNOSTICS n = ROW_COUNT;
        IF n > 0 THEN PERFORM sync_note_transaction(); END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER sync_license_event_inserted AFTER INSERT ON license_event
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION sync_record_license_events()`);

    // What the registry already holds, once, oldest first: a feed read from the start holds every row.
    await q.query(`
      INSERT INTO sync_change (xid, kind, record_id, event_id)
      SELECT pg_current_xact_id()::text::bigint, c.kind, c.record_id, c.event_id
        FROM (SELECT 'ENTITY_REGISTERED' AS kind, e.id AS record_id, NULL::uuid AS event_id, e.created_at AS at, 0 AS o
                FROM regulated_entity e
              UNION ALL
              SELECT 'LICENSE_' || ev.type, ev.license_id, ev.id, ev.recorded_at, 1 FROM license_event ev) c
       ORDER BY c.at, c.o, c.record_id, c.event_id`);
    await q.query(`
      INSERT INTO sync_commit (xid) SELECT DISTINCT xid FROM sync_change`);

    await q.query(`ALTER TABLE audit_log ADD COLUMN filters jsonb, ADD COLUMN rows_released integer CHECK (rows_released >= 0)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log DROP COLUMN rows_released, DROP COLUMN filters`);
    await q.query(`DROP TRIGGER sync_license_event_inserted ON license_event`);
    await q.query(`DROP TRIGGER sync_entity_updated ON regulated_entity`);
    await q.query(`DROP TRIGGER sync_entity_inserted ON regulated_entity`);
    await q.query(`DROP FUNCTION sync_record_license_events()`);
    await q.query(`DROP FUNCTION sync_record_entity_changes()`);
    await q.query(`DROP TABLE sync_change`);
    await q.query(`DROP TABLE sync_commit`);
    await q.query(`DROP FUNCTION sync_stamp_commit()`);
    await q.query(`DROP FUNCTION sync_note_transaction()`);
    await q.query(`DROP TABLE sync_feed`);
  }
}
