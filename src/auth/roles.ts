import { registerEnumType } from 'type-graphql';

export enum Role {
  PUBLIC = 'PUBLIC',
  LOCAL_OFFICER = 'LOCAL_OFFICER',
  DEPARTMENT_OFFICER = 'DEPARTMENT_OFFICER',
  MINISTRY_SYSTEM = 'MINISTRY_SYSTEM',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a caller may do. Sent as an API key (Authorization: Bearer); no key is the PUBLIC role.',
  valuesConfig: {
    PUBLIC: { description: 'Anyone without a key: the published lists and reference data only.' },
    LOCAL_OFFICER: {
      description:
        'A local culture office: the district office (Phòng Văn hóa và Thông tin) until 30 Jun 2025, the commune culture–social division from 1 Jul 2025. Reads its own unit only; a commune office also records the steps of the game-point certificates its own commune People’s Committee decides (from 1 Jul 2025), and nothing else.',
    },
    DEPARTMENT_OFFICER: { description: 'Department staff (Sở): reads and writes the whole provincial registry.' },
    MINISTRY_SYSTEM: { description: 'A ministry or national system: reads everything, writes nothing (data sharing, sync, export).' },
    ADMIN: { description: 'Manages API keys.' },
  },
});

/** Roles that may read the registry's entities (PUBLIC reads only the published lists). */
export const READ_ROLES = [Role.LOCAL_OFFICER, Role.DEPARTMENT_OFFICER, Role.MINISTRY_SYSTEM, Role.ADMIN];
/** Roles that record registrations and licence decisions. */
export const WRITE_ROLES = [Role.DEPARTMENT_OFFICER];
/**
 * Roles that may send the licence mutations: the Department, and a commune office for the game-point certificates its
 * own People's Committee decides (the licence service checks the rest: src/licenses/license.service.ts, checkWriter).
 */
export const LICENSE_WRITE_ROLES = [Role.DEPARTMENT_OFFICER, Role.LOCAL_OFFICER];
/**
 * Roles that see personal data (ID numbers, personal phones, home addresses): the Department that
 * registered the person, and the local office that inspects the point on site. National systems
 * receive registry data without it (data minimisation, Decree 13/2023 on personal data protection).
 */
export const PERSONAL_DATA_ROLES = [Role.DEPARTMENT_OFFICER, Role.LOCAL_OFFICER];
