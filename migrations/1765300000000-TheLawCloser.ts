import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 13, the law closer (domain.md §2–§6):
 *
 * - A ninth entity kind, INFORMATION_PROVIDER (general websites under Decree 147/2024, newsletters under the Press Law),
 *   and a field of state PRESS (press, newsletters, online information) that the Sở TT&TT handled until 28 Feb 2025
 *   and the Sở VH-TT-DL from 1 Mar 2025.
 * - Search also reads the street: `search_text` is regenerated with it, under the same trigram index.
 * - Enterprise codes: a 10-digit enterprise code is held by at most one registered (not deregistered) entity of a kind;
 *   a 13-digit branch code (10-3) is not constrained (several points of one branch). An expression index on the
 *   10-digit root finds every record of one enterprise, its branches included. The upgrade stops, naming them, if a
 *   database already holds such duplicates (correct or deregister them first).
 * - `license_type.one_current_per_holder`: the types of which a holder may hold only one licence in force at a time
 *   (src/reference/license-types.ts says which and why).
 * - `license_type_competence.holder_detail` / `holder_detail_values`: a competence row that applies only to holders
 *   whose kind attribute has one of these values (the Sở licenses intra-provincial post, the ministry the rest).
 * - `license_event.holder_unit_2024`: the holder's 2024 ward or district as a decision dated before 1 Jul 2025 names
 *   it, recorded when the holder's 2025 commune was formed from wards of several 2024 districts or provinces (so the
 *   competent district or province could not be read back from the mapping).
 */
export class TheLawCloser1765300000000 implements MigrationInterface {
  name = 'TheLawCloser1765300000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE authority_function DROP CONSTRAINT authority_function_function_check`);
    await q.query(`
      ALTER TABLE authority_function ADD CONSTRAINT authority_function_function_check
        CHECK (function IN ('POST', 'TELECOM', 'RADIO', 'IT', 'PRINTING', 'PUBLISHING', 'PRESS', 'GAMES', 'GENERAL'))`);

    await q.query(`ALTER TABLE regulated_entity DROP CONSTRAINT regulated_entity_kind_check`);
    await q.query(`
      ALTER TABLE regulated_entity ADD CONSTRAINT regulated_entity_kind_check
        CHECK (kind IN ('PRINTING_ESTABLISHMENT', 'PUBLISHER', 'POSTAL_ENTERPRISE', 'TELECOM_OPERATOR', 'GAME_SERVICE_POINT',
          'INTERNET_ACCESS_POINT', 'IT_ENTERPRISE', 'RADIO_FREQUENCY_USER', 'INFORMATION_PROVIDER'))`);

    await q.query(`DROP INDEX regulated_entity_search_idx`);
    await q.query(`ALTER TABLE regulated_entity DROP COLUMN search_text`);
    await q.query(`
      ALTER TABLE regulated_entity ADD COLUMN search_text text GENERATED ALWAYS AS (
        search_normalize(name || ' ' || registry_code || ' ' || coalesce(tax_code, '') || ' ' || street)) STORED`);
    await q.query(`CREATE INDEX regulated_entity_search_idx ON regulated_entity USING gin (search_text gin_trgm_ops)`);

    const duplicates = (await q.query(`
      SELECT kind, tax_code, string_agg(registry_code, ', ' ORDER BY registry_code) AS codes FROM regulated_entity
       WHERE status = 'ACTIVE' AND tax_code ~ '^[0-9]{10}$' GROUP BY kind, tax_code HAVING count(*) > 1`)) as {
      kind: string;
      tax_code: string;
      codes: string;
    }[];
    if (duplicates.length) {
      throw new Error(
        `registered entities of one kind share an enterprise code; correct or deregister them before this upgrade: ${duplicates
          .map((d) => `${d.kind} ${d.tax_code} (${d.codes})`)
          .join('; ')}`,
      );
    }
    await q.query(`
      CREATE UNIQUE INDEX regulated_entity_enterprise_code_key ON regulated_entity (kind, tax_code)
       WHERE status = 'ACTIVE' AND tax_code ~ '^[0-9]{10}$'`);
    await q.query(`CREATE INDEX regulated_entity_enterprise_idx ON regulated_entity (left(tax_code, 10)) WHERE tax_code IS NOT NULL`);

    await q.query(`ALTER TABLE license_type ADD COLUMN one_current_per_holder boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE license_type_competence ADD COLUMN holder_detail text`);
    await q.query(`ALTER TABLE license_type_competence ADD COLUMN holder_detail_values text[]`);
    await q.query(`
      ALTER TABLE license_type_competence ADD CONSTRAINT license_type_competence_holder_detail_check
        CHECK ((holder_detail IS NULL) = (holder_detail_values IS NULL))`);
    await q.query(`
      ALTER TABLE license_event ADD COLUMN holder_unit_2024 text
        CHECK (holder_unit_2024 ~ '^[0-9]{3}([0-9]{2})?$')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE license_event DROP COLUMN holder_unit_2024`);
    await q.query(`ALTER TABLE license_type_competence DROP CONSTRAINT license_type_competence_holder_detail_check`);
    await q.query(`ALTER TABLE license_type_competence DROP COLUMN holder_detail_values`);
    await q.query(`ALTER TABLE license_type_competence DROP COLUMN holder_detail`);
    await q.query(`ALTER TABLE license_type DROP COLUMN one_current_per_holder`);
    await q.query(`DROP INDEX regulated_entity_enterprise_idx`);
    await q.query(`DROP INDEX regulated_entity_enterprise_code_key`);
    await q.query(`DROP INDEX regulated_entity_search_idx`);
    await q.query(`ALTER TABLE regulated_entity DROP COLUMN search_text`);
    await q.query(`
      ALTER TABLE regulated_entity ADD COLUMN search_text text GENERATED ALWAYS AS (
        search_normalize(name || ' ' || registry_code || ' ' || coalesce(tax_code, ''))) STORED`);
    await q.query(`CREATE INDEX regulated_entity_search_idx ON regulated_entity USING gin (search_text gin_trgm_ops)`);
    await q.query(`ALTER TABLE regulated_entity DROP CONSTRAINT regulated_entity_kind_check`);
    await q.query(`
      ALTER TABLE regulated_entity ADD CONSTRAINT regulated_entity_kind_check
        CHECK (kind IN ('PRINTING_ESTABLISHMENT', 'PUBLISHER', 'POSTAL_ENTERPRISE', 'TELECOM_OPERATOR', 'GAME_SERVICE_POINT',
          'INTERNET_ACCESS_POINT', 'IT_ENTERPRISE', 'RADIO_FREQUENCY_USER'))`);
    await q.query(`ALTER TABLE authority_function DROP CONSTRAINT authority_function_function_check`);
    await q.query(`
      ALTER TABLE authority_function ADD CONSTRAINT authority_function_function_check
        CHECK (function IN ('POST', 'TELECOM', 'RADIO', 'IT', 'PRINTING', 'PUBLISHING', 'GAMES', 'GENERAL'))`);
  }
}
