import type { EntityManager } from 'typeorm';
import type { AskedFields } from '../graphql/selection';
import { columnsOf } from '../graphql/sql';
import { RegulatedEntityRecord } from './regulated-entity.entity';

type Column = Extract<keyof RegulatedEntityRecord, string>;

const ADDRESS: Column[] = ['street', 'unitVersion', 'wardCode', 'districtCode', 'provinceCode', 'communeCode2025', 'provinceCode2025'];

/**
 * The columns each field of RegulatedEntity (and of its kinds) reads from the row. A field that is not listed here (one
 * added later) reads every column: a read path never misses a column, it only selects fewer when it knows.
 */
const FIELD_COLUMNS: Record<string, readonly Column[]> = {
  id: [],
  kind: [],
  registryCode: ['registryCode'],
  name: ['name'],
  legalForm: ['legalForm'],
  taxCode: ['taxCode'],
  representative: ['representativeName', 'representativeTitle', 'representativeIdNumber', 'representativePhone', 'representativeAddress'],
  contact: ['contactPhone', 'contactEmail', 'website'],
  address: ADDRESS,
  location: ['latitude', 'longitude'],
  notes: ['notes'],
  status: ['status'],
  deregisteredOn: ['deregisteredOn'],
  deregistrationReason: ['deregistrationReason'],
  createdAt: ['createdAt'],
  updatedAt: ['updatedAt'],
  version: ['version'],
  details: ['details'],
  // Read through loaders keyed by the entity's id.
  licenses: [],
  currentLicense: [],
};
/** Read by every mapper (the kind picks the GraphQL type, the version the address structure). */
const ALWAYS: Column[] = ['id', 'kind', 'unitVersion'];

/** The columns (entity-class properties) a request's entity fields need; undefined: all of them. */
export function entityColumns(fields: AskedFields | undefined): ReadonlySet<string> | undefined {
  if (!fields) return undefined;
  const columns = new Set<string>(ALWAYS);
  for (const f of fields.of('RegulatedEntity')) {
    const c = FIELD_COLUMNS[f];
    if (!c) return undefined;
    for (const col of c) columns.add(col);
  }
  return columns;
}

/**
 * `Address.fullText` in SQL, as the resolver would build it from the unit loader (street, ward, district when recorded
 * in 2024, province; empty and missing parts left out): one index lookup per unit on the rows returned, instead of a
 * second round trip for the units.
 */
const addressText = (e: string) => `concat_ws(', ', nullif(${e}.street, ''),
  (SELECT nullif(u.full_name, '') FROM administrative_unit u WHERE u.version = ${e}.unit_version AND u.code = ${e}.ward_code),
  (SELECT nullif(u.full_name, '') FROM administrative_unit u WHERE u.version = 2024 AND u.code = ${e}.district_code),
  (SELECT nullif(u.full_name, '') FROM administrative_unit u WHERE u.version = ${e}.unit_version AND u.code = ${e}.province_code))`;

/** An entity as a read path returns it: its record (the entity class) and what the read computed for it in SQL. */
export type EntityRecordRead = RegulatedEntityRecord & { addressText?: string };

/** The select list of entity rows (alias `e`) for a request: the columns its fields read, and the address text if asked. */
export function entitySelect(manager: EntityManager, fields: AskedFields | undefined, alias = 'e'): string {
  return fields
    ? fields.memo(`entitySelect:${alias}`, () => buildEntitySelect(manager, fields, alias))
    : buildEntitySelect(manager, undefined, alias);
}

function buildEntitySelect(manager: EntityManager, fields: AskedFields | undefined, alias: string): string {
  const columns = columnsOf(manager, RegulatedEntityRecord, alias, entityColumns(fields));
  return fields?.asks('Address', 'fullText') ? `${columns}, ${addressText(alias)} AS "addressText"` : columns;
}
