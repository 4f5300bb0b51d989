import 'reflect-metadata';
import type { EntityManager } from 'typeorm';
import { EntityKind, EntityStatus, LegalForm, REGISTRY_PREFIX } from '../src/entities/entity-kind';
import type { GameServicePointDetails, IspAgentContract } from '../src/entities/game-service-point';
import { InternetAccessPointType, type InternetAccessPointDetails } from '../src/entities/internet-access-point';
import { ItField, RevenueBand, type ItEnterpriseDetails } from '../src/entities/it-enterprise';
import { PostalScope, PostalServiceType, type PostalEnterpriseDetails } from '../src/entities/postal-enterprise';
import {
  PrintingProduct,
  PrintingStage,
  type PrintingEquipment,
  type PrintingEstablishmentDetails,
} from '../src/entities/printing-establishment';
import { PublisherRole, type PublisherBranch, type PublisherDetails } from '../src/entities/publisher';
import type { FrequencyAssignment, RadioFrequencyUserDetails } from '../src/entities/radio-frequency-user';
import { TelecomNetworkScope, type TelecomOperatorDetails } from '../src/entities/telecom-operator';
import { todayInVietnam } from '../src/graphql/dates';
import { mulberry32 } from './random';

/**
 * Deterministic demo data: a few hundred regulated entities of all eight kinds spread over the province's
 * 2024 districts, with Vietnamese names, addresses and kind attributes. The same reference data gives the
 * same rows on every run (fixed PRNG seed; only the uuids differ). Entities registered from 1 Jul 2025 are
 * recorded with the 2025 (two-tier) commune their 2024 ward went into; older ones with the 2024 ward.
 * Registry codes follow the service's scheme (PREFIX-province-000001, by registration time) and the
 * `registry_code_counter` rows are raised to the last number used, so later registrations continue.
 */

const SEED = 20250701;
const COUNTS: Record<EntityKind, number> = {
  GAME_SERVICE_POINT: 115,
  INTERNET_ACCESS_POINT: 80,
  IT_ENTERPRISE: 40,
  PRINTING_ESTABLISHMENT: 30,
  RADIO_FREQUENCY_USER: 30,
  PUBLISHER: 16,
  POSTAL_ENTERPRISE: 16,
  TELECOM_OPERATOR: 13,
};

// ---------------------------------------------------------------------------------------------- randomness

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(min = 0, max = 1): number {
    return min + this.next() * (max - min);
  }
  /** Integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  }
  /** k distinct items, in their original order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const idx = items.map((_, i) => i);
    for (let i = 0; i < Math.min(k, idx.length); i++) {
      const j = i + Math.floor(this.next() * (idx.length - i));
      [idx[i], idx[j]] = [idx[j], idx[i]];
    }
    return idx
      .slice(0, k)
      .sort((a, b) => a - b)
      .map((i) => items[i]);
  }
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String(Math.floor(this.next() * 10));
    return s;
  }
}

// ---------------------------------------------------------------------------------------------- dates

const DAY_MS = 86_400_000;
const VN_OFFSET_MS = 7 * 3_600_000;
const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const vnDate = (day: number) => isoOf(day).split('-').reverse().join('/');
/** An instant on a Vietnamese working day, minutes after 07:30 local time. */
const instant = (day: number, minutesAfter0730: number) => day * DAY_MS - VN_OFFSET_MS + (7.5 * 60 + minutesAfter0730) * 60_000;

const FIRST_DAY = dayOf('2019-01-02');
/** Last day of the demo history; today when run earlier, so no date is ever in the future. */
const LAST_DAY = Math.min(dayOf('2026-06-30'), dayOf(todayInVietnam()));
const TWO_TIER_FROM = dayOf('2025-07-01');

// ---------------------------------------------------------------------------------------------- geography

interface Ward {
  code: string;
  fullName: string;
  unitType: string;
  newCode: string | null;
  newFullName: string | null;
  newProvinceFullName: string | null;
}

interface District {
  code: string;
  name: string;
  fullName: string;
  /** "huyện Lộc Ninh": the full name as it appears inside an organisation's name. */
  inName: string;
  wards: Ward[];
}

interface Geography {
  provinceName: string;
  provinceFullName: string;
  districts: District[];
}

interface Place {
  district: District;
  ward: Ward;
  urban: boolean;
}

async function loadGeography(m: EntityManager, provinceCode: string): Promise<Geography> {
  const rows = (await m.query(
    `SELECT w.code, w.full_name, w.unit_type, d.code AS district_code, d.name AS district_name, d.full_name AS district_full_name,
            p.name AS province_name, p.full_name AS province_full_name,
            n.code AS new_code, n.full_name AS new_full_name, np.full_name AS new_province_full_name
       FROM administrative_unit w
       JOIN administrative_unit d ON d.version = 2024 AND d.code = w.parent_code
       JOIN administrative_unit p ON p.version = 2024 AND p.code = w.province_code
       LEFT JOIN LATERAL (SELECT min(m.new_code) AS code FROM administrative_unit_mapping m
                           WHERE m.level = 'WARD' AND m.old_code = w.code) nm ON true
       LEFT JOIN administrative_unit n ON n.version = 2025 AND n.code = nm.code
       LEFT JOIN administrative_unit np ON np.version = 2025 AND np.code = n.province_code
      WHERE w.version = 2024 AND w.level = 'WARD' AND w.province_code = $1
      ORDER BY d.code, w.code`,
    [provinceCode],
  )) as {
    code: string;
    full_name: string;
    unit_type: string;
    district_code: string;
    district_name: string;
    district_full_name: string;
    province_name: string;
    province_full_name: string;
    new_code: string | null;
    new_full_name: string | null;
    new_province_full_name: string | null;
  }[];
  if (!rows.length) throw new Error(`no 2024 wards of province ${provinceCode}: load the administrative units first`);
  const districts = new Map<string, District>();
  for (const r of rows) {
    let d = districts.get(r.district_code);
    if (!d) {
      d = {
        code: r.district_code,
        name: r.district_name,
        fullName: r.district_full_name,
        inName: r.district_full_name.charAt(0).toLowerCase() + r.district_full_name.slice(1),
        wards: [],
      };
      districts.set(r.district_code, d);
    }
    d.wards.push({
      code: r.code,
      fullName: r.full_name,
      unitType: r.unit_type,
      newCode: r.new_code,
      newFullName: r.new_full_name,
      newProvinceFullName: r.new_province_full_name,
    });
  }
  return { provinceName: rows[0].province_name, provinceFullName: rows[0].province_full_name, districts: [...districts.values()] };
}

/** Bình Phước (70): how busy each 2024 district is, a rough centre for map points, and its roads. */
const DISTRICT_PROFILE: Record<string, { weight: number; lat: number; lng: number; streets: string[]; roads: string[] }> = {
  '688': {
    weight: 8,
    lat: 11.83,
    lng: 106.99,
    streets: ['Đường Lê Quý Đôn', 'Đường Nguyễn Tất Thành', 'Đường Hồ Xuân Hương', 'Đường Trần Hưng Đạo'],
    roads: ['ĐT741', 'ĐT759'],
  },
  '689': {
    weight: 18,
    lat: 11.535,
    lng: 106.885,
    streets: [
      'Đường Phú Riềng Đỏ',
      'Đường Hùng Vương',
      'Đường Trần Hưng Đạo',
      'Đường Lê Duẩn',
      'Đường Nguyễn Huệ',
      'Đường Trường Chinh',
      'Đường Điểu Ông',
      'Đường Lý Thường Kiệt',
      'Đường Tôn Đức Thắng',
      'Đường Hồ Xuân Hương',
    ],
    roads: ['QL14', 'ĐT741'],
  },
  '690': {
    weight: 8,
    lat: 11.65,
    lng: 106.6,
    streets: ['Đường Nguyễn Huệ', 'Đường Trần Hưng Đạo', 'Đường Lê Lợi', 'Đường Hùng Vương', 'Đường Cách Mạng Tháng Tám'],
    roads: ['QL13'],
  },
  '691': { weight: 6, lat: 11.98, lng: 107.06, streets: ['Đường Trần Phú', 'Đường Nguyễn Trãi'], roads: ['ĐT741', 'QL14C'] },
  '692': {
    weight: 9,
    lat: 11.84,
    lng: 106.59,
    streets: ['Đường Nguyễn Tất Thành', 'Đường Lê Duẩn', 'Đường Ngô Quyền'],
    roads: ['QL13', 'QL14C'],
  },
  '693': { weight: 5, lat: 11.98, lng: 106.82, streets: ['Đường Trần Hưng Đạo', 'Đường Lê Lợi'], roads: ['QL14C', 'ĐT759'] },
  '694': { weight: 8, lat: 11.59, lng: 106.62, streets: ['Đường Võ Văn Kiệt', 'Đường Nguyễn Văn Cừ'], roads: ['QL13', 'ĐT757'] },
  '695': {
    weight: 9,
    lat: 11.48,
    lng: 106.96,
    streets: ['Đường Lê Lợi', 'Đường Trần Hưng Đạo', 'Đường Nguyễn Trãi'],
    roads: ['QL14', 'ĐT741', 'ĐT753'],
  },
  '696': { weight: 10, lat: 11.8, lng: 107.23, streets: ['Đường Nguyễn Huệ', 'Đường Hai Bà Trưng', 'Đường Quang Trung'], roads: ['QL14'] },
  '697': {
    weight: 12,
    lat: 11.44,
    lng: 106.64,
    streets: ['Đường Hùng Vương', 'Đường Trần Hưng Đạo', 'Đường Lê Duẩn', 'Đường 30 Tháng 4'],
    roads: ['QL13', 'QL14'],
  },
  '698': { weight: 7, lat: 11.69, lng: 106.93, streets: ['Đường Lê Lợi', 'Đường Nguyễn Văn Linh'], roads: ['ĐT741'] },
};
const GENERIC_STREETS = [
  'Đường Trần Hưng Đạo',
  'Đường Nguyễn Huệ',
  'Đường Lê Lợi',
  'Đường Hùng Vương',
  'Đường Quang Trung',
  'Đường Hai Bà Trưng',
];
const HAMLET_NAMES = [
  'Ấp Tân Hưng',
  'Ấp Bình Thắng',
  'Ấp Sóc Lớn',
  'Ấp Thanh Sơn',
  'Ấp Phú Lạc',
  'Ấp Hòa Lộc',
  'Thôn Đức Lập',
  'Thôn Tân Lập',
  'Thôn 4',
  'Thôn 6',
];
const LANDLINE_AREA: Record<string, string> = { '70': '271' };

