import DataLoader from 'dataloader';
import { entityVisibility } from '../auth/jurisdiction';
import type { LoaderScope } from '../graphql/context';
import { SqlParams } from '../graphql/sql';
import { entitySelect, EntityRecordRead } from './entity.columns';
import { toEntity } from './entity.mapper';
import type { RegulatedEntity } from './regulated-entity.types';

/**
 * Entities by uuid, with the viewer's jurisdiction in the SQL: an out-of-unit id loads as null. Only the columns the
 * operation asks for (`scope.fields`, read when the batch runs).
 */
export function createEntityLoaders(scope: LoaderScope) {
  const { manager, viewer } = scope;
  const byId = new DataLoader<string, RegulatedEntity | null>(async (ids) => {
    const p = new SqlParams();
    const idsParam = p.add(ids, 'uuid[]');
    const rows = (await manager.query(
      `SELECT ${entitySelect(manager, scope.fields)} FROM regulated_entity e
        WHERE e.id = ANY(${idsParam}) AND ${entityVisibility(viewer, 'e', p)}`,
      p.values,
    )) as EntityRecordRead[];
    const map = new Map(rows.map((r) => [r.id, toEntity(r)]));
    return ids.map((id) => map.get(id) ?? null);
  });
  return { byId };
}
export type EntityLoaders = ReturnType<typeof createEntityLoaders>;

declare module '../graphql/context' {
  interface Loaders {
    entities: EntityLoaders;
  }
}
