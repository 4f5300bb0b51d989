import { writeAudit } from '../audit/audit.service';
import { UnitLevel } from '../admin-units/admin-unit.enums';
import { AdministrativeUnitMappingRecord, AdministrativeUnitRecord } from '../admin-units/administrative-unit.entity';
import { lockVisibleRow } from '../auth/jurisdiction';
import { Role } from '../auth/roles';
import { AuthorityFunctionRecord, AuthorityRecord } from '../authorities/authority.entity';
import { AuthorityLevel } from '../authorities/authority.enums';
import { EntityStatus } from '../entities/entity-kind';
import { RegulatedEntityRecord } from '../entities/regulated-entity.entity';
import { entityKey } from '../entities/regulated-entity.types';
import { inTransaction, RequestContext } from '../graphql/context';
import { addDays, addMonths, todayInVietnam } from '../graphql/dates';
import { BadInput, checkVersion, Conflict, Forbidden, InvalidTransition, NotFound } from '../graphql/errors';
import { columnRecord, insertReturning } from '../graphql/sql';
import {
  LicenseEventRecord,
  LicenseLegalBasisRecord,
  LicenseRecord,
  LicenseTypeCompetenceRecord,
  LicenseTypeRecord,
  RevocationGroundRecord,
} from './license.entity';
import { LicenseEventType, LicenseStatus, LicenseType, TermKind } from './license.enums';
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
import {
  ALLOWED_FROM,
  allowedSteps,
  basesInForce,
  carriedState,
  detailsCovered,
  HolderPlace,
  holderPlace,
  issuedEvent,
  placeNamedOnDecision,
  SigningRefusal,
  signingRefusal,
  Step,
} from './license-rules';
import { statusOn } from './license-status';
import { License, LicenseEventWithType, licenseKey, LicenseWithStatus, toLicenseEvent } from './license.types';

/**
 * Who may record a decision (domain.md §2, architecture.md Access): the Department any; a commune office (a LOCAL_OFFICER
 * of a 2025 commune) only the game-point certificates its own commune People's Committee decides — the two-tier
 * government gave the communes the districts' tasks from 1 Jul 2025, among them the licensing of game points that
 * Decree 147/2024 gave the districts (which decree moved this task is not pinned down; Decree 133/2025, cited here
 * before, divides the Bộ KH&CN's fields and is not confirmed to cover it) — and nothing else; a district office (2024)
 * nothing: districts were abolished on 1 Jul 2025 and their records are kept by the Department. Its own committee before 1 Jul 2025 is refused by
 * checkAuthority (not in office then); a holder outside its commune is not found (lockVisibleRow).
 */
function checkWriter(tx: RequestContext, type: LicenseType | null, authority: AuthorityRecord | null): void {
  const v = tx.viewer;
  if (v.role === Role.DEPARTMENT_OFFICER) return;
  if (v.role !== Role.LOCAL_OFFICER || v.jurisdiction?.version !== 2025) {
    throw new Forbidden(
      v.role === Role.LOCAL_OFFICER
        ? 'A district office’s key records nothing: the district level ended on 30 Jun 2025 and the Department keeps its records'
        : `The ${v.role} role may not record licence decisions`,
    );
  }
  if (type !== null && type !== LicenseType.GAME_POINT_CERTIFICATE) {
    throw new Forbidden(`A commune office records game-point certificates only, not ${type}`);
  }
  const own = `UBND-X-${v.jurisdiction.code}`;
  if (authority && (authority.level !== AuthorityLevel.COMMUNE_PEOPLES_COMMITTEE || authority.unitCode !== v.jurisdiction.code)) {
    throw new Forbidden(`A commune office records the decisions of its own People’s Committee (${own}) only, not of ${authority.code}`);
  }
}

const TWO_TIER_FROM = '2025-07-01';

/**
 * The holder's place for a decision (see HolderPlace): for a holder recorded with a 2025 commune, the 2024 districts and
 * provinces of the wards it was formed from; narrowed to the 2024 unit the decision names, when it names one (it must be
 * one the holder's address lay in). Returns the place and the unit to record on the event.
 */
