import { EntityManager, In } from 'typeorm';
import { AuthorityFunctionRecord, AuthorityRecord } from '../authorities/authority.entity';
import { UnitLevel } from '../admin-units/admin-unit.enums';
import { AdministrativeUnitRecord } from '../admin-units/administrative-unit.entity';
import { AuthorityLevel } from '../authorities/authority.enums';
import { columnsOf } from '../graphql/sql';

/**
 * Authorities of the demo province (domain.md §1, §3). Dates of the 2025 reorganisation are the legal
 * ones; `validFrom` of bodies that existed long before the registry is marked unsure (it only has to
 * precede every decision the registry holds).
 */
type AuthoritySeed = Omit<AuthorityRecord, 'successor' | 'unit'>;

/**
 * Fields of state each body handles (competence rows in license-types.ts name one):
 * POST, TELECOM, RADIO, IT, PRINTING, PUBLISHING, GAMES; People's Committees: GENERAL.
 * A function without dates lasts as long as the body; dated ones changed hands on 1 Mar 2025
 * (press, publishing and printing moved from the Sở/Bộ TT&TT to the Sở/Bộ VH-TT-DL).
 */
type FunctionSeed = string | { fn: string; from: string; to?: string };
const ICT_ALL = ['POST', 'TELECOM', 'RADIO', 'IT', 'PRINTING', 'PUBLISHING', 'GAMES'];
const CULTURE_FROM_MERGER: FunctionSeed[] = [
  { fn: 'PRINTING', from: '2025-03-01' },
  { fn: 'PUBLISHING', from: '2025-03-01' },
];
const FUNCTIONS: Record<string, FunctionSeed[]> = {
  BTTTT: ICT_ALL,
  BKHCN: ['POST', 'TELECOM', 'RADIO', 'IT'],
  BVHTTDL: CULTURE_FROM_MERGER,
  CTS: ['RADIO'],
  CVT: ['TELECOM'],
  CXBIPH: ['PRINTING', 'PUBLISHING'],
  '70-STTTT': ICT_ALL,
  '70-SKHCN': ['POST', 'TELECOM', 'RADIO', 'IT'],
  '70-SVHTTDL': CULTURE_FROM_MERGER,
  '75-SKHCN': ['POST', 'TELECOM', 'RADIO', 'IT'],
  '75-SVHTTDL': ['PRINTING', 'PUBLISHING'],
};
function functionRows(a: AuthoritySeed): AuthorityFunctionRecord[] {
  const seeds = FUNCTIONS[a.code] ?? (a.level.endsWith('PEOPLES_COMMITTEE') ? ['GENERAL'] : []);
  return seeds.map((f) =>
    typeof f === 'string'
      ? { authorityCode: a.code, function: f, validFrom: a.validFrom, validTo: a.validTo }
      : { authorityCode: a.code, function: f.fn, validFrom: f.from, validTo: f.to ?? a.validTo },
  );
}

const UNSURE_START = 'unsure: start date approximate (the body existed before any record of this registry)';

