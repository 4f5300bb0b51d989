import type { RequestContext } from '../graphql/context';
import { groupBy } from '../graphql/batch';
import { LicenseLegalBasisRecord, LicenseTypeCompetenceRecord, LicenseTypeRecord, RevocationGroundRecord } from './license.entity';
import type { LicenseTypeInfo } from './license.types';

/** Every licence type with its rules, as seeded (public reference data). */
export async function listLicenseTypes(ctx: RequestContext): Promise<LicenseTypeInfo[]> {
  const types = await ctx.manager.find(LicenseTypeRecord, { order: { code: 'ASC' } });
  const bases = groupBy(await ctx.manager.find(LicenseLegalBasisRecord, { order: { validFrom: 'ASC' } }), (b) => b.licenseType);
  const competence = groupBy(
    await ctx.manager.find(LicenseTypeCompetenceRecord, { order: { validFrom: 'ASC', id: 'ASC' } }),
    (c) => c.licenseType,
  );
  const grounds = groupBy(await ctx.manager.find(RevocationGroundRecord, { order: { code: 'ASC' } }), (g) => g.licenseType);
  // The GraphQL types read the rows' own properties (LegalBasis, Competence, RevocationGround).
  return types.map((t) => ({
    type: t.code,
    nameVi: t.nameVi,
    description: t.description,
    entityKinds: t.entityKinds,
    termKind: t.termKind,
    maxTermMonths: t.maxTermMonths,
    onPublicList: t.onPublicList,
    legalBases: bases.get(t.code) ?? [],
    competence: competence.get(t.code) ?? [],
    revocationGrounds: grounds.get(t.code) ?? [],
  }));
}
