import { DateTimeResolver, JSONObjectResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { AuthorityLevel } from '../authorities/authority.enums';
import { EntityKind } from '../entities/entity-kind';
import { toGlobalId, uuidOf } from '../graphql/global-id';
import { Node } from '../graphql/node';
import type { LicenseEventRecord, LicenseRecord } from './license.entity';
import { LicenseEventType, LicenseStatus, LicenseType, TermKind } from './license.enums';
import { LIST_SIZES } from '../graphql/list-sizes';
import { listOf } from '../graphql/limits';

@ObjectType('Decision', { description: 'The decision (quyết định) behind a licence or a step of its life.' })
export class Decision {
  @Field({ description: 'Decision number as printed, e.g. 123/QĐ-STTTT.' })
  number!: string;

  @Field(() => LocalDateResolver, { description: 'Date the decision was signed.' })
  date!: string;

  @Field({ description: 'Name of the signer.' })
  signer!: string;

  @Field({ description: 'Title of the signer, e.g. Giám đốc, Phó Chủ tịch.' })
  signerTitle!: string;
}

@ObjectType('LegalBasis', { description: 'A legal basis (căn cứ pháp lý) a licence type was issued under, with the period it applies to.' })
export class LegalBasis {
  @Field({ description: 'Code of the basis in this registry, e.g. ND147-2024.' })
  code!: string;

  @Field({ description: 'The law, decree or circular.' })
  title!: string;

  @Field(() => LocalDateResolver, { description: 'First issue date it applies to.' })
  validFrom!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last issue date it applies to; null while in force.' })
  validTo!: string | null;

  @Field(() => Int, { nullable: true, description: 'How many renewals it allows (null: no limit beyond the term).' })
  maxRenewals!: number | null;

  @Field(() => Int, { nullable: true, description: 'Longest extension of one renewal, in months.' })
  maxRenewalMonths!: number | null;

  @Field({ description: 'True when this row was not verified against the official text.' })
  unsure!: boolean;
}

@ObjectType('Competence', { description: 'Which tier of authority may issue a licence type in a period (domain.md §3).' })
export class Competence {
  @Field(() => AuthorityLevel, { description: 'Tier of the issuing authority.' })
  authorityLevel!: AuthorityLevel;

  @Field({ description: 'Field of state the authority must handle (e.g. GAMES, POST, PRINTING; GENERAL for People’s Committees).' })
  authorityFunction!: string;

  @Field(() => LocalDateResolver, { description: 'From this decision date.' })
  validFrom!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Until this decision date.' })
  validTo!: string | null;

  @Field({ description: 'True when this row was not verified against the official text.' })
  unsure!: boolean;

  @Field(() => String, { nullable: true, description: 'Source or remark.' })
  note!: string | null;
}

@ObjectType('RevocationGround', { description: 'A ground on which a licence of a type can be revoked (căn cứ thu hồi).' })
export class RevocationGround {
  @Field({ description: 'Code of the ground, e.g. FRAUD.' })
  code!: string;

  @Field({ description: 'Description in Vietnamese.' })
  description!: string;

  @Field(() => String, { nullable: true, description: 'Article of law.' })
  legalSource!: string | null;

  @Field(() => Int, { nullable: true, description: 'Months during which the holder may not re-apply, when the ground bars it.' })
  barsReapplicationMonths!: number | null;
}

@ObjectType('LicenseTypeInfo', { description: 'The rules of one licence type, as seeded data.' })
export class LicenseTypeInfo {
  @Field(() => LicenseType, { description: 'The type.' })
  type!: LicenseType;

  @Field({ description: 'Vietnamese name.' })
  nameVi!: string;

  @Field({ description: 'What it is, in English.' })
  description!: string;

  @Field(() => [EntityKind], { description: 'Entity kinds that can hold it.' })
  entityKinds!: EntityKind[];

  @Field(() => TermKind, { description: 'How long it lasts.' })
  termKind!: TermKind;

  @Field(() => Int, { nullable: true, description: 'Maximum term in months (YEARS types).' })
  maxTermMonths!: number | null;

  @Field({ description: 'Whether it appears on a public list.' })
  onPublicList!: boolean;

  @Field(() => [LegalBasis], { description: 'Legal bases over time.', complexity: listOf(LIST_SIZES.legalBasesPerType) })
  legalBases!: LegalBasis[];

  @Field(() => [Competence], { description: 'Who may issue it when.', complexity: listOf(LIST_SIZES.competencePerType) })
  competence!: Competence[];

  @Field(() => [RevocationGround], { description: 'Grounds for revocation.', complexity: listOf(LIST_SIZES.revocationGroundsPerType) })
  revocationGrounds!: RevocationGround[];
}

/** A licence as loaders and services read it: its row and its status today (computed in SQL by license_status_on). */
export type LicenseWithStatus = LicenseRecord & { statusToday: LicenseStatus };

@ObjectType('License', { implements: Node, description: 'A licence or certificate, with the whole of its legal life.' })
export class License extends Node {
  @Field({ description: 'Number as printed, e.g. 15/GCN-STTTT (changes only on reissue).' })
  number!: string;

  @Field(() => LicenseType, { description: 'The type.' })
  type!: LicenseType;

  @Field(() => Decision, { description: 'The issuing decision.' })
  decision!: Decision;

  @Field(() => LocalDateResolver, { description: 'Date of issue (ngày cấp).' })
  issuedOn!: string;

  @Field(() => LocalDateResolver, { description: 'First day in force.' })
  effectiveFrom!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day in force, after any renewal; null for types without a term.' })
  expiresOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Scope as written on the licence.' })
  scope!: string | null;

  @Field(() => JSONObjectResolver, {
    description: 'Conditions certified by the type, e.g. { "floorAreaM2": 60, "machineCount": 30 } for a game point.',
  })
  conditions!: object;

  @Field(() => LicenseStatus, { description: 'Status today (Asia/Ho_Chi_Minh), derived from the events and the date.' })
  status!: LicenseStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'End of the current suspension, when one was set.' })
  suspendedUntil!: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'After a revocation on a barring ground: first day the holder may re-apply.',
  })
  reapplyNotBefore!: string | null;

  @Field(() => DateTimeResolver, { description: 'When the record was created (UTC).' })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { description: 'When the record last changed (UTC).' })
  updatedAt!: Date;

  @Field(() => Int, { description: 'Version for optimistic locking: send it with the next step; a stale one is CONFLICT.' })
  version!: number;

  /** Not a GraphQL field: the row behind the type. */
  row!: LicenseWithStatus;
}

