import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { AuthorityFunctionRecord, AuthorityRecord } from '../src/authorities/authority.entity';
import { AuthorityLevel } from '../src/authorities/authority.enums';
import { EntityKind, EntityStatus } from '../src/entities/entity-kind';
import { RegulatedEntityRecord } from '../src/entities/regulated-entity.entity';
import { groupBy } from '../src/graphql/batch';
import { addDays, addMonths, todayInVietnam } from '../src/graphql/dates';
import {
  LicenseEventRecord,
  LicenseLegalBasisRecord,
  LicenseRecord,
  LicenseTypeCompetenceRecord,
  LicenseTypeRecord,
  RevocationGroundRecord,
} from '../src/licenses/license.entity';
import { LicenseEventType, LicenseStatus, LicenseType, TermKind } from '../src/licenses/license.enums';
import {
  ALLOWED_FROM,
  basesInForce,
  carriedState,
  EventColumns,
  HolderPlace,
  holderPlace,
  issuedEvent,
  signingRefusal,
  Step,
} from '../src/licenses/license-rules';
import { statusOn } from '../src/licenses/license-status';
import names from './data/names.json';
import { Random } from './demo/random';

/**
 * Demo licences with realistic, legal histories for the demo entities (issue 5 item 8; domain.md §1, §3,
 * §5, §6). Runs in the demo transaction right after the entities are inserted and reads them, the
 * authorities, the competence table, the legal bases and the revocation grounds from the database, so
 * every event it writes would have passed the service's checks on its decision date:
 * - the signing authority exists on the decision date, is competent for the type then (level + function)
 *   and covers the holder's territory (a district committee its 2024 district, a commune its 2025 commune);
 * - the legal basis is the type's basis in force on the issue date; terms stay within the maximum;
 * - steps follow the transition table on their effective date (renewals decided on or before expiry,
 *   old-regime game points renewed once by at most 6 months), effective dates never go backwards and no
 *   decision is dated after today (Asia/Ho_Chi_Minh).
 * Histories are anchored on today so that every `LicenseStatus` occurs today; the fixed PRNG seed makes
 * the rows identical on every run of the same day (only uuids differ). No audit rows: seeding is not a
 * user action.
 */

const SEED = 70_2025;
const RECORDED_BY = 'demo seed';
const GAME_ND147_FROM = '2024-12-25';

// ---------------------------------------------------------------------------------------------- rows

/** A demo entity that may hold licences, with the day (in Việt Nam) it was registered and its place for authorities. */
type Holder = RegulatedEntityRecord & { createdOn: string; place: HolderPlace };
/** An authority with the fields of state it handled over time. */
type Authority = AuthorityRecord & { functions: AuthorityFunctionRecord[] };
/** A licence as written, with its history; the columns that cache its last event are taken from that event. */
type LicenseDraft = Pick<
  LicenseRecord,
  | 'id'
  | 'number'
  | 'licenseType'
  | 'holderId'
  | 'issuingAuthorityCode'
  | 'legalBasisCode'
  | 'decisionNumber'
  | 'decisionDate'
  | 'signerName'
  | 'signerTitle'
  | 'issuedOn'
  | 'effectiveFrom'
  | 'expiresOn'
  | 'scope'
  | 'conditions'
> & { events: EventColumns[] };

/** A holder's own attributes, as the demo entity seeder wrote them. */
const detailsOf = (h: Holder) => h.details as Record<string, unknown>;

const maxDate = (...d: string[]) => d.reduce((a, b) => (a > b ? a : b));
const minDate = (...d: string[]) => d.reduce((a, b) => (a < b ? a : b));
/** The kinds whose licences the demo writes (the others hold none in domain.md §5). */
const LICENSED_KINDS = [
  EntityKind.GAME_SERVICE_POINT,
  EntityKind.PRINTING_ESTABLISHMENT,
  EntityKind.PUBLISHER,
  EntityKind.POSTAL_ENTERPRISE,
  EntityKind.TELECOM_OPERATOR,
  EntityKind.RADIO_FREQUENCY_USER,
  EntityKind.INFORMATION_PROVIDER,
];
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

// Signers' names (seeds/data/names.json).
const { surnames: SURNAMES, middles: MIDDLES, given: GIVEN } = names.signers;

