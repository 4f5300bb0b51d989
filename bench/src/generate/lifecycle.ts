import { randomUUID } from 'node:crypto';
import { addMonths, instant, iso } from './dates';
import type { Random } from './random';
import type { Authority, LicenseTypeInfo, Reference, Ward } from './reference';
import { GIVEN, MIDDLES, SURNAMES } from './names';

/**
 * The legal life of one licence, step by step, under the rules of domain.md §6 as the licence service applies them
 * (src/licenses/license.service.ts): each step is taken only when the law allows it on its date, so every event
 * row written is one the service would have accepted. A step that could not be taken is skipped (returns false).
 */

export type Stored = 'ACTIVE' | 'SUSPENDED' | 'REVOKED' | 'SURRENDERED';
export type Status = Stored | 'EXPIRED';
type StepType = 'AMENDED' | 'RENEWED' | 'REISSUED' | 'SUSPENDED' | 'REINSTATED' | 'REVOKED' | 'SURRENDERED';

/** domain.md §6: the statuses each step may start from (the service's ALLOWED_FROM). */
export const ALLOWED_FROM: Record<StepType, readonly Status[]> = {
  AMENDED: ['ACTIVE', 'SUSPENDED'],
  RENEWED: ['ACTIVE'],
  REISSUED: ['ACTIVE', 'SUSPENDED'],
  SUSPENDED: ['ACTIVE'],
  REINSTATED: ['SUSPENDED'],
  REVOKED: ['ACTIVE', 'SUSPENDED'],
  SURRENDERED: ['ACTIVE', 'SUSPENDED'],
};

/** The status on day `d` given the state the last event (effective on or before `d`) left: license_status_on()'s rule. */
export function statusAfter(state: { status: Stored; expires: number | null; suspendedUntil: number | null }, d: number): Status {
  if (state.status === 'REVOKED' || state.status === 'SURRENDERED') return state.status;
  if (state.expires !== null && state.expires < d) return 'EXPIRED';
  if (state.status === 'SUSPENDED' && state.suspendedUntil !== null && state.suspendedUntil < d) return 'ACTIVE';
  return state.status;
}

export interface Holder {
  id: string;
  kind: string;
  ward: Ward;
  created: number;
  deregisteredOn: number | null;
}

/**
 * COPY text format: \N for NULL, columns joined by tabs. Every text the generator writes comes from its own pools
 * (names.ts, fixed phrases, JSON of its own objects), none with a tab, newline or backslash: checked once in
 * assertCopySafe(), so rows are joined without escaping (the generator's hottest path).
 */
export const copyValue = (v: string | number | boolean | null | undefined): string => (v === null || v === undefined ? '\\N' : String(v));
export const copyRow = (values: (string | number | boolean | null | undefined)[]) => values.map(copyValue).join('\t') + '\n';
export function assertCopySafe(texts: Iterable<string>): void {
  for (const t of texts) if (/[\\\t\n\r]/.test(t)) throw new Error(`text unsafe for COPY without escaping: ${JSON.stringify(t)}`);
}
const day = (d: number | null) => (d === null ? '\\N' : iso(d));

export const LICENSE_COPY_COLUMNS = [
  'id',
  'number',
  'license_type',
  'holder_id',
  'issuing_authority_code',
  'legal_basis_code',
  'decision_number',
  'decision_date',
  'signer_name',
  'signer_title',
  'issued_on',
  'effective_from',
  'expires_on',
  'scope',
  'conditions',
  'status',
  'suspended_until',
  'reapply_not_before',
  'last_effective_on',
  'created_at',
  'updated_at',
  'version',
];
export const EVENT_COPY_COLUMNS = [
  'id',
  'license_id',
  'seq',
  'type',
  'effective_on',
  'decision_number',
  'decision_date',
  'signer_name',
  'signer_title',
  'authority_code',
  'reason',
  'ground_code',
  'ground_text',
  'changes',
  'resulting_status',
  'expires_on_after',
  'suspended_until',
  'reapply_not_before',
  'number_after',
  'recorded_at',
  'recorded_by',
];
const RECORDED_BY = 'bench seed';

const DOC_KIND: Record<string, string> = {
  GAME_POINT_CERTIFICATE: 'GCN',
  PRINTING_REGISTRATION: 'XNĐK',
  COLOR_COPIER_REGISTRATION: 'ĐK',
  PUBLICATION_DISTRIBUTION_REGISTRATION: 'XNĐK',
  POSTAL_NOTIFICATION_CONFIRMATION: 'XN',
  TELECOM_SERVICE_REGISTRATION: 'GCN',
};

