import type { EntityManager } from 'typeorm';

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

/** Rows of any statement: TypeORM answers UPDATE/DELETE with [rows, count], everything else with rows. */
export async function queryRows<T>(manager: EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const raw = (await manager.query(sql, params)) as unknown;
  if (/^\s*(UPDATE|DELETE)\b/i.test(sql) && Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0])) {
    return raw[0] as T[];
  }
  return raw as T[];
}