/** The suffix an authority prints after the number ('15/GCN-STTTT', '123/QĐ-UBND'). */
function suffixOf(a: Authority): string {
  if (a.level.endsWith('PEOPLES_COMMITTEE')) return 'UBND';
  const m = /^\d\d-(.+)$/.exec(a.code);
  return m ? m[1] : a.code;
}
const DOC_KIND: Record<string, string> = {
  GAME_POINT_CERTIFICATE: 'GCN',
  PRINTING_LICENSE: 'GP',
  PRINTING_REGISTRATION: 'XNĐK',
  COLOR_COPIER_REGISTRATION: 'ĐK',
  PUBLICATION_DISTRIBUTION_REGISTRATION: 'XNĐK',
  NON_BUSINESS_PUBLICATION_LICENSE: 'GP',
  POSTAL_LICENSE: 'GP',
  POSTAL_NOTIFICATION_CONFIRMATION: 'XN',
  TELECOM_LICENSE_WITH_INFRASTRUCTURE: 'GP',
  TELECOM_LICENSE_WITHOUT_INFRASTRUCTURE: 'GP',
  TELECOM_SERVICE_REGISTRATION: 'GCN',
  RADIO_EQUIPMENT_LICENSE: 'GP',
  GENERAL_WEBSITE_LICENSE: 'GP-TTĐT',
  NEWSLETTER_LICENSE: 'GP-BT',
};

/** The draws (one seeded PRNG, as the entity generator's), the reference rows and the licences written so far. */
class Seeder extends Random {
  private readonly numberCounters = new Map<string, number>();
  private readonly decisionCounters = new Map<string, number>();
  private readonly signers = new Map<string, [string, string][]>();
  readonly licenses: LicenseDraft[] = [];

  constructor(
    readonly today: string,
    private readonly authorities: Authority[],
    private readonly competence: LicenseTypeCompetenceRecord[],
    private readonly bases: LicenseLegalBasisRecord[],
    private readonly types: Map<string, LicenseTypeRecord>,
    private readonly grounds: RevocationGroundRecord[],
  ) {
    super(SEED);
  }

  person(): string {
    return `${this.pick(SURNAMES)} ${this.pick(MIDDLES)} ${this.pick(GIVEN)}`;
  }

  /** A competent authority for `type` that may sign on `date` for `holder`, of the legally expected tier first. */
  authorityFor(type: LicenseType, holder: Holder, date: string, prefer: AuthorityLevel[] = []): Authority | null {
    // The lifecycle service's own rule (src/licenses/license-rules.ts), so every decision would pass its checks.
    const ok = this.authorities.filter(
      (a) =>
        signingRefusal({ authority: a, functions: a.functions, competence: this.competence, type, date, holder: holder.place }) === null,
    );
    for (const level of prefer) {
      const a = ok.filter((x) => x.level === level).sort((x, y) => x.code.localeCompare(y.code))[0];
      if (a) return a;
    }
    return ok.sort((x, y) => x.code.localeCompare(y.code))[0] ?? null;
  }

  /** The most recent basis in force on the day (the lifecycle service's rule, src/licenses/license-rules.ts). */
  basisFor(type: LicenseType, issuedOn: string): string | null {
    return basesInForce(this.bases, type, issuedOn).at(-1)?.code ?? null;
  }

  groundsOf(type: LicenseType): RevocationGroundRecord[] {
    return this.grounds.filter((g) => g.licenseType === type).sort((a, b) => a.code.localeCompare(b.code));
  }

  typeOf(code: string): LicenseTypeRecord {
    return this.types.get(code)!;
  }

  signer(a: Authority, deputy: boolean): [string, string] {
    let list = this.signers.get(a.code);
    if (!list) {
      const [head, dep] =
        a.level === AuthorityLevel.PROVINCIAL_DEPARTMENT
          ? ['Giám đốc Sở', 'Phó Giám đốc Sở']
          : a.level.endsWith('PEOPLES_COMMITTEE')
            ? ['Chủ tịch UBND', 'Phó Chủ tịch UBND']
            : a.level === AuthorityLevel.MINISTRY_DEPARTMENT
              ? ['Cục trưởng', 'Phó Cục trưởng']
              : ['Bộ trưởng', 'Thứ trưởng'];
      list = [
        [this.person(), head],
        [this.person(), dep],
        [this.person(), dep],
      ];
      this.signers.set(a.code, list);
    }
    return deputy ? list[1 + this.int(0, 1)] : list[0];
  }

  decision(
    a: Authority,
    date: string,
  ): { decisionNumber: string; decisionDate: string; signerName: string; signerTitle: string; authorityCode: string } {
    const key = `${a.code}/${date.slice(0, 4)}`;
    const n = (this.decisionCounters.get(key) ?? this.int(20, 120)) + this.int(1, 9);
    this.decisionCounters.set(key, n);
    const [signerName, signerTitle] = this.signer(a, this.chance(0.55));
    return { decisionNumber: `${n}/QĐ-${suffixOf(a)}`, decisionDate: date, signerName, signerTitle, authorityCode: a.code };
  }

  number(a: Authority, type: string): string {
    const key = `${a.code}/${type}`;
    const n = (this.numberCounters.get(key) ?? 0) + this.int(1, 3);
    this.numberCounters.set(key, n);
    return `${String(n).padStart(2, '0')}/${DOC_KIND[type] ?? 'GP'}-${suffixOf(a)}`;
  }

  add(l: LicenseDraft): void {
    this.licenses.push(l);
  }
}

