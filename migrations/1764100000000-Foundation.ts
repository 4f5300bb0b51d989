import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The foundation: administrative units of both structures (2024 three-tier, 2025 two-tier),
 * authorities with validity dates, the regulated entities, API keys and the append-only audit log.
 *
 * Kind-specific attributes live in one JSONB column `details` of `regulated_entity`, not in eight 1:1
 * tables: every kind has a handful of attributes that are always read together with the entity, a
 * single table keeps one keyset-pagination path and one jurisdiction predicate for every kind, and the
 * service validates each kind's shape (class-validator) before it is written. A GIN or expression index
 * can be added when a dashboard filters on an attribute.
 */
export class Foundation1764100000000 implements MigrationInterface {
  name = 'Foundation1764100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS unaccent`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    // unaccent() is only STABLE; this wrapper pins the dictionary so it can feed generated columns and indexes.
    await q.query(`
      CREATE FUNCTION search_normalize(text) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$`);

    await q.query(`
      CREATE TABLE administrative_unit (
        version smallint NOT NULL CHECK (version IN (2024, 2025)),
        code text NOT NULL CHECK (code ~ '^[0-9]{2}([0-9]|[0-9]{3})?$'),
        level text NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT', 'WARD')),
        name text NOT NULL,
        full_name text NOT NULL,
        name_en text NOT NULL,
        unit_type text NOT NULL,
        unit_type_en text NOT NULL,
        parent_code text,
        province_code text NOT NULL,
        PRIMARY KEY (version, code),
        FOREIGN KEY (version, parent_code) REFERENCES administrative_unit (version, code),
        CHECK ((level = 'PROVINCE') = (parent_code IS NULL))
      )`);
    await q.query(`CREATE INDEX administrative_unit_parent_idx ON administrative_unit (version, parent_code, code)`);
    await q.query(`CREATE INDEX administrative_unit_level_idx ON administrative_unit (version, level, code)`);

    // Old (2024) unit -> new (2025) unit. Old codes are not all in the 2024 list (see src/reference/data/SOURCE.md),
    // so only the new side has a foreign key.
    await q.query(`
      CREATE TABLE administrative_unit_mapping (
        level text NOT NULL CHECK (level IN ('PROVINCE', 'WARD')),
        old_code text NOT NULL,
        old_name text NOT NULL,
        new_version smallint NOT NULL DEFAULT 2025 CHECK (new_version = 2025),
        new_code text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('full', 'partial')),
        PRIMARY KEY (old_code, new_code),
        FOREIGN KEY (new_version, new_code) REFERENCES administrative_unit (version, code)
      )`);
    await q.query(`CREATE INDEX administrative_unit_mapping_new_idx ON administrative_unit_mapping (new_code)`);

    await q.query(`
      CREATE TABLE authority (
        code text PRIMARY KEY,
        name text NOT NULL,
        level text NOT NULL CHECK (level IN ('MINISTRY', 'MINISTRY_DEPARTMENT', 'PROVINCIAL_DEPARTMENT',
          'PROVINCIAL_PEOPLES_COMMITTEE', 'DISTRICT_PEOPLES_COMMITTEE', 'COMMUNE_PEOPLES_COMMITTEE')),
        province_code text,
        unit_version smallint,
        unit_code text,
        valid_from date NOT NULL,
        valid_to date,
        successor_code text REFERENCES authority (code) DEFERRABLE INITIALLY DEFERRED,
        note text,
        CHECK (valid_to IS NULL OR valid_to >= valid_from),
        FOREIGN KEY (unit_version, unit_code) REFERENCES administrative_unit (version, code)
      )`);
    await q.query(`CREATE INDEX authority_validity_idx ON authority (valid_from, valid_to)`);

