import type { AuthorityFunctionRecord, AuthorityRecord } from '../authorities/authority.entity';
import { AuthorityLevel } from '../authorities/authority.enums';
import type { RegulatedEntityRecord } from '../entities/regulated-entity.entity';
import type { LicenseEventRecord, LicenseLegalBasisRecord, LicenseTypeCompetenceRecord } from './license.entity';
import { LicenseEventType, LicenseStatus, LicenseType } from './license.enums';

/*
 * The rules of a licence's life that need no database, so that the lifecycle service and the demo seeder
 * (seeds/demo-licenses.ts) apply the very same ones.
 */

export type Step = Exclude<LicenseEventType, LicenseEventType.ISSUED>;

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

/** An event's columns but its licence, its id and when and by whom it was recorded: what a decision makes of it. */
export type EventColumns = Omit<LicenseEventRecord, 'id' | 'licenseId' | 'recordedAt' | 'recordedBy' | 'license' | 'authority'>;
/** The decision behind an event, as the event stores it. */
export type DecisionColumns = Pick<LicenseEventRecord, 'decisionNumber' | 'decisionDate' | 'signerName' | 'signerTitle' | 'authorityCode'>;

/** The event a licence's life starts with: ACTIVE from `effectiveFrom`, with the licence's number and expiry. */
export function issuedEvent(
  decision: DecisionColumns,
  licence: { effectiveFrom: string; expiresOn: string | null; number: string },
): EventColumns {
  return {
    seq: 1,
    type: LicenseEventType.ISSUED,
    effectiveOn: licence.effectiveFrom,
    ...decision,
    reason: null,
    groundCode: null,
    groundText: null,
    changes: null,
    resultingStatus: LicenseStatus.ACTIVE,
    expiresOnAfter: licence.expiresOn,
    suspendedUntil: null,
    reapplyNotBefore: null,
    numberAfter: licence.number,
    holderUnit2024: null,
  };
}

/** The state a step leads to when it changes only the status: the last event's term and number, a suspension's end while suspended. */
export const carriedState = (
  last: Pick<LicenseEventRecord, 'expiresOnAfter' | 'suspendedUntil' | 'numberAfter'>,
  status: LicenseStatus,
): Pick<LicenseEventRecord, 'resultingStatus' | 'expiresOnAfter' | 'suspendedUntil' | 'reapplyNotBefore' | 'numberAfter'> => ({
  resultingStatus: status,
  expiresOnAfter: last.expiresOnAfter,
  suspendedUntil: status === LicenseStatus.SUSPENDED ? last.suspendedUntil : null,
  reapplyNotBefore: null,
  numberAfter: last.numberAfter,
});

/**
 * Where the holder is, as far as an authority's territory goes (domain.md §2): in each structure, the units its address
 * lies in. A holder recorded with a 2024 ward has one 2024 district and province, and a 2025 commune when its ward went
 * whole into one. A holder recorded with a 2025 commune is judged, for decisions dated before 1 Jul 2025, through the ward
 * mapping: the 2024 districts and provinces of the wards its commune was formed from — one when the commune was formed
 * within one district, several when across districts (then the decision names the holder's own 2024 unit, see
 * placeNamedOnDecision).
 */
export interface HolderPlace {
  districts2024: readonly string[];
  provinces2024: readonly string[];
  /** Null when the holder's 2024 ward was split between communes. */
  commune2025: string | null;
  province2025: string | null;
  /**
   * The kind's own attributes a competence row may depend on (a postal enterprise's scope): the holder's record as it is
   * now, but where the licence states one in its conditions (see detailsCovered).
   */
  details: object;
}

/**
 * The holder attributes the competence rows of a type depend on (`holderDetail`, today only a postal enterprise's
 * `scope`), as the decision covers them. A licence may state the one it was granted for in its conditions
 * (`{ "scope": "INTRA_PROVINCIAL" }`): then that value rules, so a licence back-filled from paper is judged by the scope
 * it covered on its decision date, not by the holder's record today (an operator licensed by the Sở for intra-provincial
 * post in 2019 that has since gone inter-provincial). Without it the holder's current record is read: the registry keeps
 * no history of an entity's attributes (an update overwrites them, only the audit log keeps the old row), so its record
 * is the only scope known. `invalid` lists the stated keys whose value no row of the type knows.
 */
export function detailsCovered(
  competence: readonly Pick<LicenseTypeCompetenceRecord, 'holderDetail' | 'holderDetailValues'>[],
  holderDetails: object,
  conditions: Record<string, unknown> | null | undefined,
): { details: object; stated: string[]; invalid: { key: string; allowed: string[] }[] } {
  const details: Record<string, unknown> = { ...(holderDetails as Record<string, unknown>) };
  const stated: string[] = [];
  const invalid: { key: string; allowed: string[] }[] = [];
  for (const key of new Set(competence.flatMap((c) => (c.holderDetail ? [c.holderDetail] : [])))) {
    const value = conditions?.[key];
    if (value === undefined || value === null) continue;
    const allowed = [...new Set(competence.filter((c) => c.holderDetail === key).flatMap((c) => c.holderDetailValues ?? []))];
    if (typeof value === 'string' && allowed.includes(value)) {
      details[key] = value;
      stated.push(key);
    } else {
      invalid.push({ key, allowed });
    }
  }
  return { details, stated, invalid };
}