/** A licence under construction; every step checks the rules of domain.md §6 and is skipped when it could not be taken. */
class Life {
  readonly row: LicenseDraft;
  private renewals = 0;

  constructor(
    private readonly s: Seeder,
    private readonly holder: Holder,
    type: LicenseType,
    issuer: Authority,
    basis: string,
    decisionDate: string,
    effectiveFrom: string,
    expiresOn: string | null,
    scope: string | null,
    conditions: Record<string, unknown>,
    private readonly prefer: (date: string) => AuthorityLevel[],
  ) {
    const number = s.number(issuer, type);
    const d = s.decision(issuer, decisionDate);
    this.row = {
      id: randomUUID(),
      number,
      licenseType: type,
      holderId: holder.id,
      issuingAuthorityCode: issuer.code,
      legalBasisCode: basis,
      decisionNumber: d.decisionNumber,
      decisionDate: decisionDate,
      signerName: d.signerName,
      signerTitle: d.signerTitle,
      issuedOn: decisionDate,
      effectiveFrom: effectiveFrom,
      expiresOn: expiresOn,
      scope,
      conditions,
      events: [issuedEvent(d, { effectiveFrom, expiresOn, number })],
    };
  }

  get last(): EventColumns {
    return this.row.events[this.row.events.length - 1];
  }
  get lastEffective(): string {
    return this.last.effectiveOn;
  }
  get expires(): string | null {
    return this.last.expiresOnAfter;
  }

  /** The status on `date` as license_status_on computes it. */
  /** The app's own rule (src/licenses/license-status.ts), so the demo histories obey what the API computes. */
  statusOn(date: string): LicenseStatus | null {
    return statusOn(this.row.events, date);
  }

  /**
   * Appends a step decided on `decisionDate` and effective on `effectiveOn`, if the law allows it then;
   * returns whether it was recorded.
   */
  private step(type: Step, decisionDate: string, effectiveOn: string, build: (last: EventColumns) => Partial<EventColumns>): boolean {
    if (
      decisionDate > this.s.today ||
      effectiveOn > this.s.today ||
      effectiveOn < this.lastEffective ||
      decisionDate < this.row.decisionDate
    )
      return false;
    // The transition table of the service (domain.md §6), not a copy of it.
    const status = this.statusOn(effectiveOn);
    if (!status || !ALLOWED_FROM[type].includes(status)) return false;
    const a = this.s.authorityFor(this.row.licenseType, this.holder, decisionDate, this.prefer(decisionDate));
    if (!a) return false;
    const last = this.last;
    const ev: EventColumns = {
      seq: last.seq + 1,
      type,
      effectiveOn: effectiveOn,
      ...this.s.decision(a, decisionDate),
      reason: null,
      groundCode: null,
      groundText: null,
      changes: null,
      ...carriedState(last, status),
      holderUnit2024: null,
      ...build(last),
    };
    this.row.events.push(ev);
    return true;
  }

  /** A decision on `date`, effective a few days later (never after today). */
  private when(date: string, lagDays = 10): [string, string] {
    const d = minDate(date, this.s.today);
    return [d, minDate(addDays(d, this.s.int(0, lagDays)), this.s.today)];
  }

  amend(date: string, reason: string, change: (c: Record<string, unknown>) => Record<string, unknown>): boolean {
    const [d, e] = this.when(date);
    const before = this.row.conditions;
    const after = change({ ...before });
    const ok = this.step(LicenseEventType.AMENDED, d, e, () => ({ reason, changes: { conditions: { before, after } } }));
    if (ok) this.row.conditions = after;
    return ok;
  }

  reissue(date: string): boolean {
    const [d, e] = this.when(date);
    return this.step(LicenseEventType.REISSUED, d, e, () => ({ reason: 'Cấp lại do bản chính bị mất (đơn đề nghị của tổ chức, cá nhân)' }));
  }

  renew(date: string, months: number, maxRenewals: number | null): boolean {
    const cur = this.expires;
    if (!cur || (maxRenewals != null && this.renewals >= maxRenewals)) return false;
    const d = minDate(date, cur, this.s.today);
    const e = minDate(addDays(d, this.s.int(0, 5)), cur, this.s.today);
    const type = this.s.typeOf(this.row.licenseType);
    const next = minDate(addMonths(cur, months), addMonths(e, type.maxTermMonths!));
    if (next <= cur) return false;
    const ok = this.step(LicenseEventType.RENEWED, d, e, () => ({
      resultingStatus: LicenseStatus.ACTIVE,
      suspendedUntil: null,
      expiresOnAfter: next,
      reason: 'Gia hạn theo đề nghị của tổ chức, cá nhân',
      changes: { expiresOn: { before: cur, after: next } },
    }));
    if (ok) this.renewals++;
    return ok;
  }

