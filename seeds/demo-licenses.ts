import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { addDays, addMonths, todayInVietnam } from '../src/graphql/dates';
import { mulberry32 } from './random';
import { ALLOWED_FROM } from '../src/licenses/license.service';
import { statusOn, StatusEvent } from '../src/licenses/license-status';

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
const SPLIT_2025_03 = '2025-03-01';
const TWO_TIER_FROM = '2025-07-01';

// ---------------------------------------------------------------------------------------------- rows read

interface Holder {
  id: string;
  kind: string;
  registry_code: string;
  status: string;
  deregistered_on: string | null;
  created_on: string;
  district_code: string | null;
  commune_code_2025: string | null;
  province_code: string;
  province_code_2025: string | null;
  details: Record<string, unknown>;
}
interface Authority {
  code: string;
  level: string;
  province_code: string | null;
  unit_code: string | null;
  valid_from: string;
  valid_to: string | null;
  functions: { fn: string; from: string; to: string | null }[];
}
interface Competence {
  license_type: string;
  authority_level: string;
  authority_function: string;
  valid_from: string;
  valid_to: string | null;
}
interface Basis {
  license_type: string;
  code: string;
  valid_from: string;
  valid_to: string | null;
}
interface TypeRow {
  code: string;
  term_kind: string;
  max_term_months: number | null;
}
interface Ground {
  license_type: string;
  code: string;
  bars_reapplication_months: number | null;
}

// ---------------------------------------------------------------------------------------------- rows written

type EventType = 'ISSUED' | 'AMENDED' | 'RENEWED' | 'REISSUED' | 'SUSPENDED' | 'REINSTATED' | 'REVOKED' | 'SURRENDERED';
type Stored = 'ACTIVE' | 'SUSPENDED' | 'REVOKED' | 'SURRENDERED';

interface EventRow {
  seq: number;
  type: EventType;
  effective_on: string;
  decision_number: string;
  decision_date: string;
  signer_name: string;
  signer_title: string;
  authority_code: string;
  reason: string | null;
  ground_code: string | null;
  ground_text: string | null;
  changes: Record<string, { before: unknown; after: unknown }> | null;
  resulting_status: Stored;
  expires_on_after: string | null;
  suspended_until: string | null;
  reapply_not_before: string | null;
  number_after: string;
}

interface LicenseRow {
  id: string;
  number: string;
  license_type: string;
  holder_id: string;
  issuing_authority_code: string;
  legal_basis_code: string;
  decision_number: string;
  decision_date: string;
  signer_name: string;
  signer_title: string;
  issued_on: string;
  effective_from: string;
  expires_on: string | null;
  scope: string | null;
  conditions: Record<string, unknown>;
  events: EventRow[];
}

const maxDate = (...d: string[]) => d.reduce((a, b) => (a > b ? a : b));
const minDate = (...d: string[]) => d.reduce((a, b) => (a < b ? a : b));
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const MIDDLES = ['Văn', 'Thị', 'Minh', 'Hữu', 'Thanh', 'Quốc', 'Ngọc', 'Đức', 'Thị Thu', 'Xuân'];
const GIVEN = [
  'Hùng',
  'Dũng',
  'Lan',
  'Hương',
  'Tuấn',
  'Phong',
  'Hải',
  'Bình',
  'Nga',
  'Sơn',
  'Long',
  'Trung',
  'Hạnh',
  'Thắng',
  'Mai',
  'Khánh',
];

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
};

class Seeder {
  private readonly rnd = mulberry32(SEED);
  private readonly numberCounters = new Map<string, number>();
  private readonly decisionCounters = new Map<string, number>();
  private readonly signers = new Map<string, [string, string][]>();
  readonly licenses: LicenseRow[] = [];

  constructor(
    readonly today: string,
    private readonly authorities: Authority[],
    private readonly competence: Competence[],
    private readonly bases: Basis[],
    private readonly types: Map<string, TypeRow>,
    private readonly grounds: Ground[],
  ) {}

