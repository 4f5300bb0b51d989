import { Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../graphql/context';
import { listLicenseTypes } from './license-type.service';
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
  licenseTypes(@Ctx() ctx: RequestContext): Promise<LicenseTypeInfo[]> {
    return listLicenseTypes(ctx);
  }
}