async function placeForDecision(
  tx: RequestContext,
  holder: RegulatedEntityRecord,
  decision: DecisionInput,
): Promise<{ place: HolderPlace; holderUnit2024: string | null }> {
  const field = 'decision.holderUnit2024';
  let formedFrom: { districts: string[]; provinces: string[] } | null = null;
  if (holder.unitVersion === 2025) {
    const [row] = (await tx.manager.query(
      `SELECT coalesce(array_agg(DISTINCT o.parent_code ORDER BY o.parent_code), '{}') AS districts,
              coalesce(array_agg(DISTINCT o.province_code ORDER BY o.province_code), '{}') AS provinces
         FROM administrative_unit_mapping m
         JOIN administrative_unit o ON o.version = 2024 AND o.code = m.old_code AND o.level = 'WARD'
        WHERE m.level = 'WARD' AND m.new_code = $1`,
      [holder.wardCode],
    )) as { districts: string[]; provinces: string[] }[];
    formedFrom = row;
  }
  const place = holderPlace(holder, formedFrom);
  const named = decision.holderUnit2024;
  if (!named) return { place, holderUnit2024: null };
  if (decision.date >= TWO_TIER_FROM) {
    throw BadInput.field(field, 'names a 2024 unit, which only decisions dated before 1 Jul 2025 do');
  }
  const unit = await tx.manager.findOneBy(AdministrativeUnitRecord, { version: 2024, code: named });
  const district = unit?.level === UnitLevel.WARD ? unit.parentCode : unit?.level === UnitLevel.DISTRICT ? unit.code : null;
  // A 2024 ward must be the holder's own, or one its 2025 commune was formed from; a district one of theirs.
  const fits =
    unit &&
    district &&
    (holder.unitVersion === 2024
      ? unit.level === UnitLevel.WARD
        ? unit.code === holder.wardCode
        : unit.code === holder.districtCode
      : unit.level === UnitLevel.WARD
        ? await tx.manager.existsBy(AdministrativeUnitMappingRecord, {
            level: UnitLevel.WARD,
            oldCode: unit.code,
            newCode: holder.wardCode,
          })
        : place.districts2024.includes(unit.code));
  if (!fits) {
    throw BadInput.field(
      field,
      holder.unitVersion === 2024
        ? `is not the holder's 2024 ward or district (${holder.wardCode}, ${holder.districtCode})`
        : `is not a 2024 ward or district that the holder's commune ${holder.wardCode} was formed from (districts: ${place.districts2024.join(', ')})`,
    );
  }
  return { place: placeNamedOnDecision(place, district!, unit.provinceCode), holderUnit2024: named };
}

/**
 * domain.md §3 (see signingRefusal): the signing authority may sign this decision on this type for this holder, and the
 * caller may record it (checkWriter). A competence row that depends on a holder attribute (the postal scope) reads the
 * value `covered.conditions` state, else the holder's record today (detailsCovered); `covered.field` names the input the
 * conditions came from (null: the stored licence's, not checked again). Returns the 2024 unit the decision named for the
 * holder, to record on the event.
 */
