import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, Float, Int, InterfaceType, ObjectType } from 'type-graphql';
import { UnitStructure, structureOfVersion } from '../admin-units/admin-unit.enums';
import { toGlobalId, uuidOf } from '../graphql/global-id';
import { Node } from '../graphql/node';
import { EntityKind, EntityStatus, LegalForm } from './entity-kind';
import type { RegulatedEntityRecord } from './regulated-entity.entity';

@ObjectType('Address', { description: 'A postal address with official unit codes of the structure it was recorded in.' })
export class Address {
  @Field({ description: 'House number and street, hamlet or group (số nhà, đường, thôn, ấp, tổ).' })
  street!: string;

  @Field(() => UnitStructure, { description: 'The structure the unit codes were recorded in; records keep it, never rewritten.' })
  structure!: UnitStructure;

  /** Not exposed: the row behind the address. */
  row!: RegulatedEntityRecord;
}

@ObjectType('Representative', { description: 'The legal representative, owner or head of the holder.' })
export class Representative {
  @Field(() => String, { nullable: true, description: 'Full name.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Title, e.g. Giám đốc, Chủ hộ kinh doanh.' })
  title!: string | null;

  row!: RegulatedEntityRecord;
}

@ObjectType('Contact', { description: 'How to reach the holder (business contact, not personal data).' })
export class Contact {
  @Field(() => String, { nullable: true, description: 'Business phone number.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'Business e-mail address.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Website.' })
  website!: string | null;
}

@ObjectType('GeoPoint', { description: 'A WGS 84 point.' })
export class GeoPoint {
  @Field(() => Float, { description: 'Latitude in degrees.' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude in degrees.' })
  longitude!: number;
}

@InterfaceType('RegulatedEntity', {
  implements: Node,
  description: 'Anything the Department licenses or supervises; one object type per kind implements it.',
})
export abstract class RegulatedEntity extends Node {
  @Field(() => EntityKind, { description: 'The kind of entity.' })
  kind!: EntityKind;

  @Field({ description: 'Registry code, unique and human-readable, e.g. GSP-70-000123 (kind, province, number).' })
  registryCode!: string;

  @Field({ description: 'Name as registered, with its diacritics.' })
  name!: string;

  @Field(() => LegalForm, { description: 'Legal form of the holder.' })
  legalForm!: LegalForm;

  @Field(() => String, {
    nullable: true,
    description: 'Enterprise/tax code (mã số doanh nghiệp / mã số thuế), 10 digits or 10-3 for a branch.',
  })
  taxCode!: string | null;

  @Field(() => Representative, { nullable: true, description: 'Legal representative, owner or head.' })
  representative!: Representative | null;

  @Field(() => Contact, { description: 'Business contact.' })
  contact!: Contact;

  @Field(() => Address, { description: 'Address of the establishment (trụ sở / địa điểm kinh doanh).' })
  address!: Address;

  @Field(() => GeoPoint, { nullable: true, description: 'Location on the map, when known.' })
  location!: GeoPoint | null;

  @Field(() => String, { nullable: true, description: 'Internal notes of the Department (never published).' })
  notes!: string | null;

  @Field(() => EntityStatus, { description: 'Whether the entity is on the registry.' })
  status!: EntityStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date it was taken off the registry.' })
  deregisteredOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it was taken off the registry.' })
  deregistrationReason!: string | null;

  @Field(() => DateTimeResolver, { description: 'When the record was created (UTC).' })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: 'When the record last changed (UTC).' })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Version for optimistic locking: send it back with `updateEntity`.' })
  version!: number;

  row!: RegulatedEntityRecord;
}

export const entityGlobalId = (uuid: string) => toGlobalId('RegulatedEntity', uuid);
/** The uuid behind a RegulatedEntity's global id (BAD_USER_INPUT on `field` when it is not one). */
export const entityKey = (id: string, field = 'id'): string => uuidOf(id, 'RegulatedEntity', field);

/** Fills the common part of a kind's object from its row. */
export function fillEntity<T extends RegulatedEntity>(target: T, row: RegulatedEntityRecord): T {
  target.id = entityGlobalId(row.id);
  target.kind = row.kind;
  target.registryCode = row.registryCode;
  target.name = row.name;
  target.legalForm = row.legalForm;
  target.taxCode = row.taxCode;
  const rep = new Representative();
  rep.name = row.representativeName;
  rep.title = row.representativeTitle;
  rep.row = row;
  target.representative =
    row.representativeName || row.representativeTitle || row.representativeIdNumber || row.representativePhone ? rep : null;
  target.contact = { phone: row.contactPhone, email: row.contactEmail, website: row.website };
  const address = new Address();
  address.street = row.street;
  address.structure = structureOfVersion(row.unitVersion);
  address.row = row;
  target.address = address;
  target.location = row.latitude != null && row.longitude != null ? { latitude: row.latitude, longitude: row.longitude } : null;
  target.notes = row.notes;
  target.status = row.status;
  target.deregisteredOn = row.deregisteredOn;
  target.deregistrationReason = row.deregistrationReason;
  target.createdAt = row.createdAt;
  target.updatedAt = row.updatedAt;
  target.version = row.version;
  target.row = row;
  return target;
}
