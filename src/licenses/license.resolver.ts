import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  InputType,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { LICENSE_WRITE_ROLES, READ_ROLES } from '../auth/roles';
import { Authority } from '../authorities/authority.types';
import { RegulatedEntity } from '../entities/regulated-entity.types';
import { connectionFromArray, connectionTypes, ConnectionValue, OrderDirection, PageArgsType } from '../graphql/connection';
import type { RequestContext } from '../graphql/context';
import { BadInput } from '../graphql/errors';
import {
  AmendLicenseInput,
  IssueLicenseInput,
  LicenseFilter,
  LicenseStepInput,
  RenewLicenseInput,
  ReissueLicenseInput,
  RevokeLicenseInput,
  SuspendLicenseInput,
} from './license.inputs';
import { LicenseOrderField, listLicenses } from './license-query.service';
import {
  amendLicense,
  issueLicense,
  reinstateLicense,
  reissueLicense,
  renewLicense,
  revokeLicense,
  surrenderLicense,
  suspendLicense,
} from './license.service';
import { LicenseStatus } from './license.enums';
import { statusOn } from './license-status';
import { LegalBasis, License, LicenseEvent, RevocationGround, toLicenseEvent } from './license.types';
import { LIST_SIZES } from '../graphql/list-sizes';
import { listOf } from '../graphql/limits';

export const { ConnectionType: LicenseConnection } = connectionTypes(License, 'License', 'licence');

registerEnumType(LicenseOrderField, {
  name: 'LicenseOrderField',
  description: 'What to sort licences by (ties broken by id).',
  valuesConfig: {
    ISSUED_ON: { description: 'Date of issue.' },
    EXPIRES_ON: { description: 'Expiry date (licences without a term last).' },
    NUMBER: { description: 'Licence number.' },
  },
});

@InputType('LicenseOrder', { description: 'Sort order of a licence list.' })
export class LicenseOrder {
  @Field(() => LicenseOrderField, { defaultValue: LicenseOrderField.ISSUED_ON, description: 'Sort key.' })
  field!: LicenseOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC, description: 'Direction.' })
  direction!: OrderDirection;
}

@ObjectType('LicensePayload', { description: 'The licence after a step, and the event recorded.' })
export class LicensePayload {
  @Field(() => License, { description: 'The licence as it is now.' })
  license!: License;

  @Field(() => LicenseEvent, { description: 'The event the step recorded.' })
  event!: LicenseEvent;
}