async function checkAuthority(
  tx: RequestContext,
  type: LicenseType,
  decision: DecisionInput,
  holder: RegulatedEntityRecord,
  covered: { conditions: Record<string, unknown> | null | undefined; field: string | null },
): Promise<{ holderUnit2024: string | null }> {
  const field = 'decision.authorityCode';
  const a = await tx.manager.findOneBy(AuthorityRecord, { code: decision.authorityCode });
  checkWriter(tx, type, a);
  if (!a) throw BadInput.field(field, 'is not a known authority (see `authorities`)');
  const functions = await tx.manager.findBy(AuthorityFunctionRecord, { authorityCode: a.code });
  const competence = await tx.manager.findBy(LicenseTypeCompetenceRecord, { licenseType: type });
  const { place: where, holderUnit2024 } = await placeForDecision(tx, holder, decision);
  // The scope (or other holder attribute) the competence rows read: the licence's own where it states one.
  const judged = detailsCovered(competence, holder.details, covered.conditions);
  if (covered.field && judged.invalid.length) {
    const [{ key, allowed }] = judged.invalid;
    throw BadInput.field(`${covered.field}.${key}`, `must be one of ${allowed.join(', ')}: the ${key} the licence covers`);
  }
  const place = { ...where, details: judged.details };
  switch (signingRefusal({ authority: a, functions, competence, type, date: decision.date, holder: place })) {
    case SigningRefusal.NOT_IN_OFFICE: {
      // A commune committee asked to sign before 1 Jul 2025 is the usual mistake of a back-filled record: say who signed then.
      const hint =
        a.level === AuthorityLevel.COMMUNE_PEOPLES_COMMITTEE && decision.date < TWO_TIER_FROM
          ? `; commune People's Committees took over the district ones on ${TWO_TIER_FROM}: a decision dated before then is the district People's Committee's, and the Department records it`
          : '';
      throw BadInput.field(
        field,
        `${a.code} could not sign decisions on ${decision.date}: it ${a.validTo ? `held office from ${a.validFrom} to ${a.validTo}` : `holds office from ${a.validFrom}`}${hint}`,
      );
    }
    case SigningRefusal.NOT_COMPETENT:
      throw BadInput.field(field, `${a.code} (${a.level}) was not competent for ${type} on ${decision.date}`);
    case SigningRefusal.NOT_FOR_THIS_HOLDER: {
      const rows = competence.filter((c) => c.authorityLevel === a.level && c.holderDetail);
      const detail = rows[0]?.holderDetail;
      const value = detail ? String((judged.details as Record<string, unknown>)[detail]) : '';
      const whose = detail && judged.stated.includes(detail) ? `the licence's conditions.${detail}` : `this holder's ${detail}`;
      throw BadInput.field(
        field,
        `${a.code} (${a.level}) is competent for ${type} only where ${detail} is ${rows.flatMap((r) => r.holderDetailValues ?? []).join(' or ')}; ${whose} is ${value}`,
      );
    }
    case SigningRefusal.NO_TERRITORY: {
      // A 2024 ward split between communes in 2025 has no commune until the address is recorded in 2025 codes.
      const hint =
        a.level === AuthorityLevel.COMMUNE_PEOPLES_COMMITTEE && !holder.communeCode2025
          ? ': the holder’s 2024 ward was split in 2025, so its commune is unknown; record its 2025 address with updateEntity first'
          : '';
      throw BadInput.field(field, `${a.code} has no jurisdiction over the holder's address${hint}`);
    }
    case SigningRefusal.AMBIGUOUS_2024_UNIT:
      throw BadInput.field(
        'decision.holderUnit2024',
        `is required: the holder's commune ${holder.wardCode} was formed from wards of several 2024 ${
          a.level === AuthorityLevel.DISTRICT_PEOPLES_COMMITTEE
            ? `districts (${place.districts2024.join(', ')})`
            : `provinces (${place.provinces2024.join(', ')})`
        }; give the 2024 ward or district the decision names`,
      );
    case null:
      return { holderUnit2024 };
  }
}

function checkEffectiveOn(effectiveOn: string, notBefore: string | null, field: string): void {
  if (notBefore && effectiveOn < notBefore) throw BadInput.field(field, `cannot be before the licence's last event (${notBefore})`);
  const limit = addDays(todayInVietnam(), 365);
  if (effectiveOn > limit) throw BadInput.field(field, `cannot be more than a year from today (after ${limit})`);
}

/** The holder, held as read (FOR SHARE, or FOR UPDATE) until the step commits; NOT_FOUND outside the viewer's jurisdiction. */
async function lockHolder(tx: RequestContext, uuid: string, lock: 'SHARE' | 'UPDATE' = 'SHARE'): Promise<RegulatedEntityRecord> {
  const row = await lockVisibleRow(tx, RegulatedEntityRecord, uuid, { lock });
  if (!row) throw new NotFound('RegulatedEntity', uuid);
  return row;
}

/** The licence as it is now in the transaction, with its status today. */
async function reloadLicense(tx: RequestContext, uuid: string): Promise<License> {
  return (await tx.loaders.licenses.byId.load(uuid))!;
}

/** The audit log keeps rows under their column names (see columnRecord), a licence with its status today. */
const licenseAudit = (tx: RequestContext, row: LicenseRecord | LicenseWithStatus) => ({
  ...columnRecord(tx.manager, LicenseRecord, row),
  ...('statusToday' in row ? { status_today: row.statusToday } : {}),
});
const eventAudit = (tx: RequestContext, row: LicenseEventRecord) => columnRecord(tx.manager, LicenseEventRecord, row);

/** The decision's columns, as a licence and each of its events store them. */
const decisionColumns = (d: DecisionInput) => ({
  decisionNumber: d.number.trim(),
  decisionDate: d.date,
  signerName: d.signer.trim(),
  signerTitle: d.signerTitle.trim(),
});

/** Every column of a new event (the database adds its id and recorded_at), so none can be left out by mistake. */
type NewEvent = Omit<LicenseEventRecord, 'id' | 'recordedAt' | 'license' | 'authority'>;

