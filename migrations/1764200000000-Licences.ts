import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Licences and their legal life (domain.md §3, §5, §6).
 *
 * - Licence types, their legal bases, the competence table and revocation grounds are rows, not code,
 *   so a legal correction needs no release (rows marked `unsure` in src/reference/license-types.ts).
 * - `license_event` is append-only (a trigger rejects UPDATE, DELETE and TRUNCATE). Each event stores the
 *   state it leads to (`resulting_status`, `expires_on_after`, `suspended_until`), so the status on any date
 *   is the last event effective on or before it, with expiry and the end of a suspension applied to the date
 *   (`license_status_on`) — no nightly job, right on any day.
 * - `license.status`, `expires_on`, `number`, `suspended_until` are a cache of the latest event, written in
 *   the same transaction as the event; `version` serialises concurrent steps (a stale version is CONFLICT).
 */
export class Licences1764200000000 implements MigrationInterface {
  name = 'Licences1764200000000';

  public async up(q: QueryRunner): Promise<void> {
    // Which fields of state an authority handles, and since when, so that competence can tell the Sở KH&CN from
    // the Sở VH-TT-DL, and the Sở VH-TT-DL before 1 Mar 2025 (no printing, no publishing) from after.
    await q.query(`
      CREATE TABLE authority_function (
        authority_code text NOT NULL REFERENCES authority (code),
        function text NOT NULL CHECK (function IN ('POST', 'TELECOM', 'RADIO', 'IT', 'PRINTING', 'PUBLISHING', 'GAMES', 'GENERAL')),
        valid_from date NOT NULL,
        valid_to date,
        PRIMARY KEY (authority_code, function, valid_from),
        CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);

    await q.query(`
      CREATE TABLE license_type (
        code text PRIMARY KEY,
        name_vi text NOT NULL,
        entity_kinds text[] NOT NULL CHECK (cardinality(entity_kinds) > 0),
        term_kind text NOT NULL CHECK (term_kind IN ('YEARS', 'NONE', 'SINGLE_USE')),
        max_term_months integer CHECK (max_term_months > 0),
        on_public_list boolean NOT NULL DEFAULT false,
        description text NOT NULL,
        CHECK ((term_kind = 'YEARS') = (max_term_months IS NOT NULL))
      )`);
    await q.query(`
      CREATE TABLE license_legal_basis (
        license_type text NOT NULL REFERENCES license_type (code),
        code text NOT NULL,
        title text NOT NULL,
        valid_from date NOT NULL,
        valid_to date,
        max_renewals integer,
        max_renewal_months integer,
        unsure boolean NOT NULL DEFAULT false,
        note text,
        PRIMARY KEY (license_type, code),
        CHECK (valid_to IS NULL OR valid_to >= valid_from)
      )`);
    await q.query(`
      CREATE TABLE license_type_competence (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        license_type text NOT NULL REFERENCES license_type (code),
        authority_level text NOT NULL,
        authority_function text NOT NULL,
        valid_from date NOT NULL,
        valid_to date,
        unsure boolean NOT NULL DEFAULT false,
        note text,
        UNIQUE (license_type, authority_level, authority_function, valid_from)
      )`);
    await q.query(`
      CREATE TABLE revocation_ground (
        license_type text NOT NULL REFERENCES license_type (code),
        code text NOT NULL,
        description text NOT NULL,
        legal_source text,
        bars_reapplication_months integer CHECK (bars_reapplication_months > 0),
        PRIMARY KEY (license_type, code)
      )`);

    await q.query(`
      CREATE TABLE license (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number text NOT NULL CHECK (length(number) BETWEEN 1 AND 100),
        license_type text NOT NULL REFERENCES license_type (code),
        holder_id uuid NOT NULL REFERENCES regulated_entity (id),
        issuing_authority_code text NOT NULL REFERENCES authority (code),
        legal_basis_code text NOT NULL,
        decision_number text NOT NULL,
        decision_date date NOT NULL,
        signer_name text NOT NULL,
        signer_title text NOT NULL,
        issued_on date NOT NULL,
        effective_from date NOT NULL CHECK (effective_from >= issued_on),
        expires_on date CHECK (expires_on >= effective_from),
        scope text,
        conditions jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(conditions) = 'object'),
        status text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED', 'SURRENDERED')),
        suspended_until date,
        reapply_not_before date,
        last_effective_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        FOREIGN KEY (license_type, legal_basis_code) REFERENCES license_legal_basis (license_type, code),
        UNIQUE (issuing_authority_code, license_type, number)
      )`);
    await q.query(`CREATE INDEX license_holder_idx ON license (holder_id, issued_on DESC, id)`);
    await q.query(`CREATE INDEX license_type_status_idx ON license (license_type, status, expires_on)`);
    await q.query(`CREATE INDEX license_issued_idx ON license (issued_on, id)`);
    await q.query(`CREATE INDEX license_number_idx ON license USING gin (search_normalize(number) gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE license_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        license_id uuid NOT NULL REFERENCES license (id),
        seq integer NOT NULL CHECK (seq >= 1),
        type text NOT NULL CHECK (type IN ('ISSUED', 'AMENDED', 'RENEWED', 'REISSUED', 'SUSPENDED', 'REINSTATED', 'REVOKED', 'SURRENDERED')),
        effective_on date NOT NULL,
        decision_number text NOT NULL,
        decision_date date NOT NULL,
        signer_name text NOT NULL,
        signer_title text NOT NULL,
        authority_code text NOT NULL REFERENCES authority (code),
        reason text,
        ground_code text,
        ground_text text,
        changes jsonb,
        resulting_status text NOT NULL CHECK (resulting_status IN ('ACTIVE', 'SUSPENDED', 'REVOKED', 'SURRENDERED')),
        expires_on_after date,
        suspended_until date,
        reapply_not_before date,
        number_after text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        recorded_by text,
        UNIQUE (license_id, seq),
        CHECK ((type = 'ISSUED') = (seq = 1)),
        CHECK (type <> 'REVOKED' OR ground_code IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX license_event_timeline_idx ON license_event (license_id, effective_on DESC, seq DESC)`);
    await q.query(`CREATE INDEX license_event_type_idx ON license_event (type, effective_on)`);
    await q.query(`
      CREATE TRIGGER license_event_append_only BEFORE UPDATE OR DELETE ON license_event
      FOR EACH ROW EXECUTE FUNCTION reject_modification()`);
    await q.query(`
      CREATE TRIGGER license_event_no_truncate BEFORE TRUNCATE ON license_event
      FOR EACH STATEMENT EXECUTE FUNCTION reject_modification()`);

    // The status of a licence on a date, from its events (NULL before it took effect).
    await q.query(`
      CREATE FUNCTION license_status_on(p_license uuid, p_date date) RETURNS text
      LANGUAGE sql STABLE PARALLEL SAFE AS $$
        SELECT CASE
          WHEN ev.resulting_status IN ('REVOKED', 'SURRENDERED') THEN ev.resulting_status
          WHEN ev.expires_on_after IS NOT NULL AND ev.expires_on_after < p_date THEN 'EXPIRED'
          WHEN ev.resulting_status = 'SUSPENDED' AND ev.suspended_until IS NOT NULL AND ev.suspended_until < p_date THEN 'ACTIVE'
          ELSE ev.resulting_status
        END
        FROM (SELECT resulting_status, expires_on_after, suspended_until FROM license_event
               WHERE license_id = p_license AND effective_on <= p_date
               ORDER BY effective_on DESC, seq DESC LIMIT 1) ev
      $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION license_status_on(uuid, date)`);
    await q.query(`DROP TABLE license_event`);
    await q.query(`DROP TABLE license`);
    await q.query(`DROP TABLE revocation_ground`);
    await q.query(`DROP TABLE license_type_competence`);
    await q.query(`DROP TABLE license_legal_basis`);
    await q.query(`DROP TABLE license_type`);
    await q.query(`DROP TABLE authority_function`);
  }
}