  suspend(date: string, until: string | null, reason: string): boolean {
    const [d, e] = this.when(date);
    if (until && until < e) return false;
    return this.step(LicenseEventType.SUSPENDED, d, e, () => ({ resultingStatus: LicenseStatus.SUSPENDED, suspendedUntil: until, reason }));
  }

  reinstate(date: string): boolean {
    const [d, e] = this.when(date);
    return this.step(LicenseEventType.REINSTATED, d, e, () => ({
      resultingStatus: LicenseStatus.ACTIVE,
      suspendedUntil: null,
      reason: 'Đã khắc phục vi phạm, khôi phục hoạt động',
    }));
  }

  /** `onTheDay`: effective on the decision date (a closing that must take effect by a deregistration). */
  revoke(date: string, groundCode: string, groundText: string, onTheDay = false): boolean {
    const ground = this.s.groundsOf(this.row.licenseType).find((g) => g.code === groundCode);
    if (!ground) return false;
    const [d, e] = this.when(date, onTheDay ? 0 : 10);
    return this.step(LicenseEventType.REVOKED, d, e, () => ({
      resultingStatus: LicenseStatus.REVOKED,
      suspendedUntil: null,
      groundCode: ground.code,
      groundText: groundText,
      reason: groundText,
      reapplyNotBefore: ground.barsReapplicationMonths ? addMonths(e, ground.barsReapplicationMonths) : null,
    }));
  }

  surrender(date: string, reason: string, onTheDay = false): boolean {
    const [d, e] = this.when(date, onTheDay ? 0 : 10);
    return this.step(LicenseEventType.SURRENDERED, d, e, () => ({
      resultingStatus: LicenseStatus.SURRENDERED,
      suspendedUntil: null,
      reason,
    }));
  }
}

// ---------------------------------------------------------------------------------------------- scenarios

/** Department-level types: the Sở of the holder's province on the date (which one is the authority rule's business). */
const provincial = (): AuthorityLevel[] => [AuthorityLevel.PROVINCIAL_DEPARTMENT];
/** Game points: the Sở TT&TT under Decree 72/2013 (a district committee only where delegated), then the committees. */
const gamePrefer = (date: string): AuthorityLevel[] => (date < GAME_ND147_FROM ? [AuthorityLevel.PROVINCIAL_DEPARTMENT] : []);
const ministryDepartment = (): AuthorityLevel[] => [AuthorityLevel.MINISTRY_DEPARTMENT];

/** Issues a licence on `decisionDate` if some authority could; null otherwise. */
function issue(
  s: Seeder,
  holder: Holder,
  type: LicenseType,
  decisionDate: string,
  prefer: (date: string) => AuthorityLevel[],
  opts: { termMonths?: number; scope?: string | null; conditions?: Record<string, unknown>; notBefore?: string } = {},
): Life | null {
  if (decisionDate > s.today) return null;
  const a = s.authorityFor(type, holder, decisionDate, prefer(decisionDate));
  const basis = s.basisFor(type, decisionDate);
  if (!a || !basis) return null;
  // A successor of a licence the holder may hold only one of at a time takes effect the day after it ends.
  const effectiveFrom = minDate(maxDate(addDays(decisionDate, s.int(0, 7)), opts.notBefore ?? decisionDate), s.today);
  const t = s.typeOf(type);
  let expires: string | null = null;
  if (t.termKind === TermKind.YEARS) {
    const months = Math.min(opts.termMonths ?? t.maxTermMonths!, t.maxTermMonths!);
    expires = addDays(addMonths(effectiveFrom, months), -1);
  }
  return new Life(s, holder, type, a, basis, decisionDate, effectiveFrom, expires, opts.scope ?? null, opts.conditions ?? {}, prefer);
}

function gameConditions(h: Holder): Record<string, unknown> {
  const d = detailsOf(h);
  const c: Record<string, unknown> = { machineCount: d.machineCount ?? 20, floorAreaM2: d.floorAreaM2 ?? 50 };
  if (d.openingHours) c.openingHours = d.openingHours;
  return c;
}