  float(): number {
    return this.rnd();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.rnd() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.rnd() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.rnd() * items.length)];
  }
  person(): string {
    return `${this.pick(SURNAMES)} ${this.pick(MIDDLES)} ${this.pick(GIVEN)}`;
  }

  /** A competent authority for `type` that may sign on `date` for `holder`, the legally expected one first. */
  authorityFor(type: string, holder: Holder, date: string, prefer: string[] = []): Authority | null {
    const ok = this.authorities.filter((a) => {
      if (a.valid_from > date || (a.valid_to && a.valid_to < date)) return false;
      const competent = this.competence.some(
        (c) =>
          c.license_type === type &&
          c.authority_level === a.level &&
          a.functions.some((f) => f.fn === c.authority_function && f.from <= date && (!f.to || f.to >= date)) &&
          c.valid_from <= date &&
          (!c.valid_to || c.valid_to >= date),
      );
      if (!competent) return false;
      if (a.level === 'DISTRICT_PEOPLES_COMMITTEE') return holder.district_code === a.unit_code;
      if (a.level === 'COMMUNE_PEOPLES_COMMITTEE') return holder.commune_code_2025 === a.unit_code;
      if (a.level === 'PROVINCIAL_DEPARTMENT' || a.level === 'PROVINCIAL_PEOPLES_COMMITTEE') {
        return holder.province_code === a.province_code || holder.province_code_2025 === a.province_code;
      }
      return true;
    });
    for (const code of prefer) {
      const a = ok.find((x) => x.code === code);
      if (a) return a;
    }
    return ok.sort((x, y) => x.code.localeCompare(y.code))[0] ?? null;
  }

  basisFor(type: string, issuedOn: string): string | null {
    const b = this.bases.filter((x) => x.license_type === type && x.valid_from <= issuedOn && (!x.valid_to || x.valid_to >= issuedOn));
    return b.length ? b.sort((x, y) => x.valid_from.localeCompare(y.valid_from))[b.length - 1].code : null;
  }

  groundsOf(type: string): Ground[] {
    return this.grounds.filter((g) => g.license_type === type).sort((a, b) => a.code.localeCompare(b.code));
  }

  typeOf(code: string): TypeRow {
    return this.types.get(code)!;
  }

  signer(a: Authority, deputy: boolean): [string, string] {
    let list = this.signers.get(a.code);
    if (!list) {
      const [head, dep] =
        a.level === 'PROVINCIAL_DEPARTMENT'
          ? ['Giám đốc Sở', 'Phó Giám đốc Sở']
          : a.level.endsWith('PEOPLES_COMMITTEE')
            ? ['Chủ tịch UBND', 'Phó Chủ tịch UBND']
            : a.level === 'MINISTRY_DEPARTMENT'
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
  ): { decision_number: string; decision_date: string; signer_name: string; signer_title: string; authority_code: string } {
    const key = `${a.code}/${date.slice(0, 4)}`;
    const n = (this.decisionCounters.get(key) ?? this.int(20, 120)) + this.int(1, 9);
    this.decisionCounters.set(key, n);
    const [signer_name, signer_title] = this.signer(a, this.chance(0.55));
    return { decision_number: `${n}/QĐ-${suffixOf(a)}`, decision_date: date, signer_name, signer_title, authority_code: a.code };
  }

  number(a: Authority, type: string): string {
    const key = `${a.code}/${type}`;
    const n = (this.numberCounters.get(key) ?? 0) + this.int(1, 3);
    this.numberCounters.set(key, n);
    return `${String(n).padStart(2, '0')}/${DOC_KIND[type] ?? 'GP'}-${suffixOf(a)}`;
  }

  add(l: LicenseRow): void {
    this.licenses.push(l);
  }
}

/** A licence under construction; every step checks the rules of domain.md §6 and is skipped when it could not be taken. */
class Life {
  readonly row: LicenseRow;
  private renewals = 0;

