import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../graphql/context';
import { LicenseTypeInfo } from './license.types';
import { LIST_SIZES } from '../graphql/list-sizes';
import { listOf } from '../graphql/limits';

/** Licence types with their rules, straight from the seeded tables (public reference data). */
@Resolver()
export class LicenseTypeResolver {
  @Query(() => [LicenseTypeInfo], {
    complexity: listOf(LIST_SIZES.licenseTypes),
    description: 'Every licence type with its legal bases, competence and revocation grounds (public reference data).',
  })
  async licenseTypes(@Ctx() ctx: RequestContext): Promise<LicenseTypeInfo[]> {
    const rows = (await ctx.manager.query(
      `SELECT t.code AS type, t.name_vi AS "nameVi", t.description, t.entity_kinds AS "entityKinds", t.term_kind AS "termKind",
              t.max_term_months AS "maxTermMonths", t.on_public_list AS "onPublicList",
              coalesce((SELECT json_agg(json_build_object('code', b.code, 'title', b.title, 'validFrom', b.valid_from, 'validTo', b.valid_to,
                         'maxRenewals', b.max_renewals, 'maxRenewalMonths', b.max_renewal_months, 'unsure', b.unsure) ORDER BY b.valid_from)
                        FROM license_legal_basis b WHERE b.license_type = t.code), '[]') AS "legalBases",
              coalesce((SELECT json_agg(json_build_object('authorityLevel', c.authority_level, 'authorityFunction', c.authority_function,
                         'validFrom', c.valid_from, 'validTo', c.valid_to, 'unsure', c.unsure, 'note', c.note) ORDER BY c.valid_from, c.id)
                        FROM license_type_competence c WHERE c.license_type = t.code), '[]') AS competence,
              coalesce((SELECT json_agg(json_build_object('code', g.code, 'description', g.description, 'legalSource', g.legal_source,
                         'barsReapplicationMonths', g.bars_reapplication_months) ORDER BY g.code)
                        FROM revocation_ground g WHERE g.license_type = t.code), '[]') AS "revocationGrounds"
         FROM license_type t ORDER BY t.code`,
    )) as LicenseTypeInfo[];
    return rows;
  }
}
