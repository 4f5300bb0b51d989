import { entityVisibility } from '../auth/jurisdiction';
import { writeAudit } from '../audit/audit.service';
import { EntityStatus } from '../entities/entity-kind';
import { ENTITY_COLUMNS, entityKey, EntityRow } from '../entities/regulated-entity.types';
import { inTransaction, RequestContext } from '../graphql/context';
import { addDays, addMonths, todayInVietnam } from '../graphql/dates';
import { BadInput, checkVersion, Conflict, InvalidTransition, NotFound } from '../graphql/errors';
import { queryRows, SqlParams } from '../graphql/sql';
import type {
  AmendLicenseInput,
  DecisionInput,
  IssueLicenseInput,
  LicenseStepInput,
  RenewLicenseInput,
  ReissueLicenseInput,
  RevokeLicenseInput,
  SuspendLicenseInput,
} from './license.inputs';
import { statusOn } from './license-status';
import {
  EVENT_COLUMNS,
  LICENSE_COLUMNS,
  LicenseEventRow,
  LicenseEventType,
  licenseKey,
  LicenseRow,
  LicenseStatus,
  toLicense,
  toLicenseEvent,
} from './license.types';

type Step = Exclude<LicenseEventType, LicenseEventType.ISSUED>;

/** domain.md §6: which status each step may start from. Everything else is INVALID_TRANSITION. */
export const ALLOWED_FROM: Record<Step, LicenseStatus[]> = {
  AMENDED: [LicenseStatus.ACTIVE, LicenseStatus.SUSPENDED],
  RENEWED: [LicenseStatus.ACTIVE],
  REISSUED: [LicenseStatus.ACTIVE, LicenseStatus.SUSPENDED],
  SUSPENDED: [LicenseStatus.ACTIVE],
  REINSTATED: [LicenseStatus.SUSPENDED],
  REVOKED: [LicenseStatus.ACTIVE, LicenseStatus.SUSPENDED],
  SURRENDERED: [LicenseStatus.ACTIVE, LicenseStatus.SUSPENDED],
};
export const allowedSteps = (status: LicenseStatus) =>
  (Object.keys(ALLOWED_FROM) as Step[]).filter((s) => ALLOWED_FROM[s].includes(status));

interface TypeRow {
  code: string;
  entity_kinds: string[];
  term_kind: 'YEARS' | 'NONE' | 'SINGLE_USE';
  max_term_months: number | null;
}

interface AuthorityCheckRow {
  code: string;
  level: string;
  province_code: string | null;
  unit_code: string | null;
  valid_from: string;
  valid_to: string | null;
  competent: boolean;
}

/**
 * domain.md §3: the signing authority exists on the decision date, is competent for the type on that date
 * (seeded competence table and the authority's functions on that date), and its territory covers the holder (a People's Committee only for its own unit).
 */
async function checkAuthority(ctx: RequestContext, type: string, decision: DecisionInput, holder: EntityRow): Promise<void> {
  const field = 'decision.authorityCode';
  const [a] = (await ctx.manager.query(
    `SELECT a.code, a.level, a.province_code, a.unit_code, a.valid_from, a.valid_to,
            EXISTS (SELECT 1 FROM license_type_competence c
                      JOIN authority_function f ON f.authority_code = a.code AND f.function = c.authority_function
                       AND f.valid_from <= $3::date AND (f.valid_to IS NULL OR f.valid_to >= $3::date)
                     WHERE c.license_type = $2 AND c.authority_level = a.level
                       AND c.valid_from <= $3::date AND (c.valid_to IS NULL OR c.valid_to >= $3::date)) AS competent
       FROM authority a WHERE a.code = $1`,
    [decision.authorityCode, type, decision.date],
  )) as AuthorityCheckRow[];
  if (!a) throw BadInput.field(field, 'is not a known authority (see `authorities`)');
  if (a.valid_from > decision.date || (a.valid_to && a.valid_to < decision.date)) {
    throw BadInput.field(
      field,
      `${a.code} could not sign decisions on ${decision.date} (it existed from ${a.valid_from} to ${a.valid_to ?? 'today'})`,
    );
  }
  if (!a.competent) throw BadInput.field(field, `${a.code} (${a.level}) was not competent for ${type} on ${decision.date}`);
  const territory =
    a.level === 'DISTRICT_PEOPLES_COMMITTEE'
      ? holder.district_code === a.unit_code
      : a.level === 'COMMUNE_PEOPLES_COMMITTEE'
        ? holder.commune_code_2025 === a.unit_code
        : a.level === 'PROVINCIAL_DEPARTMENT' || a.level === 'PROVINCIAL_PEOPLES_COMMITTEE'
          ? holder.province_code === a.province_code || holder.province_code_2025 === a.province_code
          : true;
  if (!territory) {
    // A 2024 ward split between communes in 2025 has no commune until the address is recorded in 2025 codes.
    const hint =
      a.level === 'COMMUNE_PEOPLES_COMMITTEE' && !holder.commune_code_2025
        ? ': the holder’s 2024 ward was split in 2025, so its commune is unknown; record its 2025 address with updateEntity first'
        : '';
    throw BadInput.field(field, `${a.code} has no jurisdiction over the holder's address${hint}`);
  }
}

