import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { entityVisibility } from '../auth/jurisdiction';
import type { Viewer } from '../auth/viewer';
import { SqlParams } from '../graphql/sql';
import { ExportFile } from './change.enums';
import { FILE_FROM, FILE_ID, recordJsonSql } from './records';

export type SyncRecordJson = Record<string, unknown>;

/** Rows of each export file by id, in the export's shape (src/sync/records.ts), the viewer's jurisdiction in the SQL. */
export function createSyncLoaders(manager: EntityManager, viewer: Viewer) {
  const byId = (file: ExportFile) =>
    new DataLoader<string, SyncRecordJson | null>(async (ids) => {
      const p = new SqlParams();
      const idsParam = p.add(ids, 'uuid[]');
      const rows = (await manager.query(
        recordJsonSql(manager, file, viewer, FILE_FROM[file], [`${FILE_ID[file]} = ANY(${idsParam})`, entityVisibility(viewer, 'e', p)]),
        p.values,
      )) as { json: string }[];
      const records = rows.map((r) => JSON.parse(r.json) as SyncRecordJson);
      const map = new Map(records.map((r) => [r.id as string, r]));
      return ids.map((id) => map.get(id) ?? null);
    });
  return {
    [ExportFile.ENTITIES]: byId(ExportFile.ENTITIES),
    [ExportFile.LICENSES]: byId(ExportFile.LICENSES),
    [ExportFile.LICENSE_EVENTS]: byId(ExportFile.LICENSE_EVENTS),
  };
}
export type SyncLoaders = ReturnType<typeof createSyncLoaders>;

declare module '../graphql/context' {
  interface Loaders {
    sync: SyncLoaders;
  }
}