// ---------------------------------------------------------------------------------------------- names

const FAMILY: [string, number][] = [
  ['Nguyễn', 31],
  ['Trần', 11],
  ['Lê', 9],
  ['Phạm', 7],
  ['Hoàng', 4],
  ['Huỳnh', 3],
  ['Phan', 4],
  ['Vũ', 3],
  ['Võ', 3],
  ['Đặng', 2],
  ['Bùi', 2],
  ['Đỗ', 2],
  ['Hồ', 2],
  ['Ngô', 2],
  ['Dương', 1],
  ['Lý', 1],
  ['Trương', 1],
  ['Đinh', 1],
  ['Lâm', 1],
  ['Điểu', 2],
];
const MIDDLE_M = ['Văn', 'Văn', 'Văn', 'Minh', 'Quốc', 'Hữu', 'Đức', 'Thanh', 'Công', 'Ngọc', 'Tấn', 'Hoàng', 'Xuân', 'Trọng'];
const MIDDLE_F = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Mỹ', 'Bích', 'Phương', 'Thùy', 'Hồng'];
const GIVEN_M = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hải',
  'Hùng',
  'Khánh',
  'Long',
  'Minh',
  'Nam',
  'Phong',
  'Quân',
  'Sơn',
  'Tài',
  'Thắng',
  'Trung',
  'Tuấn',
  'Việt',
  'Vinh',
  'Hiếu',
  'Đạt',
  'Phúc',
  'Lộc',
  'Toàn',
  'Thịnh',
  'Huy',
  'Khoa',
  'Tâm',
];
const GIVEN_F = [
  'Anh',
  'Bích',
  'Châu',
  'Dung',
  'Hà',
  'Hạnh',
  'Hoa',
  'Hương',
  'Lan',
  'Liên',
  'Linh',
  'Mai',
  'Ngân',
  'Nga',
  'Nhung',
  'Oanh',
  'Phượng',
  'Quyên',
  'Thảo',
  'Trang',
  'Tuyết',
  'Uyên',
  'Vân',
  'Yến',
  'Hằng',
  'Diệu',
];

const BRANDS = [
  'Hoàng Long',
  'Minh Phát',
  'Phúc Thịnh',
  'Thành Công',
  'Phúc An',
  'Tuấn Anh',
  'Kim Ngân',
  'Hải Đăng',
  'Việt Hưng',
  'Quang Minh',
  'Ánh Dương',
  'Thiên Long',
  'Gia Huy',
  'Bảo Anh',
  'Phương Nam',
  'Tâm Đức',
  'Hưng Thịnh',
  'Long Vân',
  'Đại Phát',
  'Nhật Minh',
  'Khánh An',
  'Trường Thịnh',
  'Vạn Phúc',
  'Sao Mai',
  'Hồng Phát',
  'Tân Tiến',
  'Phú Quý',
  'Đức Tài',
  'An Khang',
  'Thịnh Vượng',
  'Kim Long',
  'Bình An',
  'Hòa Bình',
  'Minh Khôi',
  'Gia Phát',
  'Tiến Đạt',
  'Hoàng Gia',
  'Nam Phong',
  'Đông Á',
  'Hưng Phát',
  'Phát Đạt',
  'Mỹ Linh',
  'Thanh Tâm',
  'Hồng Ân',
  'Toàn Thắng',
  'Hải Yến',
  'Ngọc Lan',
  'Phước Lộc',
  'Thuận Phát',
  'Kim Phát',
  'Tân Phát',
  'Thiên Ân',
  'Vĩnh Phát',
  'Bảo Long',
  'Sơn Hà',
  'Hoa Sen',
  'Trung Nghĩa',
  'Đức Thành',
  'Thanh Bình',
  'Sao Việt',
  'Trí Đức',
  'Lộc Phát',
  'Bình Minh',
  'Ngọc Minh',
  'Hoàng Phúc',
  'Đăng Khoa',
  'Nhật Quang',
  'Thái Sơn',
  'Tường Vy',
  'Hùng Cường',
];

/** Strips Vietnamese diacritics (for e-mail addresses and domains). */
const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
const slug = (s: string) =>
  fold(s)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

interface Person {
  name: string;
  given: string;
  female: boolean;
  birthYear: number;
}

// ---------------------------------------------------------------------------------------------- rows

interface Draft {
  kind: EntityKind;
  name: string;
  legal_form: LegalForm;
  tax_code: string | null;
  representative_name: string | null;
  representative_title: string | null;
  representative_id_number: string | null;
  representative_phone: string | null;
  representative_address: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  website: string | null;
  street: string;
  unit_version: number;
  ward_code: string;
  latitude: number | null;
  longitude: number | null;
  notes: string | null;
  details: object;
  status: EntityStatus;
  deregistered_on: string | null;
  deregistration_reason: string | null;
  createdMs: number;
  updatedMs: number;
  version: number;
  registry_code?: string;
}

/** Who holds the registration: the common columns other than name, address and details. */
type Holder = Pick<
  Draft,
  | 'legal_form'
  | 'tax_code'
  | 'representative_name'
  | 'representative_title'
  | 'representative_id_number'
  | 'representative_phone'
  | 'representative_address'
  | 'contact_phone'
  | 'contact_email'
  | 'website'
> & { person: Person };

interface HolderOptions {
  /** Domain stem for an organisation's e-mail and website (none: a gmail address or nothing). */
  domain?: string;
  title?: string;
  /** Tax code of the parent enterprise (for a branch). */
  parentTaxCode?: string;
  websiteChance?: number;
  govDomain?: boolean;
}

class Generator {
  readonly r = new Random(SEED);
  private readonly names = new Set<string>();
  private readonly parentTaxCodes = new Map<string, string>();
  readonly drafts: Draft[] = [];
  readonly province: string;
  readonly provinceInName: string;

  constructor(
    readonly geo: Geography,
    readonly provinceCode: string,
  ) {
    this.province = geo.provinceName;
    this.provinceInName = `tỉnh ${geo.provinceName}`;
  }

  // -------------------------------------------------------------------------------------------- people

  person(): Person {
    const female = this.r.chance(0.42);
    const family = this.r.weighted(FAMILY);
    const middle = this.r.pick(female ? MIDDLE_F : MIDDLE_M);
    const given = this.r.pick(female ? GIVEN_F : GIVEN_M);
    return { name: `${family} ${middle} ${given}`, given, female, birthYear: this.r.int(1962, 2001) };
  }

  /** Citizen ID (CCCD): birth-province code, sex/century digit, year of birth, 6 digits. */
  idNumber(p: Person): string {
    const province = this.provinceCode === '70' ? '070' : `0${this.provinceCode}`;
    const sexCentury = (p.birthYear >= 2000 ? 2 : 0) + (p.female ? 1 : 0);
    return `${province}${sexCentury}${String(p.birthYear % 100).padStart(2, '0')}${this.r.digits(6)}`;
  }

  mobile(): string {
    const prefix = this.r.pick([
      '032',
      '033',
      '034',
      '035',
      '036',
      '037',
      '038',
      '039',
      '056',
      '058',
      '070',
      '076',
      '077',
      '078',
      '079',
      '081',
      '082',
      '083',
      '084',
      '085',
      '086',
      '088',
      '089',
      '090',
      '091',
      '093',
      '094',
      '096',
      '097',
      '098',
    ]);
    return `${prefix}${this.r.digits(7)}`;
  }

  /** An 11-digit landline of the province (02xx + 7 digits), or a mobile where the area code is unknown. */
  landline(): string {
    const area = LANDLINE_AREA[this.provinceCode];
    return area ? `0${area}${this.r.pick(['3', '6'])}${this.r.digits(6)}` : this.mobile();
  }

  personalEmail(p: Person): string {
    const initials = fold(p.name)
      .split(' ')
      .slice(0, -1)
      .map((w) => w[0])
      .join('');
    return `${slug(p.given)}${initials.toLowerCase()}${String(p.birthYear % 100).padStart(2, '0')}@gmail.com`;
  }

  /** A 10-digit enterprise/tax code; the last digit is a mod-11 check digit (weights 31 29 23 19 17 13 7 5 3, as commonly described), which the registry does not verify. */
  taxCode(prefix: string): string {
    const w = [31, 29, 23, 19, 17, 13, 7, 5, 3];
    for (;;) {
      const nine = prefix + this.r.digits(9 - prefix.length);
      const check = 10 - ([...nine].reduce((s, d, i) => s + Number(d) * w[i], 0) % 11);
      if (check < 10) return nine + String(check);
    }
  }

  parentTaxCode(parent: string): string {
    let code = this.parentTaxCodes.get(parent);
    if (!code) {
      code = this.taxCode(this.r.pick(['010', '030', '031']));
      this.parentTaxCodes.set(parent, code);
    }
    return code;
  }

  residence(place: Place, createdDay: number): string {
    const street = this.street(place);
    const w = place.ward;
    if (createdDay >= TWO_TIER_FROM && w.newFullName && w.newProvinceFullName) {
      return `${street}, ${w.newFullName}, ${w.newProvinceFullName}`;
    }
    return `${street}, ${w.fullName}, ${place.district.fullName}, ${this.geo.provinceFullName}`;
  }

