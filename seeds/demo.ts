import 'reflect-metadata';
import { EntityManager, In } from 'typeorm';
import { EntityKind, REGISTRY_PREFIX } from '../src/entities/entity-kind';
import { RegistryCodeCounterRecord, RegulatedEntityRecord } from '../src/entities/regulated-entity.entity';
import { gameServicePoints } from './demo/game-service-points';
import { Generator } from './demo/generator';
import { loadGeography } from './demo/geography';
import { internetAccessPoints } from './demo/internet-access-points';
import { itEnterprises } from './demo/it-enterprises';
import { postalEnterprises } from './demo/postal-enterprises';
import { printingEstablishments } from './demo/printing-establishments';
import { publishers } from './demo/publishers';
import { radioUsers } from './demo/radio-frequency-users';
import { telecomOperators } from './demo/telecom-operators';
import { informationProviders } from './demo/information-providers';

/**
 * Deterministic demo data: a few hundred regulated entities of every kind spread over the 2024 districts of every
 * province the registry's (2025) province was formed from (Đồng Nai 75: the former Bình Phước 70 and Đồng Nai 75), with Vietnamese names, addresses and kind attributes. The same reference data gives the
 * same rows on every run (fixed PRNG seed; only the uuids differ). Entities registered from 1 Jul 2025 are
 * recorded with the 2025 (two-tier) commune their 2024 ward went into; older ones with the 2024 ward.
 * Registry codes follow the service's scheme (PREFIX-province-000001, by registration time) and the
 * `registry_code_counter` rows are raised to the last number used, so later registrations continue.
 */

const COUNTS: Record<EntityKind, number> = {
  GAME_SERVICE_POINT: 115,
  INTERNET_ACCESS_POINT: 80,
  IT_ENTERPRISE: 40,
  PRINTING_ESTABLISHMENT: 30,
  RADIO_FREQUENCY_USER: 30,
  INFORMATION_PROVIDER: 12,
  PUBLISHER: 16,
  POSTAL_ENTERPRISE: 16,
  TELECOM_OPERATOR: 13,
};

// ---------------------------------------------------------------------------------------------- loading

/**
 * Tables whose rows reference `regulated_entity` directly or through other tables (licences, their events…),
 * the deepest first, so that deleting in this order never trips a foreign key.
 */
async function dependentTables(m: EntityManager): Promise<string[]> {
  const rows = (await m.query(
    `WITH RECURSIVE refs(tbl, depth, path) AS (
       SELECT c.conrelid, 1, ARRAY[c.conrelid]
         FROM pg_constraint c
        WHERE c.contype = 'f' AND c.confrelid = 'regulated_entity'::regclass AND c.conrelid <> c.confrelid
       UNION ALL
       SELECT c.conrelid, r.depth + 1, r.path || c.conrelid
         FROM pg_constraint c JOIN refs r ON c.confrelid = r.tbl
        WHERE c.contype = 'f' AND c.conrelid <> c.confrelid AND NOT c.conrelid = ANY(r.path)
     )
     SELECT format('%I.%I', n.nspname, t.relname) AS name
       FROM refs JOIN pg_class t ON t.oid = refs.tbl JOIN pg_namespace n ON n.oid = t.relnamespace
      GROUP BY n.nspname, t.relname
      ORDER BY max(depth) DESC, 1`,
  )) as { name: string }[];
  return rows.map((r) => r.name);
}

/**
 * The append-only guards (row triggers running reject_modification() on DELETE) of the given tables,
 * e.g. the one of `license_event`. The audit log is never among them: nothing in it references an entity.
 */
async function appendOnlyGuards(m: EntityManager, tables: string[]): Promise<{ tbl: string; trigger: string }[]> {
  return (await m.query(
    `SELECT format('%I.%I', n.nspname, c.relname) AS tbl, quote_ident(tg.tgname) AS trigger
       FROM pg_trigger tg
       JOIN pg_class c ON c.oid = tg.tgrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_proc p ON p.oid = tg.tgfoid
      WHERE NOT tg.tgisinternal AND tg.tgenabled <> 'D' AND p.proname = 'reject_modification'
        AND (tg.tgtype & 8) <> 0 AND c.oid = ANY($1::regclass[])
      ORDER BY 1, 2`,
    [tables],
  )) as { tbl: string; trigger: string }[];
}