  constructor(
    private readonly s: Seeder,
    private readonly holder: Holder,
    type: string,
    issuer: Authority,
    basis: string,
    decisionDate: string,
    effectiveFrom: string,
    expiresOn: string | null,
    scope: string | null,
    conditions: Record<string, unknown>,
    private readonly prefer: (date: string) => string[],
  ) {
    const number = s.number(issuer, type);
    const d = s.decision(issuer, decisionDate);
    this.row = {
      id: randomUUID(),
      number,
      license_type: type,
      holder_id: holder.id,
      issuing_authority_code: issuer.code,
      legal_basis_code: basis,
      decision_number: d.decision_number,
      decision_date: decisionDate,
      signer_name: d.signer_name,
      signer_title: d.signer_title,
      issued_on: decisionDate,
      effective_from: effectiveFrom,
      expires_on: expiresOn,
      scope,
      conditions,
      events: [
        {
          seq: 1,
          type: 'ISSUED',
          effective_on: effectiveFrom,
          ...d,
          reason: null,
          ground_code: null,
          ground_text: null,
          changes: null,
          resulting_status: 'ACTIVE',
          expires_on_after: expiresOn,
          suspended_until: null,
          reapply_not_before: null,
          number_after: number,
        },
      ],
    };
  }

  get last(): EventRow {
    return this.row.events[this.row.events.length - 1];
  }
  get lastEffective(): string {
    return this.last.effective_on;
  }
  get expires(): string | null {
    return this.last.expires_on_after;
  }

  /** The status on `date` as license_status_on computes it. */
  /** The app's own rule (src/licenses/license-status.ts), so the demo histories obey what the API computes. */
  statusOn(date: string): string {
    return statusOn(this.row.events as unknown as StatusEvent[], date) ?? 'NONE';
  }