async function recordEvent(tx: RequestContext, event: NewEvent): Promise<LicenseEventRecord> {
  const [row] = await insertReturning(tx.manager, LicenseEventRecord, event);
  return row;
}

/**
 * domain.md §6: a revocation on a barring ground (e.g. FRAUD, 12 months for a game point, Decree 147/2024) bars the
 * holder from a new licence of the type until `reapplyNotBefore`. The bar follows the holder and its enterprise code (the
 * 10-digit root: the enterprise and its branches), so re-registering the same business under a new record does not
 * escape it. Judged on the decision date (the application date is not recorded).
 */
async function checkReapplication(tx: RequestContext, type: LicenseType, holder: RegulatedEntityRecord, date: string): Promise<void> {
  const [bar] = (await tx.manager.query(
    `SELECT l.reapply_not_before::text AS until, l.holder_id = $2 AS same
       FROM license l JOIN regulated_entity e ON e.id = l.holder_id
      WHERE l.license_type = $1 AND l.reapply_not_before > $3::date
        AND (l.holder_id = $2 OR ($4::text IS NOT NULL AND left(e.tax_code, 10) = left($4, 10)))
      ORDER BY l.reapply_not_before DESC LIMIT 1`,
    [type, holder.id, date, holder.taxCode],
  )) as { until: string; same: boolean }[];
  if (bar) {
    throw BadInput.field(
      'decision.date',
      `${bar.same ? 'the holder' : `a holder with the same enterprise code (${holder.taxCode!.slice(0, 10)})`} may not be granted ${type} again before ${bar.until}: an earlier one was revoked on a ground that bars re-application`,
    );
  }
}

/**
 * Types of which a holder may hold one licence in force at a time (license_type.one_current_per_holder; which and why:
 * src/reference/license-types.ts): no other licence of the type of the holder may be in force on any day of
 * [from, to] (to = null: no end). A licence is in force from its effective date to its expiry, or to the day before it
 * was revoked or surrendered; a suspended one is still held.
 */
async function checkNoOverlap(
  tx: RequestContext,
  type: LicenseType,
  holderId: string,
  from: string,
  to: string | null,
  except: string | null,
  field: string,
): Promise<void> {
  const [other] = (await tx.manager.query(
    `SELECT l.number, l.effective_from::text AS "from", (CASE WHEN l.status IN ('REVOKED', 'SURRENDERED') THEN l.last_effective_on - 1
                ELSE l.expires_on END)::text AS "to"
       FROM license l
      WHERE l.holder_id = $1 AND l.license_type = $2 AND l.id IS DISTINCT FROM $5::uuid
        AND l.effective_from <= coalesce($4::date, 'infinity')
        AND $3::date <= (CASE WHEN l.status IN ('REVOKED', 'SURRENDERED') THEN l.last_effective_on - 1
                              ELSE coalesce(l.expires_on, 'infinity') END)
      ORDER BY l.effective_from LIMIT 1`,
    [holderId, type, from, to, except],
  )) as { number: string; from: string; to: string | null }[];
  if (other) {
    throw BadInput.field(
      field,
      `the holder already has ${type} ${other.number} in force from ${other.from} to ${other.to ?? 'no end'}; a holder has one ${type} at a time: let it end (surrender, revocation, expiry) or amend it`,
    );
  }
}

