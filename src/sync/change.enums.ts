import { registerEnumType } from 'type-graphql';

/** What happened to an object of the registry, as the change feed reports it. */
export enum ChangeKind {
  ENTITY_REGISTERED = 'ENTITY_REGISTERED',
  ENTITY_UPDATED = 'ENTITY_UPDATED',
  ENTITY_DEREGISTERED = 'ENTITY_DEREGISTERED',
  LICENSE_ISSUED = 'LICENSE_ISSUED',
  LICENSE_AMENDED = 'LICENSE_AMENDED',
  LICENSE_RENEWED = 'LICENSE_RENEWED',
  LICENSE_REISSUED = 'LICENSE_REISSUED',
  LICENSE_SUSPENDED = 'LICENSE_SUSPENDED',
  LICENSE_REINSTATED = 'LICENSE_REINSTATED',
  LICENSE_REVOKED = 'LICENSE_REVOKED',
  LICENSE_SURRENDERED = 'LICENSE_SURRENDERED',
}

registerEnumType(ChangeKind, {
  name: 'ChangeKind',
  description: 'What happened to an object of the registry (one entry of the change feed).',
  valuesConfig: {
    ENTITY_REGISTERED: { description: 'An entity was registered (đăng ký); also every entity that existed when the feed began.' },
    ENTITY_UPDATED: { description: 'An entity’s registration data changed.' },
    ENTITY_DEREGISTERED: { description: 'An entity was taken off the registry.' },
    LICENSE_ISSUED: { description: 'A licence was issued (cấp).' },
    LICENSE_AMENDED: { description: 'A licence was amended (sửa đổi, bổ sung).' },
    LICENSE_RENEWED: { description: 'A licence was renewed (gia hạn).' },
    LICENSE_REISSUED: { description: 'A licence was reissued (cấp lại).' },
    LICENSE_SUSPENDED: { description: 'A licence was suspended (đình chỉ).' },
    LICENSE_REINSTATED: { description: 'A suspended licence was reinstated (khôi phục).' },
    LICENSE_REVOKED: { description: 'A licence was revoked (thu hồi).' },
    LICENSE_SURRENDERED: { description: 'A licence ended at the holder’s request or on return (chấm dứt / nộp lại).' },
  },
});

/** The bulk files of the registry (`GET /export/<file>.ndjson`); a change names the rows it touched in them. */
export enum ExportFile {
  ENTITIES = 'ENTITIES',
  LICENSES = 'LICENSES',
  LICENSE_EVENTS = 'LICENSE_EVENTS',
}

registerEnumType(ExportFile, {
  name: 'ExportFile',
  description: 'A bulk export file; its rows and the `records` of a change have the same shape.',
  valuesConfig: {
    ENTITIES: { description: '`/export/entities.ndjson`: one regulated entity per line (table regulated_entity).' },
    LICENSES: { description: '`/export/licenses.ndjson`: one licence per line (table license).' },
    LICENSE_EVENTS: { description: '`/export/license-events.ndjson`: one step of a licence’s life per line (table license_event).' },
  },
});

/** The path segment of each file: /export/<name>.ndjson. */
export const EXPORT_FILE_NAMES: Record<ExportFile, string> = {
  [ExportFile.ENTITIES]: 'entities',
  [ExportFile.LICENSES]: 'licenses',
  [ExportFile.LICENSE_EVENTS]: 'license-events',
};