function checkEffectiveOn(effectiveOn: string, notBefore: string | null, field: string): void {
  if (notBefore && effectiveOn < notBefore) throw BadInput.field(field, `cannot be before the licence's last event (${notBefore})`);
  const limit = addDays(todayInVietnam(), 365);
  if (effectiveOn > limit) throw BadInput.field(field, `cannot be more than a year from today (after ${limit})`);
}

async function loadHolder(ctx: RequestContext, uuid: string): Promise<EntityRow> {
  const p = new SqlParams();
  const idParam = p.add(uuid, 'uuid');
  const [row] = (await ctx.manager.query(
    `SELECT ${ENTITY_COLUMNS} FROM regulated_entity e WHERE e.id = ${idParam} AND ${entityVisibility(ctx.viewer, 'e', p)} FOR SHARE`,
    p.values,
  )) as EntityRow[];
  if (!row) throw new NotFound('RegulatedEntity', uuid);
  return row;
}

async function loadEvents(ctx: RequestContext, licenseId: string): Promise<LicenseEventRow[]> {
  return (await ctx.manager.query(`SELECT ${EVENT_COLUMNS} FROM license_event ev WHERE ev.license_id = $1 ORDER BY ev.seq`, [
    licenseId,
  ])) as LicenseEventRow[];
}

async function reloadLicense(ctx: RequestContext, uuid: string) {
  const [row] = (await ctx.manager.query(
    `SELECT ${LICENSE_COLUMNS}, license_status_on(l.id, $2::date) AS status_today FROM license l WHERE l.id = $1`,
    [uuid, todayInVietnam()],
  )) as LicenseRow[];
  return row;
}

interface EventInsert {
  type: LicenseEventType;
  effectiveOn: string;
  decision: DecisionInput;
  reason?: string | null;
  groundCode?: string | null;
  groundText?: string | null;
  changes?: Record<string, unknown> | null;
  resultingStatus: LicenseStatus;
  expiresOnAfter: string | null;
  suspendedUntil: string | null;
  reapplyNotBefore: string | null;
  numberAfter: string;
}

async function insertEvent(ctx: RequestContext, licenseId: string, seq: number, e: EventInsert): Promise<LicenseEventRow> {
  const [row] = (await ctx.manager.query(
    `INSERT INTO license_event AS ev (license_id, seq, type, effective_on, decision_number, decision_date, signer_name, signer_title,
        authority_code, reason, ground_code, ground_text, changes, resulting_status, expires_on_after, suspended_until,
        reapply_not_before, number_after, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14, $15, $16, $17, $18, $19)
     RETURNING ${EVENT_COLUMNS}`,
    [
      licenseId,
      seq,
      e.type,
      e.effectiveOn,
      e.decision.number.trim(),
      e.decision.date,
      e.decision.signer.trim(),
      e.decision.signerTitle.trim(),
      e.decision.authorityCode,
      e.reason ?? null,
      e.groundCode ?? null,
      e.groundText ?? null,
      e.changes ? JSON.stringify(e.changes) : null,
      e.resultingStatus,
      e.expiresOnAfter,
      e.suspendedUntil,
      e.reapplyNotBefore,
      e.numberAfter,
      ctx.viewer.label,
    ],
  )) as LicenseEventRow[];
  return row;
}

