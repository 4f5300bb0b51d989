import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/** Collects positional parameters while a query's text is built, so values are never spliced into SQL. */
export class SqlParams {
  readonly values: unknown[] = [];

  /** Adds a value and returns its placeholder, e.g. `$3`, with an optional cast. */
  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return cast ? `$${this.values.length}::${cast}` : `$${this.values.length}`;
  }
}

/** Escapes LIKE wildcards in user text. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const selectLists = new WeakMap<object, Map<string, string>>();

/**
 * The select list `alias.column AS "property"` of every column an entity class loads (all but those marked
 * `select: false`), or of those of its properties in `only`: the rows of a hand-written query that selects it have the
 * shape of that class (or of the part asked), so the `*.entity.ts` class that describes the table (checked against the
 * migrations by test/orm-drift.test.ts) stays its one description.
 */
export function columnsOf(manager: EntityManager, entity: EntityTarget<ObjectLiteral>, alias: string, only?: ReadonlySet<string>): string {
  const metadata = manager.dataSource.getMetadata(entity);
  let byAlias = selectLists.get(metadata);
  if (!byAlias) selectLists.set(metadata, (byAlias = new Map()));
  const key = only ? `${alias}:${[...only].sort().join(',')}` : alias;
  let list = byAlias.get(key);
  if (list === undefined) {
    list = metadata.columns
      .filter((c) => c.isSelect && !c.isVirtual && (!only || only.has(c.propertyName)))
      .map((c) => `${alias}.${c.databaseName} AS "${c.propertyName}"`)
      .join(', ');
    byAlias.set(key, list);
  }
  return list;
}

/**
 * A loaded row keyed by its table's column names ({ registry_code: … }), for records that outlive the code, such as
 * the audit log: they keep the database's names whatever the TypeScript ones. Only the columns the row carries.
 */
export function columnRecord<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, row: T): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const c of manager.dataSource.getMetadata(entity).columns) {
    const value = (row as Record<string, unknown>)[c.propertyName];
    if (value !== undefined && c.isSelect && !c.isVirtual) record[c.databaseName] = value;
  }
  return record;
}

/** INSERT through TypeORM, RETURNING each row as stored (defaults and triggers applied), shaped as its class. */
export async function insertReturning<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  values: QueryDeepPartialEntity<T> | QueryDeepPartialEntity<T>[],
): Promise<T[]> {
  const table = manager.dataSource.getMetadata(entity).tableName;
  const result = await manager
    .createQueryBuilder()
    .insert()
    .into(entity)
    .values(values)
    .returning(columnsOf(manager, entity, table))
    .updateEntity(false)
    .execute();
  return result.raw as T[];
}

/** UPDATE through TypeORM (`where` names properties, e.g. `id = :id`), RETURNING the rows as they are now. */
export async function updateReturning<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  set: QueryDeepPartialEntity<T>,
  where: string,
  params: ObjectLiteral,
): Promise<T[]> {
  const table = manager.dataSource.getMetadata(entity).tableName;
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set(set)
    .where(where, params)
    .returning(columnsOf(manager, entity, table))
    .updateEntity(false)
    .execute();
  return result.raw as T[];
}

/**
 * Writes many rows in one statement, `INSERT … SELECT * FROM unnest($1::type[], …) ON CONFLICT (key) DO UPDATE`, the
 * columns and their types taken from the entity class: for bulk loads (thousands of official units), where TypeORM's
 * upsert would send one parameter per value. Plain columns only (no arrays, no jsonb).
 */
export async function bulkUpsert<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  rows: readonly T[],
  key: readonly (keyof T & string)[],
): Promise<void> {
  if (!rows.length) return;
  const metadata = manager.dataSource.getMetadata(entity);
  const columns = metadata.columns.filter((c) => c.isInsert && rows.some((r) => r[c.propertyName] !== undefined));
  const keyColumns = key.map((k) => metadata.findColumnWithPropertyName(k)!.databaseName);
  const names = columns.map((c) => c.databaseName);
  const types = columns.map((c) => manager.dataSource.driver.normalizeType(c));
  const updates = names.filter((n) => !keyColumns.includes(n)).map((n) => `${n} = EXCLUDED.${n}`);
  await manager.query(
    `INSERT INTO ${metadata.tableName} (${names.join(', ')})
     SELECT * FROM unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})
     ON CONFLICT (${keyColumns.join(', ')}) ${updates.length ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING'}`,
    columns.map((c) => rows.map((r) => (r[c.propertyName] as unknown) ?? null)),
  );
}