/**
 * `npm run seed:demo`: deletes every regulated entity with the rows that depend on it (licences and their
 * events, whose append-only guard is switched off for this transaction only — the ALTER TABLE lock keeps
 * every other session out until commit) and the registry-code counters, then loads the demo entities.
 * The audit log is left alone. Run it in a transaction.
 */
export async function reloadDemoEntities(m: EntityManager, opts: { provinceCode: string }): Promise<{ count: number; cleared: string[] }> {
  const tables = await dependentTables(m);
  const guards = tables.length ? await appendOnlyGuards(m, tables) : [];
  for (const g of guards) await m.query(`ALTER TABLE ${g.tbl} DISABLE TRIGGER ${g.trigger}`);
  for (const table of tables) await m.query(`DELETE FROM ${table}`);
  for (const g of guards) await m.query(`ALTER TABLE ${g.tbl} ENABLE TRIGGER ${g.trigger}`);
  await m.query(`DELETE FROM regulated_entity`);
  await m.query(`DELETE FROM registry_code_counter`);
  return { count: await seedDemoEntities(m, opts), cleared: tables };
}

/**
 * Inserts the demo entities of the 2025 province `opts.provinceCode` (the units must be loaded) and raises the
 * registry-code counters past them. Returns how many entities were inserted. Run it in a transaction.
 */
export async function seedDemoEntities(m: EntityManager, opts: { provinceCode: string }): Promise<number> {
  const geo = await loadGeography(m, opts.provinceCode);
  const g = new Generator(geo, opts.provinceCode);
  printingEstablishments(g, COUNTS.PRINTING_ESTABLISHMENT);
  publishers(g, COUNTS.PUBLISHER);
  postalEnterprises(g, COUNTS.POSTAL_ENTERPRISE);
  telecomOperators(g, COUNTS.TELECOM_OPERATOR);
  gameServicePoints(g, COUNTS.GAME_SERVICE_POINT);
  internetAccessPoints(g, COUNTS.INTERNET_ACCESS_POINT);
  itEnterprises(g, COUNTS.IT_ENTERPRISE);
  radioUsers(g, COUNTS.RADIO_FREQUENCY_USER);
  informationProviders(g, COUNTS.INFORMATION_PROVIDER);

  // Registry codes as the service issues them, numbered in order of registration, after any already issued: records
  // registered before 1 Jul 2025 were numbered by the registry of their 2024 province (GSP-70-…), later ones by the
  // registry's own (GSP-75-…); the merged province kept code 75, so the former Đồng Nai's sequence continues.
  const prefixOf = (kind: EntityKind, province: string) => `${REGISTRY_PREFIX[kind]}-${province}`;
  const provinces = [...new Set([opts.provinceCode, ...geo.districts.map((d) => d.provinceCode)])];
  const prefixes = Object.values(EntityKind).flatMap((k) => provinces.map((p) => prefixOf(k, p)));
  const existing = await m.findBy(RegistryCodeCounterRecord, { prefix: In(prefixes) });
  const last = new Map(existing.map((r) => [r.prefix, r.lastValue]));
  const rows = [...g.drafts].sort((a, b) => a.createdMs - b.createdMs || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  for (const d of rows) {
    const prefix = prefixOf(d.kind, d.registeredIn);
    const next = (last.get(prefix) ?? 0) + 1;
    last.set(prefix, next);
    d.registryCode = `${prefix}-${String(next).padStart(6, '0')}`;
  }
  for (let i = 0; i < rows.length; i += 1000) {
    await m.insert(
      RegulatedEntityRecord,
      rows.slice(i, i + 1000).map(({ createdMs, updatedMs, registeredIn: _r, ...d }) => ({
        ...d,
        createdAt: new Date(createdMs),
        updatedAt: new Date(updatedMs),
      })),
    );
  }

  // The same counter rows nextRegistryCode() increments, raised (never lowered) to the last number used.
  const used = [...last.entries()].filter(([prefix]) => rows.some((r) => r.registryCode!.startsWith(`${prefix}-`)));
  await m.query(
    `INSERT INTO registry_code_counter (prefix, last_value)
     SELECT * FROM unnest($1::text[], $2::int[])
     ON CONFLICT (prefix) DO UPDATE SET last_value = GREATEST(registry_code_counter.last_value, EXCLUDED.last_value)`,
    [used.map(([p]) => p), used.map(([, v]) => v)],
  );
  return rows.length;
}