  household(place: Place, createdDay: number, opts: { title?: string; taxChance?: number } = {}): Holder {
    const person = this.person();
    const phone = this.mobile();
    return {
      person,
      legal_form: LegalForm.HOUSEHOLD_BUSINESS,
      tax_code: this.r.chance(opts.taxChance ?? 0.65) ? this.taxCode('8') : null,
      representative_name: person.name,
      representative_title: opts.title ?? 'Chủ hộ kinh doanh',
      representative_id_number: this.idNumber(person),
      representative_phone: phone,
      representative_address: this.r.chance(0.7) ? this.residence(place, createdDay) : null,
      contact_phone: this.r.chance(0.6) ? phone : this.mobile(),
      contact_email: this.r.chance(0.35) ? this.personalEmail(person) : null,
      website: null,
    };
  }

  individual(place: Place, createdDay: number, title: string | null = 'Chủ cơ sở'): Holder {
    const h = this.household(place, createdDay, { taxChance: 0.3 });
    return { ...h, legal_form: LegalForm.INDIVIDUAL, representative_title: title };
  }

  organisation(form: LegalForm, opts: HolderOptions = {}): Holder {
    const person = this.person();
    const domain = opts.domain ? slug(opts.domain) : null;
    const gov = opts.govDomain ? `${slug(this.province)}.gov.vn` : null;
    let tax: string | null;
    if (form === LegalForm.BRANCH) tax = `${opts.parentTaxCode ?? this.taxCode('010')}-${String(this.r.int(1, 120)).padStart(3, '0')}`;
    else if (form === LegalForm.OTHER_ORGANISATION) tax = this.r.chance(0.7) ? this.taxCode('38') : null;
    else tax = this.taxCode(this.provinceCode === '70' ? '38' : '0');
    const title =
      opts.title ??
      (form === LegalForm.BRANCH
        ? 'Giám đốc chi nhánh'
        : form === LegalForm.OTHER_ORGANISATION
          ? 'Chủ tịch'
          : this.r.weighted([
              ['Giám đốc', 8],
              ['Tổng Giám đốc', 1],
            ] as const));
    let email: string | null = null;
    let website: string | null = null;
    if (gov && domain) {
      email = `${domain}@${gov}`;
      website = this.r.chance(opts.websiteChance ?? 0.6) ? `https://${domain}.${gov}` : null;
    } else if (domain) {
      const tld = this.r.pick(['com.vn', 'vn', 'com']);
      email = this.r.chance(0.7) ? `${this.r.pick(['info', 'lienhe', 'contact', 'kinhdoanh'])}@${domain}.${tld}` : `${domain}@gmail.com`;
      website = this.r.chance(opts.websiteChance ?? 0.45) ? `https://${this.r.chance(0.5) ? 'www.' : ''}${domain}.${tld}` : null;
    }
    return {
      person,
      legal_form: form,
      tax_code: tax,
      representative_name: person.name,
      representative_title: title,
      representative_id_number: null,
      representative_phone: null,
      representative_address: null,
      contact_phone: this.r.chance(0.55) ? this.landline() : this.mobile(),
      contact_email: email,
      website,
    };
  }

  // -------------------------------------------------------------------------------------------- places

  /** A ward of a district chosen by weight; `urbanBias` favours wards and townships. */
  place(opts: { district?: string; urbanBias?: number } = {}): Place {
    const districts = this.geo.districts;
    const district =
      (opts.district ? districts.find((d) => d.code === opts.district) : undefined) ??
      this.r.weighted(districts.map((d) => [d, DISTRICT_PROFILE[d.code]?.weight ?? 8] as const));
    const bias = opts.urbanBias ?? 2;
    const ward = this.r.weighted(district.wards.map((w) => [w, w.unitType === 'Xã' ? 1 : bias] as const));
    return { district, ward, urban: ward.unitType !== 'Xã' };
  }

  rural(place: Place): string {
    const profile = DISTRICT_PROFILE[place.district.code];
    switch (this.r.int(0, 3)) {
      case 0:
        return `Tổ ${this.r.int(1, 12)}, Ấp ${this.r.int(1, 10)}`;
      case 1:
        return `Tổ ${this.r.int(1, 9)}, ${this.r.pick(HAMLET_NAMES)}`;
      case 2:
        return profile ? `Km ${this.r.int(2, 60)}, ${this.r.pick(profile.roads)}` : `Ấp ${this.r.int(1, 10)}`;
      default:
        return `Ấp ${this.r.int(1, 10)}`;
    }
  }

  street(place: Place): string {
    const profile = DISTRICT_PROFILE[place.district.code];
    if (!place.urban) {
      if (profile && this.r.chance(0.3)) return `${this.r.int(1, 999)} ${this.r.pick(profile.roads)}, Ấp ${this.r.int(1, 10)}`;
      return this.rural(place);
    }
    const streets = profile?.streets ?? GENERIC_STREETS;
    switch (this.r.int(0, 5)) {
      case 0:
        return `${this.r.int(1, 250)}/${this.r.int(1, 40)} ${this.r.pick(streets)}`;
      case 1:
        return profile ? `${this.r.int(100, 2500)} ${this.r.pick(profile.roads)}` : `${this.r.int(1, 500)} ${this.r.pick(streets)}`;
      case 2:
        return `Tổ ${this.r.int(1, 12)}, Khu phố ${this.r.int(1, 8)}`;
      default:
        return `${this.r.int(1, 480)} ${this.r.pick(streets)}`;
    }
  }

  addressText(place: Place): string {
    return `${this.street(place)}, ${place.ward.fullName}, ${place.district.fullName}`;
  }

  // -------------------------------------------------------------------------------------------- names

  /** A brand not used yet in this name pattern. */
  uniqueName(make: (brand: string) => string): string {
    for (let i = 0; i < 40; i++) {
      const name = make(this.r.pick(BRANDS));
      if (this.claim(name)) return name;
    }
    for (let n = 2; ; n++) {
      const name = `${make(this.r.pick(BRANDS))} ${n}`;
      if (this.claim(name)) return name;
    }
  }

  claim(name: string): boolean {
    if (this.names.has(name)) return false;
    this.names.add(name);
    return true;
  }

  // -------------------------------------------------------------------------------------------- dates

  /** A registration day, more of them recently (the registry grew). */
  createdDay(from = FIRST_DAY, to = LAST_DAY): number {
    return from + Math.floor(Math.pow(this.r.float(), 0.85) * (to - from + 1));
  }

  dayBefore(day: number, minDays: number, maxDays: number, floor = dayOf('2005-01-01')): string {
    return isoOf(Math.max(floor, day - this.r.int(minDays, maxDays)));
  }

  // -------------------------------------------------------------------------------------------- assembling

  add(kind: EntityKind, name: string, place: Place, holder: Holder, details: object, createdDay: number): Draft {
    this.names.add(name);
    const createdMs = instant(createdDay, this.r.int(0, 9 * 60));
    let updatedMs = createdMs;
    let version = 1;
    if (this.r.chance(0.6) && createdDay < LAST_DAY) {
      const day = Math.min(LAST_DAY, createdDay + this.r.int(1, 900));
      updatedMs = Math.max(createdMs, instant(day, this.r.int(0, 9 * 60)));
      version = 1 + this.r.int(1, 4);
    }
    // Recorded in the structure in force when registered; some older records were re-addressed on a later update.
    const updatedDay = Math.floor((updatedMs + VN_OFFSET_MS) / DAY_MS);
    const readdressed = createdDay < TWO_TIER_FROM && updatedDay >= TWO_TIER_FROM && this.r.chance(0.15);
    const twoTier = (createdDay >= TWO_TIER_FROM || readdressed) && place.ward.newCode !== null;
    const profile = DISTRICT_PROFILE[place.district.code];
    const located = profile && this.r.chance(0.6);
    const { person: _person, ...holderColumns } = holder;
    const draft: Draft = {
      kind,
      name,
      ...holderColumns,
      street: this.street(place),
      unit_version: twoTier ? 2025 : 2024,
      ward_code: twoTier ? place.ward.newCode! : place.ward.code,
      latitude: located ? Math.round((profile.lat + this.r.float(-0.045, 0.045)) * 1e6) / 1e6 : null,
      longitude: located ? Math.round((profile.lng + this.r.float(-0.045, 0.045)) * 1e6) / 1e6 : null,
      notes: this.r.chance(0.22) ? this.note(kind, createdDay) : null,
      details,
      status: EntityStatus.ACTIVE,
      deregistered_on: null,
      deregistration_reason: null,
      createdMs,
      updatedMs,
      version,
    };
    this.drafts.push(draft);
    return draft;
  }

  note(kind: EntityKind, createdDay: number): string {
    const checked = vnDate(Math.min(LAST_DAY, createdDay + this.r.int(20, 500)));
    const common = [
      `Đã kiểm tra thực tế ngày ${checked}: hoạt động đúng nội dung đăng ký.`,
      `Thông tin liên hệ cập nhật theo phiếu khảo sát ngày ${checked}.`,
      'Hồ sơ gốc lưu tại Phòng Bưu chính, Viễn thông và Công nghệ thông tin.',
      'Đề nghị cơ sở cập nhật số điện thoại liên hệ khi thay đổi.',
    ];
    const byKind: Partial<Record<EntityKind, string[]>> = {
      GAME_SERVICE_POINT: [
        'Chủ cơ sở cam kết không hoạt động từ 22 giờ đến 8 giờ sáng hôm sau.',
        `Kiểm tra ngày ${checked}: nhắc nhở niêm yết nội quy phòng máy.`,
        'Cần bổ sung bản sao hợp đồng đại lý Internet.',
      ],
      INTERNET_ACCESS_POINT: [
        'Điểm Wi-Fi miễn phí cho khách, không cài đặt trò chơi.',
        'Đã nhắc nhở lưu thông tin người sử dụng theo quy định.',
      ],
      PRINTING_ESTABLISHMENT: [`Đã kiểm tra thiết bị in ngày ${checked}.`, 'Máy photocopy màu đã đăng ký sử dụng.'],
      RADIO_FREQUENCY_USER: ['Thiết bị đã được kiểm định, có nhãn hợp quy.', `Đo kiểm nhiễu ngày ${checked}: không phát hiện can nhiễu.`],
    };
    return this.r.pick([...common, ...(byKind[kind] ?? [])]);
  }

