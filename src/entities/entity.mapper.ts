import { KIND_SPEC } from './kinds';
import type { RegulatedEntityRecord } from './regulated-entity.entity';
import { fillEntity, RegulatedEntity } from './regulated-entity.types';

/** A row as the GraphQL object of its kind. */
export function toEntity(row: RegulatedEntityRecord): RegulatedEntity {
  const spec = KIND_SPEC[row.kind];
  const obj = fillEntity(new spec.objectType(), row);
  obj.details = row.details;
  return obj;
}
