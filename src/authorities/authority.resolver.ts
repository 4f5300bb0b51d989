import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { RequestContext } from '../graphql/context';
import { AdministrativeUnit } from '../admin-units/admin-unit.types';
import { AuthorityLevel } from './authority.enums';
import { Authority, AuthorityFunction } from './authority.types';
import { listAuthorities } from './authority.service';
import { LIST_SIZES } from '../graphql/list-sizes';
import { listOf } from '../graphql/limits';

@Resolver(() => Authority)
export class AuthorityResolver {
  @Query(() => [Authority], {
    description: 'Bodies that issue licences (public reference data).',
    complexity: listOf(LIST_SIZES.authorities),
  })
  authorities(
    @Ctx() ctx: RequestContext,
    @Arg('validOn', () => LocalDateResolver, { nullable: true, description: 'Only bodies that could sign decisions on this date.' })
    validOn: string | null,
    @Arg('level', () => AuthorityLevel, { nullable: true, description: 'Only bodies of this tier.' }) level: AuthorityLevel | null,
  ): Promise<Authority[]> {
    return listAuthorities(ctx, { validOn, level });
  }

  @FieldResolver(() => Authority, { nullable: true, description: 'The body that took over its tasks when it ceased.' })
  successor(@Root() a: Authority, @Ctx() ctx: RequestContext): Promise<Authority | null> | null {
    return a.row.successorCode ? ctx.loaders.authorities.byCode.load(a.row.successorCode) : null;
  }

  @FieldResolver(() => [AuthorityFunction], {
    complexity: listOf(LIST_SIZES.authorityFunctions),
    description: 'Fields of state it handled and when; with `licenseTypes { competence }` they say what it could issue.',
  })
  functions(@Root() a: Authority, @Ctx() ctx: RequestContext): Promise<AuthorityFunction[]> {
    return ctx.loaders.authorities.functions.load(a.code);
  }

  @FieldResolver(() => AdministrativeUnit, {
    nullable: true,
    description: 'The administrative unit the body governs (for People’s Committees and provincial bodies).',
  })
  unit(@Root() a: Authority, @Ctx() ctx: RequestContext): Promise<AdministrativeUnit | null> | null {
    return a.row.unitCode ? ctx.loaders.units.byKey.load({ version: a.row.unitVersion!, code: a.row.unitCode }) : null;
  }
}
