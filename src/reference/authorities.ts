import { EntityManager, In } from 'typeorm';
import { AuthorityFunctionRecord, AuthorityRecord } from '../authorities/authority.entity';
import { UnitLevel } from '../admin-units/admin-unit.enums';
import { AdministrativeUnitRecord } from '../admin-units/administrative-unit.entity';
import { AuthorityLevel } from '../authorities/authority.enums';
import { inName, ProvinceName, RegistryProvince, registryProvince } from './provinces';

/**
 * Authorities (domain.md §1, §3): the national bodies, hand-checked, as data; the bodies of the registry's province derived
 * from the official unit lists. Dates of the 2025 reorganisation are the legal ones; `validFrom` of bodies that existed
 * long before the registry is marked unsure (it only has to precede every decision the registry holds).
 */
type AuthoritySeed = Omit<AuthorityRecord, 'successor' | 'unit'>;

/**
 * Fields of state each body handles (competence rows in license-types.ts name one):
 * POST, TELECOM, RADIO, IT, PRINTING, PUBLISHING, GAMES; People's Committees: GENERAL.
 * A function without dates lasts as long as the body; dated ones changed hands on 1 Mar 2025
 * (press, publishing and printing moved from the Sở/Bộ TT&TT to the Sở/Bộ VH-TT-DL).
 */