  deregister(draft: Draft, reason: string, onOrAfter?: number): void {
    const createdDay = Math.floor((draft.createdMs + VN_OFFSET_MS) / DAY_MS);
    const from = Math.max(onOrAfter ?? createdDay + 60, createdDay + 1);
    if (from > LAST_DAY) return;
    const day = this.r.int(from, Math.min(LAST_DAY, from + 700));
    draft.status = EntityStatus.DEREGISTERED;
    draft.deregistered_on = isoOf(day);
    draft.deregistration_reason = reason;
    draft.updatedMs = Math.max(draft.createdMs, instant(day, this.r.int(0, 9 * 60)));
    draft.version += 1;
  }

  /** Deregisters `n` of the drafts of a kind registered long enough ago. */
  deregisterSome(kind: EntityKind, n: number, reasons: string[]): void {
    const candidates = this.drafts.filter(
      (d) => d.kind === kind && d.status === EntityStatus.ACTIVE && d.createdMs < instant(LAST_DAY - 240, 0),
    );
    for (const d of this.r.sample(candidates, n)) this.deregister(d, this.r.pick(reasons));
  }
}

// ---------------------------------------------------------------------------------------------- kinds

const ISPS = ['VNPT', 'Viettel', 'FPT Telecom', 'SCTV'];
const ISP_TAG: Record<string, string> = { VNPT: 'VNPT', Viettel: 'VTL', 'FPT Telecom': 'FPT', SCTV: 'SCTV' };
/** "Bình Phước" -> "BP". */
const initialsOf = (s: string) =>
  fold(s)
    .split(/\s+/)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');

function ispAgentContract(g: Generator, createdDay: number): IspAgentContract {
  const isp = g.r.weighted([
    ['VNPT', 4],
    ['Viettel', 4],
    ['FPT Telecom', 2],
    ['SCTV', 1],
  ] as const);
  const signedOn = g.dayBefore(createdDay, 3, 200);
  return {
    ispName: `${isp} ${g.province}`,
    number: `${g.r.int(12, 480)}/${signedOn.slice(0, 4)}/HĐĐL-${ISP_TAG[isp]}${initialsOf(g.province)}`,
    signedOn,
  };
}

function businessRegistrationNumber(g: Generator, place: Place): string {
  const letter = 'ABCDEGHKLMN'[Math.max(0, g.geo.districts.indexOf(place.district)) % 11];
  return `44${letter}8${g.r.digits(6)}`;
}

function gameServicePoints(g: Generator, n: number): void {
  const patterns: [(b: string) => string, number][] = [
    [(b) => `Điểm trò chơi điện tử ${b}`, 5],
    [(b) => `Game Net ${b}`, 3],
    [(b) => `Điểm dịch vụ trò chơi điện tử công cộng ${b}`, 2],
    [(b) => `Cyber Game ${b}`, 1],
    [(b) => `Phòng máy ${b}`, 1],
    [(b) => `${b} Net`, 1],
  ];
  for (let i = 0; i < n; i++) {
    const place = i === 0 ? g.place({ district: '689' }) : g.place({ urbanBias: 3 });
    const createdDay = g.createdDay();
    const name = i === 0 ? 'Điểm trò chơi điện tử Hoàng Long' : i === 1 ? 'Game Net Minh Phát' : g.uniqueName(g.r.weighted(patterns));
    const enterprise = i > 1 && g.r.chance(0.12);
    const holder = enterprise
      ? g.organisation(LegalForm.ENTERPRISE, { domain: `${name.split(' ').slice(-2).join('')}game` })
      : g.household(place, createdDay);
    const machines = g.r.int(8, 60);
    const details: GameServicePointDetails = {
      machineCount: machines,
      floorAreaM2: Math.max(place.urban ? 50 : 40, Math.round((machines * g.r.float(1.5, 2.4) + g.r.int(0, 20)) * 10) / 10),
      businessRegistrationNumber: enterprise && holder.tax_code ? holder.tax_code : businessRegistrationNumber(g, place),
    };
    if (g.r.chance(0.85))
      details.openingHours = g.r.weighted([
        ['08:00–22:00', 6],
        ['07:00–22:00', 2],
        ['07:30–22:00', 1],
        ['08:00–21:30', 1],
        ['09:00–22:00', 1],
      ] as const);
    if (g.r.chance(0.55)) details.directManagerName = g.r.chance(0.4) ? holder.person.name : g.person().name;
    if (g.r.chance(0.8)) details.businessRegistrationDate = g.dayBefore(createdDay, 5, 400);
    if (g.r.chance(0.4)) details.ispAgentContract = ispAgentContract(g, createdDay);
    g.add(EntityKind.GAME_SERVICE_POINT, name, place, holder, details, createdDay);
  }
  g.deregisterSome(EntityKind.GAME_SERVICE_POINT, 4, [
    'Ngừng hoạt động theo đề nghị của chủ cơ sở',
    'Chủ hộ kinh doanh chấm dứt hoạt động kinh doanh',
    'Không còn hoạt động tại địa chỉ đăng ký (kết quả kiểm tra của Phòng Văn hóa và Thông tin)',
    'Chuyển địa điểm kinh doanh sang tỉnh khác',
  ]);
}

function internetAccessPoints(g: Generator, n: number): void {
  for (let i = 0; i < n; i++) {
    const createdDay = g.createdDay();
    let type = g.r.weighted([
      [InternetAccessPointType.INTERNET_AGENT, 45],
      [InternetAccessPointType.PUBLIC_VENUE_FREE, 30],
      [InternetAccessPointType.PUBLIC_VENUE_CHARGED, 13],
      [InternetAccessPointType.ISP_POINT, 12],
    ] as const);
    if (i < 2) type = InternetAccessPointType.PUBLIC_VENUE_FREE;
    let place: Place;
    let name: string;
    let holder: Holder;
    let isp = `${g.r.weighted([
      ['VNPT', 4],
      ['Viettel', 4],
      ['FPT Telecom', 2],
      ['SCTV', 1],
    ] as const)} ${g.province}`;
    let machines = g.r.int(1, 4);
    let contract = false;
    if (i === 0) {
      // The provincial capital's bus station (the first district of the demo province is its capital, 689).
      place = g.place({ district: '689' });
      name = `Bến xe khách ${place.district.name}`;
      holder = g.organisation(LegalForm.ENTERPRISE, { domain: `benxe${place.district.name}` });
    } else if (i === 1) {
      place = g.place({ district: '689' });
      name = `Thư viện ${g.provinceInName}`;
      holder = g.organisation(LegalForm.PUBLIC_UNIT, { domain: 'thuvien', govDomain: true });
      machines = 20;
    } else if (type === InternetAccessPointType.INTERNET_AGENT) {
      place = g.place({ urbanBias: 2 });
      name = g.uniqueName(
        g.r.weighted([
          [(b: string) => `Đại lý Internet ${b}`, 4],
          [(b: string) => `Điểm truy nhập Internet công cộng ${b}`, 2],
          [(b: string) => `Internet ${b}`, 2],
        ] as const),
      );
      holder = g.r.chance(0.9) ? g.household(place, createdDay) : g.individual(place, createdDay);
      machines = g.r.int(5, 30);
      contract = true;
    } else if (type === InternetAccessPointType.ISP_POINT) {
      place = g.place({ urbanBias: 6 });
      const brand = g.r.pick(ISPS);
      isp = `${brand} ${g.province}`;
      name = `Điểm giao dịch ${brand} ${place.district.name}`;
      if (!g.claim(name)) name = `Điểm giao dịch ${brand} ${place.ward.fullName.replace(/^(Phường|Thị trấn|Xã) /, '')}`;
      holder = g.organisation(LegalForm.BRANCH, { parentTaxCode: g.parentTaxCode(brand), domain: slug(brand) });
      machines = g.r.int(2, 6);
    } else {
      place = g.place({ urbanBias: 3 });
      const charged = type === InternetAccessPointType.PUBLIC_VENUE_CHARGED;
      const patterns = charged
        ? [(b: string) => `Khách sạn ${b}`, (b: string) => `Trạm dừng chân ${b}`, (b: string) => `Nhà nghỉ ${b}`]
        : [
            (b: string) => `Quán cà phê ${b}`,
            (b: string) => `Nhà hàng ${b}`,
            (b: string) => `Khách sạn ${b}`,
            (b: string) => `Nhà nghỉ ${b}`,
          ];
      name = g.uniqueName(g.r.pick(patterns));
      const form = g.r.weighted([
        [LegalForm.HOUSEHOLD_BUSINESS, 55],
        [LegalForm.ENTERPRISE, 30],
        [LegalForm.INDIVIDUAL, 15],
      ] as const);
      holder =
        form === LegalForm.ENTERPRISE
          ? g.organisation(form, { domain: name.replace(/^(Khách sạn|Nhà hàng|Trạm dừng chân|Quán cà phê|Nhà nghỉ) /, '') })
          : form === LegalForm.INDIVIDUAL
            ? g.individual(place, createdDay)
            : g.household(place, createdDay);
      machines = charged ? g.r.int(2, 10) : g.r.int(1, 4);
      contract = charged && g.r.chance(0.5);
    }
    const details: InternetAccessPointDetails = { accessPointType: type, ispName: isp, machineCount: machines };
    if (contract && g.r.chance(0.92)) {
      const c = ispAgentContract(g, createdDay);
      details.ispName = c.ispName;
      details.agentContractNumber = c.number;
      details.agentContractDate = c.signedOn;
    }
    g.add(EntityKind.INTERNET_ACCESS_POINT, name, place, holder, details, createdDay);
  }
  g.deregisterSome(EntityKind.INTERNET_ACCESS_POINT, 2, [
    'Ngừng hoạt động theo đề nghị của chủ cơ sở',
    'Chấm dứt hợp đồng đại lý Internet với doanh nghiệp cung cấp dịch vụ',
  ]);
}

