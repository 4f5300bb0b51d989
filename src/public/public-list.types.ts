import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { UnitStructure } from '../admin-units/admin-unit.enums';
import { connectionTypes } from '../graphql/connection';
import { listOf } from '../graphql/limits';
import { LIST_SIZES } from '../graphql/list-sizes';
import { LicenseStatus, LicenseType } from '../licenses/license.enums';

export enum PublicListKind {
  LICENSED = 'LICENSED',
  REVOKED = 'REVOKED',
}
registerEnumType(PublicListKind, {
  name: 'PublicListKind',
  description: 'Which legally required public list (Decree 72/2013 art. 35 as amended; continued under Decree 147/2024).',
  valuesConfig: {
    LICENSED: {
      description:
        'Points whose certificate was in force on the date (ACTIVE or SUSPENDED, shown as it is): danh sách điểm được cấp giấy chứng nhận.',
    },
    REVOKED: { description: 'Points whose certificate was revoked on or before the date: danh sách điểm bị thu hồi giấy chứng nhận.' },
  },
});

/**
 * The public part of an address: the street and the official names of the units as they were recorded, and the unit of
 * the current (2025) structure it lies in. Nothing here is personal: it is the establishment's address, never a home
 * address (an individual's residence is not selected by the public queries at all).
 */
@ObjectType('PublicAddress', { description: 'Address of the establishment with official unit names (public).' })
export class PublicAddress {
  @Field({ description: 'House number and street, hamlet or group.' })
  street!: string;

  @Field(() => UnitStructure, { description: 'The structure the address was recorded in.' })
  structure!: UnitStructure;

  @Field({ description: 'Official code of the commune-level unit, as recorded.' })
  wardCode!: string;

  @Field({ description: 'Official name of the commune-level unit, as recorded, e.g. "Phường Tân Phú".' })
  ward!: string;

  @Field(() => String, { nullable: true, description: 'Official name of the 2024 district (2024 addresses only).' })
  district!: string | null;

  @Field({ description: 'Official name of the province, as recorded.' })
  province!: string;

  @Field({ description: 'The address in one line with the official names, as recorded.' })
  fullText!: string;

  @Field(() => String, { nullable: true, description: 'Code of the 2025 commune the address lies in now; null when its ward was split.' })
  currentCommuneCode!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Official name of the 2025 commune the address lies in now; null when its 2024 ward was split between communes.',
  })
  currentCommune!: string | null;

  @Field(() => [String], {
    description:
      'When the 2024 ward was split between several 2025 communes: their names (the address lies in one of them; never guessed). Empty otherwise.',
    complexity: listOf(LIST_SIZES.unitSuccessors),
  })
  splitBetween!: string[];

  @Field(() => String, { nullable: true, description: 'Official name of the 2025 province the address lies in now.' })
  currentProvince!: string | null;
}

@ObjectType('PublicRevocation', { description: 'The revocation of a certificate, as published (no free-text reasons).' })
export class PublicRevocation {
  @Field({ description: 'Number of the revocation decision.' })
  decisionNumber!: string;

  @Field(() => LocalDateResolver, { description: 'Date of the revocation decision.' })
  decisionDate!: string;

  @Field(() => LocalDateResolver, { description: 'Date the revocation took effect.' })
  effectiveOn!: string;

  @Field({ description: 'Code of the ground category (of the licence type’s list), e.g. FRAUD.' })
  groundCode!: string;

  @Field({ description: 'The ground category in Vietnamese, e.g. "Giả mạo hồ sơ đề nghị cấp giấy chứng nhận".' })
  ground!: string;
}

@ObjectType('PublicGameServicePoint', {
  description:
    'A game service point on a public list: only the public fields of domain.md §7 (no ID numbers, personal phones or e-mails, home addresses, notes, nor the name of an owner who is a person).',
})
export class PublicGameServicePoint {
  @Field({ description: 'Name of the point (tên điểm cung cấp dịch vụ).' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The owner’s registered name when the owner is an organisation (enterprise, branch, cooperative, public unit…); null when it is a household business or an individual, whose name is personal data.',
  })
  ownerName!: string | null;

  @Field(() => PublicAddress, { description: 'Address of the point.' })
  address!: PublicAddress;

  @Field({ description: 'Certificate number as printed on the date (số giấy chứng nhận).' })
  certificateNumber!: string;

  @Field({ description: 'The authority that issued the certificate, as it was named then.' })
  issuingAuthority!: string;

  @Field(() => LocalDateResolver, { description: 'Date of issue.' })
  issuedOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Expiry date in force on the date of the list.' })
  expiresOn!: string | null;

  @Field(() => LicenseStatus, { description: 'Status of the certificate on the date of the list (a suspended one shows SUSPENDED).' })
  status!: LicenseStatus;

  @Field(() => PublicRevocation, { nullable: true, description: 'On the REVOKED list: the revocation. Null on the LICENSED list.' })
  revocation!: PublicRevocation | null;
}

export const { ConnectionType: PublicGameServicePointConnection } = connectionTypes(
  PublicGameServicePoint,
  'PublicGameServicePoint',
  'public game service point',
);

@ObjectType('PublicRevokedRadioLicense', {
  description:
    'A revoked radio-frequency licence on the public list (Law on Radio Frequencies 2009 as amended 2022): the same pattern as the game-point lists. The holder’s name and street only when it is an organisation.',
})
export class PublicRevokedRadioLicense {
  @Field(() => String, { nullable: true, description: 'The holder’s registered name when it is an organisation; null for an individual.' })
  holderName!: string | null;

  @Field(() => PublicAddress, {
    nullable: true,
    description: 'The holder’s address when it is an organisation; null for an individual (a person’s address is personal data).',
  })
  address!: PublicAddress | null;

  @Field(() => LicenseType, { description: 'The licence type.' })
  licenseType!: LicenseType;

  @Field({ description: 'Licence number as printed.' })
  licenseNumber!: string;

  @Field({ description: 'The authority that issued the licence, as it was named then.' })
  issuingAuthority!: string;

  @Field(() => LocalDateResolver, { description: 'Date of issue.' })
  issuedOn!: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Expiry date when it was revoked.' })
  expiresOn!: string | null;

  @Field(() => PublicRevocation, { description: 'The revocation.' })
  revocation!: PublicRevocation;
}

export const { ConnectionType: PublicRevokedRadioLicenseConnection } = connectionTypes(
  PublicRevokedRadioLicense,
  'PublicRevokedRadioLicense',
  'revoked radio-frequency licence',
);
