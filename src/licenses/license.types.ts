import { DateTimeResolver, JSONObjectResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AuthorityLevel } from '../authorities/authority.types';
import { EntityKind } from '../entities/entity-kind';
import { toGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node';
import { LIST_SIZES } from '../graphql/list-sizes';
import { listOf } from '../graphql/limits';

export enum LicenseType {
  GAME_POINT_CERTIFICATE = 'GAME_POINT_CERTIFICATE',
  PRINTING_LICENSE = 'PRINTING_LICENSE',
  PRINTING_REGISTRATION = 'PRINTING_REGISTRATION',
  COLOR_COPIER_REGISTRATION = 'COLOR_COPIER_REGISTRATION',
  PUBLICATION_DISTRIBUTION_REGISTRATION = 'PUBLICATION_DISTRIBUTION_REGISTRATION',
  NON_BUSINESS_PUBLICATION_LICENSE = 'NON_BUSINESS_PUBLICATION_LICENSE',
  PUBLICATION_IMPORT_LICENSE = 'PUBLICATION_IMPORT_LICENSE',
  PUBLICATION_EXHIBITION_LICENSE = 'PUBLICATION_EXHIBITION_LICENSE',
  POSTAL_LICENSE = 'POSTAL_LICENSE',
  POSTAL_NOTIFICATION_CONFIRMATION = 'POSTAL_NOTIFICATION_CONFIRMATION',
  TELECOM_LICENSE_WITH_INFRASTRUCTURE = 'TELECOM_LICENSE_WITH_INFRASTRUCTURE',
  TELECOM_LICENSE_WITHOUT_INFRASTRUCTURE = 'TELECOM_LICENSE_WITHOUT_INFRASTRUCTURE',
  TELECOM_PRIVATE_NETWORK_LICENSE = 'TELECOM_PRIVATE_NETWORK_LICENSE',
  TELECOM_TRIAL_LICENSE = 'TELECOM_TRIAL_LICENSE',
  TELECOM_SERVICE_REGISTRATION = 'TELECOM_SERVICE_REGISTRATION',
  RADIO_EQUIPMENT_LICENSE = 'RADIO_EQUIPMENT_LICENSE',
  RADIO_BAND_LICENSE = 'RADIO_BAND_LICENSE',
  RADIO_SATELLITE_ORBIT_LICENSE = 'RADIO_SATELLITE_ORBIT_LICENSE',
}
registerEnumType(LicenseType, {
  name: 'LicenseType',
  description: 'Licences and certificates the registry records (domain.md §5); their rules are data, see `licenseTypes`.',
  valuesConfig: {
    GAME_POINT_CERTIFICATE: { description: 'Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng.' },
    PRINTING_LICENSE: { description: 'Giấy phép hoạt động in.' },
    PRINTING_REGISTRATION: { description: 'Xác nhận đăng ký hoạt động cơ sở in.' },
    COLOR_COPIER_REGISTRATION: { description: 'Đăng ký sử dụng máy photocopy màu.' },
    PUBLICATION_DISTRIBUTION_REGISTRATION: { description: 'Xác nhận đăng ký hoạt động phát hành xuất bản phẩm.' },
    NON_BUSINESS_PUBLICATION_LICENSE: { description: 'Giấy phép xuất bản tài liệu không kinh doanh.' },
    PUBLICATION_IMPORT_LICENSE: { description: 'Giấy phép nhập khẩu xuất bản phẩm không kinh doanh.' },
    PUBLICATION_EXHIBITION_LICENSE: { description: 'Giấy phép tổ chức triển lãm, hội chợ xuất bản phẩm.' },
    POSTAL_LICENSE: { description: 'Giấy phép bưu chính.' },
    POSTAL_NOTIFICATION_CONFIRMATION: { description: 'Văn bản xác nhận thông báo hoạt động bưu chính.' },
    TELECOM_LICENSE_WITH_INFRASTRUCTURE: { description: 'Giấy phép cung cấp dịch vụ viễn thông có hạ tầng mạng.' },
    TELECOM_LICENSE_WITHOUT_INFRASTRUCTURE: { description: 'Giấy phép cung cấp dịch vụ viễn thông không có hạ tầng mạng.' },
    TELECOM_PRIVATE_NETWORK_LICENSE: { description: 'Giấy phép thiết lập mạng viễn thông dùng riêng.' },
    TELECOM_TRIAL_LICENSE: { description: 'Giấy phép thử nghiệm mạng và dịch vụ viễn thông.' },
    TELECOM_SERVICE_REGISTRATION: { description: 'Giấy chứng nhận đăng ký cung cấp dịch vụ viễn thông.' },
    RADIO_EQUIPMENT_LICENSE: { description: 'Giấy phép sử dụng tần số và thiết bị vô tuyến điện.' },
    RADIO_BAND_LICENSE: { description: 'Giấy phép sử dụng băng tần.' },
    RADIO_SATELLITE_ORBIT_LICENSE: { description: 'Giấy phép sử dụng tần số và quỹ đạo vệ tinh.' },
  },
});

export enum LicenseStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
  SURRENDERED = 'SURRENDERED',
}
registerEnumType(LicenseStatus, {
  name: 'LicenseStatus',
  description: 'Legal status of a licence on a date, derived from its events and its expiry date.',
  valuesConfig: {
    ACTIVE: { description: 'In force (còn hiệu lực).' },
    SUSPENDED: { description: 'Suspended (đình chỉ).' },
    REVOKED: { description: 'Revoked (thu hồi); terminal.' },
    EXPIRED: { description: 'Past its expiry date without renewal (hết hạn); not an event, derived from the date.' },
    SURRENDERED: { description: 'Ended at the holder’s request or returned (chấm dứt / nộp lại); terminal.' },
  },
});

