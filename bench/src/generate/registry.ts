import { randomUUID } from 'node:crypto';
import { dayOf, instant, iso } from './dates';
import { assertCopySafe, copyRow, Holder, Life, Registers, Sink } from './lifecycle';
import * as names from './names';
import { BRANDS, EQUIPMENT, GIVEN, HAMLETS, ISPS, MIDDLES, RADIO_PURPOSES, STREETS, SURNAMES, TELECOM_SERVICES } from './names';
import { Random } from './random';
import type { Reference, Ward } from './reference';

/**
 * The national-scale registry, entity by entity: each entity row and then its licences and their events, written
 * straight to COPY streams (nothing is kept in memory). Kinds, addresses over both structures, names with
 * diacritics, kind-specific details in the shapes the API validates, and licence histories that obey the law on
 * every date (lifecycle.ts).
 */

export const ENTITY_COPY_COLUMNS = [
  'id',
  'kind',
  'registry_code',
  'name',
  'legal_form',
  'tax_code',
  'representative_name',
  'representative_title',
  'representative_id_number',
  'representative_phone',
  'representative_address',
  'contact_phone',
  'contact_email',
  'website',
  'street',
  'unit_version',
  'ward_code',
  'latitude',
  'longitude',
  'notes',
  'details',
  'status',
  'deregistered_on',
  'deregistration_reason',
  'created_at',
  'updated_at',
  'version',
];

export const REGISTRY_PREFIX: Record<string, string> = {
  PRINTING_ESTABLISHMENT: 'PRT',
  PUBLISHER: 'PUB',
  POSTAL_ENTERPRISE: 'PST',
  TELECOM_OPERATOR: 'TEL',
  GAME_SERVICE_POINT: 'GSP',
  INTERNET_ACCESS_POINT: 'IAP',
  IT_ENTERPRISE: 'ITE',
  RADIO_FREQUENCY_USER: 'RFU',
};

const KIND_WEIGHTS: [string, number][] = [
  ['GAME_SERVICE_POINT', 24],
  ['INTERNET_ACCESS_POINT', 12],
  ['IT_ENTERPRISE', 8],
  ['PRINTING_ESTABLISHMENT', 14],
  ['PUBLISHER', 14],
  ['POSTAL_ENTERPRISE', 6],
  ['TELECOM_OPERATOR', 7],
  ['RADIO_FREQUENCY_USER', 15],
];

const FIRST_DAY = dayOf('2012-01-01');
const TWO_TIER_FROM = dayOf('2025-07-01');

export interface EntitySink extends Sink {
  entity(row: string): void;
}

export interface GeneratedCounts {
  entities: number;
  licenses: number;
  events: number;
  byKind: Record<string, number>;
  /** Last registry-code number per prefix (for registry_code_counter). */
  counters: Record<string, number>;
}

export class RegistryGenerator {
  private readonly rnd: Random;
  /** 10-digit enterprise codes handed out: one registered entity per code (regulated_entity_enterprise_code_key). */
  private readonly enterpriseCodes = new Set<string>();
  private readonly registers: Registers;
  private readonly ctx;
  readonly counts: GeneratedCounts = { entities: 0, licenses: 0, events: 0, byKind: {}, counters: {} };

  constructor(
    private readonly ref: Reference,
    private readonly provinceCode: string,
    private readonly today: number,
    seed: number,
  ) {
    this.rnd = new Random(seed);
    this.registers = new Registers(this.rnd);
    this.ctx = { rnd: this.rnd, ref, registers: this.registers, today };
    const pools = Object.values(names).flatMap((list) => list.map((x) => (typeof x === 'string' ? x : x[0])));
    assertCopySafe([...pools, ...ref.wards2024.map((w) => w.name), ...ref.wards2025.map((w) => w.name)]);
  }

