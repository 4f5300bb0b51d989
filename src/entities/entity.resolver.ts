import {
  Arg,
  Args,
  Authorized,
  ClassType,
  Ctx,
  Field,
  FieldResolver,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { READ_ROLES, WRITE_ROLES } from '../auth/roles';
import { canSeePersonalData } from '../auth/access';
import { AdministrativeUnit, UnitKey } from '../admin-units/admin-unit.types';
import { connectionTypes, ConnectionValue, PageArgsType } from '../graphql/connection';
import type { RequestContext } from '../graphql/context';
import type { EntityRecordRead } from './entity.columns';
import { DeregisterEntityInput, EntityCommonInput, EntityFilter, EntityOrder, UpdateEntityInput } from './entity.inputs';
import { deregisterEntity, listEntities, registerEntity, updateEntity } from './entity.service';
import type { KindSpec } from './kind-spec';
import { KINDS } from './kinds';
import { Address, RegulatedEntity, Representative } from './regulated-entity.types';

export const { ConnectionType: RegulatedEntityConnection } = connectionTypes(RegulatedEntity, 'RegulatedEntity', 'regulated entity');

@ObjectType('RegulatedEntityPayload', { description: 'The entity as it is after the change.' })
export class RegulatedEntityPayload {
  @Field(() => RegulatedEntity, { description: 'The registered or changed entity.' })
  entity!: RegulatedEntity;
}

@Resolver(() => RegulatedEntity)
export class RegulatedEntityResolver {
  @Authorized(READ_ROLES)
  @Query(() => RegulatedEntityConnection, {
    description: 'Regulated entities the caller may see (a local office: its own unit only), as a cursor connection.',
  })
  entities(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => EntityFilter, { nullable: true, description: 'Which entities.' }) filter: EntityFilter | null,
    @Arg('orderBy', () => EntityOrder, { nullable: true, description: 'Sort order; by name by default.' }) orderBy: EntityOrder | null,
    @Args(() => PageArgsType) page: PageArgsType,
  ): Promise<ConnectionValue<RegulatedEntity>> {
    return listEntities(ctx, { filter, orderBy, page });
  }

  @Authorized(WRITE_ROLES)
  @Mutation(() => RegulatedEntityPayload, {
    description: 'Changes an entity’s registration data; a stale `version` is refused with CONFLICT.',
  })
  async updateEntity(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => UpdateEntityInput, { description: 'The changes.' }) input: UpdateEntityInput,
  ): Promise<RegulatedEntityPayload> {
    return { entity: await updateEntity(ctx, input) };
  }

  @Authorized(WRITE_ROLES)
  @Mutation(() => RegulatedEntityPayload, {
    description: 'Takes an entity off the registry (kept for history, hidden from lists by default).',
  })
  async deregisterEntity(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => DeregisterEntityInput, { description: 'Which entity, when and why.' }) input: DeregisterEntityInput,
  ): Promise<RegulatedEntityPayload> {
    return { entity: await deregisterEntity(ctx, input) };
  }
}

@Resolver(() => Address)
export class AddressResolver {
  @FieldResolver(() => AdministrativeUnit, { description: 'The commune-level unit, in the recorded structure.' })
  async ward(@Root() a: Address, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    return (await ctx.loaders.units.byKey.load({ version: a.row.unitVersion, code: a.row.wardCode }))!;
  }

  @FieldResolver(() => AdministrativeUnit, { nullable: true, description: 'The district (2024 structure only; null for 2025 addresses).' })
  district(@Root() a: Address, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit | null> | null {
    return a.row.districtCode ? ctx.loaders.units.byKey.load({ version: 2024, code: a.row.districtCode }) : null;
  }

  @FieldResolver(() => AdministrativeUnit, { description: 'The province, in the recorded structure.' })
  async province(@Root() a: Address, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit> {
    return (await ctx.loaders.units.byKey.load({ version: a.row.unitVersion, code: a.row.provinceCode }))!;
  }

  @FieldResolver(() => AdministrativeUnit, {
    nullable: true,
    description:
      'The commune of the current (2025) structure: the recorded one, or the one a 2024 ward went into whole; null when the ward was split (partial) and the commune cannot be told without more detail.',
  })
  currentCommune(@Root() a: Address, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit | null> | null {
    return a.row.communeCode2025 ? ctx.loaders.units.byKey.load({ version: 2025, code: a.row.communeCode2025 }) : null;
  }

  @FieldResolver(() => String, {
    description:
      'The address in one line with official unit names, e.g. "12 Lê Duẩn, Phường Tân Phú, Thành phố Đồng Xoài, Tỉnh Bình Phước".',
  })
  fullText(@Root() a: Address, @Ctx() ctx: RequestContext): string | Promise<string> {
    // Read paths that knew it would be asked computed it in SQL (entity.columns.ts), with the same rule as below:
    // answered as a plain value, so that a page of 100 addresses waits on no promise (GraphQL then builds each entity
    // at once instead of through promiseForObject and a microtask per field).
    const computed = (a.row as EntityRecordRead).addressText;
    if (computed !== undefined) return computed;
    const keys: UnitKey[] = [{ version: a.row.unitVersion, code: a.row.wardCode }];
    if (a.row.districtCode) keys.push({ version: 2024, code: a.row.districtCode });
    keys.push({ version: a.row.unitVersion, code: a.row.provinceCode });
    return ctx.loaders.units.byKey
      .loadMany(keys)
      .then((units) => [a.street, ...units.map((u) => (u && !(u instanceof Error) ? u.fullName : ''))].filter(Boolean).join(', '));
  }
}

@Resolver(() => Representative)
export class RepresentativeResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Personal data: citizen ID or ID card number. Null for roles without the need (all but Department and local officers).',
  })
  idNumber(@Root() r: Representative, @Ctx() ctx: RequestContext): string | null {
    return canSeePersonalData(ctx.viewer) ? r.row.representativeIdNumber : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data: personal phone number. Null for roles without the need.' })
  phone(@Root() r: Representative, @Ctx() ctx: RequestContext): string | null {
    return canSeePersonalData(ctx.viewer) ? r.row.representativePhone : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Personal data: home address of an individual. Null for roles without the need.',
  })
  residenceAddress(@Root() r: Representative, @Ctx() ctx: RequestContext): string | null {
    return canSeePersonalData(ctx.viewer) ? r.row.representativeAddress : null;
  }
}

/** One `registerX(input: RegisterXInput!)` mutation per kind, with the kind's own attributes typed. */
function registrationResolver(spec: KindSpec): ClassType {
  const typeName = spec.objectType.name;

  @InputType(`Register${typeName}Input`, { description: `Registration of a ${typeName}.` })
  class RegisterInput extends EntityCommonInput {
    @Field(() => spec.detailsType, { description: 'The kind’s own attributes.' })
    @ValidateNested()
    details!: object;
  }

  @Resolver()
  class RegistrationResolver {
    @Authorized(WRITE_ROLES)
    @Mutation(() => RegulatedEntityPayload, {
      name: `register${typeName}`,
      description: `Registers a new ${typeName}; the registry code is generated.`,
    })
    async register(
      @Ctx() ctx: RequestContext,
      @Arg('input', () => RegisterInput, { description: 'The registration.' }) input: RegisterInput,
    ): Promise<RegulatedEntityPayload> {
      return { entity: await registerEntity(ctx, spec.kind, input) };
    }
  }
  Object.defineProperty(RegistrationResolver, 'name', { value: `Register${typeName}Resolver` });
  return RegistrationResolver;
}

export const registrationResolvers = KINDS.map(registrationResolver);
