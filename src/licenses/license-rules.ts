import type { AuthorityFunctionRecord, AuthorityRecord } from '../authorities/authority.entity';
import { AuthorityLevel } from '../authorities/authority.enums';
import type { RegulatedEntityRecord } from '../entities/regulated-entity.entity';
import type { LicenseEventRecord, LicenseTypeCompetenceRecord } from './license.entity';
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

/** Where the holder is, as far as an authority's territory goes. */
export type HolderPlace = Pick<RegulatedEntityRecord, 'districtCode' | 'communeCode2025' | 'provinceCode' | 'provinceCode2025'>;

/** Why an authority may not sign a decision on a licence for a holder on a date. */
export enum SigningRefusal {
  /** The body did not exist on the decision date. */
  NOT_IN_OFFICE = 'NOT_IN_OFFICE',
  /** No competence row of the type names its tier and a field of state it handled on that date. */
  NOT_COMPETENT = 'NOT_COMPETENT',
  /** Its territory does not cover the holder's address (a People's Committee signs for its own unit only). */
  NO_TERRITORY = 'NO_TERRITORY',
}

const inForceOn = (row: { validFrom: string; validTo: string | null }, date: string) =>
  row.validFrom <= date && (!row.validTo || row.validTo >= date);

/**
 * domain.md §3: the signing authority exists on the decision date, is competent for the type on that date (the
 * competence table and the authority's functions on that date), and its territory covers the holder. Null when it may
 * sign. `functions` are the authority's own; `competence` may hold other types' rows.
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
  const competent = args.competence.some(
    (c) =>
      c.licenseType === args.type &&
      c.authorityLevel === a.level &&
      inForceOn(c, date) &&
      args.functions.some((f) => f.authorityCode === a.code && f.function === c.authorityFunction && inForceOn(f, date)),
  );
  if (!competent) return SigningRefusal.NOT_COMPETENT;
  const covers =
    a.level === AuthorityLevel.DISTRICT_PEOPLES_COMMITTEE
      ? holder.districtCode === a.unitCode
      : a.level === AuthorityLevel.COMMUNE_PEOPLES_COMMITTEE
        ? holder.communeCode2025 === a.unitCode
        : a.level === AuthorityLevel.PROVINCIAL_DEPARTMENT || a.level === AuthorityLevel.PROVINCIAL_PEOPLES_COMMITTEE
          ? holder.provinceCode === a.provinceCode || holder.provinceCode2025 === a.provinceCode
          : true;
  return covers ? null : SigningRefusal.NO_TERRITORY;
}