/** Game-point certificates: a chain of certificates from registration to today, each with its own life. */
function gamePoint(s: Seeder, h: Holder, forceFate?: string): void {
  const end = h.deregisteredOn ? minDate(h.deregisteredOn, s.today) : s.today;
  let date = minDate(addDays(h.createdOn, s.int(5, 60)), addDays(end, -2));
  if (date < h.createdOn) return;
  let notBefore: string | undefined;
  for (let round = 0; round < 4; round++) {
    const life = issue(s, h, LicenseType.GAME_POINT_CERTIFICATE, date, gamePrefer, {
      notBefore,
      termMonths: s.chance(0.8) ? 36 : s.pick([12, 24]),
      scope: `Điểm cung cấp dịch vụ trò chơi điện tử công cộng, ${Number(detailsOf(h).machineCount ?? 20)} máy`,
      conditions: gameConditions(h),
    });
    if (!life) return;
    s.add(life.row);
    const expires = life.expires!;
    const stop = minDate(expires, end);
    // Middle of the life: amendments, a reissue, a suspension that ended.
    if (s.chance(0.25)) {
      const at = addDays(life.lastEffective, s.int(60, Math.max(61, daysBetween(life.lastEffective, stop) - 30)));
      if (at < stop) {
        life.amend(at, 'Thay đổi số lượng máy và diện tích phòng máy', (c) => {
          const machines = Number(c.machineCount) + s.pick([-6, -4, 4, 6, 10]);
          return { ...c, machineCount: Math.max(5, machines), floorAreaM2: Math.max(40, Math.round(Math.max(5, machines) * 2 * 10) / 10) };
        });
      }
    }
    if (s.chance(0.05)) life.reissue(addDays(life.lastEffective, s.int(30, 200)));
    if (s.chance(0.12)) {
      const at = addDays(life.lastEffective, s.int(30, 300));
      if (at < addDays(stop, -40) && life.suspend(at, null, 'Hoạt động quá giờ quy định (22h00–8h00), vi phạm Nghị định xử phạt')) {
        life.reinstate(addDays(at, s.int(20, 90)));
      }
    }
    if (h.deregisteredOn && h.deregisteredOn <= expires) {
      // The point closed during this certificate: it was surrendered or revoked at the holder's request.
      closeBy(s, life, h.deregisteredOn, (d) =>
        s.chance(0.6)
          ? life.surrender(d, 'Chủ điểm đề nghị chấm dứt hoạt động, nộp lại giấy chứng nhận', true)
          : life.revoke(d, 'HOLDER_REQUEST', 'Thu hồi theo đề nghị của chủ điểm do ngừng kinh doanh', true),
      );
      return;
    }
    if (expires < s.today) {
      // Expired in the past: renewed once under the old regime, re-applied for, or left to lapse.
      if (life.row.legalBasisCode === 'ND72-2013' && s.chance(0.3)) {
        life.renew(addDays(expires, -s.int(5, 40)), s.int(3, 6), 1);
        if (life.expires! >= s.today) {
          fate(s, life, forceFate);
          return;
        }
      }
      const lapse = s.chance(0.25) && round > 0;
      if (lapse || h.status === EntityStatus.DEREGISTERED) return;
      if (s.chance(0.06)) {
        life.revoke(
          addDays(expires, -s.int(30, 120)),
          'CONDITIONS_NOT_MET',
          'Không bảo đảm khoảng cách tối thiểu 200 m đến cổng trường học',
        );
        return;
      }
      // One certificate per point at a time: the next one is decided before the old ends and takes effect after it.
      notBefore = addDays(life.expires!, 1);
      date = addDays(life.expires!, -s.int(0, 25));
      if (date <= life.row.decisionDate) date = addDays(life.row.decisionDate, 1);
      if (date > addDays(end, -2)) return;
      continue;
    }
    fate(s, life, forceFate);
    return;
  }
}

/**
 * Ends a licence on or before `deadline` (the holder's deregistration): a few days before it, else on the
 * last day an authority could sign for the holder (e.g. before 1 Jul 2025 when its ward was split).
 */
function closeBy(s: Seeder, life: Life, deadline: string, close: (date: string) => boolean): void {
  const tries = [addDays(deadline, -s.int(0, 20)), deadline, '2025-06-30', '2025-02-28', '2024-12-24'];
  for (const d of tries) if (d <= deadline && d >= life.lastEffective && close(d)) return;
}

/** The end of a current game-point certificate's story, as of today. */
function fate(s: Seeder, life: Life, forced?: string): void {
  const r = s.float();
  const f = forced ?? (r < 0.72 ? 'ACTIVE' : r < 0.8 ? 'SUSPENDED' : r < 0.9 ? 'REVOKED' : 'SURRENDERED');
  const back = (lo: number, hi: number) => maxDate(life.lastEffective, addDays(s.today, -s.int(lo, hi)));
  if (f === 'SUSPENDED') {
    const at = back(10, 90);
    const until = s.chance(0.5) ? null : addDays(s.today, s.int(20, 80));
    life.suspend(
      at,
      until,
      s.pick([
        'Không bảo đảm điều kiện phòng cháy, chữa cháy theo kết quả kiểm tra',
        'Cho người dưới 18 tuổi chơi trò chơi có giới hạn độ tuổi',
        'Hoạt động quá giờ quy định (22h00–8h00)',
      ]),
    );
  } else if (f === 'REVOKED') {
    const g = s.chance(0.45) ? 'FRAUD' : 'CONDITIONS_NOT_MET';
    const at = back(20, 240);
    if (s.chance(0.4)) life.suspend(at, null, 'Không còn đáp ứng điều kiện về diện tích phòng máy');
    life.revoke(
      addDays(life.lastEffective, s.int(10, 40)),
      g,
      g === 'FRAUD'
        ? 'Hồ sơ đề nghị cấp có hợp đồng thuê địa điểm giả mạo'
        : 'Diện tích phòng máy không còn đáp ứng điều kiện; không khắc phục sau đình chỉ',
    );
  } else if (f === 'SURRENDERED') {
    life.surrender(back(15, 300), 'Chủ điểm chuyển đổi ngành nghề kinh doanh, nộp lại giấy chứng nhận');
  } else if (s.chance(0.3)) {
    life.amend(back(10, 200), 'Thay đổi giờ mở cửa', (c) => ({
      ...c,
      openingHours: s.pick(['08:00–22:00', '07:00–22:00', '08:00–21:30']),
    }));
  }
}