    await q.query(`
      CREATE TABLE regulated_entity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('PRINTING_ESTABLISHMENT', 'PUBLISHER', 'POSTAL_ENTERPRISE',
          'TELECOM_OPERATOR', 'GAME_SERVICE_POINT', 'INTERNET_ACCESS_POINT', 'IT_ENTERPRISE', 'RADIO_FREQUENCY_USER')),
        registry_code text NOT NULL UNIQUE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 255),
        legal_form text NOT NULL CHECK (legal_form IN ('ENTERPRISE', 'BRANCH', 'PUBLIC_UNIT', 'COOPERATIVE',
          'HOUSEHOLD_BUSINESS', 'INDIVIDUAL', 'OTHER_ORGANISATION')),
        tax_code text CHECK (tax_code ~ '^[0-9]{10}(-[0-9]{3})?$'),
        representative_name text,
        representative_title text,
        representative_id_number text,
        representative_phone text,
        representative_address text,
        contact_phone text,
        contact_email text,
        website text,
        street text NOT NULL,
        unit_version smallint NOT NULL,
        ward_code text NOT NULL,
        district_code text,
        province_code text NOT NULL,
        commune_code_2025 text,
        province_code_2025 text,
        latitude double precision CHECK (latitude BETWEEN -90 AND 90),
        longitude double precision CHECK (longitude BETWEEN -180 AND 180),
        notes text,
        details jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(details) = 'object'),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DEREGISTERED')),
        deregistered_on date,
        deregistration_reason text,
        name_sort text GENERATED ALWAYS AS (search_normalize(name)) STORED,
        search_text text GENERATED ALWAYS AS (
          search_normalize(name || ' ' || registry_code || ' ' || coalesce(tax_code, ''))) STORED,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        FOREIGN KEY (unit_version, ward_code) REFERENCES administrative_unit (version, code),
        CHECK ((status = 'DEREGISTERED') = (deregistered_on IS NOT NULL))
      )`);
    // Where an address lies in each structure is derived in the database, so every writer agrees:
    // a 2024 ward gives its district and, when it went whole into one commune, its 2025 commune;
    // a partial mapping is left NULL, never guessed (domain.md §2).
    await q.query(`
      CREATE FUNCTION regulated_entity_derive_units() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        unit administrative_unit%ROWTYPE;
      BEGIN
        SELECT * INTO unit FROM administrative_unit WHERE version = NEW.unit_version AND code = NEW.ward_code;
        IF NOT FOUND OR unit.level <> 'WARD' THEN
          RAISE EXCEPTION 'ward % does not exist in the % structure', NEW.ward_code, NEW.unit_version
            USING ERRCODE = 'foreign_key_violation', CONSTRAINT = 'regulated_entity_ward_fkey';
        END IF;
        NEW.province_code := unit.province_code;
        IF NEW.unit_version = 2024 THEN
          NEW.district_code := unit.parent_code;
          SELECT CASE WHEN count(*) = 1 AND bool_and(kind = 'full') THEN min(new_code) END
            INTO NEW.commune_code_2025
            FROM administrative_unit_mapping WHERE level = 'WARD' AND old_code = NEW.ward_code;
          SELECT min(new_code) INTO NEW.province_code_2025
            FROM administrative_unit_mapping WHERE level = 'PROVINCE' AND old_code = unit.province_code;
        ELSE
          NEW.district_code := NULL;
          NEW.commune_code_2025 := NEW.ward_code;
          NEW.province_code_2025 := unit.province_code;
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER regulated_entity_derive_units BEFORE INSERT OR UPDATE OF ward_code, unit_version
      ON regulated_entity FOR EACH ROW EXECUTE FUNCTION regulated_entity_derive_units()`);
    await q.query(`CREATE INDEX regulated_entity_kind_status_idx ON regulated_entity (kind, status)`);
    await q.query(`CREATE INDEX regulated_entity_district_idx ON regulated_entity (district_code, kind)`);
    await q.query(`CREATE INDEX regulated_entity_commune_idx ON regulated_entity (commune_code_2025, kind)`);
    await q.query(`CREATE INDEX regulated_entity_ward_idx ON regulated_entity (unit_version, ward_code)`);
    await q.query(`CREATE INDEX regulated_entity_name_idx ON regulated_entity (name_sort, id)`);
    await q.query(`CREATE INDEX regulated_entity_created_idx ON regulated_entity (created_at, id)`);
    await q.query(`CREATE INDEX regulated_entity_updated_idx ON regulated_entity (updated_at, id)`);
    await q.query(`CREATE INDEX regulated_entity_search_idx ON regulated_entity USING gin (search_text gin_trgm_ops)`);

    // Registry codes are gapless per prefix: the counter row is locked by the registering transaction.
    await q.query(`
      CREATE TABLE registry_code_counter (
        prefix text PRIMARY KEY,
        last_value integer NOT NULL
      )`);

    await q.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
        role text NOT NULL CHECK (role IN ('LOCAL_OFFICER', 'DEPARTMENT_OFFICER', 'MINISTRY_SYSTEM', 'ADMIN')),
        unit_version smallint,
        unit_code text,
        secret_hash bytea NOT NULL UNIQUE,
        secret_prefix text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        created_by text,
        expires_on date,
        revoked_at timestamptz,
        last_used_at timestamptz,
        FOREIGN KEY (unit_version, unit_code) REFERENCES administrative_unit (version, code),
        CHECK ((role = 'LOCAL_OFFICER') = (unit_code IS NOT NULL))
      )`);

    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_key_id uuid,
        actor_label text,
        actor_role text NOT NULL,
        request_id text,
        operation text NOT NULL,
        record_type text NOT NULL,
        record_id text NOT NULL,
        before jsonb,
        after jsonb,
        legal_basis text
      )`);
    await q.query(`CREATE INDEX audit_log_record_idx ON audit_log (record_type, record_id, id)`);
    await q.query(`CREATE INDEX audit_log_time_idx ON audit_log (occurred_at, id)`);
    await q.query(`
      CREATE FUNCTION reject_modification() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION reject_modification()`);
    await q.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION reject_modification()`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_log`);
    await q.query(`DROP FUNCTION reject_modification()`);
    await q.query(`DROP TABLE api_key`);
    await q.query(`DROP TABLE registry_code_counter`);
    await q.query(`DROP TABLE regulated_entity`);
    await q.query(`DROP FUNCTION regulated_entity_derive_units()`);
    await q.query(`DROP TABLE authority`);
    await q.query(`DROP TABLE administrative_unit_mapping`);
    await q.query(`DROP TABLE administrative_unit`);
    await q.query(`DROP FUNCTION search_normalize(text)`);
  }
}
