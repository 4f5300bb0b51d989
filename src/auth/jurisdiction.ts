import type { EntityTarget, ObjectLiteral } from 'typeorm';
import type { RequestContext } from '../graphql/context';
import { columnsOf, SqlParams } from '../graphql/sql';
import { Role } from './roles';
import type { Viewer } from './viewer';

/**
 * The one place where a viewer becomes a SQL predicate over `regulated_entity` (aliased `alias`).
 * Every list, count, loader and node lookup of entities (and of what hangs off them) includes it,
 * so a row outside the viewer's unit is never loaded (domain.md §2).
 *   - a 2024 district office: entities whose address lies in that district (2024 codes);
 *   - a 2025 commune office: entities recorded in that commune, and entities still recorded with a
 *     2024 ward that went whole (`full`) into it; a `partial` ward is not guessed into any commune.
 */
export function entityVisibility(viewer: Viewer, alias: string, params: SqlParams): string {
  switch (viewer.role) {
    case Role.DEPARTMENT_OFFICER:
    case Role.MINISTRY_SYSTEM:
    case Role.ADMIN:
      return 'TRUE';
    case Role.LOCAL_OFFICER: {
      const j = viewer.jurisdiction;
      if (!j) return 'FALSE';
      return j.version === 2024 ? `${alias}.district_code = ${params.add(j.code)}` : `${alias}.commune_code_2025 = ${params.add(j.code)}`;
    }
    default:
      return 'FALSE';
  }
}

/**
 * The one row-lock loader of the writes: the row `id` of `record` (a regulated entity, or a row whose `holder` property
 * names one, such as a licence) if the viewer may see it, locked until the transaction ends — `UPDATE` by the write that
 * changes it (a concurrent write waits, then fails its version check), `SHARE` by one that needs it to stay as read.
 * Null when it is missing or outside the viewer's jurisdiction.
 */
export async function lockVisibleRow<T extends ObjectLiteral & { id: string }>(
  ctx: RequestContext,
  record: EntityTarget<T>,
  id: string,
  opts: { lock: 'UPDATE' | 'SHARE'; holder?: keyof T & string },
): Promise<T | null> {
  const metadata = ctx.manager.dataSource.getMetadata(record);
  const holderColumn = opts.holder && metadata.findColumnWithPropertyName(opts.holder)?.databaseName;
  if (opts.holder && !holderColumn) throw new Error(`${metadata.name} has no column ${opts.holder}`);
  const p = new SqlParams();
  const idParam = p.add(id, 'uuid');
  const [row] = (await ctx.manager.query(
    `SELECT ${columnsOf(ctx.manager, record, 'r')} FROM ${metadata.tableName} r
       ${holderColumn ? `JOIN regulated_entity e ON e.id = r.${holderColumn}` : ''}
      WHERE r.id = ${idParam} AND ${entityVisibility(ctx.viewer, holderColumn ? 'e' : 'r', p)}
        FOR ${opts.lock} OF r`,
    p.values,
  )) as T[];
  return row ?? null;
}