/** Licences with no term or a long term for the other kinds, by their competent bodies. */
function other(s: Seeder, h: Holder): void {
  const end = h.deregisteredOn ? minDate(h.deregisteredOn, s.today) : s.today;
  const start = minDate(addDays(h.createdOn, s.int(5, 90)), addDays(end, -2));
  if (start < h.createdOn) return;
  const d = detailsOf(h);
  const lives: Life[] = [];
  const add = (l: Life | null) => {
    if (l) {
      s.add(l.row);
      lives.push(l);
    }
  };
  switch (h.kind) {
    case EntityKind.PRINTING_ESTABLISHMENT: {
      const products = (d.products as string[] | undefined) ?? [];
      const licensed = products.some((p) =>
        ['PRESS', 'STATE_FORMS', 'ANTI_COUNTERFEIT_STAMPS', 'VALUED_PAPERS', 'INVOICES'].some((x) => p.includes(x)),
      );
      add(
        issue(s, h, licensed ? LicenseType.PRINTING_LICENSE : LicenseType.PRINTING_REGISTRATION, start, provincial, {
          scope: licensed ? 'In báo, tạp chí, tem chống giả, hóa đơn và sản phẩm bao bì' : 'In bao bì, nhãn hàng hóa và sản phẩm khác',
          conditions: { products, stages: d.stages ?? [] },
        }),
      );
      if (s.chance(0.35))
        add(
          issue(s, h, LicenseType.COLOR_COPIER_REGISTRATION, addDays(start, s.int(30, 400)), provincial, {
            scope: 'Đăng ký sử dụng 01 máy photocopy màu',
          }),
        );
      break;
    }
    case EntityKind.PUBLISHER: {
      const role = d.role as string | undefined;
      if (role === 'NON_BUSINESS_PUBLISHER') {
        add(
          issue(s, h, LicenseType.NON_BUSINESS_PUBLICATION_LICENSE, start, provincial, {
            scope: 'Xuất bản tài liệu không kinh doanh: bản tin nội bộ, 500 bản',
          }),
        );
      } else {
        add(
          issue(s, h, LicenseType.PUBLICATION_DISTRIBUTION_REGISTRATION, start, provincial, {
            scope: 'Phát hành xuất bản phẩm (sách, văn hóa phẩm) trên địa bàn tỉnh',
          }),
        );
      }
      break;
    }
    case EntityKind.POSTAL_ENTERPRISE: {
      const scope = d.scope as string | undefined;
      const letters = ((d.serviceTypes as string[] | undefined) ?? []).some((x) => x.includes('LETTER'));
      const type = letters && scope === 'INTRA_PROVINCIAL' ? LicenseType.POSTAL_LICENSE : LicenseType.POSTAL_NOTIFICATION_CONFIRMATION;
      // The Sở for intra-provincial service, the ministry for the rest: the competence table's rows by scope decide.
      add(
        issue(s, h, type, start, () => [], {
          termMonths: 120,
          scope: `Cung ứng dịch vụ bưu chính ${scope === 'INTRA_PROVINCIAL' ? 'nội tỉnh' : 'liên tỉnh'}`,
        }),
      );
      break;
    }
    case EntityKind.TELECOM_OPERATOR: {
      const infra = d.withInfrastructure === true;
      add(
        issue(
          s,
          h,
          infra ? LicenseType.TELECOM_LICENSE_WITH_INFRASTRUCTURE : LicenseType.TELECOM_LICENSE_WITHOUT_INFRASTRUCTURE,
          start,
          ministryDepartment,
          {
            termMonths: infra ? 180 : 120,
            scope: infra
              ? 'Thiết lập mạng viễn thông cố định mặt đất có hạ tầng mạng trên địa bàn tỉnh'
              : 'Cung cấp dịch vụ truy nhập Internet không có hạ tầng mạng',
          },
        ),
      );
      if (s.chance(0.3))
        add(
          issue(s, h, LicenseType.TELECOM_SERVICE_REGISTRATION, maxDate(addDays(start, 30), '2025-01-15'), ministryDepartment, {
            scope: 'Dịch vụ nội dung trên mạng viễn thông',
          }),
        );
      break;
    }
    case EntityKind.RADIO_FREQUENCY_USER: {
      const assignments = (d.assignments as unknown[] | undefined) ?? (d.frequencyAssignments as unknown[] | undefined) ?? [];
      add(
        issue(s, h, LicenseType.RADIO_EQUIPMENT_LICENSE, start, ministryDepartment, {
          termMonths: s.pick([12, 24, 36, 60]),
          scope: 'Sử dụng tần số và thiết bị vô tuyến điện cho mạng thông tin vô tuyến nội bộ',
          conditions: { assignments: assignments.length },
        }),
      );
      break;
    }
    case EntityKind.INFORMATION_PROVIDER: {
      // One licence per website and per newsletter, from the Sở (local organisations).
      const websites = (d.websites as { name: string; domains: string[] }[] | undefined) ?? [];
      const newsletters = (d.newsletters as { name: string }[] | undefined) ?? [];
      for (const w of websites)
        add(
          issue(s, h, LicenseType.GENERAL_WEBSITE_LICENSE, start, provincial, {
            termMonths: s.pick([60, 120]),
            scope: `Thiết lập trang thông tin điện tử tổng hợp "${w.name}" tại ${w.domains.join(', ')}`,
            conditions: { domains: w.domains },
          }),
        );
      for (const b of newsletters)
        add(
          issue(s, h, LicenseType.NEWSLETTER_LICENSE, addDays(start, s.int(0, 60)), provincial, {
            scope: `Xuất bản "${b.name}"`,
          }),
        );
      break;
    }
    default:
      return;
  }
  for (const life of lives) {
    // Renewals of termed licences before expiry, a few lapses.
    for (
      let i = 0;
      i < 8 && life.expires && life.expires < addDays(s.today, 60) && (!h.deregisteredOn || h.deregisteredOn > life.expires);
      i++
    ) {
      if (s.chance(0.1)) break;
      const t = s.typeOf(life.row.licenseType);
      if (!life.renew(addDays(life.expires, -s.int(5, 45)), Math.min(t.maxTermMonths!, s.pick([12, 24, 36, 60])), null)) break;
    }
    if (h.deregisteredOn) {
      if (!life.expires || life.expires >= h.deregisteredOn) {
        const ground = s.groundsOf(life.row.licenseType).find((g) => g.code === 'DISSOLUTION');
        const revoke = ground && s.chance(0.5);
        closeBy(s, life, h.deregisteredOn, (d) =>
          revoke
            ? life.revoke(d, 'DISSOLUTION', 'Doanh nghiệp giải thể, chấm dứt hoạt động', true)
            : life.surrender(d, 'Tổ chức đề nghị chấm dứt hoạt động, nộp lại giấy phép', true),
        );
      }
      continue;
    }
    const r = s.float();
    if (r < 0.12)
      life.amend(addDays(life.lastEffective, s.int(90, 900)), 'Thay đổi địa chỉ trụ sở và người đứng đầu', (c) => ({
        ...c,
        amendedScope: true,
      }));
    else if (r < 0.16)
      life.suspend(
        addDays(s.today, -s.int(10, 60)),
        addDays(s.today, s.int(30, 90)),
        'Vi phạm quy định về báo cáo định kỳ, chưa khắc phục',
      );
    else if (r < 0.2) {
      const g = s.pick(s.groundsOf(life.row.licenseType).filter((x) => x.code !== 'DISSOLUTION'));
      if (g) life.revoke(addDays(s.today, -s.int(30, 400)), g.code, 'Thu hồi theo kết luận thanh tra, kiểm tra');
    } else if (r < 0.23) life.surrender(addDays(s.today, -s.int(30, 400)), 'Tổ chức đề nghị chấm dứt hoạt động theo giấy phép');
  }
}