type FunctionSeed = string | { fn: string; from: string; to?: string };
const ICT_ALL = ['POST', 'TELECOM', 'RADIO', 'IT', 'PRINTING', 'PUBLISHING', 'PRESS', 'GAMES'];
const SCIENCE = ['POST', 'TELECOM', 'RADIO', 'IT'];
const CULTURE = ['PRINTING', 'PUBLISHING', 'PRESS'];
const CULTURE_FROM_MERGER: FunctionSeed[] = CULTURE.map((fn) => ({ fn, from: '2025-03-01' }));
/** The national bodies' fields (PRESS: press, newsletters and online information, with the culture side from 1 Mar 2025). */
const NATIONAL_FUNCTIONS: Record<string, FunctionSeed[]> = {
  BTTTT: ICT_ALL,
  BKHCN: SCIENCE,
  BVHTTDL: CULTURE_FROM_MERGER,
  CTS: ['RADIO'],
  CVT: ['TELECOM'],
  CXBIPH: ['PRINTING', 'PUBLISHING'],
  CPTTH: ['PRESS'],
  CBC: ['PRESS'],
};
/** A provincial body's fields, by the kind of body (the suffix of its code). */
const PROVINCIAL_FUNCTIONS: Record<ProvincialBody, FunctionSeed[]> = {
  STTTT: ICT_ALL,
  SKHCN: SCIENCE,
  // A Sở VH-TT-DL that existed before 1 Mar 2025 took the culture side then; one created on 1 Jul 2025 had it from the start.
  SVHTTDL: CULTURE_FROM_MERGER,
  UBND: ['GENERAL'],
};
type ProvincialBody = 'STTTT' | 'SKHCN' | 'SVHTTDL' | 'UBND';
function functionRows(a: AuthoritySeed & { functions?: FunctionSeed[] }): AuthorityFunctionRecord[] {
  const seeds = a.functions ?? NATIONAL_FUNCTIONS[a.code] ?? (a.level.endsWith('PEOPLES_COMMITTEE') ? ['GENERAL'] : []);
  return seeds.map((f) =>
    typeof f === 'string'
      ? { authorityCode: a.code, function: f, validFrom: a.validFrom, validTo: a.validTo }
      : { authorityCode: a.code, function: f.fn, validFrom: f.from < a.validFrom ? a.validFrom : f.from, validTo: f.to ?? a.validTo },
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
  {
    code: 'CPTTH',
    name: 'Cục Phát thanh, truyền hình và thông tin điện tử',
    level: AuthorityLevel.MINISTRY_DEPARTMENT,
    provinceCode: null,
    unitVersion: null,
    unitCode: null,
    validFrom: '2008-01-01',
    validTo: null,
    successorCode: null,
    note: `${UNSURE_START}; licenses general websites of central bodies (Decree 72/2013, 147/2024); under Bộ TT&TT, then Bộ VH-TT-DL from 1 Mar 2025 (unsure: name after the move).`,
  },
  {
    code: 'CBC',
    name: 'Cục Báo chí',
    level: AuthorityLevel.MINISTRY_DEPARTMENT,
    provinceCode: null,
    unitVersion: null,
    unitCode: null,
    validFrom: '2008-01-01',
    validTo: null,
    successorCode: null,
    note: `${UNSURE_START}; licenses newsletters of central bodies (Press Law 2016); under Bộ TT&TT, then Bộ VH-TT-DL from 1 Mar 2025.`,
  },
];

/** Hand-checked facts about provincial bodies, by code; every other body gets the derived dates and notes below. */
const HAND_CHECKED: Record<string, Pick<AuthoritySeed, 'validFrom' | 'note'>> = {
  '70-UBND': {
    validFrom: '1997-01-01',
    note: 'Province re-established 1 Jan 1997; merged into Đồng Nai 1 Jul 2025 (Resolution 202/2025/QH15).',
  },
  '75-UBND': { validFrom: '2025-07-01', note: 'Merged province of Bình Phước and Đồng Nai (1 Jul 2025).' },
};

const BODY_NAMES: Record<ProvincialBody, string> = {
  STTTT: 'Sở Thông tin và Truyền thông',
  SKHCN: 'Sở Khoa học và Công nghệ',
  SVHTTDL: 'Sở Văn hóa, Thể thao và Du lịch',
  UBND: 'Ủy ban nhân dân',
};
const LEVEL_OF: Record<ProvincialBody, AuthorityLevel> = {
  STTTT: AuthorityLevel.PROVINCIAL_DEPARTMENT,
  SKHCN: AuthorityLevel.PROVINCIAL_DEPARTMENT,
  SVHTTDL: AuthorityLevel.PROVINCIAL_DEPARTMENT,
  UBND: AuthorityLevel.PROVINCIAL_PEOPLES_COMMITTEE,
};
const BEFORE_MERGER = '2025-02-28';
const MINISTRIES_MERGED = '2025-03-01';
const LAST_THREE_TIER = '2025-06-30';
const TWO_TIER = '2025-07-01';

/**
 * The provincial bodies of the registry's province (domain.md §1, §3), derived from the official province mapping:
 *   - for each 2024 province it was formed from: its Sở TT&TT (until 28 Feb 2025), its Sở KH&CN (from 1 Mar 2025, which
 *     took post, telecom, radio and IT), its Sở VH-TT-DL (press, publishing and printing from 1 Mar 2025) and its
 *     People's Committee;
 *   - when several 2024 provinces merged on 1 Jul 2025 (Đồng Nai 75 ← 70, 75), the 2024 provinces' bodies end on 30 Jun
 *     2025 and the new province's Sở KH&CN, Sở VH-TT-DL and People's Committee begin on 1 Jul 2025 as their successors;
 *   - a province that did not merge (Hà Nội 01) keeps its bodies across 1 Jul 2025.
 * Codes: `<province>-<body>` (70-STTTT, 75-SKHCN); a 2024 province whose code the merged province kept has its own
 * bodies coded `<code>-2024-<body>` (75-2024-SKHCN: the Sở KH&CN of the former Đồng Nai, 1 Mar – 30 Jun 2025), so no
 * code ever names two bodies. A body's unit says whose territory it covers (a 2024 or a 2025 province).
 */
export function provincialAuthorities(province: RegistryProvince): (AuthoritySeed & { functions: FunctionSeed[] })[] {
  const out: (AuthoritySeed & { functions: FunctionSeed[] })[] = [];
  const body = (
    code: string,
    kind: ProvincialBody,
    unit: ProvinceName,
    unitVersion: 2024 | 2025,
    validFrom: string,
    validTo: string | null,
    successorCode: string | null,
    note: string,
  ) => {
    const checked = HAND_CHECKED[code];
    out.push({
      code,
      name: `${BODY_NAMES[kind]} ${inName(unit.fullName)}`,
      level: LEVEL_OF[kind],
      provinceCode: unit.code,
      unitVersion,
      unitCode: unit.code,
      validFrom: checked?.validFrom ?? validFrom,
      validTo,
      successorCode,
      note: checked?.note ?? note,
      functions: PROVINCIAL_FUNCTIONS[kind],
    });
  };
  const q = province.code;
  const split =
    'On 1 Mar 2025 post, telecom, radio and IT went to the Sở KH&CN; press, publishing, printing and online information to the Sở VH-TT-DL.';
  if (!province.merged) {
    const p = province.predecessors[0];
    body(`${q}-STTTT`, 'STTTT', p, 2024, '2008-07-01', BEFORE_MERGER, `${q}-SKHCN`, `${UNSURE_START}. ${split}`);
    body(
      `${q}-SKHCN`,
      'SKHCN',
      province,
      2025,
      MINISTRIES_MERGED,
      null,
      null,
      'Merged Sở KH&CN and Sở TT&TT (1 Mar 2025); the province did not merge on 1 Jul 2025.',
    );
    body(
      `${q}-SVHTTDL`,
      'SVHTTDL',
      province,
      2025,
      '2008-07-01',
      null,
      null,
      `${UNSURE_START}; licenses press, publishing and printing from 1 Mar 2025.`,
    );
    body(`${q}-UBND`, 'UBND', province, 2025, '1997-01-01', null, null, `${UNSURE_START}; the province did not merge on 1 Jul 2025.`);
    return out;
  }
  for (const p of province.predecessors) {
    const c = p.code === q ? `${p.code}-2024` : p.code;
    const merged = `merged into ${province.fullName} on 1 Jul 2025 (Resolution 202/2025/QH15)`;
    body(`${c}-STTTT`, 'STTTT', p, 2024, '2008-07-01', BEFORE_MERGER, `${c}-SKHCN`, `${UNSURE_START}. ${split}`);
    body(
      `${c}-SKHCN`,
      'SKHCN',
      p,
      2024,
      MINISTRIES_MERGED,
      LAST_THREE_TIER,
      `${q}-SKHCN`,
      `Merged Sở KH&CN and Sở TT&TT (1 Mar 2025); ${merged}.`,
    );
    body(
      `${c}-SVHTTDL`,
      'SVHTTDL',
      p,
      2024,
      '2008-07-01',
      LAST_THREE_TIER,
      `${q}-SVHTTDL`,
      `${UNSURE_START}; licenses press, publishing and printing from 1 Mar 2025; ${merged}.`,
    );
    body(`${c}-UBND`, 'UBND', p, 2024, '1997-01-01', LAST_THREE_TIER, `${q}-UBND`, `${UNSURE_START}; ${merged}.`);
  }
  const formed = `Department of the merged province (1 Jul 2025): ${province.predecessors.map((p) => p.fullName).join(' + ')}.`;
  body(`${q}-SKHCN`, 'SKHCN', province, 2025, TWO_TIER, null, null, formed);
  body(`${q}-SVHTTDL`, 'SVHTTDL', province, 2025, TWO_TIER, null, null, formed);
  body(
    `${q}-UBND`,
    'UBND',
    province,
    2025,
    TWO_TIER,
    null,
    null,
    `Merged province of ${province.predecessors.map((p) => p.name).join(' and ')} (1 Jul 2025).`,
  );
  return out;
}

/**
 * Loads the authorities of the registry's province (its 2025 code): the hand-checked national bodies (data above), the
 * provincial bodies (provincialAuthorities), one People's Committee per 2024 district of each 2024 province it was
 * formed from (until 30 Jun 2025) and one per 2025 commune of the province (from 1 Jul 2025), all from the official unit
 * lists. Idempotent (upsert by code): a database seeded for another province keeps that province's bodies too.
 */
export async function seedAuthorities(manager: EntityManager, provinceCode: string): Promise<void> {
  const province = registryProvince(provinceCode);
  const districts = await manager.find(AdministrativeUnitRecord, {
    where: { version: 2024, level: UnitLevel.DISTRICT, parentCode: In(province.predecessors.map((p) => p.code)) },
    order: { code: 'ASC' },
  });
  const communes = await manager.find(AdministrativeUnitRecord, {
    where: { version: 2025, level: UnitLevel.WARD, provinceCode: province.code },
    order: { code: 'ASC' },
  });
  const rows: (AuthoritySeed & { functions?: FunctionSeed[] })[] = [
    ...STATIC,
    ...provincialAuthorities(province),
    ...districts.map((d) => ({
      code: `UBND-H-${d.code}`,
      name: `Ủy ban nhân dân ${d.fullName}`,
      level: AuthorityLevel.DISTRICT_PEOPLES_COMMITTEE,
      provinceCode: d.provinceCode,
      unitVersion: 2024,
      unitCode: d.code,
      validFrom: '2008-01-01',
      validTo: LAST_THREE_TIER,
      successorCode: null,
      note: `${UNSURE_START}; district level abolished 1 Jul 2025, its licensing tasks went to the commune People’s Committees.`,
    })),
    ...communes.map((c) => ({
      code: `UBND-X-${c.code}`,
      name: `Ủy ban nhân dân ${c.fullName}`,
      level: AuthorityLevel.COMMUNE_PEOPLES_COMMITTEE,
      provinceCode: province.code,
      unitVersion: 2025,
      unitCode: c.code,
      validFrom: TWO_TIER,
      validTo: null,
      successorCode: null,
      note: 'Commune of the two-tier structure (Decision 19/2025/QĐ-TTg).',
    })),
  ];
  await manager.upsert(
    AuthorityRecord,
    rows.map(({ functions: _f, ...r }) => r),
    ['code'],
  );
  // Functions are replaced whole for the seeded bodies, so a corrected period takes effect on the next start.
  await manager.delete(AuthorityFunctionRecord, { authorityCode: In(rows.map((r) => r.code)) });
  await manager.insert(AuthorityFunctionRecord, rows.flatMap(functionRows));
}
