import type { Client } from 'pg';

/** An index or constraint of the loaded tables, as PostgreSQL prints it. */
interface Definition {
  kind: 'index' | 'key' | 'foreign key';
  table: string;
  name: string;
  def: string;
  /** For a primary or unique key: its index (built first, then attached as the key: see buildIndexes). */
  indexDef: string | null;
}

/**
 * The indexes and constraints (primary/unique/exclusion keys, foreign keys in either direction) of the tables a bulk
 * load fills, read from the catalogue: dropped before the load and re-created after it from the same definitions,
 * so the schema ends exactly as the migrations made it (checked) and every row has been checked by them.
 * CHECK and NOT NULL constraints and the row triggers stay on during the load.
 */
export async function snapshot(db: Client, tables: string[]): Promise<Definition[]> {
  const { rows } = await db.query<Definition>(
    `SELECT 'index' AS kind, i.indrelid::regclass::text AS table, i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def,
            NULL AS "indexDef"
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
     UNION ALL
     SELECT CASE WHEN c.contype = 'f' THEN 'foreign key' ELSE 'key' END, c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid),
            CASE WHEN c.contype IN ('p', 'u') THEN pg_get_indexdef(c.conindid) END
       FROM pg_constraint c
      WHERE (c.contype IN ('p', 'u', 'x') AND c.conrelid = ANY($1::regclass[]))
         OR (c.contype = 'f' AND (c.conrelid = ANY($1::regclass[]) OR c.confrelid = ANY($1::regclass[])))
      ORDER BY 1, 2, 3`,
    [tables],
  );
  return rows;
}

/** Definitions of these tables only. */
export function ofTables(defs: Definition[], tables: string[]): Definition[] {
  return defs.filter((d) => tables.includes(d.table));
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function dropAll(db: Client, defs: Definition[]): Promise<void> {
  for (const d of defs.filter((x) => x.kind === 'foreign key')) await db.query(`ALTER TABLE ${d.table} DROP CONSTRAINT ${ident(d.name)}`);
  for (const d of defs.filter((x) => x.kind === 'key')) await db.query(`ALTER TABLE ${d.table} DROP CONSTRAINT ${ident(d.name)}`);
  for (const d of defs.filter((x) => x.kind === 'index')) await db.query(`DROP INDEX ${d.name}`);
}

/** A plain primary or unique key can be built as a unique index (SHARE lock: readers go on) and attached after. */
function attachable(d: Definition): boolean {
  return (
    d.kind === 'key' &&
    d.indexDef !== null &&
    /^(PRIMARY KEY|UNIQUE) \(/.test(d.def) &&
    !/DEFERRABLE|NULLS NOT DISTINCT|WITHOUT OVERLAPS/.test(d.def)
  );
}

async function timed(db: Client, sql: string, what: string, log: (line: string) => void): Promise<void> {
  const t = Date.now();
  await db.query(sql);
  log(`    ${((Date.now() - t) / 1000).toFixed(1).padStart(5)} s  ${what}`);
}

/**
 * Builds the indexes of `defs` on `workers` connections at once (largest tables first), plain primary and unique keys
 * as their unique index only: that takes a SHARE lock, so another connection may read the tables meanwhile (the
 * statistics rebuild does). attachKeys() then makes those indexes the keys.
 */
export async function buildIndexes(
  workers: Client[],
  defs: Definition[],
  sizeOf: (table: string) => number,
  log: (line: string) => void = () => undefined,
): Promise<void> {
  const queue = defs
    .filter((d) => d.kind === 'index' || attachable(d))
    // Trigram (GIN) indexes take longest: first, so the other worker builds the b-trees meanwhile; then the largest tables.
    .sort((a, b) => Number(/USING gin/.test(b.def)) - Number(/USING gin/.test(a.def)) || sizeOf(b.table) - sizeOf(a.table));
  await Promise.all(
    workers.map(async (db) => {
      for (let d = queue.shift(); d; d = queue.shift())
        await timed(db, d.kind === 'index' ? d.def : d.indexDef!, `${d.kind === 'index' ? 'index' : 'key index'} ${d.name}`, log);
    }),
  );
}

/** The keys of `defs` (their indexes built by buildIndexes, or built now), then the foreign keys, each checking every row. */
export async function attachKeys(db: Client, defs: Definition[], log: (line: string) => void = () => undefined): Promise<void> {
  for (const d of defs.filter((x) => x.kind === 'key')) {
    const sql = attachable(d)
      ? `ALTER TABLE ${d.table} ADD CONSTRAINT ${ident(d.name)} ${d.def.startsWith('PRIMARY KEY') ? 'PRIMARY KEY' : 'UNIQUE'} USING INDEX ${ident(d.name)}`
      : `ALTER TABLE ${d.table} ADD CONSTRAINT ${ident(d.name)} ${d.def}`;
    await timed(db, sql, `${d.kind} ${d.name}`, log);
  }
  for (const d of defs.filter((x) => x.kind === 'foreign key'))
    await timed(db, `ALTER TABLE ${d.table} ADD CONSTRAINT ${ident(d.name)} ${d.def}`, `${d.kind} ${d.name}`, log);
}

/** Re-creates indexes and keys on `workers` connections at once, then the keys and foreign keys. */
export async function restoreAll(
  workers: Client[],
  defs: Definition[],
  sizeOf: (table: string) => number,
  log: (line: string) => void = () => undefined,
): Promise<void> {
  await buildIndexes(workers, defs, sizeOf, log);
  await attachKeys(workers[0], defs, log);
}

export function sameDefinitions(a: Definition[], b: Definition[]): string | null {
  const key = (d: Definition) => `${d.kind} ${d.table} ${d.name} ${d.def}`;
  const as = new Set(a.map(key));
  const bs = new Set(b.map(key));
  const missing = [...as].filter((k) => !bs.has(k));
  const extra = [...bs].filter((k) => !as.has(k));
  return missing.length || extra.length ? `missing: ${missing.join('; ')} extra: ${extra.join('; ')}` : null;
}