export async function issueLicense(ctx: RequestContext, input: IssueLicenseInput) {
  const holderUuid = entityKey(input.holderId, 'holderId');
  const issuedOn = input.issuedOn ?? input.decision.date;
  const effectiveFrom = input.effectiveFrom ?? issuedOn;
  if (issuedOn < input.decision.date) throw BadInput.field('issuedOn', 'cannot be before the decision date');
  if (effectiveFrom < issuedOn) throw BadInput.field('effectiveFrom', 'cannot be before the issue date');
  checkEffectiveOn(effectiveFrom, null, 'effectiveFrom');

  return inTransaction(ctx, async (tx) => {
    const holder = await loadHolder(tx, holderUuid);
    if (holder.status === EntityStatus.DEREGISTERED) {
      throw BadInput.field('holderId', `the entity was taken off the registry on ${holder.deregistered_on}`);
    }
    const [type] = (await tx.manager.query(`SELECT code, entity_kinds, term_kind, max_term_months FROM license_type WHERE code = $1`, [
      input.type,
    ])) as TypeRow[];
    if (!type.entity_kinds.includes(holder.kind)) {
      throw BadInput.field('type', `${input.type} is not issued to a ${holder.kind} (only to ${type.entity_kinds.join(', ')})`);
    }
    await checkAuthority(tx, input.type, input.decision, holder);

    const bases = (await tx.manager.query(
      `SELECT code FROM license_legal_basis WHERE license_type = $1 AND valid_from <= $2::date AND (valid_to IS NULL OR valid_to >= $2::date)
        ORDER BY valid_from`,
      [input.type, issuedOn],
    )) as { code: string }[];
    let basis = input.legalBasisCode ?? null;
    if (basis && !bases.some((b) => b.code === basis)) {
      throw BadInput.field(
        'legalBasisCode',
        `is not a basis of ${input.type} in force on ${issuedOn} (in force: ${bases.map((b) => b.code).join(', ') || 'none'})`,
      );
    }
    if (!basis) {
      if (bases.length !== 1) {
        throw BadInput.field(
          'legalBasisCode',
          bases.length
            ? `choose one of ${bases.map((b) => b.code).join(', ')}`
            : `no legal basis of ${input.type} was in force on ${issuedOn}`,
        );
      }
      basis = bases[0].code;
    }

    const expiresOn = input.expiresOn ?? null;
    if (type.term_kind === 'YEARS') {
      if (!expiresOn) throw BadInput.field('expiresOn', `is required: ${input.type} has a term of at most ${type.max_term_months} months`);
      const limit = addMonths(effectiveFrom, type.max_term_months!);
      if (expiresOn > limit)
        throw BadInput.field('expiresOn', `is beyond the maximum term of ${type.max_term_months} months (at most ${limit})`);
    } else if (type.term_kind === 'NONE' && expiresOn) {
      throw BadInput.field('expiresOn', `${input.type} has no term; leave it empty`);
    }
    if (expiresOn && expiresOn < effectiveFrom) throw BadInput.field('expiresOn', 'cannot be before effectiveFrom');

    const [dup] = (await tx.manager.query(`SELECT 1 FROM license WHERE issuing_authority_code = $1 AND license_type = $2 AND number = $3`, [
      input.decision.authorityCode,
      input.type,
      input.number.trim(),
    ])) as unknown[];
    if (dup)
      throw new Conflict(`${input.decision.authorityCode} already issued ${input.type} number ${input.number}`, {
        fields: [{ field: 'number', message: 'already exists' }],
      });

    const [created] = (await tx.manager.query(
      `INSERT INTO license (number, license_type, holder_id, issuing_authority_code, legal_basis_code, decision_number, decision_date,
          signer_name, signer_title, issued_on, effective_from, expires_on, scope, conditions, status, last_effective_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, 'ACTIVE', $11) RETURNING id`,
      [
        input.number.trim(),
        input.type,
        holderUuid,
        input.decision.authorityCode,
        basis,
        input.decision.number.trim(),
        input.decision.date,
        input.decision.signer.trim(),
        input.decision.signerTitle.trim(),
        issuedOn,
        effectiveFrom,
        expiresOn,
        input.scope ?? null,
        JSON.stringify(input.conditions ?? {}),
      ],
    )) as { id: string }[];
    const event = await insertEvent(tx, created.id, 1, {
      type: LicenseEventType.ISSUED,
      effectiveOn: effectiveFrom,
      decision: input.decision,
      resultingStatus: LicenseStatus.ACTIVE,
      expiresOnAfter: expiresOn,
      suspendedUntil: null,
      reapplyNotBefore: null,
      numberAfter: input.number.trim(),
    });
    const row = await reloadLicense(tx, created.id);
    await writeAudit(tx, {
      operation: 'issueLicense',
      recordType: 'License',
      recordId: created.id,
      after: { license: row, event },
      legalBasis: basis,
    });
    return { license: toLicense(row), event: toLicenseEvent(event) };
  });
}

/** What one step decides, given the licence, its events and the status on the step's date. */
/** The audit operation of each step: the name of its mutation. */
const STEP_OPERATION: Record<Step, string> = {
  AMENDED: 'amendLicense',
  RENEWED: 'renewLicense',
  REISSUED: 'reissueLicense',
  SUSPENDED: 'suspendLicense',
  REINSTATED: 'reinstateLicense',
  REVOKED: 'revokeLicense',
  SURRENDERED: 'surrenderLicense',
};