function itEnterprises(g: Generator, n: number): void {
  const patterns: [(b: string) => string, ItField[][], string][] = [
    [
      (b) => `Công ty TNHH Công nghệ ${b}`,
      [
        [ItField.SOFTWARE, ItField.IT_SERVICES],
        [ItField.HARDWARE, ItField.IT_SERVICES],
      ],
      'tech',
    ],
    [
      (b) => `Công ty Cổ phần Phần mềm ${b}`,
      [[ItField.SOFTWARE], [ItField.SOFTWARE, ItField.DIGITAL_PLATFORM], [ItField.SOFTWARE, ItField.AI]],
      'soft',
    ],
    [(b) => `Công ty TNHH Tin học ${b}`, [[ItField.HARDWARE, ItField.IT_SERVICES]], 'computer'],
    [(b) => `Công ty TNHH Giải pháp Số ${b}`, [[ItField.SOFTWARE, ItField.DIGITAL_PLATFORM]], 'digital'],
    [(b) => `Công ty TNHH Truyền thông Số ${b}`, [[ItField.DIGITAL_CONTENT], [ItField.DIGITAL_CONTENT, ItField.DIGITAL_PLATFORM]], 'media'],
    [(b) => `Công ty TNHH An ninh mạng ${b}`, [[ItField.IT_SERVICES, ItField.CYBERSECURITY]], 'security'],
    [(b) => `Công ty TNHH Điện tử ${b}`, [[ItField.HARDWARE], [ItField.HARDWARE, ItField.SEMICONDUCTOR]], 'electronics'],
    [(b) => `Công ty TNHH Dịch vụ Công nghệ Thông tin ${b}`, [[ItField.IT_SERVICES], [ItField.IT_SERVICES, ItField.OTHER]], 'it'],
    [(b) => `Công ty TNHH MTV Máy tính ${b}`, [[ItField.HARDWARE]], 'pc'],
    [(b) => `Công ty Cổ phần Trí tuệ Nhân tạo ${b}`, [[ItField.AI, ItField.SOFTWARE]], 'ai'],
  ];
  for (let i = 0; i < n; i++) {
    const [make, fieldSets, tag] = g.r.weighted(patterns.map((p, k) => [p, k === 9 ? 1 : k < 3 ? 5 : 3] as const));
    const place = g.place({ urbanBias: 5 });
    const createdDay = g.createdDay();
    let name = g.uniqueName(make);
    const brand = name.split(' ').slice(-2).join(' ');
    const branch = g.r.chance(0.1);
    const holder = branch
      ? g.organisation(LegalForm.BRANCH, { parentTaxCode: g.taxCode('031'), domain: `${brand}${tag}` })
      : g.organisation(LegalForm.ENTERPRISE, { domain: `${brand}${tag}` });
    if (branch) name = `Chi nhánh ${name} tại ${g.province}`;
    const employees = g.r.weighted([
      [g.r.int(3, 10), 55],
      [g.r.int(11, 50), 35],
      [g.r.int(51, 220), 10],
    ] as const);
    const details: ItEnterpriseDetails = {
      fields: g.r.pick(fieldSets),
      employees,
      foundedOn: g.dayBefore(createdDay, 0, 3000, dayOf('2003-01-01')),
    };
    if (g.r.chance(0.7))
      details.revenueBand =
        employees <= 10
          ? RevenueBand.MICRO
          : employees <= 50
            ? g.r.pick([RevenueBand.MICRO, RevenueBand.SMALL])
            : g.r.pick([RevenueBand.SMALL, RevenueBand.MEDIUM]);
    g.add(EntityKind.IT_ENTERPRISE, name, place, holder, details, createdDay);
  }
}

interface Machine {
  name: string;
  models: string[];
  stage: PrintingStage | 'COPIER';
  products?: PrintingProduct[];
}
const MACHINES: Machine[] = [
  {
    name: 'Máy ghi bản CTP',
    models: ['Kodak Trendsetter 800', 'Screen PlateRite 8600', 'Amsky Amercury 800'],
    stage: PrintingStage.PREPRESS,
  },
  { name: 'Máy vi tính chế bản', models: [], stage: PrintingStage.PREPRESS },
  {
    name: 'Máy in offset 4 màu',
    models: ['Heidelberg Speedmaster SM 74-4', 'Komori Lithrone S29', 'Ryobi 524 HXX'],
    stage: PrintingStage.PRESS,
  },
  { name: 'Máy in offset 1 màu', models: ['Heidelberg GTO 52', 'Hamada B252'], stage: PrintingStage.PRESS },
  {
    name: 'Máy in kỹ thuật số',
    models: ['Konica Minolta AccurioPress C4080', 'Xerox Versant 180', 'Ricoh Pro C5300S'],
    stage: PrintingStage.PRESS,
  },
  {
    name: 'Máy in flexo',
    models: ['Mark Andy 2200', 'Nilpeter FA-4'],
    stage: PrintingStage.PRESS,
    products: [PrintingProduct.PACKAGING, PrintingProduct.LABELS],
  },
  { name: 'Máy in lụa bán tự động', models: [], stage: PrintingStage.PRESS },
  { name: 'Máy cắt giấy', models: ['Polar 115', 'Perfecta 115'], stage: PrintingStage.POSTPRESS },
  { name: 'Máy bế hộp', models: ['Bobst SP 102-E'], stage: PrintingStage.POSTPRESS, products: [PrintingProduct.PACKAGING] },
  { name: 'Máy gấp giấy', models: ['Heidelberg Stahlfolder TH 56'], stage: PrintingStage.POSTPRESS },
  { name: 'Máy cán màng', models: [], stage: PrintingStage.POSTPRESS },
  {
    name: 'Máy photocopy màu',
    models: ['Ricoh IM C3000', 'Canon imageRUNNER ADVANCE DX C3826', 'Fujifilm Apeos C3570', 'Konica Minolta bizhub C300i'],
    stage: 'COPIER',
  },
];

function equipmentFor(g: Generator, stages: PrintingStage[], products: PrintingProduct[], copier: boolean): PrintingEquipment[] {
  const list: PrintingEquipment[] = [];
  for (const stage of stages) {
    const fitting = MACHINES.filter((m) => m.stage === stage && (!m.products || m.products.some((p) => products.includes(p))));
    for (const m of g.r.sample(fitting, g.r.int(1, 2))) {
      const e: PrintingEquipment = { name: m.name, quantity: g.r.int(1, 3), isColorCopier: false };
      if (m.models.length) e.model = g.r.pick(m.models);
      list.push(e);
    }
  }
  if (copier) {
    const m = MACHINES[MACHINES.length - 1];
    list.push({ name: m.name, model: g.r.pick(m.models), quantity: g.r.int(1, 2), isColorCopier: true });
  }
  return list;
}

function printingEstablishments(g: Generator, n: number): void {
  const P = PrintingProduct;
  const S = PrintingStage;
  type Pattern = {
    make: (b: string) => string;
    form: LegalForm;
    products: PrintingProduct[][];
    stages: PrintingStage[][];
    copier: number;
    tag: string;
  };
  const patterns: [Pattern, number][] = [
    [
      {
        make: (b) => `Công ty TNHH In ấn ${b}`,
        form: LegalForm.ENTERPRISE,
        products: [[P.STATE_FORMS, P.OTHER], [P.INVOICES_VALUED_PAPERS, P.LABELS, P.OTHER], [P.OTHER]],
        stages: [[S.PREPRESS, S.PRESS, S.POSTPRESS]],
        copier: 0.3,
        tag: 'print',
      },
      5,
    ],
    [
      {
        make: (b) => `Công ty TNHH In Bao bì ${b}`,
        form: LegalForm.ENTERPRISE,
        products: [[P.PACKAGING, P.LABELS], [P.PACKAGING]],
        stages: [
          [S.PRESS, S.POSTPRESS],
          [S.PREPRESS, S.PRESS, S.POSTPRESS],
        ],
        copier: 0,
        tag: 'packaging',
      },
      3,
    ],
    [
      {
        make: (b) => `Công ty TNHH Quảng cáo và In ${b}`,
        form: LegalForm.ENTERPRISE,
        products: [[P.OTHER, P.LABELS], [P.OTHER]],
        stages: [
          [S.PREPRESS, S.PRESS],
          [S.PREPRESS, S.PRESS, S.POSTPRESS],
        ],
        copier: 0.5,
        tag: 'ads',
      },
      3,
    ],
    [
      {
        make: (b) => `Cơ sở in ${b}`,
        form: LegalForm.HOUSEHOLD_BUSINESS,
        products: [[P.OTHER], [P.OTHER, P.LABELS]],
        stages: [
          [S.PRESS, S.POSTPRESS],
          [S.PREPRESS, S.PRESS],
        ],
        copier: 0.3,
        tag: '',
      },
      4,
    ],
    [
      {
        make: (b) => `Tiệm photocopy ${b}`,
        form: LegalForm.HOUSEHOLD_BUSINESS,
        products: [[P.OTHER]],
        stages: [[S.PRESS]],
        copier: 1,
        tag: '',
      },
      2,
    ],
  ];
  for (let i = 0; i < n; i++) {
    const createdDay = g.createdDay();
    let pattern = g.r.weighted(patterns);
    let name: string;
    let place: Place;
    if (i === 0) {
      pattern = patterns[0][0];
      name = 'Công ty TNHH In ấn Phúc Thịnh';
      place = g.place({ district: '689' });
    } else if (i === 1) {
      pattern = { ...patterns[0][0], products: [[P.PRESS, P.STATE_FORMS, P.INVOICES_VALUED_PAPERS, P.OTHER]], copier: 1 };
      name = `Công ty Cổ phần In ${g.province}`;
      place = g.place({ district: '689' });
    } else {
      name = g.uniqueName(pattern.make);
      place = g.place({ urbanBias: 3 });
    }
    const holder =
      pattern.form === LegalForm.ENTERPRISE
        ? g.organisation(LegalForm.ENTERPRISE, { domain: `${name.split(' ').slice(-2).join('')}${pattern.tag}` })
        : g.household(place, createdDay);
    const products = g.r.pick(pattern.products);
    const stages = g.r.pick(pattern.stages);
    const details: PrintingEstablishmentDetails = {
      products,
      stages,
      headOfEstablishment: pattern.form === LegalForm.HOUSEHOLD_BUSINESS || g.r.chance(0.5) ? holder.person.name : g.person().name,
      equipment: equipmentFor(g, stages, products, g.r.chance(pattern.copier)),
    };
    g.add(EntityKind.PRINTING_ESTABLISHMENT, name, place, holder, details, createdDay);
  }
  g.deregisterSome(EntityKind.PRINTING_ESTABLISHMENT, 1, [
    'Giải thể doanh nghiệp theo quyết định của chủ sở hữu',
    'Không hoạt động in trong 12 tháng liên tục',
  ]);
}