/** Numbers and signers per authority: licence numbers per (authority, type), decision numbers per (authority, year). */
export class Registers {
  private licenseNumbers = new Map<string, number>();
  private decisionNumbers = new Map<string, number>();
  private signerNames = new Map<string, [string, string][]>();
  constructor(private readonly rnd: Random) {}

  person(): string {
    return `${this.rnd.pick(SURNAMES)} ${this.rnd.pick(MIDDLES)} ${this.rnd.pick(GIVEN)}`;
  }

  static suffix(a: Authority): string {
    if (a.level.endsWith('PEOPLES_COMMITTEE')) return 'UBND';
    const m = /^\d\d-(.+)$/.exec(a.code);
    return m ? m[1] : a.code;
  }

  licenseNumber(a: Authority, type: string): string {
    const key = `${a.code}/${type}`;
    const n = (this.licenseNumbers.get(key) ?? 0) + 1;
    this.licenseNumbers.set(key, n);
    return `${String(n).padStart(2, '0')}/${DOC_KIND[type] ?? 'GP'}-${Registers.suffix(a)}`;
  }

  decision(a: Authority, d: number) {
    const key = `${a.code}/${iso(d).slice(0, 4)}`;
    const n = (this.decisionNumbers.get(key) ?? this.rnd.int(5, 60)) + 1;
    this.decisionNumbers.set(key, n);
    let signers = this.signerNames.get(a.code);
    if (!signers) {
      const [head, deputy] =
        a.level === 'PROVINCIAL_DEPARTMENT'
          ? ['Giám đốc Sở', 'Phó Giám đốc Sở']
          : a.level.endsWith('PEOPLES_COMMITTEE')
            ? ['Chủ tịch UBND', 'Phó Chủ tịch UBND']
            : a.level === 'MINISTRY_DEPARTMENT'
              ? ['Cục trưởng', 'Phó Cục trưởng']
              : ['Bộ trưởng', 'Thứ trưởng'];
      signers = [
        [this.person(), head],
        [this.person(), deputy],
        [this.person(), deputy],
      ];
      this.signerNames.set(a.code, signers);
    }
    const [name, title] = this.rnd.pick(signers);
    return { number: `${n}/QĐ-${Registers.suffix(a)}`, date: d, signer: name, title, authority: a.code };
  }
}

export interface Sink {
  license(row: string): void;
  event(row: string): void;
}

/** One licence under construction; its rows are written when it is finished. */
export class Life {
  readonly id = randomUUID();
  private status: Stored = 'ACTIVE';
  expires: number | null;
  private suspendedUntil: number | null = null;
  private reapplyNotBefore: number | null = null;
  lastEffective: number;
  private seq = 1;
  private numberNow: string;
  private renewals = 0;
  private lastRecorded: string;
  private readonly firstRecorded: string;
  private readonly events: string[] = [];
  private readonly head: (string | number | null)[];
  conditions: Record<string, unknown>;
  scope: string | null;

  private constructor(
    private readonly ctx: { rnd: Random; ref: Reference; registers: Registers; today: number },
    readonly holder: Holder,
    readonly type: LicenseTypeInfo,
    basis: string,
    issuer: Authority,
    decisionDay: number,
    effectiveFrom: number,
    expires: number | null,
    scope: string | null,
    conditions: Record<string, unknown>,
  ) {
    this.expires = expires;
    this.lastEffective = effectiveFrom;
    this.scope = scope;
    this.conditions = conditions;
    this.numberNow = ctx.registers.licenseNumber(issuer, type.code);
    const d = ctx.registers.decision(issuer, decisionDay);
    this.lastRecorded = instant(decisionDay, ctx.rnd.int(8 * 60, 16 * 60));
    this.head = [
      this.id,
      type.code,
      holder.id,
      issuer.code,
      basis,
      d.number,
      iso(d.date),
      d.signer,
      d.title,
      iso(decisionDay),
      iso(effectiveFrom),
    ];
    this.pushEvent('ISSUED', effectiveFrom, d, null, null, null, null);
    this.firstRecorded = this.lastRecorded;
  }