  private person(): string {
    return `${this.rnd.pick(SURNAMES)} ${this.rnd.pick(MIDDLES)} ${this.rnd.pick(GIVEN)}`;
  }
  private brand(): string {
    return this.rnd.weighted(BRANDS);
  }
  private street(): string {
    return this.rnd.chance(0.7) ? `${this.rnd.int(1, 899)} ${this.rnd.pick(STREETS)}` : `${this.rnd.pick(HAMLETS)}`;
  }
  private mobile(): string {
    return `0${this.rnd.pick(['3', '7', '8', '9'])}${this.rnd.digits(8)}`;
  }
  private landline(): string {
    return `02713${this.rnd.digits(6)}`;
  }
  private slug(s: string): string {
    return s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '');
  }
  /** A day between `from` and `to` (inclusive). */
  private between(from: number, to: number): number {
    return to <= from ? from : this.rnd.int(from, to);
  }

  /** One entity, then its licences and their events. */
  next(sink: EntitySink): void {
    const r = this.rnd;
    const kind = r.weighted(KIND_WEIGHTS);
    // More registrations in later years (density rising linearly to today).
    const created = FIRST_DAY + Math.floor((this.today - FIRST_DAY) * Math.sqrt(r.next()));
    const version = created >= TWO_TIER_FROM && r.chance(0.92) ? 2025 : 2024;
    const ward: Ward = r.pick(version === 2025 ? this.ref.wards2025 : this.ref.wards2024);
    const prefix = `${REGISTRY_PREFIX[kind]}-${this.provinceCode}`;
    const seqNo = (this.counts.counters[prefix] ?? 0) + 1;
    this.counts.counters[prefix] = seqNo;
    const registryCode = `${prefix}-${String(seqNo).padStart(6, '0')}`;
    const deregisteredOn = created < this.today - 400 && r.chance(0.06) ? this.between(created + 200, this.today - 1) : null;
    const holder: Holder = { id: randomUUID(), kind, ward, created, deregisteredOn };

    const e = this.describe(kind, holder);
    const createdAt = instant(created, r.int(7 * 60 + 30, 16 * 60 + 30));
    sink.entity(
      copyRow([
        holder.id,
        kind,
        registryCode,
        e.name,
        e.legalForm,
        e.taxCode,
        e.representative[0],
        e.representative[1],
        e.idNumber,
        e.personalPhone,
        e.residence,
        e.phone,
        e.email,
        e.website,
        this.street(),
        version,
        ward.code,
        r.chance(0.6) ? (11.3 + r.next()).toFixed(6) : null,
        r.chance(0.6) ? (106.4 + r.next()).toFixed(6) : null,
        r.chance(0.05) ? 'Đã kiểm tra thực tế tại địa điểm kinh doanh' : null,
        JSON.stringify(e.details),
        deregisteredOn === null ? 'ACTIVE' : 'DEREGISTERED',
        deregisteredOn === null ? null : iso(deregisteredOn),
        deregisteredOn === null
          ? null
          : r.pick(['Chấm dứt hoạt động kinh doanh', 'Giải thể doanh nghiệp', 'Chuyển địa điểm ra ngoài tỉnh']),
        createdAt,
        deregisteredOn === null ? createdAt : instant(deregisteredOn, r.int(8 * 60, 16 * 60)),
        deregisteredOn === null ? 1 : 2,
      ]),
    );
    this.counts.entities++;
    this.counts.byKind[kind] = (this.counts.byKind[kind] ?? 0) + 1;
    for (const life of this.licences(holder, e.details)) {
      this.counts.licenses++;
      this.counts.events += life.finish(sink);
    }
  }

  /** Name, legal form, representative, contact and the kind's own attributes. */
  private describe(kind: string, h: Holder) {
    const r = this.rnd;
    const brand = this.brand();
    const owner = this.person();
    const household = ['GAME_SERVICE_POINT', 'INTERNET_ACCESS_POINT', 'PRINTING_ESTABLISHMENT'].includes(kind) && r.chance(0.55);
    const number = r.chance(0.4) ? ` ${r.int(2, 9)}` : '';
    let name: string;
    let details: Record<string, unknown>;
    let legalForm = household ? 'HOUSEHOLD_BUSINESS' : r.chance(0.1) ? 'BRANCH' : 'ENTERPRISE';
    const pastDay = (maxBack: number) => iso(Math.max(FIRST_DAY - 3000, h.created - r.int(5, maxBack)));
    switch (kind) {
      case 'GAME_SERVICE_POINT': {
        name = household ? `Hộ kinh doanh ${owner}` : `${r.pick(['Điểm trò chơi điện tử', 'Phòng game', 'Điểm game'])} ${brand}${number}`;
        const machines = r.int(10, 60);
        details = {
          machineCount: machines,
          floorAreaM2: Math.max(40, Math.round(machines * (1.8 + r.next()) * 10) / 10),
          businessRegistrationNumber: `${r.pick(['44', '45', '46'])}A8${r.digits(6)}`,
        };
        if (r.chance(0.7)) details.openingHours = r.pick(['08:00–22:00', '07:00–22:00', '08:00–21:30']);
        if (r.chance(0.5)) details.directManagerName = this.person();
        if (r.chance(0.8)) details.businessRegistrationDate = pastDay(400);
        if (r.chance(0.3)) details.ispAgentContract = { ispName: r.pick(ISPS), number: `${r.int(10, 999)}/HĐĐL`, signedOn: pastDay(300) };
        break;
      }
      case 'INTERNET_ACCESS_POINT': {
        name = household
          ? `Hộ kinh doanh ${owner}`
          : `${r.pick(['Đại lý Internet', 'Điểm truy nhập Internet', 'Quán Net'])} ${brand}${number}`;
        const type = r.pick(['INTERNET_AGENT', 'ISP_POINT', 'PUBLIC_VENUE_FREE', 'PUBLIC_VENUE_CHARGED']);
        details = { accessPointType: type, ispName: r.pick(ISPS), machineCount: r.int(1, 40) };
        if (type === 'INTERNET_AGENT') {
          details.agentContractNumber = `${r.int(10, 999)}/HĐĐL-${r.pick(['VNPT', 'VTL', 'FPT'])}`;
          details.agentContractDate = pastDay(200);
        }
        break;
      }
      case 'IT_ENTERPRISE': {
        name = `${r.pick(['Công ty TNHH Công nghệ', 'Công ty Cổ phần Giải pháp số', 'Công ty TNHH Phần mềm', 'Công ty TNHH Tin học'])} ${brand}${number}`;
        details = {
          fields: r.some(['HARDWARE', 'SOFTWARE', 'DIGITAL_CONTENT', 'IT_SERVICES', 'AI', 'DIGITAL_PLATFORM', 'CYBERSECURITY'], 1, 3),
          employees: r.int(2, 400),
          foundedOn: pastDay(2000),
        };
        if (r.chance(0.6)) details.revenueBand = r.pick(['MICRO', 'SMALL', 'MEDIUM', 'LARGE']);
        break;
      }
      case 'PRINTING_ESTABLISHMENT': {
        name = household
          ? `Hộ kinh doanh ${owner}`
          : `${r.pick(['Công ty TNHH In', 'Cơ sở in', 'Xưởng in bao bì', 'Công ty Cổ phần In'])} ${brand}${number}`;
        const products = r.some(
          ['PRESS', 'STATE_FORMS', 'ANTI_COUNTERFEIT_STAMPS', 'INVOICES_VALUED_PAPERS', 'PACKAGING', 'LABELS', 'OTHER'],
          1,
          3,
        );
        details = {
          products,
          stages: r.some(['PREPRESS', 'PRESS', 'POSTPRESS'], 1, 3),
          headOfEstablishment: this.person(),
          equipment: Array.from({ length: r.int(1, 4) }, () => {
            const kindOf = r.pick(EQUIPMENT);
            return { name: kindOf, quantity: r.int(1, 5), isColorCopier: kindOf === 'Máy photocopy màu' };
          }),
        };
        break;
      }
      case 'PUBLISHER': {
        const role = r.weighted([
          ['DISTRIBUTOR', 6],
          ['NON_BUSINESS_PUBLISHER', 3],
          ['PUBLISHING_HOUSE', 1],
        ] as const);
        name =
          role === 'DISTRIBUTOR'
            ? `${r.pick(['Nhà sách', 'Công ty TNHH Phát hành sách', 'Cửa hàng văn hóa phẩm'])} ${brand}${number}`
            : role === 'NON_BUSINESS_PUBLISHER'
              ? `${r.pick(['Trường THPT', 'Hội Nông dân', 'Trung tâm Văn hóa', 'Ban Quản lý dự án'])} ${brand}`
              : `Nhà xuất bản ${brand}`;
        if (role !== 'DISTRIBUTOR') legalForm = r.pick(['PUBLIC_UNIT', 'OTHER_ORGANISATION']);
        details = {
          role,
          branches: Array.from({ length: r.chance(0.3) ? r.int(1, 3) : 0 }, (_, i) => ({
            name: `${name} – chi nhánh ${i + 1}`,
            address: this.street(),
          })),
        };
        break;
      }
      case 'POSTAL_ENTERPRISE': {
        name = `${r.pick(['Công ty TNHH Chuyển phát nhanh', 'Công ty Cổ phần Bưu chính', 'Công ty TNHH Giao nhận'])} ${brand}${number}`;
        details = {
          serviceTypes: r.some(['LETTERS_UP_TO_2KG', 'PARCELS', 'EXPRESS', 'FOREIGN_AGENT', 'FRANCHISE'], 1, 3),
          scope: r.pick(['INTRA_PROVINCIAL', 'INTRA_PROVINCIAL', 'INTER_PROVINCIAL', 'INTERNATIONAL']),
        };
        break;
      }
      case 'TELECOM_OPERATOR': {
        name = `${r.pick(['Công ty Cổ phần Viễn thông', 'Công ty TNHH Mạng', 'Công ty TNHH Truyền hình cáp'])} ${brand}${number}`;
        details = {
          services: r.some(TELECOM_SERVICES, 1, 3),
          withInfrastructure: r.chance(0.4),
          networkScope: r.pick(['PROVINCIAL', 'PROVINCIAL', 'REGIONAL', 'NATIONAL']),
          usesNumbering: r.chance(0.3),
          usesSpectrum: r.chance(0.3),
        };
        break;
      }
      default: {
        name = `${r.pick(['Công ty TNHH Taxi', 'Hạt Kiểm lâm', 'Đài Truyền thanh', 'Công ty Cao su', 'Công ty TNHH Vận tải', 'Công ty Cổ phần Xây dựng'])} ${brand}${number}`;
        details = {
          assignments: Array.from({ length: r.int(1, 4) }, () => {
            const a: Record<string, unknown> = {
              powerW: r.pick([5, 10, 25, 50, 100, 500]),
              stationLocation: this.street(),
              purpose: r.pick(RADIO_PURPOSES),
            };
            if (r.chance(0.7)) a.frequencyMHz = Math.round((30 + r.next() * 900) * 1000) / 1000;
            else {
              const lo = Math.round((300 + r.next() * 5000) * 10) / 10;
              a.bandFromMHz = lo;
              a.bandToMHz = lo + 5;
            }
            if (r.chance(0.6)) a.emission = r.pick(['16K0F3E', '11K0F3E', '8K50F1E', '180KF8E']);
            return a;
          }),
        };
      }
    }
    const enterprise = legalForm === 'ENTERPRISE' || legalForm === 'BRANCH';
    const title =
      legalForm === 'HOUSEHOLD_BUSINESS'
        ? 'Chủ hộ kinh doanh'
        : legalForm === 'PUBLIC_UNIT' || legalForm === 'OTHER_ORGANISATION'
          ? r.pick(['Giám đốc', 'Hiệu trưởng', 'Trưởng ban'])
          : r.pick(['Giám đốc', 'Tổng Giám đốc', 'Chủ tịch Hội đồng quản trị']);
    const taxCode = legalForm === 'HOUSEHOLD_BUSINESS' && r.chance(0.3) ? null : this.enterpriseCode(r, legalForm === 'BRANCH');
    return {
      name,
      legalForm,
      taxCode,
      representative: [owner, title] as const,
      idNumber: r.chance(0.85) ? `070${r.digits(9)}` : null,
      personalPhone: r.chance(0.7) ? this.mobile() : null,
      residence: legalForm === 'HOUSEHOLD_BUSINESS' && r.chance(0.6) ? `${this.street()}, ${h.ward.name}` : null,
      phone: r.chance(0.8) ? this.landline() : this.mobile(),
      email: r.chance(0.6) ? `${this.slug(brand)}${r.int(1, 999)}@${r.pick(['gmail.com', 'yahoo.com', 'binhphuoc.vn'])}` : null,
      website: enterprise && r.chance(0.3) ? `https://${this.slug(brand)}${r.int(1, 99)}.vn` : null,
      details,
    };
  }

  /** The licences of one entity, by kind (INTERNET_ACCESS_POINT and IT_ENTERPRISE hold none: domain.md §4). */
  private licences(h: Holder, details: Record<string, unknown>): Life[] {
    const r = this.rnd;
    const lives: Life[] = [];
    const end = h.deregisteredOn ?? this.today;
    const start = h.created + r.int(5, 90);
    if (start >= end) return lives;
    const add = (l: Life | null) => {
      if (l) lives.push(l);
      return l;
    };
    switch (h.kind) {
      case 'GAME_SERVICE_POINT':
        this.gamePoint(h, details, start, end, lives);
        break;
      case 'PRINTING_ESTABLISHMENT': {
        const products = details.products as string[];
        const licensed = products.some((p) => ['PRESS', 'STATE_FORMS', 'ANTI_COUNTERFEIT_STAMPS', 'INVOICES_VALUED_PAPERS'].includes(p));
        add(
          Life.issue(this.ctx, h, licensed ? 'PRINTING_LICENSE' : 'PRINTING_REGISTRATION', start, {
            scope: licensed ? 'In báo, tạp chí, tem chống giả, hóa đơn và sản phẩm bao bì' : 'In bao bì, nhãn hàng hóa và sản phẩm khác',
            conditions: { products, stages: details.stages },
          }),
        );
        for (let i = r.int(0, 5); i > 0; i--) {
          add(
            Life.issue(this.ctx, h, 'COLOR_COPIER_REGISTRATION', this.between(start + 30, end - 1), {
              scope: 'Đăng ký sử dụng 01 máy photocopy màu',
            }),
          );
        }
        break;
      }
      case 'PUBLISHER': {
        const role = details.role as string;
        if (role === 'DISTRIBUTOR') {
          add(
            Life.issue(this.ctx, h, 'PUBLICATION_DISTRIBUTION_REGISTRATION', start, { scope: 'Phát hành xuất bản phẩm trên địa bàn tỉnh' }),
          );
        }
        // Single-use licences: one publication, one consignment, one fair each.
        const singles = role === 'NON_BUSINESS_PUBLISHER' ? r.int(4, 18) : r.int(3, 11);
        for (let i = 0; i < singles; i++) {
          const type =
            role === 'NON_BUSINESS_PUBLISHER'
              ? 'NON_BUSINESS_PUBLICATION_LICENSE'
              : r.pick(['PUBLICATION_IMPORT_LICENSE', 'PUBLICATION_EXHIBITION_LICENSE']);
          add(
            Life.issue(this.ctx, h, type, this.between(start, end - 1), {
              termMonths: r.int(2, 12),
              scope:
                type === 'NON_BUSINESS_PUBLICATION_LICENSE'
                  ? `Xuất bản tài liệu không kinh doanh: bản tin số ${r.int(1, 40)}, ${r.pick([200, 500, 1000])} bản`
                  : type === 'PUBLICATION_IMPORT_LICENSE'
                    ? `Nhập khẩu ${r.int(50, 2000)} xuất bản phẩm không kinh doanh`
                    : 'Tổ chức hội sách, triển lãm xuất bản phẩm',
            }),
          );
        }
        break;
      }
      case 'POSTAL_ENTERPRISE': {
        const letters = (details.serviceTypes as string[]).includes('LETTERS_UP_TO_2KG');
        add(
          Life.issue(this.ctx, h, letters ? 'POSTAL_LICENSE' : 'POSTAL_NOTIFICATION_CONFIRMATION', start, {
            termMonths: 120,
            scope: `Cung ứng dịch vụ bưu chính ${details.scope === 'INTRA_PROVINCIAL' ? 'nội tỉnh' : 'liên tỉnh'}`,
          }),
        );
        if (r.chance(0.3))
          add(
            Life.issue(this.ctx, h, 'POSTAL_NOTIFICATION_CONFIRMATION', this.between(start + 60, end - 1), { scope: 'Văn phòng đại diện' }),
          );
        break;
      }
      case 'TELECOM_OPERATOR': {
        const infra = details.withInfrastructure === true;
        add(
          Life.issue(this.ctx, h, infra ? 'TELECOM_LICENSE_WITH_INFRASTRUCTURE' : 'TELECOM_LICENSE_WITHOUT_INFRASTRUCTURE', start, {
            termMonths: r.pick([60, 120]),
            scope: infra
              ? 'Thiết lập mạng viễn thông cố định mặt đất có hạ tầng mạng'
              : 'Cung cấp dịch vụ truy nhập Internet không có hạ tầng mạng',
          }),
        );
        for (let i = r.int(0, 3); i > 0; i--) {
          const type = r.pick(['TELECOM_SERVICE_REGISTRATION', 'TELECOM_PRIVATE_NETWORK_LICENSE', 'TELECOM_TRIAL_LICENSE']);
          add(
            Life.issue(this.ctx, h, type, this.between(start + 30, end - 1), {
              termMonths: r.pick([12, 24, 60]),
              scope: r.pick(TELECOM_SERVICES),
            }),
          );
        }
        break;
      }
      case 'RADIO_FREQUENCY_USER': {
        const stations = (details.assignments as unknown[]).length;
        for (let i = 0; i < stations + r.int(1, 4); i++) {
          const type = r.weighted([
            ['RADIO_EQUIPMENT_LICENSE', 8],
            ['RADIO_BAND_LICENSE', 1],
            ['TELECOM_PRIVATE_NETWORK_LICENSE', 1],
          ] as const);
          add(
            Life.issue(this.ctx, h, type, i === 0 ? start : this.between(start, end - 1), {
              termMonths: r.pick([12, 24, 36, 60, 120]),
              scope: 'Sử dụng tần số và thiết bị vô tuyến điện',
              conditions: { stations: 1 + (i % stations) },
            }),
          );
        }
        break;
      }
      default:
        return lives;
    }
    for (const life of lives) if (h.kind !== 'GAME_SERVICE_POINT') this.middle(life, end, true);
    return lives;
  }

  /** A step's dates: decided on `d` (never after today), effective a few days later. */
  private when(d: number, lag = 10): [number, number] {
    const dec = Math.min(d, this.today);
    return [dec, Math.min(dec + this.rnd.int(0, lag), this.today)];
  }

  /** The middle and end of a life: amendments, reissues, suspensions, renewals before expiry, and a fate. */
  private middle(life: Life, end: number, renewable: boolean): void {
    const r = this.rnd;
    const t = life.type;
    let at = life.lastEffective;
    for (let guard = 0; guard < 10; guard++) {
      const horizon = Math.min(end, life.expires ?? end);
      if (at >= horizon - 30) break;
      at = this.between(at + 30, Math.min(horizon - 10, at + 1100));
      const roll = r.next();
      if (roll < 0.33) {
        const [d, e] = this.when(at);
        if (life.type.code === 'GAME_POINT_CERTIFICATE') {
          const machines = Math.max(5, Number(life.conditions.machineCount ?? 20) + r.pick([-6, -4, 4, 6, 10]));
          life.amend(d, e, 'Thay đổi số lượng máy và diện tích phòng máy', 'conditions', {
            ...life.conditions,
            machineCount: machines,
            floorAreaM2: Math.max(40, machines * 2),
          });
        } else {
          life.amend(
            d,
            e,
            r.pick(['Thay đổi địa chỉ trụ sở', 'Thay đổi người đứng đầu', 'Bổ sung phạm vi hoạt động']),
            'scope',
            `${life.scope ?? ''} (sửa đổi ${iso(d)})`.trim(),
          );
        }
      } else if (roll < 0.38) {
        const [d, e] = this.when(at);
        life.reissue(d, e);
      } else if (roll < 0.52) {
        const [d, e] = this.when(at);
        const dated = r.chance(0.3);
        if (
          life.suspend(
            d,
            e,
            dated ? e + r.int(30, 90) : null,
            r.pick([
              'Vi phạm quy định về báo cáo định kỳ',
              'Hoạt động quá giờ quy định (22h00–8h00)',
              'Không bảo đảm điều kiện phòng cháy, chữa cháy',
            ]),
          )
        ) {
          // A dated suspension ends by itself; an open one is lifted by a reinstatement.
          at = dated ? e + r.int(95, 200) : e + r.int(20, 120);
          if (!dated) {
            const [d2, e2] = this.when(at, 5);
            life.reinstate(d2, e2);
          }
        }
      } else if (renewable && t.termKind === 'YEARS' && life.expires !== null && life.expires - at < 400) {
        const [d, e] = this.when(Math.min(at, life.expires - r.int(5, 40)), 3);
        life.renew(d, Math.min(e, life.expires), Math.min(t.maxTermMonths!, r.pick([12, 24, 36, 60])));
        at = life.lastEffective;
      }
    }
    // Termed licences are mostly renewed up to today; a few lapse.
    for (let i = 0; renewable && t.termKind === 'YEARS' && life.expires !== null && life.expires < end && i < 8; i++) {
      if (r.chance(0.15)) break;
      const cur: number = life.expires;
      const [d, e] = this.when(Math.max(life.lastEffective, cur - r.int(5, 45)), 3);
      if (!life.renew(d, Math.min(e, cur), Math.min(t.maxTermMonths!, r.pick([12, 24, 36, 60])))) break;
    }
    this.fate(life, end);
  }

  /** How a licence stands today: mostly in force; some suspended, revoked or surrendered; closed when the holder left. */
  private fate(life: Life, end: number): void {
    const r = this.rnd;
    const h = life.holder;
    const from = life.lastEffective;
    if (h.deregisteredOn !== null) {
      if (life.expires === null || life.expires >= h.deregisteredOn) {
        const d = Math.max(from, h.deregisteredOn - r.int(0, 20));
        if (r.chance(0.5) && life.type.grounds.some((g) => g.code === 'DISSOLUTION'))
          life.revoke(d, d, 'DISSOLUTION', 'Tổ chức giải thể, chấm dứt hoạt động');
        else life.surrender(d, d, 'Tổ chức, cá nhân đề nghị chấm dứt hoạt động, nộp lại giấy phép');
      }
      return;
    }
    const limit = Math.min(end, life.expires ?? end);
    if (limit - from < 15) return;
    const f = r.next();
    if (f < 0.06) {
      const [d, e] = this.when(this.between(from + 10, limit - 1));
      life.suspend(d, e, null, r.pick(['Không bảo đảm điều kiện hoạt động theo kết quả kiểm tra', 'Vi phạm quy định về giờ hoạt động']));
    } else if (f < 0.13) {
      const g = r.pick(life.type.grounds);
      const [d, e] = this.when(this.between(from + 10, limit - 1));
      if (g)
        life.revoke(
          d,
          e,
          g.code,
          g.code === 'FRAUD' ? 'Hồ sơ đề nghị cấp giấy phép có tài liệu giả mạo' : 'Thu hồi theo kết luận thanh tra, kiểm tra',
        );
    } else if (f < 0.2) {
      const [d, e] = this.when(this.between(from + 10, limit - 1));
      life.surrender(d, e, 'Tổ chức, cá nhân đề nghị chấm dứt hoạt động theo giấy phép');
    }
  }

  /** Game points: a chain of certificates from registration to today (renewed once at most under Decree 72). */
  private gamePoint(h: Holder, details: Record<string, unknown>, start: number, end: number, lives: Life[]): void {
    const r = this.rnd;
    let date = start;
    for (let round = 0; round < 8 && date < end; round++) {
      const conditions: Record<string, unknown> = { machineCount: details.machineCount, floorAreaM2: details.floorAreaM2 };
      if (details.openingHours) conditions.openingHours = details.openingHours;
      const life = Life.issue(this.ctx, h, 'GAME_POINT_CERTIFICATE', date, {
        termMonths: r.chance(0.5) ? 36 : r.pick([12, 24]),
        scope: `Điểm cung cấp dịch vụ trò chơi điện tử công cộng, ${Number(details.machineCount)} máy`,
        conditions,
      });
      if (!life) return;
      lives.push(life);
      this.middle(life, end, true);
      const expires = life.expires!;
      if (expires >= end || life.statusOn(end) !== 'EXPIRED') return;
      // The next certificate: applied for before expiry, or after a gap.
      date = r.chance(0.8) ? Math.max(life.lastEffective, expires - r.int(0, 25)) : expires + r.int(10, 200);
      if (date > end - 2) return;
    }
  }

  /** A Bình Phước enterprise code (38…) not given before; a branch adds its 3-digit suffix (branches may share one). */
  private enterpriseCode(r: Random, branch: boolean): string {
    let code: string;
    do code = `38${r.digits(8)}`;
    while (!branch && this.enterpriseCodes.has(code));
    if (!branch) this.enterpriseCodes.add(code);
    return branch ? `${code}-${r.digits(3)}` : code;
  }
}