function publishers(g: Generator, n: number): void {
  const capital = g.geo.districts.find((d) => d.code === '689') ?? g.geo.districts[0];
  const company = `Công ty Cổ phần Sách và Thiết bị Trường học ${g.province}`;
  const companyTax = g.taxCode(g.provinceCode === '70' ? '38' : '0');
  const branches = (count: number): PublisherBranch[] =>
    g.r
      .sample(g.geo.districts, count)
      .map((d) => ({ name: `Nhà sách ${d.name}`, address: g.addressText(g.place({ district: d.code, urbanBias: 8 })) }));
  const fixed: { name: string; role: PublisherRole; form: LegalForm; district?: string; holder?: HolderOptions; branches?: number }[] = [
    {
      name: company,
      role: PublisherRole.DISTRIBUTOR,
      form: LegalForm.ENTERPRISE,
      district: capital.code,
      holder: { domain: `sachthietbi${g.province}` },
      branches: 3,
    },
    {
      name: `Nhà sách ${capital.name}`,
      role: PublisherRole.DISTRIBUTOR,
      form: LegalForm.BRANCH,
      district: capital.code,
      holder: { parentTaxCode: companyTax, domain: `sachthietbi${g.province}` },
    },
    {
      name: `Hội Văn học Nghệ thuật ${g.provinceInName}`,
      role: PublisherRole.NON_BUSINESS_PUBLISHER,
      form: LegalForm.OTHER_ORGANISATION,
      district: capital.code,
      holder: { domain: 'hoivhnt', govDomain: true },
    },
    {
      name: `Hội Nông dân ${g.provinceInName}`,
      role: PublisherRole.NON_BUSINESS_PUBLISHER,
      form: LegalForm.OTHER_ORGANISATION,
      district: capital.code,
      holder: { domain: 'hoinongdan', govDomain: true },
    },
    {
      name: `Trường Cao đẳng Y tế ${g.province}`,
      role: PublisherRole.NON_BUSINESS_PUBLISHER,
      form: LegalForm.PUBLIC_UNIT,
      district: capital.code,
      holder: { domain: 'cdyt', govDomain: true, title: 'Hiệu trưởng' },
    },
    {
      name: `Chi nhánh Nhà xuất bản Tổng hợp Phương Nam tại ${g.province}`,
      role: PublisherRole.PUBLISHING_HOUSE,
      form: LegalForm.BRANCH,
      district: capital.code,
      holder: { domain: 'nxbphuongnam' },
    },
  ];
  for (let i = 0; i < n; i++) {
    const createdDay = g.createdDay();
    const f = fixed[i];
    if (f) {
      const place = g.place({ district: f.district, urbanBias: 8 });
      const holder = g.organisation(f.form, f.holder);
      if (f.name === company) holder.tax_code = companyTax;
      const details: PublisherDetails = { role: f.role, branches: f.branches ? branches(f.branches) : [] };
      g.add(EntityKind.PUBLISHER, f.name, place, holder, details, createdDay);
      continue;
    }
    const place = g.place({ urbanBias: 4 });
    const enterprise = g.r.chance(0.3);
    const name = enterprise ? g.uniqueName((b) => `Công ty TNHH Văn hóa phẩm ${b}`) : g.uniqueName((b) => `Nhà sách ${b}`);
    const holder = enterprise
      ? g.organisation(LegalForm.ENTERPRISE, { domain: `vanhoapham${name.split(' ').slice(-2).join('')}` })
      : g.household(place, createdDay);
    const details: PublisherDetails = {
      role: PublisherRole.DISTRIBUTOR,
      branches: branches(enterprise ? g.r.int(0, 2) : g.r.int(0, 1) * g.r.int(0, 1)),
    };
    g.add(EntityKind.PUBLISHER, name, place, holder, details, createdDay);
  }
}

function postalEnterprises(g: Generator, n: number): void {
  const T = PostalServiceType;
  const fixed: { name: string; form: LegalForm; parent?: string; services: PostalServiceType[]; scope: PostalScope; domain: string }[] = [
    {
      name: `Bưu điện ${g.provinceInName}`,
      form: LegalForm.BRANCH,
      parent: 'VNPost',
      services: [T.LETTERS_UP_TO_2KG, T.PARCELS, T.EXPRESS],
      scope: PostalScope.INTERNATIONAL,
      domain: 'vnpost',
    },
    {
      name: `Chi nhánh Bưu chính Viettel ${g.province}`,
      form: LegalForm.BRANCH,
      parent: 'ViettelPost',
      services: [T.LETTERS_UP_TO_2KG, T.PARCELS, T.EXPRESS],
      scope: PostalScope.INTER_PROVINCIAL,
      domain: 'viettelpost',
    },
    {
      name: 'Công ty Cổ phần Bưu chính Sao Việt',
      form: LegalForm.ENTERPRISE,
      services: [T.LETTERS_UP_TO_2KG, T.PARCELS],
      scope: PostalScope.INTRA_PROVINCIAL,
      domain: 'buuchinhsaoviet',
    },
  ];
  const patterns: [{ make: (b: string) => string; services: PostalServiceType[][]; scopes: PostalScope[]; form: LegalForm }, number][] = [
    [
      {
        make: (b) => `Công ty TNHH Chuyển phát nhanh ${b}`,
        services: [
          [T.PARCELS, T.EXPRESS],
          [T.LETTERS_UP_TO_2KG, T.PARCELS, T.EXPRESS],
        ],
        scopes: [PostalScope.INTRA_PROVINCIAL, PostalScope.INTER_PROVINCIAL],
        form: LegalForm.ENTERPRISE,
      },
      4,
    ],
    [
      {
        make: (b) => `Công ty TNHH Giao nhận ${b}`,
        services: [[T.PARCELS, T.EXPRESS], [T.PARCELS]],
        scopes: [PostalScope.INTRA_PROVINCIAL],
        form: LegalForm.ENTERPRISE,
      },
      3,
    ],
    [
      {
        make: (b) => `Công ty TNHH Dịch vụ Bưu chính ${b}`,
        services: [[T.LETTERS_UP_TO_2KG, T.PARCELS]],
        scopes: [PostalScope.INTRA_PROVINCIAL],
        form: LegalForm.ENTERPRISE,
      },
      2,
    ],
    [
      {
        make: (b) => `Công ty TNHH Chuyển phát Quốc tế ${b}`,
        services: [
          [T.EXPRESS, T.FOREIGN_AGENT],
          [T.PARCELS, T.EXPRESS, T.FOREIGN_AGENT],
        ],
        scopes: [PostalScope.INTERNATIONAL],
        form: LegalForm.ENTERPRISE,
      },
      1,
    ],
    [
      {
        make: (b) => `Bưu cục nhượng quyền ${b}`,
        services: [
          [T.PARCELS, T.FRANCHISE],
          [T.PARCELS, T.EXPRESS, T.FRANCHISE],
        ],
        scopes: [PostalScope.INTER_PROVINCIAL],
        form: LegalForm.HOUSEHOLD_BUSINESS,
      },
      2,
    ],
  ];
  for (let i = 0; i < n; i++) {
    const createdDay = g.createdDay();
    const f = fixed[i];
    if (f) {
      const place = g.place({ district: '689', urbanBias: 8 });
      const holder = g.organisation(f.form, { parentTaxCode: f.parent ? g.parentTaxCode(f.parent) : undefined, domain: f.domain });
      const details: PostalEnterpriseDetails = { serviceTypes: f.services, scope: f.scope };
      g.add(EntityKind.POSTAL_ENTERPRISE, f.name, place, holder, details, createdDay);
      continue;
    }
    const p = g.r.weighted(patterns);
    const place = g.place({ urbanBias: 5 });
    const name = g.uniqueName(p.make);
    const holder =
      p.form === LegalForm.HOUSEHOLD_BUSINESS
        ? g.household(place, createdDay)
        : g.organisation(p.form, { domain: `${name.split(' ').slice(-2).join('')}express` });
    const details: PostalEnterpriseDetails = { serviceTypes: g.r.pick(p.services), scope: g.r.pick(p.scopes) };
    g.add(EntityKind.POSTAL_ENTERPRISE, name, place, holder, details, createdDay);
  }
}