  /**
   * Appends a step decided on `decisionDate` and effective on `effectiveOn`, if the law allows it then;
   * returns whether it was recorded.
   */
  private step(type: EventType, decisionDate: string, effectiveOn: string, build: (last: EventRow) => Partial<EventRow>): boolean {
    if (
      decisionDate > this.s.today ||
      effectiveOn > this.s.today ||
      effectiveOn < this.lastEffective ||
      decisionDate < this.row.decision_date
    )
      return false;
    // The transition table of the service (domain.md §6), not a copy of it.
    if (!(ALLOWED_FROM as Record<string, string[]>)[type].includes(this.statusOn(effectiveOn))) return false;
    const a = this.s.authorityFor(this.row.license_type, this.holder, decisionDate, this.prefer(decisionDate));
    if (!a) return false;
    const last = this.last;
    const status = this.statusOn(effectiveOn) as Stored;
    const ev: EventRow = {
      seq: last.seq + 1,
      type,
      effective_on: effectiveOn,
      ...this.s.decision(a, decisionDate),
      reason: null,
      ground_code: null,
      ground_text: null,
      changes: null,
      resulting_status: status,
      expires_on_after: last.expires_on_after,
      suspended_until: status === 'SUSPENDED' ? last.suspended_until : null,
      reapply_not_before: null,
      number_after: last.number_after,
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
    const ok = this.step('AMENDED', d, e, () => ({ reason, changes: { conditions: { before, after } } }));
    if (ok) this.row.conditions = after;
    return ok;
  }

  reissue(date: string): boolean {
    const [d, e] = this.when(date);
    return this.step('REISSUED', d, e, () => ({ reason: 'Cấp lại do bản chính bị mất (đơn đề nghị của tổ chức, cá nhân)' }));
  }

  renew(date: string, months: number, maxRenewals: number | null): boolean {
    const cur = this.expires;
    if (!cur || (maxRenewals != null && this.renewals >= maxRenewals)) return false;
    const d = minDate(date, cur, this.s.today);
    const e = minDate(addDays(d, this.s.int(0, 5)), cur, this.s.today);
    const type = this.s.typeOf(this.row.license_type);
    const next = minDate(addMonths(cur, months), addMonths(e, type.max_term_months!));
    if (next <= cur) return false;
    const ok = this.step('RENEWED', d, e, () => ({
      resulting_status: 'ACTIVE',
      suspended_until: null,
      expires_on_after: next,
      reason: 'Gia hạn theo đề nghị của tổ chức, cá nhân',
      changes: { expiresOn: { before: cur, after: next } },
    }));
    if (ok) this.renewals++;
    return ok;
  }

  suspend(date: string, until: string | null, reason: string): boolean {
    const [d, e] = this.when(date);
    if (until && until < e) return false;
    return this.step('SUSPENDED', d, e, () => ({ resulting_status: 'SUSPENDED', suspended_until: until, reason }));
  }

  reinstate(date: string): boolean {
    const [d, e] = this.when(date);
    return this.step('REINSTATED', d, e, () => ({
      resulting_status: 'ACTIVE',
      suspended_until: null,
      reason: 'Đã khắc phục vi phạm, khôi phục hoạt động',
    }));
  }

  /** `onTheDay`: effective on the decision date (a closing that must take effect by a deregistration). */
  revoke(date: string, groundCode: string, groundText: string, onTheDay = false): boolean {
    const ground = this.s.groundsOf(this.row.license_type).find((g) => g.code === groundCode);
    if (!ground) return false;
    const [d, e] = this.when(date, onTheDay ? 0 : 10);
    return this.step('REVOKED', d, e, () => ({
      resulting_status: 'REVOKED',
      suspended_until: null,
      ground_code: ground.code,
      ground_text: groundText,
      reason: groundText,
      reapply_not_before: ground.bars_reapplication_months ? addMonths(e, ground.bars_reapplication_months) : null,
    }));
  }

  surrender(date: string, reason: string, onTheDay = false): boolean {
    const [d, e] = this.when(date, onTheDay ? 0 : 10);
    return this.step('SURRENDERED', d, e, () => ({ resulting_status: 'SURRENDERED', suspended_until: null, reason }));
  }
}

// ---------------------------------------------------------------------------------------------- scenarios

/** The body expected to sign for a Department-level type on a date (the merger of 1 Mar 2025, the provinces of 1 Jul 2025). */
function provincialPrefer(fn: 'POST' | 'PRINTING'): (date: string) => string[] {
  return (date) =>
    date < SPLIT_2025_03
      ? ['70-STTTT']
      : date < TWO_TIER_FROM
        ? [fn === 'POST' ? '70-SKHCN' : '70-SVHTTDL']
        : [fn === 'POST' ? '75-SKHCN' : '75-SVHTTDL'];
}
const gamePrefer = (date: string): string[] => (date < GAME_ND147_FROM ? ['70-STTTT'] : []);

/** Issues a licence on `decisionDate` if some authority could; null otherwise. */
function issue(
  s: Seeder,
  holder: Holder,
  type: string,
  decisionDate: string,
  prefer: (date: string) => string[],
  opts: { termMonths?: number; scope?: string | null; conditions?: Record<string, unknown> } = {},
): Life | null {
  if (decisionDate > s.today) return null;
  const a = s.authorityFor(type, holder, decisionDate, prefer(decisionDate));
  const basis = s.basisFor(type, decisionDate);
  if (!a || !basis) return null;
  const effectiveFrom = minDate(addDays(decisionDate, s.int(0, 7)), s.today);
  const t = s.typeOf(type);
  let expires: string | null = null;
  if (t.term_kind === 'YEARS') {
    const months = Math.min(opts.termMonths ?? t.max_term_months!, t.max_term_months!);
    expires = addDays(addMonths(effectiveFrom, months), -1);
  }
  return new Life(s, holder, type, a, basis, decisionDate, effectiveFrom, expires, opts.scope ?? null, opts.conditions ?? {}, prefer);
}

function gameConditions(h: Holder): Record<string, unknown> {
  const d = h.details;
  const c: Record<string, unknown> = { machineCount: d.machineCount ?? 20, floorAreaM2: d.floorAreaM2 ?? 50 };
  if (d.openingHours) c.openingHours = d.openingHours;
  return c;
}

/** Game-point certificates: a chain of certificates from registration to today, each with its own life. */
function gamePoint(s: Seeder, h: Holder, forceFate?: string): void {
  const end = h.deregistered_on ? minDate(h.deregistered_on, s.today) : s.today;
  let date = minDate(addDays(h.created_on, s.int(5, 60)), addDays(end, -2));
  if (date < h.created_on) return;
  for (let round = 0; round < 4; round++) {
    const life = issue(s, h, 'GAME_POINT_CERTIFICATE', date, gamePrefer, {
      termMonths: s.chance(0.8) ? 36 : s.pick([12, 24]),
      scope: `Điểm cung cấp dịch vụ trò chơi điện tử công cộng, ${Number(h.details.machineCount ?? 20)} máy`,
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
    if (h.deregistered_on && h.deregistered_on <= expires) {
      // The point closed during this certificate: it was surrendered or revoked at the holder's request.
      closeBy(s, life, h.deregistered_on, (d) =>
        s.chance(0.6)
          ? life.surrender(d, 'Chủ điểm đề nghị chấm dứt hoạt động, nộp lại giấy chứng nhận', true)
          : life.revoke(d, 'HOLDER_REQUEST', 'Thu hồi theo đề nghị của chủ điểm do ngừng kinh doanh', true),
      );
      return;
    }
    if (expires < s.today) {
      // Expired in the past: renewed once under the old regime, re-applied for, or left to lapse.
      if (life.row.legal_basis_code === 'ND72-2013' && s.chance(0.3)) {
        life.renew(addDays(expires, -s.int(5, 40)), s.int(3, 6), 1);
        if (life.expires! >= s.today) {
          fate(s, life, forceFate);
          return;
        }
      }
      const lapse = s.chance(0.25) && round > 0;
      if (lapse || h.status === 'DEREGISTERED') return;
      if (s.chance(0.06)) {
        life.revoke(
          addDays(expires, -s.int(30, 120)),
          'CONDITIONS_NOT_MET',
          'Không bảo đảm khoảng cách tối thiểu 200 m đến cổng trường học',
        );
        return;
      }
      date = addDays(life.expires!, -s.int(0, 25));
      if (date <= life.row.decision_date) date = addDays(life.row.decision_date, 1);
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
  const end = h.deregistered_on ? minDate(h.deregistered_on, s.today) : s.today;
  const start = minDate(addDays(h.created_on, s.int(5, 90)), addDays(end, -2));
  if (start < h.created_on) return;
  const d = h.details;
  const lives: Life[] = [];
  const add = (l: Life | null) => {
    if (l) {
      s.add(l.row);
      lives.push(l);
    }
  };
  switch (h.kind) {
    case 'PRINTING_ESTABLISHMENT': {
      const products = (d.products as string[] | undefined) ?? [];
      const licensed = products.some((p) =>
        ['PRESS', 'STATE_FORMS', 'ANTI_COUNTERFEIT_STAMPS', 'VALUED_PAPERS', 'INVOICES'].some((x) => p.includes(x)),
      );
      add(
        issue(s, h, licensed ? 'PRINTING_LICENSE' : 'PRINTING_REGISTRATION', start, provincialPrefer('PRINTING'), {
          scope: licensed ? 'In báo, tạp chí, tem chống giả, hóa đơn và sản phẩm bao bì' : 'In bao bì, nhãn hàng hóa và sản phẩm khác',
          conditions: { products, stages: d.stages ?? [] },
        }),
      );
      if (s.chance(0.35))
        add(
          issue(s, h, 'COLOR_COPIER_REGISTRATION', addDays(start, s.int(30, 400)), provincialPrefer('PRINTING'), {
            scope: 'Đăng ký sử dụng 01 máy photocopy màu',
          }),
        );
      break;
    }
    case 'PUBLISHER': {
      const role = d.role as string | undefined;
      if (role === 'NON_BUSINESS_PUBLISHER') {
        add(
          issue(s, h, 'NON_BUSINESS_PUBLICATION_LICENSE', start, provincialPrefer('PRINTING'), {
            scope: 'Xuất bản tài liệu không kinh doanh: bản tin nội bộ, 500 bản',
          }),
        );
      } else {
        add(
          issue(s, h, 'PUBLICATION_DISTRIBUTION_REGISTRATION', start, provincialPrefer('PRINTING'), {
            scope: 'Phát hành xuất bản phẩm (sách, văn hóa phẩm) trên địa bàn tỉnh',
          }),
        );
      }
      break;
    }
    case 'POSTAL_ENTERPRISE': {
      const scope = d.scope as string | undefined;
      const letters = ((d.serviceTypes as string[] | undefined) ?? []).some((x) => x.includes('LETTER'));
      const type = letters && scope === 'INTRA_PROVINCIAL' ? 'POSTAL_LICENSE' : 'POSTAL_NOTIFICATION_CONFIRMATION';
      const prefer =
        scope === 'INTRA_PROVINCIAL' || !scope
          ? provincialPrefer('POST')
          : (date: string) => (date < SPLIT_2025_03 ? ['BTTTT'] : ['BKHCN']);
      add(
        issue(s, h, type, start, prefer, {
          termMonths: 120,
          scope: `Cung ứng dịch vụ bưu chính ${scope === 'INTRA_PROVINCIAL' ? 'nội tỉnh' : 'liên tỉnh'}`,
        }),
      );
      break;
    }
    case 'TELECOM_OPERATOR': {
      const infra = d.withInfrastructure === true;
      add(
        issue(s, h, infra ? 'TELECOM_LICENSE_WITH_INFRASTRUCTURE' : 'TELECOM_LICENSE_WITHOUT_INFRASTRUCTURE', start, () => ['CVT'], {
          termMonths: infra ? 180 : 120,
          scope: infra
            ? 'Thiết lập mạng viễn thông cố định mặt đất có hạ tầng mạng trên địa bàn tỉnh'
            : 'Cung cấp dịch vụ truy nhập Internet không có hạ tầng mạng',
        }),
      );
      if (s.chance(0.3))
        add(
          issue(s, h, 'TELECOM_SERVICE_REGISTRATION', maxDate(addDays(start, 30), '2025-01-15'), () => ['CVT'], {
            scope: 'Dịch vụ nội dung trên mạng viễn thông',
          }),
        );
      break;
    }
    case 'RADIO_FREQUENCY_USER': {
      const assignments = (d.assignments as unknown[] | undefined) ?? (d.frequencyAssignments as unknown[] | undefined) ?? [];
      add(
        issue(s, h, 'RADIO_EQUIPMENT_LICENSE', start, () => ['CTS'], {
          termMonths: s.pick([12, 24, 36, 60]),
          scope: 'Sử dụng tần số và thiết bị vô tuyến điện cho mạng thông tin vô tuyến nội bộ',
          conditions: { assignments: assignments.length },
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
      i < 8 && life.expires && life.expires < addDays(s.today, 60) && (!h.deregistered_on || h.deregistered_on > life.expires);
      i++
    ) {
      if (s.chance(0.1)) break;
      const t = s.typeOf(life.row.license_type);
      if (!life.renew(addDays(life.expires, -s.int(5, 45)), Math.min(t.max_term_months!, s.pick([12, 24, 36, 60])), null)) break;
    }
    if (h.deregistered_on) {
      if (!life.expires || life.expires >= h.deregistered_on) {
        const ground = s.groundsOf(life.row.license_type).find((g) => g.code === 'DISSOLUTION');
        const revoke = ground && s.chance(0.5);
        closeBy(s, life, h.deregistered_on, (d) =>
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
      const g = s.pick(s.groundsOf(life.row.license_type).filter((x) => x.code !== 'DISSOLUTION'));
      if (g) life.revoke(addDays(s.today, -s.int(30, 400)), g.code, 'Thu hồi theo kết luận thanh tra, kiểm tra');
    } else if (r < 0.23) life.surrender(addDays(s.today, -s.int(30, 400)), 'Tổ chức đề nghị chấm dứt hoạt động theo giấy phép');
  }
}

/**
 * Numbers in the order of the dates they were given, as a register would have them: licence numbers per
 * issuing authority and type, decision numbers per authority and year (the generator drew them holder by holder).
 */
function renumber(s: Seeder, L: LicenseRow[], authorities: Map<string, Authority>): void {
  const byDate = <T>(items: T[], date: (x: T) => string) =>
    items
      .map((x, i) => ({ x, i }))
      .sort((a, b) => date(a.x).localeCompare(date(b.x)) || a.i - b.i)
      .map((e) => e.x);
  const groups = new Map<string, LicenseRow[]>();
  for (const l of L) {
    const key = `${l.issuing_authority_code}/${l.license_type}`;
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  for (const list of groups.values()) {
    let n = 0;
    for (const l of byDate(list, (x) => x.issued_on)) {
      n += 1 + (s.chance(0.3) ? s.int(1, 2) : 0);
      const a = authorities.get(l.issuing_authority_code)!;
      const number = `${String(n).padStart(2, '0')}/${DOC_KIND[l.license_type] ?? 'GP'}-${suffixOf(a)}`;
      l.number = number;
      for (const e of l.events) e.number_after = number;
    }
  }
  const decisions = new Map<string, EventRow[]>();
  for (const e of L.flatMap((l) => l.events)) {
    const key = `${e.authority_code}/${e.decision_date.slice(0, 4)}`;
    decisions.set(key, [...(decisions.get(key) ?? []), e]);
  }
  for (const [key, list] of [...decisions.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    let n = s.int(3, 40);
    const a = authorities.get(key.split('/')[0])!;
    for (const e of byDate(list, (x) => x.decision_date)) {
      n += s.int(1, 12);
      e.decision_number = `${n}/QĐ-${suffixOf(a)}`;
    }
  }
  for (const l of L) l.decision_number = l.events[0].decision_number;
}

// ---------------------------------------------------------------------------------------------- entry point

export async function seedDemoLicenses(m: EntityManager): Promise<{ licenses: number; events: number }> {
  const today = todayInVietnam();
  const holders = (await m.query(
    `SELECT id, kind, registry_code, status, deregistered_on::text, (created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date::text AS created_on,
            district_code, commune_code_2025, province_code, province_code_2025, details
       FROM regulated_entity
      WHERE kind IN ('GAME_SERVICE_POINT', 'PRINTING_ESTABLISHMENT', 'PUBLISHER', 'POSTAL_ENTERPRISE', 'TELECOM_OPERATOR', 'RADIO_FREQUENCY_USER')
        AND id NOT IN (SELECT holder_id FROM license)
      ORDER BY registry_code`,
  )) as Holder[];
  const authorities = (await m.query(
    `SELECT a.code, a.level, a.province_code, a.unit_code, a.valid_from::text, a.valid_to::text,
            coalesce((SELECT json_agg(json_build_object('fn', f.function, 'from', f.valid_from, 'to', f.valid_to) ORDER BY f.function, f.valid_from)
                        FROM authority_function f WHERE f.authority_code = a.code), '[]') AS functions
       FROM authority a ORDER BY a.code`,
  )) as Authority[];
  const competence = (await m.query(
    `SELECT license_type, authority_level, authority_function, valid_from::text, valid_to::text FROM license_type_competence ORDER BY id`,
  )) as Competence[];
  const bases = (await m.query(
    `SELECT license_type, code, valid_from::text, valid_to::text FROM license_legal_basis ORDER BY license_type, code`,
  )) as Basis[];
  const types = (await m.query(`SELECT code, term_kind, max_term_months FROM license_type`)) as TypeRow[];
  const grounds = (await m.query(`SELECT license_type, code, bars_reapplication_months FROM revocation_ground`)) as Ground[];

  const s = new Seeder(today, authorities, competence, bases, new Map(types.map((t) => [t.code, t])), grounds);
  const games = holders.filter((h) => h.kind === 'GAME_SERVICE_POINT');
  games.forEach((h, i) => {
    // Most points hold a certificate; a few of the first active ones get a fixed fate so every status occurs.
    if (i >= 5 && s.chance(0.12)) return;
    const forced = h.status === 'ACTIVE' && i < 5 ? ['SUSPENDED', 'REVOKED', 'SURRENDERED', 'SUSPENDED', 'REVOKED'][i] : undefined;
    gamePoint(s, h, forced);
  });
  for (const h of holders) if (h.kind !== 'GAME_SERVICE_POINT') other(s, h);

  const L = s.licenses;
  if (!L.length) return { licenses: 0, events: 0 };
  renumber(s, L, new Map(authorities.map((a) => [a.code, a])));
  const lastOf = (l: LicenseRow) => l.events[l.events.length - 1];
  await m.query(
    `INSERT INTO license (id, number, license_type, holder_id, issuing_authority_code, legal_basis_code, decision_number, decision_date,
        signer_name, signer_title, issued_on, effective_from, expires_on, scope, conditions, status, suspended_until, reapply_not_before,
        last_effective_on, version)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::date[], $9::text[],
        $10::text[], $11::date[], $12::date[], $13::date[], $14::text[], $15::jsonb[], $16::text[], $17::date[], $18::date[], $19::date[],
        $20::int[])`,
    [
      L.map((l) => l.id),
      L.map((l) => lastOf(l).number_after),
      L.map((l) => l.license_type),
      L.map((l) => l.holder_id),
      L.map((l) => l.issuing_authority_code),
      L.map((l) => l.legal_basis_code),
      L.map((l) => l.decision_number),
      L.map((l) => l.decision_date),
      L.map((l) => l.signer_name),
      L.map((l) => l.signer_title),
      L.map((l) => l.issued_on),
      L.map((l) => l.effective_from),
      L.map((l) => lastOf(l).expires_on_after),
      L.map((l) => l.scope),
      L.map((l) => JSON.stringify(l.conditions)),
      L.map((l) => lastOf(l).resulting_status),
      L.map((l) => lastOf(l).suspended_until),
      L.map((l) => lastOf(l).reapply_not_before),
      L.map((l) => lastOf(l).effective_on),
      L.map((l) => l.events.length),
    ],
  );
  const E = L.flatMap((l) => l.events.map((e) => ({ ...e, license_id: l.id })));
  const col = <K extends keyof (typeof E)[number]>(k: K) => E.map((e) => e[k]);
  await m.query(
    `INSERT INTO license_event (license_id, seq, type, effective_on, decision_number, decision_date, signer_name, signer_title, authority_code,
        reason, ground_code, ground_text, changes, resulting_status, expires_on_after, suspended_until, reapply_not_before, number_after, recorded_by)
     SELECT t.*, $19::text FROM unnest($1::uuid[], $2::int[], $3::text[], $4::date[], $5::text[], $6::date[], $7::text[], $8::text[], $9::text[],
        $10::text[], $11::text[], $12::text[], $13::jsonb[], $14::text[], $15::date[], $16::date[], $17::date[], $18::text[]) AS t`,
    [
      col('license_id'),
      col('seq'),
      col('type'),
      col('effective_on'),
      col('decision_number'),
      col('decision_date'),
      col('signer_name'),
      col('signer_title'),
      col('authority_code'),
      col('reason'),
      col('ground_code'),
      col('ground_text'),
      E.map((e) => (e.changes ? JSON.stringify(e.changes) : null)),
      col('resulting_status'),
      col('expires_on_after'),
      col('suspended_until'),
      col('reapply_not_before'),
      col('number_after'),
      RECORDED_BY,
    ],
  );
  return { licenses: L.length, events: E.length };
}
