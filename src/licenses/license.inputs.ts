import { IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { JSONObjectResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int } from 'type-graphql';
import { EntityKind } from '../entities/entity-kind';
import { LicenseStatus, LicenseType } from './license.enums';
import { IsLocalDateNotInFuture } from '../entities/validators';

@InputType('DecisionInput', { description: 'The decision behind a licence or a step: number, date, signer and the authority that signed.' })
export class DecisionInput {
  @Field({ description: 'Decision number as printed, e.g. 123/QĐ-UBND.' })
  @Length(1, 100)
  number!: string;

  @Field(() => LocalDateResolver, { description: 'Date signed (not in the future).' })
  @IsLocalDateNotInFuture()
  date!: string;

  @Field({ description: 'Name of the signer.' })
  @Length(1, 120)
  signer!: string;

  @Field({ description: 'Title of the signer.' })
  @Length(1, 120)
  signerTitle!: string;

  @Field({
    description:
      'Code of the signing authority (see `authorities`); it must exist on the decision date and be competent for the type then.',
  })
  @Length(1, 50)
  authorityCode!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'For a decision dated before 1 Jul 2025 on a holder recorded with a 2025 commune formed from wards of several 2024 districts or provinces: the holder’s 2024 ward (5 digits) or district (3 digits) as the decision names it. It must be one its commune was formed from; the step records it.',
  })
  @IsOptional()
  @Matches(/^\d{3}(\d{2})?$/, { message: 'must be a 2024 ward (5 digits) or district (3 digits) code' })
  holderUnit2024?: string | null;
}

@InputType('IssueLicenseInput', { description: 'A new licence for a registered entity.' })
export class IssueLicenseInput {
  @Field(() => ID, { description: 'The holder (a RegulatedEntity id).' })
  holderId!: string;

  @Field(() => LicenseType, { description: 'The licence type; it must apply to the holder’s kind.' })
  type!: LicenseType;

  @Field({ description: 'Number as printed, unique per authority and type.' })
  @Length(1, 100)
  number!: string;

  @Field(() => DecisionInput, { description: 'The issuing decision.' })
  @ValidateNested()
  decision!: DecisionInput;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Date of issue; the decision date by default.' })
  @IsOptional()
  @IsLocalDateNotInFuture()
  issuedOn?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'First day in force; the issue date by default.' })
  @IsOptional()
  effectiveFrom?: string | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description: 'Last day in force: required for types with a term, within the maximum term.',
  })
  @IsOptional()
  expiresOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Legal basis code; by default the type’s basis in force on the issue date.' })
  @IsOptional()
  @Length(1, 50)
  legalBasisCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Scope as written on the licence.' })
  @IsOptional()
  @Length(1, 2000)
  scope?: string | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'Conditions certified, e.g. { "floorAreaM2": 60 }.' })
  @IsOptional()
  conditions?: Record<string, unknown> | null;
}

/** What every step on an existing licence carries. */
@InputType('LicenseStepInput', { description: 'A step on an existing licence.' })
export class LicenseStepInput {
  @Field(() => ID, { description: 'The licence.' })
  licenseId!: string;

  @Field(() => Int, {
    description: 'The licence version you read; a stale one is refused with CONFLICT (two clerks cannot both record a step).',
  })
  version!: number;

  @Field(() => LocalDateResolver, {
    description: 'Date the step takes effect: not before the licence’s last event, not later than a year from today.',
  })
  effectiveOn!: string;

  @Field(() => DecisionInput, { description: 'The decision.' })
  @ValidateNested()
  decision!: DecisionInput;

  @Field(() => String, { nullable: true, description: 'Reason given in the decision.' })
  @IsOptional()
  @Length(1, 2000)
  reason?: string | null;
}

@InputType('AmendLicenseInput', { description: 'Amendment (sửa đổi, bổ sung): new scope and/or conditions; the term is unchanged.' })
export class AmendLicenseInput extends LicenseStepInput {
  @Field(() => String, { nullable: true, description: 'New scope.' })
  @IsOptional()
  @Length(1, 2000)
  scope?: string | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: 'New conditions (replaced whole).' })
  @IsOptional()
  conditions?: Record<string, unknown> | null;
}

@InputType('RenewLicenseInput', { description: 'Renewal (gia hạn): decided on or before the current expiry.' })
export class RenewLicenseInput extends LicenseStepInput {
  @Field(() => LocalDateResolver, { description: 'New last day in force: after the current one, within the type’s rules.' })
  newExpiresOn!: string;
}

@InputType('ReissueLicenseInput', { description: 'Reissue (cấp lại) after loss or damage: same licence, same term.' })
export class ReissueLicenseInput extends LicenseStepInput {
  @Field(() => String, { nullable: true, description: 'New document number, if one was given.' })
  @IsOptional()
  @Length(1, 100)
  newNumber?: string | null;
}

@InputType('SuspendLicenseInput', { description: 'Suspension (đình chỉ).' })
export class SuspendLicenseInput extends LicenseStepInput {
  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day of the suspension, when the decision sets one.' })
  @IsOptional()
  suspendedUntil?: string | null;
}

@InputType('RevokeLicenseInput', { description: 'Revocation (thu hồi), on a ground of the type’s list.' })
export class RevokeLicenseInput extends LicenseStepInput {
  @Field({ description: 'Ground code from `licenseTypes { revocationGrounds }`.' })
  @Length(1, 50)
  groundCode!: string;

  @Field(() => String, { nullable: true, description: 'Details of the ground.' })
  @IsOptional()
  @Length(1, 2000)
  groundText?: string | null;
}

@InputType('DateRange', { description: 'An inclusive range of dates; either end may be open.' })
export class DateRange {
  @Field(() => LocalDateResolver, { nullable: true, description: 'From this date (inclusive).' })
  from?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'To this date (inclusive).' })
  to?: string | null;
}

@InputType('LicenseFilter', { description: 'Which licences to list; all conditions must hold.' })
export class LicenseFilter {
  @Field(() => [LicenseType], { nullable: true, description: 'Only these types.' })
  types?: LicenseType[];

  @Field(() => [LicenseStatus], { nullable: true, description: 'Only these statuses (today, or on `statusOn`).' })
  statuses?: LicenseStatus[];

  @Field(() => LocalDateResolver, { nullable: true, description: 'Judge `statuses` on this date instead of today.' })
  statusOn?: string;

  @Field(() => String, { nullable: true, description: 'Only holders in this 2024 district.' })
  @IsOptional()
  @Matches(/^\d{3}$/, { message: 'must be a 3-digit district code' })
  districtCode?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only holders in this commune (2024 ward, or 2025 commune incl. wards that went whole into it).',
  })
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'must be a 5-digit commune/ward code' })
  wardCode?: string;

  @Field(() => [EntityKind], { nullable: true, description: 'Only holders of these kinds.' })
  holderKinds?: EntityKind[];

  @Field(() => ID, { nullable: true, description: 'Only licences of this holder.' })
  holderId?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Only licences whose expiry date is before this date.' })
  expiresBefore?: string;

  @Field(() => DateRange, { nullable: true, description: 'Only licences issued in this range.' })
  issuedBetween?: DateRange;

  @Field(() => DateRange, { nullable: true, description: 'Only licences revoked with effect in this range.' })
  revokedBetween?: DateRange;

  @Field(() => String, { nullable: true, description: 'Licence number contains this text (case and diacritics ignored).' })
  @IsOptional()
  @Length(1, 100)
  search?: string;
}