  /**
   * Issues a licence decided on `decisionDay` if the law allows it then: a competent authority for the holder's
   * address, a legal basis in force, a term within the type's maximum (required for YEARS types, absent for NONE).
   */
  static issue(
    ctx: { rnd: Random; ref: Reference; registers: Registers; today: number },
    holder: Holder,
    typeCode: string,
    decisionDay: number,
    opts: { termMonths?: number; scope?: string | null; conditions?: Record<string, unknown> } = {},
  ): Life | null {
    const type = ctx.ref.types.get(typeCode);
    if (!type || !type.kinds.includes(holder.kind)) return null;
    if (decisionDay > ctx.today || decisionDay < holder.created) return null;
    if (holder.deregisteredOn !== null && decisionDay >= holder.deregisteredOn) return null;
    const basis = ctx.ref.basisOn(type, decisionDay);
    const signers = ctx.ref.signers(typeCode, holder.ward, decisionDay);
    if (!basis || !signers.length) return null;
    const issuer = ctx.rnd.pick(signers);
    const effectiveFrom = Math.min(decisionDay + ctx.rnd.int(0, 7), ctx.today);
    let expires: number | null = null;
    if (type.termKind === 'YEARS') {
      expires = addMonths(effectiveFrom, Math.min(opts.termMonths ?? type.maxTermMonths!, type.maxTermMonths!)) - 1;
    } else if (type.termKind === 'SINGLE_USE' && opts.termMonths) {
      expires = addMonths(effectiveFrom, opts.termMonths) - 1;
    }
    return new Life(ctx, holder, type, basis.code, issuer, decisionDay, effectiveFrom, expires, opts.scope ?? null, opts.conditions ?? {});
  }

  statusOn(d: number): Status {
    return statusAfter({ status: this.status, expires: this.expires, suspendedUntil: this.suspendedUntil }, d);
  }

  get basisRules() {
    return this.type.bases.find((b) => b.code === (this.head[4] as string))!;
  }

  private pushEvent(
    type: string,
    effectiveOn: number,
    d: { number: string; date: number; signer: string; title: string; authority: string },
    reason: string | null,
    groundCode: string | null,
    groundText: string | null,
    changes: Record<string, { before: unknown; after: unknown }> | null,
  ) {
    const recorded = instant(Math.max(d.date, effectiveOn - 30), this.ctx.rnd.int(8 * 60, 17 * 60));
    if (recorded > this.lastRecorded) this.lastRecorded = recorded;
    this.events.push(
      `${randomUUID()}\t${this.id}\t${this.seq}\t${type}\t${iso(effectiveOn)}\t${d.number}\t${iso(d.date)}\t${d.signer}\t${d.title}\t${d.authority}\t` +
        `${reason ?? '\\N'}\t${groundCode ?? '\\N'}\t${groundText ?? '\\N'}\t${changes ? JSON.stringify(changes) : '\\N'}\t${this.status}\t` +
        `${day(this.expires)}\t${day(this.suspendedUntil)}\t${day(this.reapplyNotBefore)}\t${this.numberNow}\t${this.lastRecorded}\t${RECORDED_BY}\n`,
    );
  }

  /** Takes a step decided on `decisionDay`, effective on `effectiveOn`, when the law allows it then. */
  private step(
    type: StepType,
    decisionDay: number,
    effectiveOn: number,
    apply: (status: Status) => {
      reason: string | null;
      ground?: [string, string];
      changes?: Record<string, { before: unknown; after: unknown }> | null;
    },
  ): boolean {
    const { today } = this.ctx;
    if (decisionDay > today || effectiveOn > today || effectiveOn < this.lastEffective || decisionDay > effectiveOn) return false;
    if (this.holder.deregisteredOn !== null && effectiveOn > this.holder.deregisteredOn) return false;
    const status = this.statusOn(effectiveOn);
    if (!ALLOWED_FROM[type].includes(status)) return false;
    const signers = this.ctx.ref.signers(this.type.code, this.holder.ward, decisionDay);
    if (!signers.length) return false;
    const d = this.ctx.registers.decision(this.ctx.rnd.pick(signers), decisionDay);
    const before = { status: this.status, suspendedUntil: this.suspendedUntil };
    // What the service's unchanged() carries: the status on the step's date, a suspension only while suspended.
    this.status = status as Stored;
    this.suspendedUntil = status === 'SUSPENDED' ? before.suspendedUntil : null;
    this.reapplyNotBefore = null;
    const { reason, ground, changes } = apply(status);
    this.seq++;
    this.lastEffective = effectiveOn;
    this.pushEvent(type, effectiveOn, d, reason, ground?.[0] ?? null, ground?.[1] ?? null, changes ?? null);
    return true;
  }

