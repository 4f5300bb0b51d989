import type { Client } from 'pg';

/** An index or constraint of the loaded tables, as PostgreSQL prints it. */
interface Definition {
  kind: 'index' | 'key' | 'foreign key';
  table: string;
  name: string;
  def: string;
}

/**
 * The indexes and constraints (primary/unique/exclusion keys, foreign keys in either direction) of the tables a bulk
 * load fills, read from the catalogue: dropped before the load and re-created after it from the same definitions,
 * so the schema ends exactly as the migrations made it (checked) and every row has been checked by them.
 * CHECK and NOT NULL constraints and the row triggers stay on during the load.
 */
export async function snapshot(db: Client, tables: string[]): Promise<Definition[]> {
  const { rows } = await db.query<Definition>(
    `SELECT 'index' AS kind, i.indrelid::regclass::text AS table, i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u', 'x'))
     UNION ALL
     SELECT CASE WHEN c.contype = 'f' THEN 'foreign key' ELSE 'key' END, c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
       FROM pg_constraint c
      WHERE (c.contype IN ('p', 'u', 'x') AND c.conrelid = ANY($1::regclass[]))
         OR (c.contype = 'f' AND (c.conrelid = ANY($1::regclass[]) OR c.confrelid = ANY($1::regclass[])))
      ORDER BY 1, 2, 3`,
    [tables],
  );
  return rows;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function dropAll(db: Client, defs: Definition[]): Promise<void> {
  for (const d of defs.filter((x) => x.kind === 'foreign key')) await db.query(`ALTER TABLE ${d.table} DROP CONSTRAINT ${ident(d.name)}`);
  for (const d of defs.filter((x) => x.kind === 'key')) await db.query(`ALTER TABLE ${d.table} DROP CONSTRAINT ${ident(d.name)}`);
  for (const d of defs.filter((x) => x.kind === 'index')) await db.query(`DROP INDEX ${d.name}`);
}

/**
 * Re-creates indexes and keys on `workers` connections at once (largest tables first), then the foreign keys one by
 * one (each validates every row). Throws when the catalogue does not end as it began.
 */
export async function restoreAll(
  workers: Client[],
  defs: Definition[],
  sizeOf: (table: string) => number,
  log: (line: string) => void = () => undefined,
): Promise<void> {
  const queue = defs
    .filter((d) => d.kind !== 'foreign key')
    // Trigram (GIN) indexes take longest: first, so the other worker builds the b-trees meanwhile; then the largest tables.
    .sort((a, b) => Number(/USING gin/.test(b.def)) - Number(/USING gin/.test(a.def)) || sizeOf(b.table) - sizeOf(a.table));
  await Promise.all(
    workers.map(async (db) => {
      for (let d = queue.shift(); d; d = queue.shift()) {
        const t = Date.now();
        await db.query(d.kind === 'index' ? d.def : `ALTER TABLE ${d.table} ADD CONSTRAINT ${ident(d.name)} ${d.def}`);
        log(`    ${((Date.now() - t) / 1000).toFixed(1).padStart(5)} s  ${d.kind} ${d.name}`);
      }
    }),
  );
  for (const d of defs.filter((x) => x.kind === 'foreign key')) {
    const t = Date.now();
    await workers[0].query(`ALTER TABLE ${d.table} ADD CONSTRAINT ${ident(d.name)} ${d.def}`);
    log(`    ${((Date.now() - t) / 1000).toFixed(1).padStart(5)} s  ${d.kind} ${d.name}`);
  }
}

export function sameDefinitions(a: Definition[], b: Definition[]): string | null {
  const key = (d: Definition) => `${d.kind} ${d.table} ${d.name} ${d.def}`;
  const as = new Set(a.map(key));
  const bs = new Set(b.map(key));
  const missing = [...as].filter((k) => !bs.has(k));
  const extra = [...bs].filter((k) => !as.has(k));
  return missing.length || extra.length ? `missing: ${missing.join('; ')} extra: ${extra.join('; ')}` : null;
}