/** What a place is made from: the holder's row and, for a 2025 address, the 2024 units its commune was formed from. */
export function holderPlace(
  holder: Pick<RegulatedEntityRecord, 'unitVersion' | 'districtCode' | 'provinceCode' | 'communeCode2025' | 'provinceCode2025' | 'details'>,
  formedFrom: { districts: readonly string[]; provinces: readonly string[] } | null,
): HolderPlace {
  const twoTier = holder.unitVersion === 2025;
  return {
    districts2024: twoTier ? (formedFrom?.districts ?? []) : holder.districtCode ? [holder.districtCode] : [],
    provinces2024: twoTier ? (formedFrom?.provinces ?? []) : [holder.provinceCode],
    commune2025: holder.communeCode2025,
    province2025: holder.provinceCode2025,
    details: holder.details,
  };
}

/** The place narrowed to the 2024 district (and its province) a decision names for the holder. */
export const placeNamedOnDecision = (place: HolderPlace, district: string, province: string): HolderPlace => ({
  ...place,
  districts2024: [district],
  provinces2024: [province],
});

/** Why an authority may not sign a decision on a licence for a holder on a date. */
export enum SigningRefusal {
  /** The body did not exist on the decision date. */
  NOT_IN_OFFICE = 'NOT_IN_OFFICE',
  /** No competence row of the type names its tier and a field of state it handled on that date. */
  NOT_COMPETENT = 'NOT_COMPETENT',
  /** Its tier is competent for the type, but not for this holder (e.g. the Sở for an inter-provincial postal operator). */
  NOT_FOR_THIS_HOLDER = 'NOT_FOR_THIS_HOLDER',
  /** Its territory does not cover the holder's address (a People's Committee signs for its own unit only). */
  NO_TERRITORY = 'NO_TERRITORY',
  /**
   * Its territory is one of several 2024 units the holder's 2025 commune was formed from: the decision must name the
   * holder's own 2024 unit.
   */
  AMBIGUOUS_2024_UNIT = 'AMBIGUOUS_2024_UNIT',
}

/** Whether a row valid from `validFrom` to `validTo` (both days included; no end: still valid) is in force on a date. */
const inForceOn = (row: { validFrom: string; validTo: string | null }, date: string) =>
  row.validFrom <= date && (!row.validTo || row.validTo >= date);

/**
 * The legal bases a licence of `type` may be issued under on `date`: those of the type in force that day, in the order
 * they came into force (then by code), so the most recent is last. The lifecycle service refuses a basis not among them
 * and asks for a choice when there are several; the demo seeder takes the most recent.
 */
export const basesInForce = <B extends Pick<LicenseLegalBasisRecord, 'licenseType' | 'code' | 'validFrom' | 'validTo'>>(
  bases: readonly B[],
  type: LicenseType,
  date: string,
): B[] =>
  bases
    .filter((b) => b.licenseType === type && inForceOn(b, date))
    .sort((x, y) => x.validFrom.localeCompare(y.validFrom) || x.code.localeCompare(y.code));

/** A competence row that depends on a holder attribute applies only when the holder's attribute has one of its values. */
export const competenceFitsHolder = (c: Pick<LicenseTypeCompetenceRecord, 'holderDetail' | 'holderDetailValues'>, details: object) =>
  !c.holderDetail || (c.holderDetailValues ?? []).includes(String((details as Record<string, unknown>)[c.holderDetail]));

/** Whether one of several candidate units is the authority's: covered (one candidate), ambiguous, or not at all. */
function territory(candidates: readonly string[], unit: string | null): SigningRefusal | null {
  if (!unit || !candidates.includes(unit)) return SigningRefusal.NO_TERRITORY;
  return candidates.length === 1 ? null : SigningRefusal.AMBIGUOUS_2024_UNIT;
}

/**
 * domain.md §3: the signing authority exists on the decision date, is competent for the type on that date (the
 * competence table and the authority's functions on that date) and for this holder (a row's holder attribute), and its
 * territory covers the holder: a district committee its 2024 district, a commune committee its 2025 commune, a provincial
 * body of a 2024 province that province (through the ward mapping for holders recorded in 2025 codes), one of a 2025
 * province that province. Null when it may sign. `functions` are the authority's own; `competence` may hold other types'
 * rows.
 */
export function signingRefusal(args: {
  authority: AuthorityRecord;
  functions: readonly AuthorityFunctionRecord[];
  competence: readonly LicenseTypeCompetenceRecord[];
  type: LicenseType;
  date: string;
  holder: HolderPlace;
}): SigningRefusal | null {
  const { authority: a, date, holder } = args;
  if (!inForceOn(a, date)) return SigningRefusal.NOT_IN_OFFICE;
  const tierRows = args.competence.filter(
    (c) =>
      c.licenseType === args.type &&
      c.authorityLevel === a.level &&
      inForceOn(c, date) &&
      args.functions.some((f) => f.authorityCode === a.code && f.function === c.authorityFunction && inForceOn(f, date)),
  );
  if (!tierRows.length) return SigningRefusal.NOT_COMPETENT;
  if (!tierRows.some((c) => competenceFitsHolder(c, holder.details))) return SigningRefusal.NOT_FOR_THIS_HOLDER;
  switch (a.level) {
    case AuthorityLevel.DISTRICT_PEOPLES_COMMITTEE:
      return territory(holder.districts2024, a.unitCode);
    case AuthorityLevel.COMMUNE_PEOPLES_COMMITTEE:
      return holder.commune2025 !== null && holder.commune2025 === a.unitCode ? null : SigningRefusal.NO_TERRITORY;
    case AuthorityLevel.PROVINCIAL_DEPARTMENT:
    case AuthorityLevel.PROVINCIAL_PEOPLES_COMMITTEE:
      return a.unitVersion === 2024
        ? territory(holder.provinces2024, a.unitCode)
        : holder.province2025 !== null && holder.province2025 === a.unitCode
          ? null
          : SigningRefusal.NO_TERRITORY;
    default:
      return null;
  }
}