  amend(decisionDay: number, effectiveOn: number, reason: string, change: 'conditions' | 'scope', after: unknown): boolean {
    return this.step('AMENDED', decisionDay, effectiveOn, () => {
      const before = change === 'conditions' ? this.conditions : this.scope;
      if (change === 'conditions') this.conditions = after as Record<string, unknown>;
      else this.scope = after as string;
      return { reason, changes: { [change]: { before, after } } };
    });
  }

  reissue(decisionDay: number, effectiveOn: number): boolean {
    return this.step('REISSUED', decisionDay, effectiveOn, () => ({
      reason: 'Cấp lại do bản chính bị mất, hư hỏng (đơn đề nghị của tổ chức, cá nhân)',
    }));
  }

  /** Renews before expiry by `months` (within the type's term from the renewal, and the basis' renewal limits). */
  renew(decisionDay: number, effectiveOn: number, months: number): boolean {
    const current = this.expires;
    if (this.type.termKind !== 'YEARS' || current === null || decisionDay > current) return false;
    const rules = this.basisRules;
    if (rules.maxRenewals !== null && this.renewals >= rules.maxRenewals) return false;
    let next = Math.min(addMonths(current, months), addMonths(effectiveOn, this.type.maxTermMonths!));
    if (rules.maxRenewalMonths !== null) next = Math.min(next, addMonths(current, rules.maxRenewalMonths));
    if (next <= current) return false;
    const ok = this.step('RENEWED', decisionDay, effectiveOn, () => {
      this.status = 'ACTIVE';
      this.suspendedUntil = null;
      this.expires = next;
      return { reason: 'Gia hạn theo đề nghị của tổ chức, cá nhân', changes: { expiresOn: { before: iso(current), after: iso(next) } } };
    });
    if (ok) this.renewals++;
    return ok;
  }

  suspend(decisionDay: number, effectiveOn: number, until: number | null, reason: string): boolean {
    if (until !== null && until < effectiveOn) return false;
    return this.step('SUSPENDED', decisionDay, effectiveOn, () => {
      this.status = 'SUSPENDED';
      this.suspendedUntil = until;
      return { reason };
    });
  }

  reinstate(decisionDay: number, effectiveOn: number): boolean {
    return this.step('REINSTATED', decisionDay, effectiveOn, () => {
      this.status = 'ACTIVE';
      this.suspendedUntil = null;
      return { reason: 'Đã khắc phục vi phạm, khôi phục hoạt động' };
    });
  }

  revoke(decisionDay: number, effectiveOn: number, groundCode: string, text: string): boolean {
    const ground = this.type.grounds.find((g) => g.code === groundCode);
    if (!ground) return false;
    return this.step('REVOKED', decisionDay, effectiveOn, () => {
      this.status = 'REVOKED';
      this.suspendedUntil = null;
      this.reapplyNotBefore = ground.barsMonths ? addMonths(effectiveOn, ground.barsMonths) : null;
      return { reason: text, ground: [ground.code, text] };
    });
  }

  surrender(decisionDay: number, effectiveOn: number, reason: string): boolean {
    return this.step('SURRENDERED', decisionDay, effectiveOn, () => {
      this.status = 'SURRENDERED';
      this.suspendedUntil = null;
      return { reason };
    });
  }

  /** Writes the licence (its cache columns = the state its last event left) and its events. */
  finish(sink: Sink): number {
    const h = this.head;
    sink.license(
      copyRow([
        h[0],
        this.numberNow,
        h[1],
        h[2],
        h[3],
        h[4],
        h[5],
        h[6],
        h[7],
        h[8],
        h[9],
        h[10],
        this.expires === null ? null : iso(this.expires),
        this.scope,
        JSON.stringify(this.conditions),
        this.status,
        this.suspendedUntil === null ? null : iso(this.suspendedUntil),
        this.reapplyNotBefore === null ? null : iso(this.reapplyNotBefore),
        iso(this.lastEffective),
        this.firstRecorded,
        this.lastRecorded,
        this.seq,
      ]),
    );
    for (const e of this.events) sink.event(e);
    return this.events.length;
  }
}