/** An event as loaders and services read it: its row and the type of its licence (which names its revocation ground). */
export type LicenseEventWithType = LicenseEventRecord & { licenseType: LicenseType };

@ObjectType('LicenseEvent', { description: 'One step in the life of a licence (append-only).' })
export class LicenseEvent {
  @Field({ description: 'Id of the event.' })
  id!: string;

  @Field(() => Int, { description: 'Position in the licence’s history, from 1 (the issue).' })
  sequence!: number;

  @Field(() => LicenseEventType, { description: 'The step.' })
  type!: LicenseEventType;

  @Field(() => LocalDateResolver, { description: 'Date the step takes legal effect.' })
  effectiveOn!: string;

  @Field(() => Decision, { description: 'The decision behind the step.' })
  decision!: Decision;

  @Field(() => String, { nullable: true, description: 'Reason given in the decision.' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'Free text on the ground of a revocation.' })
  groundText!: string | null;

  @Field(() => JSONObjectResolver, {
    nullable: true,
    description: 'For amendments, renewals and reissues: each changed field with { before, after }.',
  })
  changes!: object | null;

  @Field(() => LicenseStatus, { description: 'Status the step leads to.' })
  resultingStatus!: LicenseStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'For a suspension: its end, when set.' })
  suspendedUntil!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'For a revocation on a barring ground: first day to re-apply.' })
  reapplyNotBefore!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The holder’s 2024 ward or district as the decision names it (a decision before 1 Jul 2025 on a holder recorded with a 2025 commune formed from several 2024 districts).',
  })
  holderUnit2024!: string | null;

  @Field(() => DateTimeResolver, { description: 'When it was recorded (UTC).' })
  recordedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Label of the API key that recorded it.' })
  recordedBy!: string | null;

  /** Not a GraphQL field: the row behind the type. */
  row!: LicenseEventWithType;
}

export const licenseGlobalId = (uuid: string) => toGlobalId('License', uuid);
/** The uuid behind a License's global id (BAD_USER_INPUT on `field` when it is not one). */
export const licenseKey = (id: string, field = 'licenseId'): string => uuidOf(id, 'License', field);

export function toLicense(row: LicenseWithStatus): License {
  const l = new License();
  l.id = licenseGlobalId(row.id);
  l.number = row.number;
  l.type = row.licenseType;
  l.decision = { number: row.decisionNumber, date: row.decisionDate, signer: row.signerName, signerTitle: row.signerTitle };
  l.issuedOn = row.issuedOn;
  l.effectiveFrom = row.effectiveFrom;
  l.expiresOn = row.expiresOn;
  l.scope = row.scope;
  l.conditions = row.conditions;
  l.status = row.statusToday;
  l.suspendedUntil = row.suspendedUntil;
  l.reapplyNotBefore = row.reapplyNotBefore;
  l.createdAt = row.createdAt;
  l.updatedAt = row.updatedAt;
  l.version = row.version;
  l.row = row;
  return l;
}

export function toLicenseEvent(row: LicenseEventWithType): LicenseEvent {
  const e = new LicenseEvent();
  e.id = row.id;
  e.sequence = row.seq;
  e.type = row.type;
  e.effectiveOn = row.effectiveOn;
  e.decision = { number: row.decisionNumber, date: row.decisionDate, signer: row.signerName, signerTitle: row.signerTitle };
  e.reason = row.reason;
  e.groundText = row.groundText;
  e.changes = row.changes;
  e.resultingStatus = row.resultingStatus;
  e.suspendedUntil = row.suspendedUntil;
  e.reapplyNotBefore = row.reapplyNotBefore;
  e.holderUnit2024 = row.holderUnit2024;
  e.recordedAt = row.recordedAt;
  e.recordedBy = row.recordedBy;
  e.row = row;
  return e;
}
