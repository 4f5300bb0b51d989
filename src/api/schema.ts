import 'reflect-metadata';
import { GraphQLScalarType, GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AdministrativeUnitResolver } from '../admin-units/admin-unit.resolver';
import { authChecker } from '../auth/access';
import { AuthResolver } from '../auth/auth.resolver';
import { AuthorityResolver } from '../authorities/authority.resolver';
import { AddressResolver, RegulatedEntityResolver, registrationResolvers, RepresentativeResolver } from '../entities/entity.resolver';
import { KINDS } from '../entities/kinds';
import { fastLocalDateOutput } from '../graphql/dates';
import { plainFieldResolvers } from '../graphql/plain-fields';
import { validateArgument } from '../graphql/validate-args';
import { AuditResolver } from '../audit/audit.resolver';
import { EntityLicensesResolver, LicenseEventResolver, LicenseResolver } from '../licenses/license.resolver';
import { LicenseTypeResolver } from '../licenses/license-type.resolver';
import { ChangeResolver } from '../sync/change.resolver';
import { PublicListResolver } from '../public/public-list.resolver';
import { StatisticsResolver } from '../statistics/statistics.resolver';
import { NodeResolver } from './node.resolver';

let built: Promise<GraphQLSchema> | undefined;

/** The schema is built once per process (type-graphql keeps its metadata globally). */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      NodeResolver,
      AuthResolver,
      AdministrativeUnitResolver,
      AuthorityResolver,
      RegulatedEntityResolver,
      AddressResolver,
      RepresentativeResolver,
      ...registrationResolvers,
      LicenseResolver,
      LicenseEventResolver,
      EntityLicensesResolver,
      LicenseTypeResolver,
      AuditResolver,
      ChangeResolver,
      PublicListResolver,
      StatisticsResolver,
    ] as [Function, ...Function[]],
    orphanedTypes: KINDS.map((k) => k.objectType),
    authChecker,
    validate: { forbidUnknownValues: false, stopAtFirstError: false },
    // The same class-validator check with those settings, once per distinct argument value (src/graphql/validate-args.ts).
    validateFn: validateArgument,
  })
    .then(describeRootTypes)
    .then((schema) => {
      // Issue 14: the dates a response carries are checked without building a Date each (src/graphql/dates.ts).
      const localDate = schema.getType('LocalDate');
      if (localDate instanceof GraphQLScalarType) fastLocalDateOutput(localDate);
      plainFieldResolvers(schema);
      return schema;
    });
  return built;
}

/** type-graphql gives the root types no description; the contract wants every type described. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query) query.description ??= 'Reads: the registry, its reference data (administrative units, authorities) and who is calling.';
  if (mutation)
    mutation.description ??= 'Writes: each takes one `input`, runs in one transaction, is audited, and returns the changed object(s).';
  return schema;
}

/** The SDL committed in schema/schema.graphql (sorted, so diffs show real changes only). */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