export enum LicenseEventType {
  ISSUED = 'ISSUED',
  AMENDED = 'AMENDED',
  RENEWED = 'RENEWED',
  REISSUED = 'REISSUED',
  SUSPENDED = 'SUSPENDED',
  REINSTATED = 'REINSTATED',
  REVOKED = 'REVOKED',
  SURRENDERED = 'SURRENDERED',
}
registerEnumType(LicenseEventType, {
  name: 'LicenseEventType',
  description: 'A step in the legal life of a licence, each backed by a decision.',
  valuesConfig: {
    ISSUED: { description: 'Issued (cấp).' },
    AMENDED: { description: 'Amended or supplemented (sửa đổi, bổ sung).' },
    RENEWED: { description: 'Renewed: term extended (gia hạn).' },
    REISSUED: { description: 'Reissued after loss or damage (cấp lại).' },
    SUSPENDED: { description: 'Suspended (đình chỉ).' },
    REINSTATED: { description: 'Reinstated after a suspension (khôi phục).' },
    REVOKED: { description: 'Revoked (thu hồi).' },
    SURRENDERED: { description: 'Ended or returned (chấm dứt / nộp lại).' },
  },
});

export enum TermKind {
  YEARS = 'YEARS',
  NONE = 'NONE',
  SINGLE_USE = 'SINGLE_USE',
}
registerEnumType(TermKind, {
  name: 'LicenseTermKind',
  description: 'How long a licence of a type lasts.',
  valuesConfig: {
    YEARS: { description: 'A term up to `maxTermMonths`; `expiresOn` is required.' },
    NONE: { description: 'No term: valid until revoked or surrendered; no `expiresOn`.' },
    SINGLE_USE: { description: 'For one publication, consignment or event; `expiresOn` optional.' },
  },
});

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

export interface LicenseRow {
  id: string;
  number: string;
  license_type: LicenseType;
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
  status: LicenseStatus;
  suspended_until: string | null;
  reapply_not_before: string | null;
  last_effective_on: string;
  created_at: Date;
  updated_at: Date;
  version: number;
  /** Status today, computed in SQL by license_status_on. */
  status_today: LicenseStatus;
}