type StepPlan = (args: {
  tx: RequestContext;
  license: LicenseRow;
  events: LicenseEventRow[];
  status: LicenseStatus;
  last: LicenseEventRow;
}) => Promise<Omit<EventInsert, 'type' | 'effectiveOn' | 'decision' | 'reason'>>;

async function recordStep(ctx: RequestContext, step: Step, input: LicenseStepInput, plan: StepPlan) {
  const uuid = licenseKey(input.licenseId);
  return inTransaction(ctx, async (tx) => {
    const p = new SqlParams();
    const idParam = p.add(uuid, 'uuid');
    // The row lock serialises steps on one licence; the version check makes the later one a CONFLICT.
    const [license] = (await tx.manager.query(
      `SELECT ${LICENSE_COLUMNS} FROM license l JOIN regulated_entity e ON e.id = l.holder_id
        WHERE l.id = ${idParam} AND ${entityVisibility(tx.viewer, 'e', p)} FOR UPDATE OF l`,
      p.values,
    )) as LicenseRow[];
    if (!license) throw new NotFound('License', input.licenseId);
    checkVersion('licence', license.version, input.version);
    checkEffectiveOn(input.effectiveOn, license.last_effective_on, 'effectiveOn');
    const events = await loadEvents(tx, uuid);
    const status = statusOn(events, input.effectiveOn)!;
    if (!ALLOWED_FROM[step].includes(status)) {
      const allowed = allowedSteps(status);
      throw new InvalidTransition(
        `${step} is not allowed on a licence that is ${status} on ${input.effectiveOn}; allowed steps: ${allowed.join(', ') || 'none'}`,
        status,
        allowed,
      );
    }
    const holder = await loadHolder(tx, license.holder_id);
    await checkAuthority(tx, license.license_type, input.decision, holder);
    const last = events[events.length - 1];
    const planned = await plan({ tx, license, events, status, last });
    const event = await insertEvent(tx, uuid, last.seq + 1, {
      ...planned,
      type: step,
      effectiveOn: input.effectiveOn,
      decision: input.decision,
      reason: input.reason,
    });
    const scopeChange = planned.changes?.scope as { after: string | null } | undefined;
    const conditionsChange = planned.changes?.conditions as { after: unknown } | undefined;
    await queryRows(
      tx.manager,
      `UPDATE license SET status = $2, expires_on = $3, suspended_until = $4, reapply_not_before = $5, number = $6,
              scope = $7, conditions = $8::jsonb, last_effective_on = $9, version = version + 1, updated_at = clock_timestamp()
        WHERE id = $1`,
      [
        uuid,
        event.resulting_status,
        event.expires_on_after,
        event.suspended_until,
        event.reapply_not_before,
        event.number_after,
        scopeChange ? scopeChange.after : license.scope,
        JSON.stringify(conditionsChange ? conditionsChange.after : license.conditions),
        input.effectiveOn,
      ],
    );
    const row = await reloadLicense(tx, uuid);
    await writeAudit(tx, {
      operation: STEP_OPERATION[step],
      recordType: 'License',
      recordId: uuid,
      before: { license },
      after: { license: row, event },
    });
    // The ground resolver needs the licence type, which the RETURNING of the insert does not carry.
    return { license: toLicense(row), event: toLicenseEvent(Object.assign(event, { license_type: license.license_type })) };
  });
}

/** Carries the state of the last event for steps that do not change it. */
const unchanged = (last: LicenseEventRow, status: LicenseStatus) => ({
  resultingStatus: status,
  expiresOnAfter: last.expires_on_after,
  suspendedUntil: status === LicenseStatus.SUSPENDED ? last.suspended_until : null,
  reapplyNotBefore: null,
  numberAfter: last.number_after,
});

export const amendLicense = (ctx: RequestContext, input: AmendLicenseInput) =>
  recordStep(ctx, LicenseEventType.AMENDED as Step, input, async ({ license, last, status }) => {
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    if (input.scope !== undefined && input.scope !== license.scope) changes.scope = { before: license.scope, after: input.scope };
    if (input.conditions != null && JSON.stringify(input.conditions) !== JSON.stringify(license.conditions)) {
      changes.conditions = { before: license.conditions, after: input.conditions };
    }
    if (!Object.keys(changes).length) throw BadInput.field('scope', 'an amendment must change the scope or the conditions');
    return { ...unchanged(last, status), changes };
  });

