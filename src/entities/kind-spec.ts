import type { ClassType } from 'type-graphql';
import type { EntityKind } from './entity-kind';
import type { RegulatedEntity } from './regulated-entity.types';
import type { FieldProblem } from '../graphql/errors';

/** What the generic registration, update and read code needs to know about one kind. */
export interface KindSpec {
  kind: EntityKind;
  /** GraphQL object type of the kind, e.g. GameServicePoint. */
  objectType: ClassType<RegulatedEntity & { details: object }>;
  /** Input + object type of the kind's own attributes. */
  detailsType: ClassType<object>;
  /** Name of the kind in mutation names and in UpdateEntityInput, e.g. gameServicePoint. */
  fieldName: string;
  /** Rules class-validator cannot express on one field (e.g. a band's lower edge below its upper edge). */
  checkDetails?: (details: object) => FieldProblem[];
}