function telecomOperators(g: Generator, n: number): void {
  const fixed: { name: string; parent: string; d: TelecomOperatorDetails; domain: string }[] = [
    {
      name: `Chi nhánh Viettel ${g.province}`,
      parent: 'Viettel',
      domain: 'viettel',
      d: {
        services: ['Di động 4G/5G', 'Internet cáp quang FTTH', 'Truyền hình trả tiền', 'Kênh thuê riêng'],
        withInfrastructure: true,
        networkScope: TelecomNetworkScope.NATIONAL,
        usesNumbering: true,
        usesSpectrum: true,
      },
    },
    {
      name: `Viễn thông ${g.province}`,
      parent: 'VNPT',
      domain: 'vnpt',
      d: {
        services: ['Điện thoại cố định', 'Internet cáp quang FTTH', 'Truyền hình MyTV', 'Di động VinaPhone'],
        withInfrastructure: true,
        networkScope: TelecomNetworkScope.NATIONAL,
        usesNumbering: true,
        usesSpectrum: true,
      },
    },
    {
      name: `Chi nhánh Tổng Công ty Viễn thông MobiFone tại ${g.province}`,
      parent: 'MobiFone',
      domain: 'mobifone',
      d: {
        services: ['Di động 4G/5G', 'Internet di động'],
        withInfrastructure: true,
        networkScope: TelecomNetworkScope.NATIONAL,
        usesNumbering: true,
        usesSpectrum: true,
      },
    },
    {
      name: `Công ty Cổ phần Viễn thông FPT – Chi nhánh ${g.province}`,
      parent: 'FPT Telecom',
      domain: 'fpt',
      d: {
        services: ['Internet cáp quang FTTH', 'Truyền hình FPT Play'],
        withInfrastructure: true,
        networkScope: TelecomNetworkScope.NATIONAL,
        usesNumbering: false,
        usesSpectrum: false,
      },
    },
    {
      name: `Chi nhánh Công ty TNHH Truyền hình cáp Saigontourist tại ${g.province}`,
      parent: 'SCTV',
      domain: 'sctv',
      d: {
        services: ['Truyền hình cáp', 'Internet cáp quang'],
        withInfrastructure: true,
        networkScope: TelecomNetworkScope.REGIONAL,
        usesNumbering: false,
        usesSpectrum: false,
      },
    },
  ];
  const patterns: { make: (b: string) => string; d: () => TelecomOperatorDetails }[] = [
    {
      make: (b) => `Công ty TNHH Viễn thông ${b}`,
      d: () => ({
        services: g.r.sample(
          ['Bán lại dịch vụ truy nhập Internet', 'Điện thoại VoIP', 'Dịch vụ nội dung trên mạng viễn thông'],
          g.r.int(1, 2),
        ),
        withInfrastructure: false,
        networkScope: TelecomNetworkScope.PROVINCIAL,
        usesNumbering: false,
        usesSpectrum: false,
      }),
    },
    {
      make: (b) => `Công ty Cổ phần Hạ tầng Viễn thông ${b}`,
      d: () => ({
        services: ['Cho thuê hạ tầng cột ăng-ten', 'Kênh thuê riêng'],
        withInfrastructure: true,
        networkScope: g.r.pick([TelecomNetworkScope.PROVINCIAL, TelecomNetworkScope.REGIONAL]),
        usesNumbering: false,
        usesSpectrum: g.r.chance(0.5),
      }),
    },
    {
      make: (b) => `Công ty TNHH Truyền hình Cáp ${b}`,
      d: () => ({
        services: ['Truyền hình cáp', 'Internet cố định băng rộng'],
        withInfrastructure: true,
        networkScope: TelecomNetworkScope.PROVINCIAL,
        usesNumbering: false,
        usesSpectrum: false,
      }),
    },
    {
      make: (b) => `Công ty TNHH Mạng Không dây ${b}`,
      d: () => ({
        services: ['Internet không dây công cộng (Wi-Fi)'],
        withInfrastructure: true,
        networkScope: TelecomNetworkScope.PROVINCIAL,
        usesNumbering: false,
        usesSpectrum: false,
      }),
    },
  ];
  for (let i = 0; i < n; i++) {
    const createdDay = g.createdDay();
    const f = fixed[i];
    if (f) {
      const place = g.place({ district: '689', urbanBias: 8 });
      const holder = g.organisation(LegalForm.BRANCH, { parentTaxCode: g.parentTaxCode(f.parent), domain: f.domain, websiteChance: 1 });
      g.add(EntityKind.TELECOM_OPERATOR, f.name, place, holder, f.d, createdDay);
      continue;
    }
    const p = g.r.pick(patterns);
    const name = g.uniqueName(p.make);
    const holder = g.organisation(LegalForm.ENTERPRISE, { domain: `${name.split(' ').slice(-2).join('')}telecom` });
    g.add(EntityKind.TELECOM_OPERATOR, name, g.place({ urbanBias: 5 }), holder, p.d(), createdDay);
  }
}

function radioUsers(g: Generator, n: number): void {
  const step = (mhz: number, kHz: number) => (Math.round((mhz * 1000) / kHz) * kHz) / 1000;
  const fm = (place: Place, powerW: number): FrequencyAssignment => ({
    frequencyMHz: step(g.r.float(88, 107.9), 100),
    emission: '180KF8E',
    powerW,
    stationLocation: g.addressText(place),
    purpose: 'Phát thanh FM',
  });
  const vhf = (place: Place, purpose: string, powerW: number): FrequencyAssignment => ({
    frequencyMHz: step(g.r.float(146, 173.9), 12.5),
    emission: g.r.pick(['16K0F3E', '11K0F3E', '7K60FXE']),
    powerW,
    stationLocation: g.addressText(place),
    purpose,
  });
  const uhf = (place: Place, purpose: string, powerW: number): FrequencyAssignment => ({
    frequencyMHz: step(g.r.float(403, 469.9), 12.5),
    emission: g.r.pick(['11K0F3E', '7K60FXE', '7K60FXD']),
    powerW,
    stationLocation: g.addressText(place),
    purpose,
  });
  const microwave = (place: Place): FrequencyAssignment => {
    const from = g.r.pick([7125, 7425, 12750, 14500, 17700]) + g.r.int(0, 10) * 28;
    return {
      bandFromMHz: from,
      bandToMHz: from + 28,
      emission: '28M0G7W',
      powerW: g.r.pick([0.5, 1]),
      stationLocation: g.addressText(place),
      purpose: 'Truyền dẫn vi ba điểm – điểm',
    };
  };

  let count = 0;
  const add = (name: string, place: Place, holder: Holder, assignments: FrequencyAssignment[], createdDay: number): Draft => {
    const details: RadioFrequencyUserDetails = { assignments };
    count++;
    return g.add(EntityKind.RADIO_FREQUENCY_USER, name, place, holder, details, createdDay);
  };

  // The provincial broadcaster and every district's radio station (dissolved with the districts in 2025).
  const capital = g.geo.districts.find((d) => d.code === '689') ?? g.geo.districts[0];
  const studio = g.place({ district: capital.code, urbanBias: 8 });
  add(
    `Đài Phát thanh và Truyền hình ${g.province}`,
    studio,
    g.organisation(LegalForm.PUBLIC_UNIT, { domain: 'ptth', govDomain: true }),
    [
      fm(studio, 5000),
      {
        bandFromMHz: 570,
        bandToMHz: 578,
        emission: '8M00G7W',
        powerW: 2000,
        stationLocation: g.addressText(studio),
        purpose: 'Phát sóng truyền hình số mặt đất DVB-T2',
      },
    ],
    g.createdDay(FIRST_DAY, dayOf('2019-06-30')),
  );
  const stations: Draft[] = [];
  for (const d of g.geo.districts) {
    if (count >= n) break;
    const place = g.place({ district: d.code, urbanBias: 8 });
    const holder = g.organisation(LegalForm.PUBLIC_UNIT, {
      title: 'Giám đốc',
      domain: `ttvhtt${d.name}`,
      govDomain: true,
      websiteChance: 0.2,
    });
    stations.push(
      add(
        `Trung tâm Văn hóa, Thể thao và Truyền thanh ${d.inName}`,
        place,
        holder,
        [fm(place, g.r.pick([50, 100, 150, 300]))],
        g.createdDay(FIRST_DAY, dayOf('2021-12-31')),
      ),
    );
  }
  for (const s of g.r.sample(stations, 3)) {
    g.deregister(
      s,
      'Giải thể theo sắp xếp đơn vị hành chính: chấm dứt hoạt động của chính quyền cấp huyện từ ngày 01/07/2025',
      TWO_TIER_FROM,
    );
  }

  type Kind = { make: (b: string) => string; form: LegalForm; tag: string; build: (place: Place) => FrequencyAssignment[] };
  const kinds: [Kind, number][] = [
    [
      {
        make: (b) => `Công ty Cổ phần Taxi ${b}`,
        form: LegalForm.ENTERPRISE,
        tag: 'taxi',
        build: (p) => [vhf(p, 'Điều hành xe taxi', 25)],
      },
      4,
    ],
    [
      {
        make: (b) => `Công ty Cổ phần Cao su ${b}`,
        form: LegalForm.ENTERPRISE,
        tag: 'rubber',
        build: (p) => [uhf(p, 'Liên lạc nội bộ điều hành sản xuất', 25), uhf(p, 'Liên lạc nội bộ điều hành sản xuất', 5)],
      },
      3,
    ],
    [
      {
        make: (b) => `Công ty TNHH Dịch vụ Bảo vệ ${b}`,
        form: LegalForm.ENTERPRISE,
        tag: 'security',
        build: (p) => [uhf(p, 'Liên lạc bảo vệ', 5)],
      },
      3,
    ],
    [
      {
        make: (b) => `Hợp tác xã Vận tải ${b}`,
        form: LegalForm.COOPERATIVE,
        tag: 'vantai',
        build: (p) => [vhf(p, 'Điều hành xe khách', 25)],
      },
      2,
    ],
    [
      {
        make: (b) => `Công ty Cổ phần Thủy điện ${b}`,
        form: LegalForm.ENTERPRISE,
        tag: 'hydro',
        build: (p) => [vhf(p, 'Điều độ vận hành nhà máy', 25), microwave(p)],
      },
      2,
    ],
    [
      {
        make: (b) => `Công ty Cổ phần Xi măng ${b}`,
        form: LegalForm.ENTERPRISE,
        tag: 'cement',
        build: (p) => [uhf(p, 'Liên lạc nội bộ', 5), microwave(p)],
      },
      1,
    ],
  ];
  const hospital = g.place({ district: capital.code, urbanBias: 8 });
  add(
    `Bệnh viện Đa khoa ${g.province}`,
    hospital,
    g.organisation(LegalForm.PUBLIC_UNIT, { domain: 'bvdk', govDomain: true }),
    [uhf(hospital, 'Liên lạc điều hành cấp cứu', 5), vhf(hospital, 'Liên lạc xe cấp cứu', 25)],
    g.createdDay(),
  );
  while (count < n) {
    const k = g.r.weighted(kinds);
    const place = g.place({ urbanBias: 1 });
    const name = g.uniqueName(k.make);
    const holder = g.organisation(k.form, {
      domain: `${k.tag}${name.split(' ').slice(-2).join('')}`,
      title: k.form === LegalForm.COOPERATIVE ? 'Giám đốc' : undefined,
    });
    add(name, place, holder, k.build(place), g.createdDay());
  }
}

