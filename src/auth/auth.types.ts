import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsOptional, Length, Matches } from 'class-validator';
import { AdministrativeUnit } from '../admin-units/admin-unit.types';
import { Role } from './roles';

@ObjectType('Viewer', { description: 'Who is calling.' })
export class ViewerType {
  @Field(() => Role, { description: 'The caller’s role; PUBLIC without a key.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Label of the API key used, null for PUBLIC.' })
  label!: string | null;

  @Field(() => AdministrativeUnit, { nullable: true, description: 'The unit a LOCAL_OFFICER answers for (2024 district or 2025 commune).' })
  jurisdiction!: AdministrativeUnit | null;
}

@ObjectType('ApiKey', { description: 'An API key (the secret itself is never stored or shown again).' })
export class ApiKeyType {
  @Field(() => ID, { description: 'Key id, for revocation.' })
  id!: string;

  @Field({ description: 'Who or what the key is for.' })
  label!: string;

  @Field(() => Role, { description: 'Role granted.' })
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Unit code of a LOCAL_OFFICER.' })
  unitCode!: string | null;

  @Field({ description: 'First characters of the secret, to recognise it.' })
  secretPrefix!: string;

  @Field(() => DateTimeResolver, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day it works; null for no expiry.' })
  expiresOn!: string | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it was revoked.' })
  revokedAt!: Date | null;
}

@ObjectType('CreateApiKeyPayload', { description: 'A new key and its secret, shown this once.' })
export class CreateApiKeyPayload {
  @Field(() => ApiKeyType, { description: 'The key.' })
  apiKey!: ApiKeyType;

  @Field({ description: 'The secret to send as `Authorization: Bearer <secret>`. It cannot be shown again.' })
  secret!: string;
}

@ObjectType('RevokeApiKeyPayload', { description: 'The revoked key.' })
export class RevokeApiKeyPayload {
  @Field(() => ApiKeyType, { description: 'The key, now revoked.' })
  apiKey!: ApiKeyType;
}

@InputType('CreateApiKeyInput', { description: 'A new API key.' })
export class CreateApiKeyInput {
  @Field({ description: 'Who or what the key is for, e.g. "Phòng VH-TT Đồng Xoài".' })
  @Length(1, 200)
  label!: string;

  @Field(() => Role, { description: 'Role to grant (not PUBLIC).' })
  role!: Role;

  @Field(() => String, {
    nullable: true,
    description: 'For a LOCAL_OFFICER: the district (3 digits, 2024 structure) or the commune (5 digits, 2025 structure).',
  })
  @IsOptional()
  @Matches(/^(\d{3}|\d{5})$/, { message: 'must be a 3-digit district or a 5-digit commune code' })
  unitCode?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day the key works.' })
  @IsOptional()
  expiresOn?: string | null;
}