@Resolver(() => License)
export class LicenseResolver {
  @Authorized(READ_ROLES)
  @Query(() => LicenseConnection, { description: 'Licences the caller may see (a local office: its holders only).' })
  licenses(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => LicenseFilter, { nullable: true, description: 'Which licences.' }) filter: LicenseFilter | null,
    @Arg('orderBy', () => LicenseOrder, { nullable: true, description: 'Sort order; newest issue first by default.' })
    orderBy: LicenseOrder | null,
    @Args(() => PageArgsType) page: PageArgsType,
  ): Promise<ConnectionValue<License>> {
    return listLicenses(ctx, { filter, orderBy, page });
  }

  @FieldResolver(() => RegulatedEntity, { description: 'The holder.' })
  async holder(@Root() l: License, @Ctx() ctx: RequestContext): Promise<RegulatedEntity> {
    return (await ctx.loaders.entities.byId.load(l.row.holderId))!;
  }

  @FieldResolver(() => Authority, { description: 'The authority that issued it, as it was named then.' })
  async issuingAuthority(@Root() l: License, @Ctx() ctx: RequestContext): Promise<Authority> {
    return (await ctx.loaders.authorities.byCode.load(l.row.issuingAuthorityCode))!;
  }

  @FieldResolver(() => LegalBasis, { description: 'The legal basis it was issued under (kept even after the law changed).' })
  async legalBasis(@Root() l: License, @Ctx() ctx: RequestContext): Promise<LegalBasis> {
    return (await ctx.loaders.licenses.basis.load({ licenseType: l.row.licenseType, code: l.row.legalBasisCode }))!;
  }

  @FieldResolver(() => LicenseStatus, {
    description: 'Status on any date since it took effect, from the events (BAD_USER_INPUT before that).',
  })
  async statusOn(
    @Root() l: License,
    @Ctx() ctx: RequestContext,
    @Arg('date', () => LocalDateResolver, { description: 'The date (Asia/Ho_Chi_Minh).' }) date: string,
  ): Promise<LicenseStatus> {
    const status = statusOn(await ctx.loaders.licenses.events.load(l.row.id), date);
    if (!status) throw BadInput.field('date', `is before the licence took effect (${l.effectiveFrom})`);
    return status;
  }

  @FieldResolver(() => [LicenseEvent], { description: 'The history, oldest first.', complexity: listOf(LIST_SIZES.licenseEvents) })
  async events(@Root() l: License, @Ctx() ctx: RequestContext): Promise<LicenseEvent[]> {
    // The licence names the type its events' revocation grounds belong to (no join for it in the events' SQL).
    const licenseType = l.row.licenseType;
    return (await ctx.loaders.licenses.events.load(l.row.id)).map((r) => toLicenseEvent(Object.assign(r, { licenseType })));
  }

  @Authorized(LICENSE_WRITE_ROLES)
  @Mutation(() => LicensePayload, { description: 'Issues a licence (cấp) and records its ISSUED event.' })
  issueLicense(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => IssueLicenseInput, { description: 'The licence.' }) input: IssueLicenseInput,
  ) {
    return issueLicense(ctx, input);
  }

  @Authorized(LICENSE_WRITE_ROLES)
  @Mutation(() => LicensePayload, { description: 'Amends a licence (sửa đổi, bổ sung); allowed when ACTIVE or SUSPENDED.' })
  amendLicense(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => AmendLicenseInput, { description: 'The amendment.' }) input: AmendLicenseInput,
  ) {
    return amendLicense(ctx, input);
  }

  @Authorized(LICENSE_WRITE_ROLES)
  @Mutation(() => LicensePayload, { description: 'Renews a licence (gia hạn); allowed when ACTIVE, decided on or before expiry.' })
  renewLicense(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RenewLicenseInput, { description: 'The renewal.' }) input: RenewLicenseInput,
  ) {
    return renewLicense(ctx, input);
  }

  @Authorized(LICENSE_WRITE_ROLES)
  @Mutation(() => LicensePayload, { description: 'Reissues a lost or damaged licence (cấp lại); allowed when ACTIVE or SUSPENDED.' })
  reissueLicense(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => ReissueLicenseInput, { description: 'The reissue.' }) input: ReissueLicenseInput,
  ) {
    return reissueLicense(ctx, input);
  }

  @Authorized(LICENSE_WRITE_ROLES)
  @Mutation(() => LicensePayload, { description: 'Suspends a licence (đình chỉ); allowed when ACTIVE.' })
  suspendLicense(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => SuspendLicenseInput, { description: 'The suspension.' }) input: SuspendLicenseInput,
  ) {
    return suspendLicense(ctx, input);
  }

  @Authorized(LICENSE_WRITE_ROLES)
  @Mutation(() => LicensePayload, { description: 'Reinstates a suspended licence (khôi phục).' })
  reinstateLicense(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => LicenseStepInput, { description: 'The reinstatement.' }) input: LicenseStepInput,
  ) {
    return reinstateLicense(ctx, input);
  }

  @Authorized(LICENSE_WRITE_ROLES)
  @Mutation(() => LicensePayload, {
    description: 'Revokes a licence (thu hồi) on a ground of its type; allowed when ACTIVE or SUSPENDED; terminal.',
  })
  revokeLicense(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => RevokeLicenseInput, { description: 'The revocation.' }) input: RevokeLicenseInput,
  ) {
    return revokeLicense(ctx, input);
  }

  @Authorized(LICENSE_WRITE_ROLES)
  @Mutation(() => LicensePayload, { description: 'Ends a licence at the holder’s request or on return (chấm dứt / nộp lại); terminal.' })
  surrenderLicense(
    @Ctx() ctx: RequestContext,
    @Arg('input', () => LicenseStepInput, { description: 'The surrender.' }) input: LicenseStepInput,
  ) {
    return surrenderLicense(ctx, input);
  }
}

@Resolver(() => LicenseEvent)
export class LicenseEventResolver {
  @FieldResolver(() => Authority, { description: 'The authority that signed the decision.' })
  async authority(@Root() e: LicenseEvent, @Ctx() ctx: RequestContext): Promise<Authority> {
    return (await ctx.loaders.authorities.byCode.load(e.row.authorityCode))!;
  }

  @FieldResolver(() => RevocationGround, { nullable: true, description: 'For a revocation: its ground (domain.md §6).' })
  async ground(@Root() e: LicenseEvent, @Ctx() ctx: RequestContext): Promise<RevocationGround | null> {
    if (!e.row.groundCode) return null;
    const g = await ctx.loaders.licenses.ground.load({ licenseType: e.row.licenseType, code: e.row.groundCode });
    return g ?? { code: e.row.groundCode, description: e.row.groundCode, legalSource: null, barsReapplicationMonths: null };
  }
}

@Resolver(() => RegulatedEntity)
export class EntityLicensesResolver {
  @FieldResolver(() => LicenseConnection, { description: 'The entity’s licences, newest issue first (a holder has few: paged in memory).' })
  async licenses(
    @Root() e: RegulatedEntity,
    @Ctx() ctx: RequestContext,
    @Args(() => PageArgsType) page: PageArgsType,
  ): Promise<ConnectionValue<License>> {
    return connectionFromArray(await ctx.loaders.licenses.byHolder.load(e.row.id), page);
  }

  @FieldResolver(() => License, {
    nullable: true,
    description:
      'The licence that governs the entity today: the newest one ACTIVE or SUSPENDED today, else the newest one; null when it has none.',
  })
  async currentLicense(@Root() e: RegulatedEntity, @Ctx() ctx: RequestContext): Promise<License | null> {
    const all = await ctx.loaders.licenses.byHolder.load(e.row.id);
    return all.find((l) => l.status === LicenseStatus.ACTIVE || l.status === LicenseStatus.SUSPENDED) ?? all[0] ?? null;
  }
}
