import { ArrayMaxSize, IsEmail, IsNumber, IsOptional, IsUrl, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { UnitStructure } from '../admin-units/admin-unit.enums';
import { OrderDirection } from '../graphql/connection';
import { LicenseStatus, LicenseType } from '../licenses/license.enums';
import { EntityKind, EntityStatus, LegalForm } from './entity-kind';
import { GameServicePointDetails } from './game-service-point';
import { InternetAccessPointDetails } from './internet-access-point';
import { ItEnterpriseDetails } from './it-enterprise';
import { PostalEnterpriseDetails } from './postal-enterprise';
import { PrintingEstablishmentDetails } from './printing-establishment';
import { PublisherDetails } from './publisher';
import { RadioFrequencyUserDetails } from './radio-frequency-user';
import { InformationProviderDetails } from './information-provider';
import { TelecomOperatorDetails } from './telecom-operator';
import { IsLocalDateNotInFuture, IsPersonalIdNumber, IsTaxCode, IsVietnamesePhone } from './validators';

@InputType('AddressInput', { description: 'An address: street text plus an official commune code of a stated structure.' })
export class AddressInput {
  @Field({ description: 'House number and street, hamlet or group.' })
  @Length(1, 255)
  street!: string;

  @Field({ description: 'Official 5-digit commune/ward code in `structure`.' })
  @Matches(/^\d{5}$/, { message: 'must be a 5-digit official commune/ward code' })
  wardCode!: string;

  @Field(() => UnitStructure, {
    defaultValue: UnitStructure.TWO_TIER_2025,
    description: 'The structure `wardCode` belongs to; the current two-tier (2025) one by default.',
  })
  structure!: UnitStructure;
}

@InputType('RepresentativeInput', { description: 'The legal representative, owner or head.' })
export class RepresentativeInput {
  @Field({ description: 'Full name, with diacritics.' })
  @Length(1, 120)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Title, e.g. Giám đốc.' })
  @IsOptional()
  @Length(1, 120)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Personal data: citizen ID (12 digits) or old ID card (9 digits).' })
  @IsOptional()
  @IsPersonalIdNumber()
  idNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Personal data: personal phone number.' })
  @IsOptional()
  @IsVietnamesePhone()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Personal data: home address of an individual.' })
  @IsOptional()
  @Length(1, 300)
  residenceAddress?: string | null;
}

@InputType('ContactInput', { description: 'Business contact of the holder.' })
export class ContactInput {
  @Field(() => String, { nullable: true, description: 'Business phone (Vietnamese number).' })
  @IsOptional()
  @IsVietnamesePhone()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Business e-mail address.' })
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Website (http or https).' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) URL' })
  @MaxLength(300)
  website?: string | null;
}

@InputType('GeoPointInput', { description: 'A WGS 84 point.' })
export class GeoPointInput {
  @Field(() => Float, { description: 'Latitude in degrees.' })
  @IsNumber()
  @Min(-90)
  @Max(90)
  latitude!: number;

  @Field(() => Float, { description: 'Longitude in degrees.' })
  @IsNumber()
  @Min(-180)
  @Max(180)
  longitude!: number;
}

/** The part of a registration every kind shares; each Register…Input extends it. */
@InputType('EntityCommonInput', { description: 'The part of a registration every kind shares.' })
export abstract class EntityCommonInput {
  @Field({ description: 'Name as registered, with diacritics.' })
  @Length(1, 255)
  name!: string;

  @Field(() => LegalForm, { description: 'Legal form of the holder.' })
  legalForm!: LegalForm;

  @Field(() => String, { nullable: true, description: 'Enterprise/tax code: 10 digits, or 13 (10-3) for a branch.' })
  @IsOptional()
  @IsTaxCode()
  taxCode?: string | null;

  @Field(() => RepresentativeInput, { nullable: true, description: 'Legal representative, owner or head.' })
  @IsOptional()
  @ValidateNested()
  representative?: RepresentativeInput | null;

