import type { EntityManager } from 'typeorm';

/**
 * Authorities of the demo province (domain.md §1, §3). Dates of the 2025 reorganisation are the legal
 * ones; `valid_from` of bodies that existed long before the registry is marked unsure (it only has to
 * precede every decision the registry holds).
 */
interface AuthoritySeed {
  code: string;
  name: string;
  level: string;
  province_code: string | null;
  unit_version: number | null;
  unit_code: string | null;
  valid_from: string;
  valid_to: string | null;
  successor_code: string | null;
  note: string | null;
}

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
function functionRows(a: AuthoritySeed): { code: string; fn: string; from: string; to: string | null }[] {
  const seeds = FUNCTIONS[a.code] ?? (a.level.endsWith('PEOPLES_COMMITTEE') ? ['GENERAL'] : []);
  return seeds.map((f) =>
    typeof f === 'string'
      ? { code: a.code, fn: f, from: a.valid_from, to: a.valid_to }
      : { code: a.code, fn: f.fn, from: f.from, to: f.to ?? a.valid_to },
  );
}

const UNSURE_START = 'unsure: start date approximate (the body existed before any record of this registry)';

const STATIC: AuthoritySeed[] = [
  // Ministries: Bộ TT&TT merged into Bộ KH&CN on 1 Mar 2025 (Resolution 176/2025/QH15, Decree 55/2025).
  {
    code: 'BTTTT',
    name: 'Bộ Thông tin và Truyền thông',
    level: 'MINISTRY',
    province_code: null,
    unit_version: null,
    unit_code: null,
    valid_from: '2007-08-01',
    valid_to: '2025-02-28',
    successor_code: 'BKHCN',
    note: UNSURE_START,
  },
  {
    code: 'BKHCN',
    name: 'Bộ Khoa học và Công nghệ',
    level: 'MINISTRY',
    province_code: null,
    unit_version: null,
    unit_code: null,
    valid_from: '2025-03-01',
    valid_to: null,
    successor_code: null,
    note: 'Ministry of Science and Technology after the merger with the Ministry of Information and Communications (1 Mar 2025).',
  },
  {
    code: 'BVHTTDL',
    name: 'Bộ Văn hóa, Thể thao và Du lịch',
    level: 'MINISTRY',
    province_code: null,
    unit_version: null,
    unit_code: null,
    valid_from: '2007-08-01',
    valid_to: null,
    successor_code: null,
    note: `${UNSURE_START}; took over press and publishing from 1 Mar 2025.`,
  },
  // Ministry departments (Cục).
  {
    code: 'CTS',
    name: 'Cục Tần số vô tuyến điện',
    level: 'MINISTRY_DEPARTMENT',
    province_code: null,
    unit_version: null,
    unit_code: null,
    valid_from: '2008-01-01',
    valid_to: null,
    successor_code: null,
    note: `${UNSURE_START}; under Bộ TT&TT, then Bộ KH&CN from 1 Mar 2025.`,
  },
  {
    code: 'CVT',
    name: 'Cục Viễn thông',
    level: 'MINISTRY_DEPARTMENT',
    province_code: null,
    unit_version: null,
    unit_code: null,
    valid_from: '2008-01-01',
    valid_to: null,
    successor_code: null,
    note: `${UNSURE_START}; under Bộ TT&TT, then Bộ KH&CN from 1 Mar 2025.`,
  },
  {
    code: 'CXBIPH',
    name: 'Cục Xuất bản, In và Phát hành',
    level: 'MINISTRY_DEPARTMENT',
    province_code: null,
    unit_version: null,
    unit_code: null,
    valid_from: '2008-01-01',
    valid_to: null,
    successor_code: null,
    note: `${UNSURE_START}; under Bộ TT&TT, then Bộ VH-TT-DL from 1 Mar 2025.`,
  },
  // Bình Phước (70), until the province merged into Đồng Nai on 1 Jul 2025.
  {
    code: '70-UBND',
    name: 'Ủy ban nhân dân tỉnh Bình Phước',
    level: 'PROVINCIAL_PEOPLES_COMMITTEE',
    province_code: '70',
    unit_version: 2024,
    unit_code: '70',
    valid_from: '1997-01-01',
    valid_to: '2025-06-30',
    successor_code: '75-UBND',
    note: 'Province re-established 1 Jan 1997; merged into Đồng Nai 1 Jul 2025 (Resolution 202/2025/QH15).',
  },
  {
    code: '70-STTTT',
    name: 'Sở Thông tin và Truyền thông tỉnh Bình Phước',
    level: 'PROVINCIAL_DEPARTMENT',
    province_code: '70',
    unit_version: 2024,
    unit_code: '70',
    valid_from: '2008-07-01',
    valid_to: '2025-02-28',
    successor_code: '70-SKHCN',
    note: `${UNSURE_START}. On 1 Mar 2025 post, telecom, radio and IT went to the Sở KH&CN; press, publishing and printing to the Sở VH-TT-DL.`,
  },
  {
    code: '70-SKHCN',
    name: 'Sở Khoa học và Công nghệ tỉnh Bình Phước',
    level: 'PROVINCIAL_DEPARTMENT',
    province_code: '70',
    unit_version: 2024,
    unit_code: '70',
    valid_from: '2025-03-01',
    valid_to: '2025-06-30',
    successor_code: '75-SKHCN',
    note: 'Merged Sở KH&CN and Sở TT&TT (1 Mar 2025).',
  },
  {
    code: '70-SVHTTDL',
    name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Phước',
    level: 'PROVINCIAL_DEPARTMENT',
    province_code: '70',
    unit_version: 2024,
    unit_code: '70',
    valid_from: '2008-07-01',
    valid_to: '2025-06-30',
    successor_code: '75-SVHTTDL',
    note: `${UNSURE_START}; licenses press, publishing and printing from 1 Mar 2025.`,
  },
  // Đồng Nai (75) after the merger.
  {
    code: '75-UBND',
    name: 'Ủy ban nhân dân tỉnh Đồng Nai',
    level: 'PROVINCIAL_PEOPLES_COMMITTEE',
    province_code: '75',
    unit_version: 2025,
    unit_code: '75',
    valid_from: '2025-07-01',
    valid_to: null,
    successor_code: null,
    note: 'Merged province of Bình Phước and Đồng Nai (1 Jul 2025).',
  },
  {
    code: '75-SKHCN',
    name: 'Sở Khoa học và Công nghệ tỉnh Đồng Nai',
    level: 'PROVINCIAL_DEPARTMENT',
    province_code: '75',
    unit_version: 2025,
    unit_code: '75',
    valid_from: '2025-07-01',
    valid_to: null,
    successor_code: null,
    note: 'Department of the merged province (1 Jul 2025).',
  },
  {
    code: '75-SVHTTDL',
    name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai',
    level: 'PROVINCIAL_DEPARTMENT',
    province_code: '75',
    unit_version: 2025,
    unit_code: '75',
    valid_from: '2025-07-01',
    valid_to: null,
    successor_code: null,
    note: 'Department of the merged province (1 Jul 2025).',
  },
];