export async function issueLicense(ctx: RequestContext, input: IssueLicenseInput) {
  const holderUuid = entityKey(input.holderId, 'holderId');
  const issuedOn = input.issuedOn ?? input.decision.date;
  const effectiveFrom = input.effectiveFrom ?? issuedOn;
  if (issuedOn < input.decision.date) throw BadInput.field('issuedOn', 'cannot be before the decision date');
  if (effectiveFrom < issuedOn) throw BadInput.field('effectiveFrom', 'cannot be before the issue date');
  checkEffectiveOn(effectiveFrom, null, 'effectiveFrom');

  return inTransaction(ctx, async (tx) => {
    checkWriter(tx, input.type, null);
    // Locked FOR UPDATE: two licences issued to one holder at once are judged one after the other (checkNoOverlap).
    const holder = await lockHolder(tx, holderUuid, 'UPDATE');
    if (holder.status === EntityStatus.DEREGISTERED) {
      throw BadInput.field('holderId', `the entity was taken off the registry on ${holder.deregisteredOn}`);
    }
    const type = await tx.manager.findOneByOrFail(LicenseTypeRecord, { code: input.type });
    if (!type.entityKinds.includes(holder.kind)) {
      throw BadInput.field('type', `${input.type} is not issued to a ${holder.kind} (only to ${type.entityKinds.join(', ')})`);
    }
    const { holderUnit2024 } = await checkAuthority(tx, input.type, input.decision, holder, {
      conditions: input.conditions,
      field: 'conditions',
    });
    await checkReapplication(tx, input.type, holder, input.decision.date);

    // A type has a handful of bases (reference data, read by its primary key's prefix): the rule on a date is the pure
    // one of license-rules.ts, the one the demo seeder applies, rather than a second copy of it in SQL.
    const bases = basesInForce(await tx.manager.findBy(LicenseLegalBasisRecord, { licenseType: input.type }), input.type, issuedOn);
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
    if (type.termKind === TermKind.YEARS) {
      if (!expiresOn) throw BadInput.field('expiresOn', `is required: ${input.type} has a term of at most ${type.maxTermMonths} months`);
      const limit = addMonths(effectiveFrom, type.maxTermMonths!);
      if (expiresOn > limit)
        throw BadInput.field('expiresOn', `is beyond the maximum term of ${type.maxTermMonths} months (at most ${limit})`);
    } else if (type.termKind === TermKind.NONE && expiresOn) {
      throw BadInput.field('expiresOn', `${input.type} has no term; leave it empty`);
    }
    if (expiresOn && expiresOn < effectiveFrom) throw BadInput.field('expiresOn', 'cannot be before effectiveFrom');
    if (type.oneCurrentPerHolder) await checkNoOverlap(tx, type.code, holder.id, effectiveFrom, expiresOn, null, 'effectiveFrom');

    const number = input.number.trim();
    const authorityCode = input.decision.authorityCode;
    if (await tx.manager.existsBy(LicenseRecord, { issuingAuthorityCode: authorityCode, licenseType: input.type, number })) {
      throw new Conflict(`${authorityCode} already issued ${input.type} number ${input.number}`, {
        fields: [{ field: 'number', message: 'already exists' }],
      });
    }

    const [created] = await insertReturning(tx.manager, LicenseRecord, {
      number,
      licenseType: input.type,
      holderId: holderUuid,
      issuingAuthorityCode: authorityCode,
      legalBasisCode: basis,
      ...decisionColumns(input.decision),
      issuedOn,
      effectiveFrom,
      expiresOn,
      scope: input.scope ?? null,
      conditions: input.conditions ?? {},
      status: LicenseStatus.ACTIVE,
      lastEffectiveOn: effectiveFrom,
    });
    const event = await recordEvent(tx, {
      licenseId: created.id,
      ...issuedEvent({ ...decisionColumns(input.decision), authorityCode }, { effectiveFrom, expiresOn, number }),
      holderUnit2024,
      recordedBy: tx.viewer.label,
    });
    const license = await reloadLicense(tx, created.id);
    await writeAudit(tx, {
      operation: 'issueLicense',
      recordType: 'License',
      recordId: created.id,
      after: { license: licenseAudit(tx, license.row), event: eventAudit(tx, event) },
      legalBasis: basis,
    });
    return { license, event: toLicenseEvent({ ...event, licenseType: input.type }) };
  });
}

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

/** What a step decides beyond its type, date, decision and reason: the state it leaves the licence in. */
type StepOutcome = Pick<LicenseEventRecord, 'resultingStatus' | 'expiresOnAfter' | 'suspendedUntil' | 'reapplyNotBefore' | 'numberAfter'> &
  Partial<Pick<LicenseEventRecord, 'groundCode' | 'groundText' | 'changes'>>;

/** Decides one step, given the licence, its events and the status on the step's date. */
type StepPlan = (args: {
  tx: RequestContext;
  license: LicenseRecord;
  events: LicenseEventRecord[];
  status: LicenseStatus;
  last: LicenseEventRecord;
}) => Promise<StepOutcome>;

/** A field an amendment changed: { before, after } under the field's name in the event's `changes`. */
type Changes = Record<string, { before: unknown; after: unknown }>;