export const renewLicense = (ctx: RequestContext, input: RenewLicenseInput) =>
  recordStep(ctx, LicenseEventType.RENEWED as Step, input, async ({ tx, license, events, last }) => {
    const [rules] = (await tx.manager.query(
      `SELECT t.term_kind, t.max_term_months, b.code AS basis, b.max_renewals, b.max_renewal_months
         FROM license_type t JOIN license_legal_basis b ON b.license_type = t.code AND b.code = $2 WHERE t.code = $1`,
      [license.license_type, license.legal_basis_code],
    )) as {
      term_kind: string;
      max_term_months: number | null;
      basis: string;
      max_renewals: number | null;
      max_renewal_months: number | null;
    }[];
    const current = last.expires_on_after;
    if (rules.term_kind !== 'YEARS' || !current) throw BadInput.field('newExpiresOn', `${license.license_type} has no term to renew`);
    if (input.decision.date > current)
      throw BadInput.field('decision.date', `a renewal must be decided on or before the current expiry (${current})`);
    if (input.newExpiresOn <= current) throw BadInput.field('newExpiresOn', `must be after the current expiry (${current})`);
    const termLimit = addMonths(input.effectiveOn, rules.max_term_months!);
    if (input.newExpiresOn > termLimit)
      throw BadInput.field(
        'newExpiresOn',
        `is beyond the maximum term of ${rules.max_term_months} months from the renewal (at most ${termLimit})`,
      );
    const renewals = events.filter((e) => e.type === LicenseEventType.RENEWED).length;
    if (rules.max_renewals != null && renewals >= rules.max_renewals) {
      throw BadInput.field('newExpiresOn', `a licence issued under ${rules.basis} can be renewed ${rules.max_renewals} time(s) only`);
    }
    if (rules.max_renewal_months != null && input.newExpiresOn > addMonths(current, rules.max_renewal_months)) {
      throw BadInput.field(
        'newExpiresOn',
        `under ${rules.basis} a renewal extends by at most ${rules.max_renewal_months} months (to ${addMonths(current, rules.max_renewal_months)})`,
      );
    }
    return {
      ...unchanged(last, LicenseStatus.ACTIVE),
      expiresOnAfter: input.newExpiresOn,
      changes: { expiresOn: { before: current, after: input.newExpiresOn } },
    };
  });

export const reissueLicense = (ctx: RequestContext, input: ReissueLicenseInput) =>
  recordStep(ctx, LicenseEventType.REISSUED as Step, input, async ({ last, status }) => {
    const newNumber = input.newNumber?.trim();
    return {
      ...unchanged(last, status),
      numberAfter: newNumber || last.number_after,
      changes: newNumber && newNumber !== last.number_after ? { number: { before: last.number_after, after: newNumber } } : null,
    };
  });

export const suspendLicense = (ctx: RequestContext, input: SuspendLicenseInput) =>
  recordStep(ctx, LicenseEventType.SUSPENDED as Step, input, async ({ last }) => {
    if (input.suspendedUntil && input.suspendedUntil < input.effectiveOn) {
      throw BadInput.field('suspendedUntil', 'cannot be before effectiveOn');
    }
    return { ...unchanged(last, LicenseStatus.SUSPENDED), suspendedUntil: input.suspendedUntil ?? null };
  });

export const reinstateLicense = (ctx: RequestContext, input: LicenseStepInput) =>
  recordStep(ctx, LicenseEventType.REINSTATED as Step, input, async ({ last }) => unchanged(last, LicenseStatus.ACTIVE));

export const revokeLicense = (ctx: RequestContext, input: RevokeLicenseInput) =>
  recordStep(ctx, LicenseEventType.REVOKED as Step, input, async ({ tx, license, last }) => {
    const [ground] = (await tx.manager.query(
      `SELECT code, bars_reapplication_months FROM revocation_ground WHERE license_type = $1 AND code = $2`,
      [license.license_type, input.groundCode],
    )) as { code: string; bars_reapplication_months: number | null }[];
    if (!ground) throw BadInput.field('groundCode', `is not a revocation ground of ${license.license_type} (see licenseTypes)`);
    return {
      ...unchanged(last, LicenseStatus.REVOKED),
      groundCode: ground.code,
      groundText: input.groundText ?? null,
      reapplyNotBefore: ground.bars_reapplication_months ? addMonths(input.effectiveOn, ground.bars_reapplication_months) : null,
    };
  });

export const surrenderLicense = (ctx: RequestContext, input: LicenseStepInput) =>
  recordStep(ctx, LicenseEventType.SURRENDERED as Step, input, async ({ last }) => unchanged(last, LicenseStatus.SURRENDERED));
