import { entityGlobalId } from '../entities/regulated-entity.types';
import { licenseGlobalId } from '../licenses/license.types';
import { Change, ChangeRow } from './change.types';

/** Whether a change is about a licence (one of its events) rather than an entity. */
export const isLicenseChange = (row: Pick<ChangeRow, 'eventId'>): boolean => row.eventId !== null;

export function toChange(row: ChangeRow): Change {
  if (!row.committedAt) throw new Error(`change ${row.xid}.${row.seq} has no commit row in sync_commit`);
  const c = new Change();
  c.objectId = isLicenseChange(row) ? licenseGlobalId(row.recordId) : entityGlobalId(row.recordId);
  c.kind = row.kind;
  c.committedAt = row.committedAt;
  c.row = row;
  return c;
}