async function recordStep(ctx: RequestContext, step: Step, input: LicenseStepInput, plan: StepPlan) {
  const uuid = licenseKey(input.licenseId);
  return inTransaction(ctx, async (tx) => {
    checkWriter(tx, null, null);
    // The row lock serialises steps on one licence; the version check makes the later one a CONFLICT.
    const license = await lockVisibleRow(tx, LicenseRecord, uuid, { lock: 'UPDATE', holder: 'holderId' });
    if (!license) throw new NotFound('License', input.licenseId);
    checkVersion('licence', license.version, input.version);
    checkEffectiveOn(input.effectiveOn, license.lastEffectiveOn, 'effectiveOn');
    const events = await tx.manager.find(LicenseEventRecord, { where: { licenseId: uuid }, order: { seq: 'ASC' } });
    const status = statusOn(events, input.effectiveOn)!;
    if (!ALLOWED_FROM[step].includes(status)) {
      const allowed = allowedSteps(status);
      throw new InvalidTransition(
        `${step} is not allowed on a licence that is ${status} on ${input.effectiveOn}; allowed steps: ${allowed.join(', ') || 'none'}`,
        status,
        allowed,
      );
    }
    const holder = await lockHolder(tx, license.holderId);
    // An amendment's decision covers the conditions it writes; any other step the licence's as they are.
    const amended = (input as Partial<AmendLicenseInput>).conditions;
    const { holderUnit2024 } = await checkAuthority(
      tx,
      license.licenseType,
      input.decision,
      holder,
      amended != null
        ? { conditions: amended, field: 'conditions' }
        : { conditions: license.conditions as Record<string, unknown>, field: null },
    );
    const last = events[events.length - 1];
    const planned = await plan({ tx, license, events, status, last });
    const event = await recordEvent(tx, {
      licenseId: uuid,
      seq: last.seq + 1,
      type: step,
      effectiveOn: input.effectiveOn,
      ...decisionColumns(input.decision),
      authorityCode: input.decision.authorityCode,
      reason: input.reason ?? null,
      groundCode: planned.groundCode ?? null,
      groundText: planned.groundText ?? null,
      changes: planned.changes ?? null,
      resultingStatus: planned.resultingStatus,
      expiresOnAfter: planned.expiresOnAfter,
      suspendedUntil: planned.suspendedUntil,
      reapplyNotBefore: planned.reapplyNotBefore,
      numberAfter: planned.numberAfter,
      holderUnit2024,
      recordedBy: tx.viewer.label,
    });
    // The licence row caches the state its last event leads to.
    const changes = planned.changes as Changes | null | undefined;
    await tx.manager
      .createQueryBuilder()
      .update(LicenseRecord)
      .set({
        status: event.resultingStatus,
        expiresOn: event.expiresOnAfter,
        suspendedUntil: event.suspendedUntil,
        reapplyNotBefore: event.reapplyNotBefore,
        number: event.numberAfter,
        scope: changes?.scope ? (changes.scope.after as string | null) : license.scope,
        conditions: changes?.conditions ? (changes.conditions.after as object) : license.conditions,
        lastEffectiveOn: input.effectiveOn,
        version: () => 'version + 1',
        updatedAt: () => 'clock_timestamp()',
      })
      .where('id = :id', { id: uuid })
      .execute();
    const updated = await reloadLicense(tx, uuid);
    await writeAudit(tx, {
      operation: STEP_OPERATION[step],
      recordType: 'License',
      recordId: uuid,
      before: { license: licenseAudit(tx, license) },
      after: { license: licenseAudit(tx, updated.row), event: eventAudit(tx, event) },
    });
    return { license: updated, event: toLicenseEvent({ ...event, licenseType: license.licenseType } satisfies LicenseEventWithType) };
  });
}

export const amendLicense = (ctx: RequestContext, input: AmendLicenseInput) =>
  recordStep(ctx, LicenseEventType.AMENDED, input, async ({ license, last, status }) => {
    const changes: Changes = {};
    if (input.scope !== undefined && input.scope !== license.scope) changes.scope = { before: license.scope, after: input.scope };
    if (input.conditions != null && JSON.stringify(input.conditions) !== JSON.stringify(license.conditions)) {
      changes.conditions = { before: license.conditions, after: input.conditions };
    }
    if (!Object.keys(changes).length) throw BadInput.field('scope', 'an amendment must change the scope or the conditions');
    return { ...carriedState(last, status), changes };
  });