/**
 * Numbers in the order of the dates they were given, as a register would have them: licence numbers per
 * issuing authority and type, decision numbers per authority and year (the generator drew them holder by holder).
 */
function renumber(s: Seeder, L: LicenseDraft[], authorities: Map<string, Authority>): void {
  const byDate = <T>(items: T[], date: (x: T) => string) =>
    items
      .map((x, i) => ({ x, i }))
      .sort((a, b) => date(a.x).localeCompare(date(b.x)) || a.i - b.i)
      .map((e) => e.x);
  const groups = new Map<string, LicenseDraft[]>();
  for (const l of L) {
    const key = `${l.issuingAuthorityCode}/${l.licenseType}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  for (const list of groups.values()) {
    let n = 0;
    for (const l of byDate(list, (x) => x.issuedOn)) {
      n += 1 + (s.chance(0.3) ? s.int(1, 2) : 0);
      const a = authorities.get(l.issuingAuthorityCode)!;
      const number = `${String(n).padStart(2, '0')}/${DOC_KIND[l.licenseType] ?? 'GP'}-${suffixOf(a)}`;
      l.number = number;
      for (const e of l.events) e.numberAfter = number;
    }
  }
  const decisions = new Map<string, EventColumns[]>();
  for (const e of L.flatMap((l) => l.events)) {
    const key = `${e.authorityCode}/${e.decisionDate.slice(0, 4)}`;
    decisions.set(key, [...(decisions.get(key) ?? []), e]);
  }
  for (const [key, list] of [...decisions.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    let n = s.int(3, 40);
    const a = authorities.get(key.split('/')[0])!;
    for (const e of byDate(list, (x) => x.decisionDate)) {
      n += s.int(1, 12);
      e.decisionNumber = `${n}/QĐ-${suffixOf(a)}`;
    }
  }
  for (const l of L) l.decisionNumber = l.events[0].decisionNumber;
}

// ---------------------------------------------------------------------------------------------- entry point

/** TypeORM writes many rows in one INSERT; PostgreSQL takes at most 65,535 parameters per statement. */
async function insertInChunks<T extends object>(m: EntityManager, record: new () => T, rows: T[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) await m.insert(record, rows.slice(i, i + 1000));
}

export async function seedDemoLicenses(m: EntityManager): Promise<{ licenses: number; events: number }> {
  const today = todayInVietnam();
  // The 2024 districts and provinces each 2025 commune was formed from (for holders recorded in 2025 codes).
  const formedFrom = new Map(
    (
      (await m.query(
        `SELECT m.new_code AS commune, array_agg(DISTINCT o.parent_code ORDER BY o.parent_code) AS districts,
                array_agg(DISTINCT o.province_code ORDER BY o.province_code) AS provinces
           FROM administrative_unit_mapping m
           JOIN administrative_unit o ON o.version = 2024 AND o.code = m.old_code AND o.level = 'WARD'
          WHERE m.level = 'WARD' GROUP BY m.new_code`,
      )) as { commune: string; districts: string[]; provinces: string[] }[]
    ).map((r) => [r.commune, r]),
  );
  const holders: Holder[] = (
    await m
      .createQueryBuilder(RegulatedEntityRecord, 'e')
      .where('e.kind IN (:...kinds)', { kinds: LICENSED_KINDS })
      .andWhere('e.id NOT IN (SELECT holder_id FROM license)')
      .orderBy('e.registryCode')
      .getMany()
  ).map((e) => ({
    ...e,
    createdOn: todayInVietnam(e.createdAt),
    place: holderPlace(e, e.unitVersion === 2025 ? (formedFrom.get(e.wardCode) ?? null) : null),
  }));
  const functions = groupBy(
    await m.find(AuthorityFunctionRecord, { order: { function: 'ASC', validFrom: 'ASC' } }),
    (f) => f.authorityCode,
  );
  const authorities: Authority[] = (await m.find(AuthorityRecord, { order: { code: 'ASC' } })).map((a) => ({
    ...a,
    functions: functions.get(a.code) ?? [],
  }));
  const competence = await m.find(LicenseTypeCompetenceRecord, { order: { id: 'ASC' } });
  const bases = await m.find(LicenseLegalBasisRecord, { order: { licenseType: 'ASC', code: 'ASC' } });
  const types = await m.findBy(LicenseTypeRecord, { code: In(Object.values(LicenseType)) });
  const grounds = await m.find(RevocationGroundRecord);

  const s = new Seeder(today, authorities, competence, bases, new Map(types.map((t) => [t.code, t])), grounds);
  const games = holders.filter((h) => h.kind === EntityKind.GAME_SERVICE_POINT);
  games.forEach((h, i) => {
    // Most points hold a certificate; a few of the first active ones get a fixed fate so every status occurs.
    if (i >= 5 && s.chance(0.12)) return;
    const forced =
      h.status === EntityStatus.ACTIVE && i < 5 ? ['SUSPENDED', 'REVOKED', 'SURRENDERED', 'SUSPENDED', 'REVOKED'][i] : undefined;
    gamePoint(s, h, forced);
  });
  for (const h of holders) if (h.kind !== EntityKind.GAME_SERVICE_POINT) other(s, h);

  const L = s.licenses;
  if (!L.length) return { licenses: 0, events: 0 };
  renumber(s, L, new Map(authorities.map((a) => [a.code, a])));
  await insertInChunks(
    m,
    LicenseRecord,
    L.map(({ events, ...l }) => {
      const last = events[events.length - 1];
      return Object.assign(new LicenseRecord(), {
        ...l,
        number: last.numberAfter,
        expiresOn: last.expiresOnAfter,
        status: last.resultingStatus,
        suspendedUntil: last.suspendedUntil,
        reapplyNotBefore: last.reapplyNotBefore,
        lastEffectiveOn: last.effectiveOn,
        version: events.length,
      });
    }),
  );
  const E = L.flatMap((l) =>
    l.events.map((e) => Object.assign(new LicenseEventRecord(), { ...e, licenseId: l.id, recordedBy: RECORDED_BY })),
  );
  await insertInChunks(m, LicenseEventRecord, E);
  return { licenses: L.length, events: E.length };
}