const STATIC: AuthoritySeed[] = [
  // Ministries: Bộ TT&TT merged into Bộ KH&CN on 1 Mar 2025 (Resolution 176/2025/QH15, Decree 55/2025).
  {
    code: 'BTTTT',
    name: 'Bộ Thông tin và Truyền thông',
    level: AuthorityLevel.MINISTRY,
    provinceCode: null,
    unitVersion: null,
    unitCode: null,
    validFrom: '2007-08-01',
    validTo: '2025-02-28',
    successorCode: 'BKHCN',
    note: UNSURE_START,
  },
  {
    code: 'BKHCN',
    name: 'Bộ Khoa học và Công nghệ',
    level: AuthorityLevel.MINISTRY,
    provinceCode: null,
    unitVersion: null,
    unitCode: null,
    validFrom: '2025-03-01',
    validTo: null,
    successorCode: null,
    note: 'Ministry of Science and Technology after the merger with the Ministry of Information and Communications (1 Mar 2025).',
  },
  {
    code: 'BVHTTDL',
    name: 'Bộ Văn hóa, Thể thao và Du lịch',
    level: AuthorityLevel.MINISTRY,
    provinceCode: null,
    unitVersion: null,
    unitCode: null,
    validFrom: '2007-08-01',
    validTo: null,
    successorCode: null,
    note: `${UNSURE_START}; took over press and publishing from 1 Mar 2025.`,
  },
  // Ministry departments (Cục).
  {
    code: 'CTS',
    name: 'Cục Tần số vô tuyến điện',
    level: AuthorityLevel.MINISTRY_DEPARTMENT,
    provinceCode: null,
    unitVersion: null,
    unitCode: null,
    validFrom: '2008-01-01',
    validTo: null,
    successorCode: null,
    note: `${UNSURE_START}; under Bộ TT&TT, then Bộ KH&CN from 1 Mar 2025.`,
  },
  {
    code: 'CVT',
    name: 'Cục Viễn thông',
    level: AuthorityLevel.MINISTRY_DEPARTMENT,
    provinceCode: null,
    unitVersion: null,
    unitCode: null,
    validFrom: '2008-01-01',
    validTo: null,
    successorCode: null,
    note: `${UNSURE_START}; under Bộ TT&TT, then Bộ KH&CN from 1 Mar 2025.`,
  },
  {
    code: 'CXBIPH',
    name: 'Cục Xuất bản, In và Phát hành',
    level: AuthorityLevel.MINISTRY_DEPARTMENT,
    provinceCode: null,
    unitVersion: null,
    unitCode: null,
    validFrom: '2008-01-01',
    validTo: null,
    successorCode: null,
    note: `${UNSURE_START}; under Bộ TT&TT, then Bộ VH-TT-DL from 1 Mar 2025.`,
  },
  // Bình Phước (70), until the province merged into Đồng Nai on 1 Jul 2025.
  {
    code: '70-UBND',
    name: 'Ủy ban nhân dân tỉnh Bình Phước',
    level: AuthorityLevel.PROVINCIAL_PEOPLES_COMMITTEE,
    provinceCode: '70',
    unitVersion: 2024,
    unitCode: '70',
    validFrom: '1997-01-01',
    validTo: '2025-06-30',
    successorCode: '75-UBND',
    note: 'Province re-established 1 Jan 1997; merged into Đồng Nai 1 Jul 2025 (Resolution 202/2025/QH15).',
  },
  {
    code: '70-STTTT',
    name: 'Sở Thông tin và Truyền thông tỉnh Bình Phước',
    level: AuthorityLevel.PROVINCIAL_DEPARTMENT,
    provinceCode: '70',
    unitVersion: 2024,
    unitCode: '70',
    validFrom: '2008-07-01',
    validTo: '2025-02-28',
    successorCode: '70-SKHCN',
    note: `${UNSURE_START}. On 1 Mar 2025 post, telecom, radio and IT went to the Sở KH&CN; press, publishing and printing to the Sở VH-TT-DL.`,
  },
  {
    code: '70-SKHCN',
    name: 'Sở Khoa học và Công nghệ tỉnh Bình Phước',
    level: AuthorityLevel.PROVINCIAL_DEPARTMENT,
    provinceCode: '70',
    unitVersion: 2024,
    unitCode: '70',
    validFrom: '2025-03-01',
    validTo: '2025-06-30',
    successorCode: '75-SKHCN',
    note: 'Merged Sở KH&CN and Sở TT&TT (1 Mar 2025).',
  },
  {
    code: '70-SVHTTDL',
    name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Phước',
    level: AuthorityLevel.PROVINCIAL_DEPARTMENT,
    provinceCode: '70',
    unitVersion: 2024,
    unitCode: '70',
    validFrom: '2008-07-01',
    validTo: '2025-06-30',
    successorCode: '75-SVHTTDL',
    note: `${UNSURE_START}; licenses press, publishing and printing from 1 Mar 2025.`,
  },
  // Đồng Nai (75) after the merger.
  {
    code: '75-UBND',
    name: 'Ủy ban nhân dân tỉnh Đồng Nai',
    level: AuthorityLevel.PROVINCIAL_PEOPLES_COMMITTEE,
    provinceCode: '75',
    unitVersion: 2025,
    unitCode: '75',
    validFrom: '2025-07-01',
    validTo: null,
    successorCode: null,
    note: 'Merged province of Bình Phước and Đồng Nai (1 Jul 2025).',
  },
  {
    code: '75-SKHCN',
    name: 'Sở Khoa học và Công nghệ tỉnh Đồng Nai',
    level: AuthorityLevel.PROVINCIAL_DEPARTMENT,
    provinceCode: '75',
    unitVersion: 2025,
    unitCode: '75',
    validFrom: '2025-07-01',
    validTo: null,
    successorCode: null,
    note: 'Department of the merged province (1 Jul 2025).',
  },
  {
    code: '75-SVHTTDL',
    name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai',
    level: AuthorityLevel.PROVINCIAL_DEPARTMENT,
    provinceCode: '75',
    unitVersion: 2025,
    unitCode: '75',
    validFrom: '2025-07-01',
    validTo: null,
    successorCode: null,
    note: 'Department of the merged province (1 Jul 2025).',
  },
];

