import type { DataSource } from 'typeorm';
import { REGULATED_ENTITY_GENERATED_COLUMNS } from '../src/entities/regulated-entity.entity';
import { startTestApp, TestApp } from './helpers/app';

/**
 * The entity classes (src/database/entities.ts) and the migrations describe the same schema: TypeORM's schema diff
 * against a freshly migrated database is empty. What TypeORM cannot express or compare (triggers, functions, GIN
 * trigram and expression indexes, descending index keys) is left out of its comparison in the entity classes and noted
 * there; the last test at least checks that those indexes exist.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

function disagree(queries: string[], what: string): string {
  return (
    `Entity classes and migrations disagree (${what}); fix the entity or write a migration. ` +
    `TypeORM would run:\n${queries.map((q) => `  ${q};`).join('\n')}`
  );
}

async function upQueries(ds: DataSource): Promise<string[]> {
  const sql = await ds.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}

test('every table of the migrated schema has an entity class', async () => {
  const tables = (await t.sql<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`))
    .map((r) => r.tablename)
    .filter((name) => name !== 'typeorm_migrations')
    .sort();
  const described = t.dataSource.entityMetadatas.map((m) => m.tableName).sort();
  expect(described).toEqual(tables);
});

test('TypeORM finds no difference between the entity classes and the migrated schema (as migration:generate sees it)', async () => {
  const queries = await upQueries(t.dataSource);
  if (queries.length) throw new Error(disagree(queries, 'createSchemaBuilder().log()'));
  expect(queries).toEqual([]);
});

/**
 * The generated columns, by table and column: `GENERATED ALWAYS AS (<expression>) STORED`. The entity classes declare
 * them without TypeORM's `generatedType` (see REGULATED_ENTITY_GENERATED_COLUMNS), and the tables holding them are
 * `synchronize: false`, because TypeORM reads a generated column back only through its own table `typeorm_metadata`,
 * which the migrations do not create.
 */
const GENERATED: Record<string, Readonly<Record<string, string>>> = {
  regulated_entity: REGULATED_ENTITY_GENERATED_COLUMNS,
};

/**
 * What TypeORM's schema builder skips is diffed here all the same: PostgreSQL itself checks each generation expression
 * against the migrated column, then — in this test's throwaway database only — TypeORM gets a typeorm_metadata holding
 * those verified expressions, the generated columns are declared to it, and the skipped tables are diffed too.
 */
test('TypeORM finds no difference in the tables the schema builder skips either (generated columns)', async () => {
  const ds = t.dataSource;
  const dbGenerated = await t.sql<{ table: string; column: string; type: string; expression: string }>(
    `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type, pg_get_expr(d.adbin, d.adrelid) AS expression
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE c.relnamespace = 'public'::regnamespace AND a.attgenerated = 's'`,
  );
  const declared = Object.entries(GENERATED).flatMap(([table, columns]) =>
    Object.entries(columns).map(([column, expression]) => ({ table, column, expression })),
  );
  expect(declared.map((g) => `${g.table}.${g.column}`).sort()).toEqual(dbGenerated.map((g) => `${g.table}.${g.column}`).sort());

  const runner = ds.createQueryRunner();
  const skipped = ds.entityMetadatas.filter((m) => !m.synchronize);
  const columns = declared.map((g) => {
    const column = ds.getMetadata(g.table).findColumnWithDatabaseName(g.column);
    if (!column) throw new Error(`${g.table}.${g.column} has no column in the entity class`);
    return { column, expression: g.expression };
  });
  try {
    // PostgreSQL normalises the declared expression the way it normalised the migration's.
    const mismatches: string[] = [];
    for (const g of declared) {
      const db = dbGenerated.find((d) => d.table === g.table && d.column === g.column)!;
      await runner.query(`CREATE TEMP TABLE orm_drift_probe (LIKE "${g.table}")`);
      try {
        await runner.query(
          `ALTER TABLE orm_drift_probe ADD COLUMN orm_drift_probe ${db.type} GENERATED ALWAYS AS (${g.expression}) STORED`,
        );
        const [probe] = (await runner.query(
          `SELECT pg_get_expr(d.adbin, d.adrelid) AS expression FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
            WHERE d.adrelid = 'orm_drift_probe'::regclass AND a.attname = 'orm_drift_probe'`,
        )) as { expression: string }[];
        if (probe.expression !== db.expression)
          mismatches.push(`${g.table}.${g.column}: declared ${probe.expression}, database has ${db.expression}`);
      } finally {
        await runner.query(`DROP TABLE orm_drift_probe`);
      }
    }
    if (mismatches.length) throw new Error(`Entity classes and migrations disagree on generated columns:\n  ${mismatches.join('\n  ')}`);

    const metadataTable = ds.metadataTableName;
    await runner.query(
      `CREATE TABLE "${metadataTable}" ("type" varchar NOT NULL, "database" varchar, "schema" varchar, "table" varchar, "name" varchar, "value" text)`,
    );
    for (const g of declared) {
      await runner.query(`INSERT INTO "${metadataTable}" VALUES ('GENERATED_COLUMN', current_database(), 'public', $1, $2, $3)`, [
        g.table,
        g.column,
        g.expression,
      ]);
    }
    for (const m of skipped) m.synchronize = true;
    for (const { column, expression } of columns) Object.assign(column, { generatedType: 'STORED', asExpression: expression });
    let queries: string[];
    try {
      queries = await upQueries(ds);
    } finally {
      for (const m of skipped) m.synchronize = false;
      for (const { column } of columns) Object.assign(column, { generatedType: undefined, asExpression: undefined });
      await runner.query(`DROP TABLE "${metadataTable}"`);
    }
    if (queries.length) throw new Error(disagree(queries, `including ${skipped.map((m) => m.tableName).join(', ')}`));
    expect(queries).toEqual([]);
  } finally {
    await runner.release();
  }
});

test('the indexes are those of the entity classes, including the ones TypeORM does not compare', async () => {
  // TypeORM does not load expression indexes at all and is told not to compare some others (synchronize: false),
  // so at least their names are checked here, both ways.
  const inDatabase = (
    await t.sql<{ name: string }>(
      `SELECT tablename || '.' || indexname AS name FROM pg_indexes i
        WHERE schemaname = 'public' AND tablename <> 'typeorm_migrations'
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname AND c.connamespace = 'public'::regnamespace)`,
    )
  )
    .map((r) => r.name)
    .sort();
  const declared = t.dataSource.entityMetadatas.flatMap((m) => m.indices.map((i) => `${m.tableName}.${i.name}`)).sort();
  expect(declared).toEqual(inDatabase);
});
