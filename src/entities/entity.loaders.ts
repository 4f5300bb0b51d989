import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { entityVisibility } from '../auth/jurisdiction';
import type { Viewer } from '../auth/viewer';
import { columnsOf, SqlParams } from '../graphql/sql';
import { toEntity } from './entity.mapper';
import { RegulatedEntityRecord } from './regulated-entity.entity';
import type { RegulatedEntity } from './regulated-entity.types';

/** Entities by uuid, with the viewer's jurisdiction in the SQL: an out-of-unit id loads as null. */
export function createEntityLoaders(manager: EntityManager, viewer: Viewer) {
  const byId = new DataLoader<string, RegulatedEntity | null>(async (ids) => {
    const p = new SqlParams();
    const idsParam = p.add(ids, 'uuid[]');
    const rows = (await manager.query(
      `SELECT ${columnsOf(manager, RegulatedEntityRecord, 'e')} FROM regulated_entity e
        WHERE e.id = ANY(${idsParam}) AND ${entityVisibility(viewer, 'e', p)}`,
      p.values,
    )) as RegulatedEntityRecord[];
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