  @Field(() => ContactInput, { nullable: true, description: 'Business contact.' })
  @IsOptional()
  @ValidateNested()
  contact?: ContactInput | null;

  @Field(() => AddressInput, { description: 'Address of the establishment, in the registry’s province.' })
  @ValidateNested()
  address!: AddressInput;

  @Field(() => GeoPointInput, { nullable: true, description: 'Location on the map.' })
  @IsOptional()
  @ValidateNested()
  location?: GeoPointInput | null;

  @Field(() => String, { nullable: true, description: 'Internal notes (never published).' })
  @IsOptional()
  @MaxLength(4000)
  notes?: string | null;
}

@InputType('UpdateEntityInput', {
  description:
    'Changes to an entity. Omitted fields stay as they are; null clears an optional field. Give the kind’s own attributes in the field named after the kind (replaced whole).',
})
export class UpdateEntityInput {
  @Field(() => ID, { description: 'The entity.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale version is refused with CONFLICT.' })
  version!: number;

  @Field({ nullable: true, description: 'New name.' })
  @IsOptional()
  @Length(1, 255)
  name?: string;

  @Field(() => LegalForm, { nullable: true, description: 'New legal form.' })
  @IsOptional()
  legalForm?: LegalForm;

  @Field(() => String, { nullable: true, description: 'New enterprise/tax code.' })
  @IsOptional()
  @IsTaxCode()
  taxCode?: string | null;

  @Field(() => RepresentativeInput, { nullable: true, description: 'New representative (replaced whole).' })
  @IsOptional()
  @ValidateNested()
  representative?: RepresentativeInput | null;

  @Field(() => ContactInput, { nullable: true, description: 'New contact (replaced whole).' })
  @IsOptional()
  @ValidateNested()
  contact?: ContactInput | null;

  @Field(() => AddressInput, { nullable: true, description: 'New address (replaced whole).' })
  @IsOptional()
  @ValidateNested()
  address?: AddressInput;

  @Field(() => GeoPointInput, { nullable: true, description: 'New location.' })
  @IsOptional()
  @ValidateNested()
  location?: GeoPointInput | null;

  @Field(() => String, { nullable: true, description: 'New notes.' })
  @IsOptional()
  @MaxLength(4000)
  notes?: string | null;

  @Field(() => PrintingEstablishmentDetails, { nullable: true, description: 'New attributes of a printing establishment.' })
  @IsOptional()
  @ValidateNested()
  printingEstablishment?: PrintingEstablishmentDetails;

  @Field(() => PublisherDetails, { nullable: true, description: 'New attributes of a publisher.' })
  @IsOptional()
  @ValidateNested()
  publisher?: PublisherDetails;

  @Field(() => PostalEnterpriseDetails, { nullable: true, description: 'New attributes of a postal enterprise.' })
  @IsOptional()
  @ValidateNested()
  postalEnterprise?: PostalEnterpriseDetails;

  @Field(() => TelecomOperatorDetails, { nullable: true, description: 'New attributes of a telecom operator.' })
  @IsOptional()
  @ValidateNested()
  telecomOperator?: TelecomOperatorDetails;

  @Field(() => GameServicePointDetails, { nullable: true, description: 'New attributes of a game service point.' })
  @IsOptional()
  @ValidateNested()
  gameServicePoint?: GameServicePointDetails;

  @Field(() => InternetAccessPointDetails, { nullable: true, description: 'New attributes of an Internet access point.' })
  @IsOptional()
  @ValidateNested()
  internetAccessPoint?: InternetAccessPointDetails;

  @Field(() => ItEnterpriseDetails, { nullable: true, description: 'New attributes of an IT enterprise.' })
  @IsOptional()
  @ValidateNested()
  itEnterprise?: ItEnterpriseDetails;

  @Field(() => RadioFrequencyUserDetails, { nullable: true, description: 'New attributes of a radio-frequency user.' })
  @IsOptional()
  @ValidateNested()
  radioFrequencyUser?: RadioFrequencyUserDetails;