/**
 * Loads the authorities: the static bodies, one People's Committee per 2024 district of the province
 * (until 30 Jun 2025) and one per 2025 commune that a ward of the province went into (from 1 Jul 2025).
 * Idempotent (upsert by code).
 */
export async function seedAuthorities(manager: EntityManager, provinceCode = '70'): Promise<void> {
  const districts = (await manager.query(
    `SELECT code, full_name FROM administrative_unit WHERE version = 2024 AND level = 'DISTRICT' AND parent_code = $1 ORDER BY code`,
    [provinceCode],
  )) as { code: string; full_name: string }[];
  const communes = (await manager.query(
    `SELECT DISTINCT u.code, u.full_name FROM administrative_unit_mapping m
       JOIN administrative_unit o ON o.version = 2024 AND o.code = m.old_code AND o.province_code = $1
       JOIN administrative_unit u ON u.version = 2025 AND u.code = m.new_code
      WHERE m.level = 'WARD' ORDER BY u.code`,
    [provinceCode],
  )) as { code: string; full_name: string }[];
  const rows: AuthoritySeed[] = [
    ...STATIC,
    ...districts.map((d) => ({
      code: `UBND-H-${d.code}`,
      name: `Ủy ban nhân dân ${d.full_name}`,
      level: 'DISTRICT_PEOPLES_COMMITTEE',
      province_code: provinceCode,
      unit_version: 2024,
      unit_code: d.code,
      valid_from: '2008-01-01',
      valid_to: '2025-06-30',
      successor_code: null,
      note: `${UNSURE_START}; district level abolished 1 Jul 2025, its licensing tasks went to the commune People’s Committees.`,
    })),
    ...communes.map((c) => ({
      code: `UBND-X-${c.code}`,
      name: `Ủy ban nhân dân ${c.full_name}`,
      level: 'COMMUNE_PEOPLES_COMMITTEE',
      province_code: '75',
      unit_version: 2025,
      unit_code: c.code,
      valid_from: '2025-07-01',
      valid_to: null,
      successor_code: null,
      note: 'Commune of the two-tier structure (Decision 19/2025/QĐ-TTg).',
    })),
  ];
  const col = (k: keyof AuthoritySeed) => rows.map((r) => r[k]);
  await manager.query(
    `INSERT INTO authority (code, name, level, province_code, unit_version, unit_code, valid_from, valid_to, successor_code, note)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::smallint[], $6::text[], $7::date[], $8::date[], $9::text[], $10::text[])
     ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level, province_code = EXCLUDED.province_code,
       unit_version = EXCLUDED.unit_version, unit_code = EXCLUDED.unit_code, valid_from = EXCLUDED.valid_from,
       valid_to = EXCLUDED.valid_to, successor_code = EXCLUDED.successor_code, note = EXCLUDED.note`,
    [
      col('code'),
      col('name'),
      col('level'),
      col('province_code'),
      col('unit_version'),
      col('unit_code'),
      col('valid_from'),
      col('valid_to'),
      col('successor_code'),
      col('note'),
    ],
  );
  // Functions are replaced whole for the seeded bodies, so a corrected period takes effect on the next start.
  const fns = rows.flatMap(functionRows);
  await manager.query(`DELETE FROM authority_function WHERE authority_code = ANY($1::text[])`, [col('code')]);
  await manager.query(
    `INSERT INTO authority_function (authority_code, function, valid_from, valid_to)
     SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::date[])`,
    [fns.map((f) => f.code), fns.map((f) => f.fn), fns.map((f) => f.from), fns.map((f) => f.to)],
  );
}
