import { EntityKind, EntityStatus, LegalForm } from '../../src/entities/entity-kind';
import type { RegulatedEntityRecord } from '../../src/entities/regulated-entity.entity';
import names from '../data/names.json';
import { dayOf, FIRST_DAY, instant, isoOf, LAST_DAY, TWO_TIER_FROM, VN_OFFSET_MS, vnDate, DAY_MS } from './calendar';
import { DISTRICT_PROFILE, GENERIC_STREETS, Geography, HAMLET_NAMES, LANDLINE_AREA, Place } from './geography';
import { Random } from './random';
import { inName } from '../../src/reference/provinces';

const SEED = 20250701;
/** The first digits of enterprise codes issued in a province (tax-office numbering): Đồng Nai 36, Hà Nội 01. */
const TAX_PREFIX: Record<string, string> = { '75': '36', '01': '01' };

// Names (seeds/data/names.json).
const FAMILY = names.family.map((f) => [f.name, f.weight] as const);
const MIDDLE_M = names.middleMale;
const MIDDLE_F = names.middleFemale;
const GIVEN_M = names.givenMale;
const GIVEN_F = names.givenFemale;
const BRANDS = names.brands;

export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
export const slug = (s: string) =>
  fold(s)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

export interface Person {
  name: string;
  given: string;
  female: boolean;
  birthYear: number;
}

/** The columns that say who holds a registration (all but name, address and details). */
type HolderColumn =
  | 'legalForm'
  | 'taxCode'
  | 'representativeName'
  | 'representativeTitle'
  | 'representativeIdNumber'
  | 'representativePhone'
  | 'representativeAddress'
  | 'contactPhone'
  | 'contactEmail'
  | 'website';

/**
 * An entity as the generator drafts it: the columns it writes (the registry code comes last, in order of
 * registration), its instants as epoch milliseconds until they are written.
 */
export type Draft = Pick<
  RegulatedEntityRecord,
  | 'kind'
  | 'name'
  | HolderColumn
  | 'street'
  | 'unitVersion'
  | 'wardCode'
  | 'latitude'
  | 'longitude'
  | 'notes'
  | 'details'
  | 'status'
  | 'deregisteredOn'
  | 'deregistrationReason'
  | 'version'
> & {
  createdMs: number;
  updatedMs: number;
  registryCode?: string;
  /** The province whose registry numbered it: its 2024 province before 1 Jul 2025, the registry's (2025) one since. */
  registeredIn: string;
};

/** Who holds the registration, and the person behind it. */
export type Holder = Pick<Draft, HolderColumn> & { person: Person };

export interface HolderOptions {
  /** Domain stem for an organisation's e-mail and website (none: a gmail address or nothing). */
  domain?: string;
  title?: string;
  /** Tax code of the parent enterprise (for a branch). */
  parentTaxCode?: string;
  websiteChance?: number;
  govDomain?: boolean;
}

export class Generator {
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
    this.provinceInName = inName(geo.provinceFullName);
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
    const province = `0${this.provinceCode}`;
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

  /** An 11-digit landline of the province (0 + area code + subscriber number), or a mobile where the area code is unknown. */
  landline(): string {
    const area = LANDLINE_AREA[this.provinceCode];
    return area ? `0${area}${this.r.pick(['3', '6'])}${this.r.digits(9 - area.length)}` : this.mobile();
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
    // A home in a hamlet or a residential group gets a house number, so a person's address is never the text of a
    // business address of the public lists ("Ấp 7, Xã Thanh Sơn, …"); derived, not drawn, to keep the demo's sequence.
    const drawn = this.street(place);
    const street = /^\d/.test(drawn) ? drawn : `Số nhà ${(createdDay % 89) + 1}, ${drawn}`;
    const w = place.ward;
    if (createdDay >= TWO_TIER_FROM && w.newFullName && w.newProvinceFullName) {
      return `${street}, ${w.newFullName}, ${w.newProvinceFullName}`;
    }
    return `${street}, ${w.fullName}, ${place.district.fullName}, ${place.district.provinceFullName}`;
  }

  household(place: Place, createdDay: number, opts: { title?: string; taxChance?: number } = {}): Holder {
    const person = this.person();
    const phone = this.mobile();
    return {
      person,
      legalForm: LegalForm.HOUSEHOLD_BUSINESS,
      taxCode: this.r.chance(opts.taxChance ?? 0.65) ? this.taxCode('8') : null,
      representativeName: person.name,
      representativeTitle: opts.title ?? 'Chủ hộ kinh doanh',
      representativeIdNumber: this.idNumber(person),
      representativePhone: phone,
      representativeAddress: this.r.chance(0.7) ? this.residence(place, createdDay) : null,
      contactPhone: this.r.chance(0.6) ? phone : this.mobile(),
      contactEmail: this.r.chance(0.35) ? this.personalEmail(person) : null,
      website: null,
    };
  }

  individual(place: Place, createdDay: number, title: string | null = 'Chủ cơ sở'): Holder {
    const h = this.household(place, createdDay, { taxChance: 0.3 });
    return { ...h, legalForm: LegalForm.INDIVIDUAL, representativeTitle: title };
  }

  organisation(form: LegalForm, opts: HolderOptions = {}): Holder {
    const person = this.person();
    const domain = opts.domain ? slug(opts.domain) : null;
    const gov = opts.govDomain ? `${slug(this.province)}.gov.vn` : null;
    let tax: string | null;
    if (form === LegalForm.BRANCH) tax = `${opts.parentTaxCode ?? this.taxCode('010')}-${String(this.r.int(1, 120)).padStart(3, '0')}`;
    else if (form === LegalForm.OTHER_ORGANISATION) tax = this.r.chance(0.7) ? this.taxCode('38') : null;
    else tax = this.taxCode(TAX_PREFIX[this.provinceCode] ?? '0');
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
      legalForm: form,
      taxCode: tax,
      representativeName: person.name,
      representativeTitle: title,
      representativeIdNumber: null,
      representativePhone: null,
      representativeAddress: null,
      contactPhone: this.r.chance(0.55) ? this.landline() : this.mobile(),
      contactEmail: email,
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
      unitVersion: twoTier ? 2025 : 2024,
      wardCode: twoTier ? place.ward.newCode! : place.ward.code,
      latitude: located ? Math.round((profile.lat + this.r.float(-0.045, 0.045)) * 1e6) / 1e6 : null,
      longitude: located ? Math.round((profile.lng + this.r.float(-0.045, 0.045)) * 1e6) / 1e6 : null,
      notes: this.r.chance(0.22) ? this.note(kind, createdDay) : null,
      details,
      status: EntityStatus.ACTIVE,
      deregisteredOn: null,
      deregistrationReason: null,
      createdMs,
      updatedMs,
      version,
      registeredIn: createdDay < TWO_TIER_FROM ? place.district.provinceCode : this.provinceCode,
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
    draft.deregisteredOn = isoOf(day);
    draft.deregistrationReason = reason;
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