export const LICENSE_COLUMNS = `l.id, l.number, l.license_type, l.holder_id, l.issuing_authority_code, l.legal_basis_code, l.decision_number,
  l.decision_date, l.signer_name, l.signer_title, l.issued_on, l.effective_from, l.expires_on, l.scope, l.conditions, l.status,
  l.suspended_until, l.reapply_not_before, l.last_effective_on, l.created_at, l.updated_at, l.version`;

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
  conditions!: Record<string, unknown>;

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

  row!: LicenseRow;
}

export interface LicenseEventRow {
  id: string;
  license_id: string;
  seq: number;
  type: LicenseEventType;
  effective_on: string;
  decision_number: string;
  decision_date: string;
  signer_name: string;
  signer_title: string;
  authority_code: string;
  reason: string | null;
  ground_code: string | null;
  ground_text: string | null;
  changes: Record<string, unknown> | null;
  resulting_status: LicenseStatus;
  expires_on_after: string | null;
  suspended_until: string | null;
  reapply_not_before: string | null;
  number_after: string;
  recorded_at: Date;
  recorded_by: string | null;
}

export const EVENT_COLUMNS = `ev.id, ev.license_id, ev.seq, ev.type, ev.effective_on, ev.decision_number, ev.decision_date, ev.signer_name,
  ev.signer_title, ev.authority_code, ev.reason, ev.ground_code, ev.ground_text, ev.changes, ev.resulting_status, ev.expires_on_after,
  ev.suspended_until, ev.reapply_not_before, ev.number_after, ev.recorded_at, ev.recorded_by`;

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
  changes!: Record<string, unknown> | null;

  @Field(() => LicenseStatus, { description: 'Status the step leads to.' })
  resultingStatus!: LicenseStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: 'For a suspension: its end, when set.' })
  suspendedUntil!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'For a revocation on a barring ground: first day to re-apply.' })
  reapplyNotBefore!: string | null;

  @Field(() => DateTimeResolver, { description: 'When it was recorded (UTC).' })
  recordedAt!: Date;

  @Field(() => String, { nullable: true, description: 'Label of the API key that recorded it.' })
  recordedBy!: string | null;

  row!: LicenseEventRow;
}

export const licenseGlobalId = (uuid: string) => toGlobalId('License', uuid);

export function toLicense(row: LicenseRow): License {
  const l = new License();
  l.id = licenseGlobalId(row.id);
  l.number = row.number;
  l.type = row.license_type;
  l.decision = { number: row.decision_number, date: row.decision_date, signer: row.signer_name, signerTitle: row.signer_title };
  l.issuedOn = row.issued_on;
  l.effectiveFrom = row.effective_from;
  l.expiresOn = row.expires_on;
  l.scope = row.scope;
  l.conditions = row.conditions;
  l.status = row.status_today;
  l.suspendedUntil = row.suspended_until;
  l.reapplyNotBefore = row.reapply_not_before;
  l.createdAt = row.created_at;
  l.updatedAt = row.updated_at;
  l.version = row.version;
  l.row = row;
  return l;
}

export function toLicenseEvent(row: LicenseEventRow): LicenseEvent {
  const e = new LicenseEvent();
  e.id = row.id;
  e.sequence = row.seq;
  e.type = row.type;
  e.effectiveOn = row.effective_on;
  e.decision = { number: row.decision_number, date: row.decision_date, signer: row.signer_name, signerTitle: row.signer_title };
  e.reason = row.reason;
  e.groundText = row.ground_text;
  e.changes = row.changes;
  e.resultingStatus = row.resulting_status;
  e.suspendedUntil = row.suspended_until;
  e.reapplyNotBefore = row.reapply_not_before;
  e.recordedAt = row.recorded_at;
  e.recordedBy = row.recorded_by;
  e.row = row;
  return e;
}