// ---------------------------------------------------------------------------------------------- loading

/**
 * Tables whose rows reference `regulated_entity` directly or through other tables (licences, their events…),
 * the deepest first, so that deleting in this order never trips a foreign key.
 */
async function dependentTables(m: EntityManager): Promise<string[]> {
  const rows = (await m.query(
    `WITH RECURSIVE refs(tbl, depth, path) AS (
       SELECT c.conrelid, 1, ARRAY[c.conrelid]
         FROM pg_constraint c
        WHERE c.contype = 'f' AND c.confrelid = 'regulated_entity'::regclass AND c.conrelid <> c.confrelid
       UNION ALL
       SELECT c.conrelid, r.depth + 1, r.path || c.conrelid
         FROM pg_constraint c JOIN refs r ON c.confrelid = r.tbl
        WHERE c.contype = 'f' AND c.conrelid <> c.confrelid AND NOT c.conrelid = ANY(r.path)
     )
     SELECT format('%I.%I', n.nspname, t.relname) AS name
       FROM refs JOIN pg_class t ON t.oid = refs.tbl JOIN pg_namespace n ON n.oid = t.relnamespace
      GROUP BY n.nspname, t.relname
      ORDER BY max(depth) DESC, 1`,
  )) as { name: string }[];
  return rows.map((r) => r.name);
}

/**
 * The append-only guards (row triggers running reject_modification() on DELETE) of the given tables,
 * e.g. the one of `license_event`. The audit log is never among them: nothing in it references an entity.
 */
async function appendOnlyGuards(m: EntityManager, tables: string[]): Promise<{ tbl: string; trigger: string }[]> {
  return (await m.query(
    `SELECT format('%I.%I', n.nspname, c.relname) AS tbl, quote_ident(tg.tgname) AS trigger
       FROM pg_trigger tg
       JOIN pg_class c ON c.oid = tg.tgrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_proc p ON p.oid = tg.tgfoid
      WHERE NOT tg.tgisinternal AND tg.tgenabled <> 'D' AND p.proname = 'reject_modification'
        AND (tg.tgtype & 8) <> 0 AND c.oid = ANY($1::regclass[])
      ORDER BY 1, 2`,
    [tables],
  )) as { tbl: string; trigger: string }[];
}

/**
 * `npm run seed:demo`: deletes every regulated entity with the rows that depend on it (licences and their
 * events, whose append-only guard is switched off for this transaction only — the ALTER TABLE lock keeps
 * every other session out until commit) and the registry-code counters, then loads the demo entities.
 * The audit log is left alone. Run it in a transaction.
 */
export async function reloadDemoEntities(m: EntityManager, opts: { provinceCode: string }): Promise<{ count: number; cleared: string[] }> {
  const tables = await dependentTables(m);
  const guards = tables.length ? await appendOnlyGuards(m, tables) : [];
  for (const g of guards) await m.query(`ALTER TABLE ${g.tbl} DISABLE TRIGGER ${g.trigger}`);
  for (const table of tables) await m.query(`DELETE FROM ${table}`);
  for (const g of guards) await m.query(`ALTER TABLE ${g.tbl} ENABLE TRIGGER ${g.trigger}`);
  await m.query(`DELETE FROM regulated_entity`);
  await m.query(`DELETE FROM registry_code_counter`);
  return { count: await seedDemoEntities(m, opts), cleared: tables };
}

/**
 * Inserts the demo entities of `opts.provinceCode` (its 2024 wards must be loaded) and raises the
 * registry-code counters past them. Returns how many entities were inserted. Run it in a transaction.
 */
export async function seedDemoEntities(m: EntityManager, opts: { provinceCode: string }): Promise<number> {
  const geo = await loadGeography(m, opts.provinceCode);
  const g = new Generator(geo, opts.provinceCode);
  printingEstablishments(g, COUNTS.PRINTING_ESTABLISHMENT);
  publishers(g, COUNTS.PUBLISHER);
  postalEnterprises(g, COUNTS.POSTAL_ENTERPRISE);
  telecomOperators(g, COUNTS.TELECOM_OPERATOR);
  gameServicePoints(g, COUNTS.GAME_SERVICE_POINT);
  internetAccessPoints(g, COUNTS.INTERNET_ACCESS_POINT);
  itEnterprises(g, COUNTS.IT_ENTERPRISE);
  radioUsers(g, COUNTS.RADIO_FREQUENCY_USER);

  // Registry codes as the service issues them, numbered in order of registration, after any already issued.
  const prefixOf = (kind: EntityKind) => `${REGISTRY_PREFIX[kind]}-${opts.provinceCode}`;
  const prefixes = Object.values(EntityKind).map(prefixOf);
  const existing = (await m.query(`SELECT prefix, last_value FROM registry_code_counter WHERE prefix = ANY($1::text[])`, [prefixes])) as {
    prefix: string;
    last_value: number;
  }[];
  const last = new Map(existing.map((r) => [r.prefix, Number(r.last_value)]));
  const rows = [...g.drafts].sort((a, b) => a.createdMs - b.createdMs || a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
  for (const d of rows) {
    const prefix = prefixOf(d.kind);
    const next = (last.get(prefix) ?? 0) + 1;
    last.set(prefix, next);
    d.registry_code = `${prefix}-${String(next).padStart(6, '0')}`;
  }

  const col = <K extends keyof Draft>(k: K) => rows.map((r) => r[k]);
  await m.query(
    `INSERT INTO regulated_entity (kind, registry_code, name, legal_form, tax_code, representative_name, representative_title,
       representative_id_number, representative_phone, representative_address, contact_phone, contact_email, website, street,
       unit_version, ward_code, latitude, longitude, notes, details, status, deregistered_on, deregistration_reason,
       created_at, updated_at, version)
     SELECT kind, registry_code, name, legal_form, tax_code, representative_name, representative_title,
       representative_id_number, representative_phone, representative_address, contact_phone, contact_email, website, street,
       unit_version, ward_code, latitude, longitude, notes, details::jsonb, status, deregistered_on, deregistration_reason,
       created_at, updated_at, version
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                   $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::smallint[], $16::text[], $17::float8[],
                   $18::float8[], $19::text[], $20::text[], $21::text[], $22::date[], $23::text[], $24::timestamptz[],
                   $25::timestamptz[], $26::int[])
         AS t(kind, registry_code, name, legal_form, tax_code, representative_name, representative_title,
              representative_id_number, representative_phone, representative_address, contact_phone, contact_email, website,
              street, unit_version, ward_code, latitude, longitude, notes, details, status, deregistered_on,
              deregistration_reason, created_at, updated_at, version)`,
    [
      col('kind'),
      col('registry_code'),
      col('name'),
      col('legal_form'),
      col('tax_code'),
      col('representative_name'),
      col('representative_title'),
      col('representative_id_number'),
      col('representative_phone'),
      col('representative_address'),
      col('contact_phone'),
      col('contact_email'),
      col('website'),
      col('street'),
      col('unit_version'),
      col('ward_code'),
      col('latitude'),
      col('longitude'),
      col('notes'),
      rows.map((r) => JSON.stringify(r.details)),
      col('status'),
      col('deregistered_on'),
      col('deregistration_reason'),
      rows.map((r) => new Date(r.createdMs).toISOString()),
      rows.map((r) => new Date(r.updatedMs).toISOString()),
      col('version'),
    ],
  );

  // The same counter rows nextRegistryCode() increments, raised (never lowered) to the last number used.
  const used = [...last.entries()].filter(([prefix]) => rows.some((r) => r.registry_code!.startsWith(`${prefix}-`)));
  await m.query(
    `INSERT INTO registry_code_counter (prefix, last_value)
     SELECT * FROM unnest($1::text[], $2::int[])
     ON CONFLICT (prefix) DO UPDATE SET last_value = GREATEST(registry_code_counter.last_value, EXCLUDED.last_value)`,
    [used.map(([p]) => p), used.map(([, v]) => v)],
  );
  return rows.length;
}