  @Field(() => InformationProviderDetails, { nullable: true, description: 'New attributes of an information provider.' })
  @IsOptional()
  @ValidateNested()
  informationProvider?: InformationProviderDetails;
}

@InputType('DeregisterEntityInput', { description: 'Taking an entity off the registry; the record is kept.' })
export class DeregisterEntityInput {
  @Field(() => ID, { description: 'The entity.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale version is refused with CONFLICT.' })
  version!: number;

  @Field(() => LocalDateResolver, { description: 'Date from which it is off the registry (not in the future).' })
  @IsLocalDateNotInFuture()
  effectiveOn!: string;

  @Field({ description: 'Why, e.g. "Ngừng hoạt động theo đề nghị của chủ cơ sở".' })
  @Length(3, 1000)
  reason!: string;
}

@InputType('EntityFilter', { description: 'Which entities to list; all conditions must hold.' })
export class EntityFilter {
  @Field(() => [EntityKind], { nullable: true, description: 'Only these kinds.' })
  @IsOptional()
  @ArrayMaxSize(9)
  kinds?: EntityKind[];

  @Field(() => [EntityStatus], {
    nullable: true,
    description: 'Only these registry statuses; ACTIVE only by default (deregistered entities are hidden unless asked for).',
  })
  @IsOptional()
  statuses?: EntityStatus[];

  @Field(() => String, {
    nullable: true,
    description: 'Only addresses in this province: a 2024 code (e.g. 70) or a 2025 code (e.g. 75, which includes the former Bình Phước).',
  })
  @IsOptional()
  @Matches(/^\d{2}$/, { message: 'must be a 2-digit province code' })
  provinceCode?: string;

  @Field(() => String, { nullable: true, description: 'Only addresses in this 2024 district (3 digits).' })
  @IsOptional()
  @Matches(/^\d{3}$/, { message: 'must be a 3-digit district code' })
  districtCode?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Only addresses in this commune: a 2024 ward code matches records in that ward; a 2025 commune code also matches 2024 records whose ward went whole into it.',
  })
  @IsOptional()
  @Matches(/^\d{5}$/, { message: 'must be a 5-digit commune/ward code' })
  wardCode?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Words to find in the name, registry code, tax code or street, ignoring case and diacritics ("hoang long" finds "Hoàng Long", "phu rieng do" finds "65 Đường Phú Riềng Đỏ").',
  })
  @IsOptional()
  @Length(1, 200)
  search?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Every record of one enterprise, of any kind: entities whose enterprise/tax code is this one or one of its branches (a 10-digit code, or a 13-digit branch code whose first 10 digits are used).',
  })
  @IsOptional()
  @IsTaxCode()
  enterpriseCode?: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'Only entities changed at or after this instant.' })
  @IsOptional()
  updatedSince?: Date;

  @Field(() => LicenseType, {
    nullable: true,
    description: 'Only holders of a licence of this type (with `licenseStatuses`: in those statuses today).',
  })
  @IsOptional()
  licenseType?: LicenseType;

  @Field(() => [LicenseStatus], {
    nullable: true,
    description: 'Only holders of a licence in one of these statuses today (of `licenseType`, when given).',
  })
  @IsOptional()
  licenseStatuses?: LicenseStatus[];
}

export enum EntityOrderField {
  NAME = 'NAME',
  REGISTRY_CODE = 'REGISTRY_CODE',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(EntityOrderField, {
  name: 'EntityOrderField',
  description: 'What to sort entities by (ties broken by id, so pages are stable).',
  valuesConfig: {
    NAME: { description: 'Name, ignoring case and diacritics.' },
    REGISTRY_CODE: { description: 'Registry code.' },
    CREATED_AT: { description: 'When registered in this system.' },
    UPDATED_AT: { description: 'When last changed.' },
  },
});

@InputType('EntityOrder', { description: 'Sort order of an entity list.' })
export class EntityOrder {
  @Field(() => EntityOrderField, { defaultValue: EntityOrderField.NAME, description: 'Sort key.' })
  field!: EntityOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Direction.' })
  direction!: OrderDirection;
}
