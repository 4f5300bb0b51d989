import type { AskedFields } from '../graphql/selection';
import type { LicenseEventRecord, LicenseRecord } from './license.entity';

/*
 * The columns each GraphQL field of License and LicenseEvent reads from its row. A field not listed here (one added
 * later) reads every column: a read path never misses a column, it only selects fewer when it knows.
 */

type LicenseColumn = Extract<keyof LicenseRecord, string>;
type EventColumn = Extract<keyof LicenseEventRecord, string>;

const LICENSE_FIELDS: Record<string, readonly LicenseColumn[]> = {
  id: [],
  number: ['number'],
  type: ['licenseType'],
  decision: ['decisionNumber', 'decisionDate', 'signerName', 'signerTitle'],
  issuedOn: ['issuedOn'],
  effectiveFrom: ['effectiveFrom'],
  expiresOn: ['expiresOn'],
  scope: ['scope'],
  conditions: ['conditions'],
  // The status today is computed in SQL (license_status_at) when it is asked: see licenseStatusAsked.
  status: [],
  suspendedUntil: ['suspendedUntil'],
  reapplyNotBefore: ['reapplyNotBefore'],
  createdAt: ['createdAt'],
  updatedAt: ['updatedAt'],
  version: ['version'],
  holder: [],
  issuingAuthority: ['issuingAuthorityCode'],
  legalBasis: ['licenseType', 'legalBasisCode'],
  statusOn: ['effectiveFrom'],
  // An event's revocation ground is named by the licence's type.
  events: ['licenseType'],
};
/** Read by the loaders themselves (ids, grouping by holder) and by resolvers outside License that name an event's type (the change feed). */
const LICENSE_ALWAYS: LicenseColumn[] = ['id', 'holderId', 'licenseType'];

/** The licence columns (entity-class properties) a request needs; undefined: all of them. */
export function licenseColumns(fields: AskedFields | undefined): ReadonlySet<string> | undefined {
  if (!fields) return undefined;
  const columns = new Set<string>(LICENSE_ALWAYS);
  for (const f of fields.of('License')) {
    const c = LICENSE_FIELDS[f];
    if (!c) return undefined;
    for (const col of c) columns.add(col);
  }
  return columns;
}

/** True when a read of licences must compute their status today: asked of a licence, or to pick an entity's current one. */
export function licenseStatusAsked(fields: AskedFields | undefined): boolean {
  return !fields || fields.asks('License', 'status') || fields.asks('RegulatedEntity', 'currentLicense');
}

const EVENT_FIELDS: Record<string, readonly EventColumn[]> = {
  id: ['id'],
  sequence: ['seq'],
  type: ['type'],
  effectiveOn: ['effectiveOn'],
  decision: ['decisionNumber', 'decisionDate', 'signerName', 'signerTitle'],
  reason: ['reason'],
  groundText: ['groundText'],
  changes: ['changes'],
  resultingStatus: ['resultingStatus'],
  suspendedUntil: ['suspendedUntil'],
  reapplyNotBefore: ['reapplyNotBefore'],
  recordedAt: ['recordedAt'],
  recordedBy: ['recordedBy'],
  authority: ['authorityCode'],
  ground: ['groundCode'],
  holderUnit2024: ['holderUnit2024'],
};
/** The id too: the data-sharing audit counts the events a response releases by id (src/sync/data-sharing.ts). */
const EVENT_ALWAYS: EventColumn[] = ['id', 'licenseId', 'seq'];
/** What License.statusOn reads of each event (src/licenses/license-status.ts). */
const STATUS_EVENT: EventColumn[] = ['effectiveOn', 'resultingStatus', 'expiresOnAfter', 'suspendedUntil'];

/** The event columns a request needs (its LicenseEvent fields, and what License.statusOn reads); undefined: all. */
export function eventColumns(fields: AskedFields | undefined): ReadonlySet<string> | undefined {
  if (!fields) return undefined;
  const columns = new Set<string>(EVENT_ALWAYS);
  if (fields.asks('License', 'statusOn')) for (const c of STATUS_EVENT) columns.add(c);
  for (const f of fields.of('LicenseEvent')) {
    const c = EVENT_FIELDS[f];
    if (!c) return undefined;
    for (const col of c) columns.add(col);
  }
  return columns;
}