/**
 * Loads the authorities: the static bodies, one People's Committee per 2024 district of the province
 * (until 30 Jun 2025) and one per 2025 commune that a ward of the province went into (from 1 Jul 2025).
 * Idempotent (upsert by code).
 */
export async function seedAuthorities(manager: EntityManager, provinceCode = '70'): Promise<void> {
  const districts = await manager.find(AdministrativeUnitRecord, {
    where: { version: 2024, level: UnitLevel.DISTRICT, parentCode: provinceCode },
    order: { code: 'ASC' },
  });
  const communes = (await manager.query(
    `SELECT DISTINCT ${columnsOf(manager, AdministrativeUnitRecord, 'u')} FROM administrative_unit_mapping m
       JOIN administrative_unit o ON o.version = 2024 AND o.code = m.old_code AND o.province_code = $1
       JOIN administrative_unit u ON u.version = 2025 AND u.code = m.new_code
      WHERE m.level = 'WARD' ORDER BY u.code`,
    [provinceCode],
  )) as AdministrativeUnitRecord[];
  const rows: AuthoritySeed[] = [
    ...STATIC,
    ...districts.map((d) => ({
      code: `UBND-H-${d.code}`,
      name: `Ủy ban nhân dân ${d.fullName}`,
      level: AuthorityLevel.DISTRICT_PEOPLES_COMMITTEE,
      provinceCode: provinceCode,
      unitVersion: 2024,
      unitCode: d.code,
      validFrom: '2008-01-01',
      validTo: '2025-06-30',
      successorCode: null,
      note: `${UNSURE_START}; district level abolished 1 Jul 2025, its licensing tasks went to the commune People’s Committees.`,
    })),
    ...communes.map((c) => ({
      code: `UBND-X-${c.code}`,
      name: `Ủy ban nhân dân ${c.fullName}`,
      level: AuthorityLevel.COMMUNE_PEOPLES_COMMITTEE,
      provinceCode: '75',
      unitVersion: 2025,
      unitCode: c.code,
      validFrom: '2025-07-01',
      validTo: null,
      successorCode: null,
      note: 'Commune of the two-tier structure (Decision 19/2025/QĐ-TTg).',
    })),
  ];
  await manager.upsert(AuthorityRecord, rows, ['code']);
  // Functions are replaced whole for the seeded bodies, so a corrected period takes effect on the next start.
  await manager.delete(AuthorityFunctionRecord, { authorityCode: In(rows.map((r) => r.code)) });
  await manager.insert(AuthorityFunctionRecord, rows.flatMap(functionRows));
}