export const renewLicense = (ctx: RequestContext, input: RenewLicenseInput) =>
  recordStep(ctx, LicenseEventType.RENEWED, input, async ({ tx, license, events, last }) => {
    const type = await tx.manager.findOneByOrFail(LicenseTypeRecord, { code: license.licenseType });
    const basis = await tx.manager.findOneByOrFail(LicenseLegalBasisRecord, {
      licenseType: license.licenseType,
      code: license.legalBasisCode,
    });
    const current = last.expiresOnAfter;
    if (type.termKind !== TermKind.YEARS || !current) throw BadInput.field('newExpiresOn', `${license.licenseType} has no term to renew`);
    if (input.decision.date > current)
      throw BadInput.field('decision.date', `a renewal must be decided on or before the current expiry (${current})`);
    if (input.newExpiresOn <= current) throw BadInput.field('newExpiresOn', `must be after the current expiry (${current})`);
    const termLimit = addMonths(input.effectiveOn, type.maxTermMonths!);
    if (input.newExpiresOn > termLimit)
      throw BadInput.field(
        'newExpiresOn',
        `is beyond the maximum term of ${type.maxTermMonths} months from the renewal (at most ${termLimit})`,
      );
    const renewals = events.filter((e) => e.type === LicenseEventType.RENEWED).length;
    if (basis.maxRenewals != null && renewals >= basis.maxRenewals) {
      throw BadInput.field('newExpiresOn', `a licence issued under ${basis.code} can be renewed ${basis.maxRenewals} time(s) only`);
    }
    if (basis.maxRenewalMonths != null && input.newExpiresOn > addMonths(current, basis.maxRenewalMonths)) {
      throw BadInput.field(
        'newExpiresOn',
        `under ${basis.code} a renewal extends by at most ${basis.maxRenewalMonths} months (to ${addMonths(current, basis.maxRenewalMonths)})`,
      );
    }
    if (type.oneCurrentPerHolder) {
      await checkNoOverlap(tx, type.code, license.holderId, addDays(current, 1), input.newExpiresOn, license.id, 'newExpiresOn');
    }
    return {
      ...carriedState(last, LicenseStatus.ACTIVE),
      expiresOnAfter: input.newExpiresOn,
      changes: { expiresOn: { before: current, after: input.newExpiresOn } },
    };
  });

export const reissueLicense = (ctx: RequestContext, input: ReissueLicenseInput) =>
  recordStep(ctx, LicenseEventType.REISSUED, input, async ({ last, status }) => {
    const newNumber = input.newNumber?.trim();
    return {
      ...carriedState(last, status),
      numberAfter: newNumber || last.numberAfter,
      changes: newNumber && newNumber !== last.numberAfter ? { number: { before: last.numberAfter, after: newNumber } } : null,
    };
  });

export const suspendLicense = (ctx: RequestContext, input: SuspendLicenseInput) =>
  recordStep(ctx, LicenseEventType.SUSPENDED, input, async ({ last }) => {
    if (input.suspendedUntil && input.suspendedUntil < input.effectiveOn) {
      throw BadInput.field('suspendedUntil', 'cannot be before effectiveOn');
    }
    return { ...carriedState(last, LicenseStatus.SUSPENDED), suspendedUntil: input.suspendedUntil ?? null };
  });

export const reinstateLicense = (ctx: RequestContext, input: LicenseStepInput) =>
  recordStep(ctx, LicenseEventType.REINSTATED, input, async ({ last }) => carriedState(last, LicenseStatus.ACTIVE));

export const revokeLicense = (ctx: RequestContext, input: RevokeLicenseInput) =>
  recordStep(ctx, LicenseEventType.REVOKED, input, async ({ tx, license, last }) => {
    const ground = await tx.manager.findOneBy(RevocationGroundRecord, { licenseType: license.licenseType, code: input.groundCode });
    if (!ground) throw BadInput.field('groundCode', `is not a revocation ground of ${license.licenseType} (see licenseTypes)`);
    return {
      ...carriedState(last, LicenseStatus.REVOKED),
      groundCode: ground.code,
      groundText: input.groundText ?? null,
      reapplyNotBefore: ground.barsReapplicationMonths ? addMonths(input.effectiveOn, ground.barsReapplicationMonths) : null,
    };
  });

export const surrenderLicense = (ctx: RequestContext, input: LicenseStepInput) =>
  recordStep(ctx, LicenseEventType.SURRENDERED, input, async ({ last }) => carriedState(last, LicenseStatus.SURRENDERED));
