import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  ConstDirectiveNode,
  DefinitionNode,
  DocumentNode,
  GraphQLFieldResolver,
  GraphQLSchema,
  isInterfaceType,
  isObjectType,
  Kind,
  ObjectTypeDefinitionNode,
  parse,
  printSchema,
} from 'graphql';
import DataLoader from 'dataloader';
import { createResolversMap } from 'type-graphql';
import type { EntityStatus } from '../entities/entity-kind';
import { entitiesByNationalIds } from '../entities/entity.service';
import type { ConnectionValue } from '../graphql/connection';
import type { RequestContext } from '../graphql/context';
import type { RegulatedEntity } from '../entities/regulated-entity.types';
import { listOf } from '../graphql/limits';
import { LIST_SIZES } from '../graphql/list-sizes';
import { PROVINCE_REGISTRY_TYPE } from '../sync/data-sharing';
import { getSchema } from './schema';

/**
 * The national graph (issue 11 item 4): the registry is also an Apollo Federation 2 subgraph, served at POST /subgraph
 * beside /graphql (which stays as it is). A gateway joins the registries of all provinces into one graph.
 *
 * Every province serves the same types, and a gateway resolves a root field from one subgraph only: two subgraphs
 * with the same `entities` field would never have their lists merged. So the subgraph's only root field is named
 * after its province — `province75: ProvinceRegistry!` — and `ProvinceRegistry` holds every read of /graphql's Query
 * (`entities`, `node`, `authorities`, `administrativeUnits`, …) with its arguments, rules and costs. One gateway query
 * `{ a: province75 { … } b: province01 { … } }` asks both provinces. Mutations are not federated: writes go to the
 * province's own /graphql.
 *
 * Holders are known nationally by their national identifier: the enterprise code (the first 10 digits of the tax code)
 * where they have one, their registry code otherwise. `NationalEntity @key(fields: "nationalId")` is that identity; each
 * province adds the field `inProvince<code>` (its own registrations of that holder, jurisdiction applied as in
 * `entities`), and every regulated entity links to it with `national`. A gateway asked for
 * `province75 { entities { … national { inProvince01 { … } } } }` resolves the reference in Hà Nội's subgraph
 * (`_entities`): what one province knows of a holder found in another.
 *
 * Value types (everything else) are `@shareable`: each subgraph resolves them the same way. Shared types are built from
 * /graphql's schema printed as SDL; that loses the fields' `extensions` (their cost: `complexity`), so they are copied
 * back field by field, and the cost limit, input guard and data-sharing audit run on /subgraph as on /graphql.
 */

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable"])`;

/** The root field of one province's registry in the national graph. */
export const provinceField = (provinceCode: string): string => `province${provinceCode}`;

const shareable: ConstDirectiveNode = { kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: 'shareable' } };

/** An enterprise code, or a branch's 13-digit tax code (its first 10 digits are the enterprise's). */
const ENTERPRISE_CODE = /^(\d{10})(-?\d{3})?$/;

function nationalIdOf(entity: { taxCode?: string | null; registryCode: string }): string {
  const m = entity.taxCode ? ENTERPRISE_CODE.exec(entity.taxCode.replace(/\s/g, '')) : null;
  return m ? m[1] : entity.registryCode;
}

/** The subgraph's SDL: /graphql's types (shareable), a province root field, and the national identity of holders. */
function subgraphDocument(schema: GraphQLSchema, provinceCode: string): DocumentNode {
  const printed = parse(printSchema(schema));
  const query = schema.getQueryType()!.name;
  const mutation = schema.getMutationType()?.name;
  const entityInterface = 'RegulatedEntity';
  const nationalField = parse(
    `type X { "The holder's national identity: its registrations in every province of the national graph." national: NationalEntity! }`,
  ).definitions[0] as ObjectTypeDefinitionNode;
  const definitions: DefinitionNode[] = [];
  for (const d of printed.definitions) {
    if (d.kind === Kind.SCHEMA_DEFINITION) continue;
    if (d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === mutation) continue;
    if (d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === query) {
      definitions.push({
        ...d,
        name: { kind: Kind.NAME, value: PROVINCE_REGISTRY_TYPE },
        description: {
          kind: Kind.STRING,
          value: 'One province’s registry in the national graph: the reads of its own GraphQL API, under the same rules.',
        },
        directives: [shareable],
      });
      continue;
    }
    if (d.kind === Kind.OBJECT_TYPE_DEFINITION) {
      const isEntity = d.interfaces?.some((i) => i.name.value === entityInterface);
      definitions.push({
        ...d,
        directives: [...(d.directives ?? []), shareable],
        fields: isEntity ? [...(d.fields ?? []), ...nationalField.fields!] : d.fields,
      });
      continue;
    }
    if (d.kind === Kind.INTERFACE_TYPE_DEFINITION && d.name.value === entityInterface) {
      definitions.push({ ...d, fields: [...(d.fields ?? []), ...nationalField.fields!] });
      continue;
    }
    definitions.push(d);
  }
  const own = parse(`
    ${FEDERATION_LINK}
    type Query {
      "The registry of province ${provinceCode} (its 2025 code)."
      ${provinceField(provinceCode)}: ${PROVINCE_REGISTRY_TYPE}!
    }
    """
    A holder known nationally by its national identifier: its enterprise code (the 10 digits of its tax code) where it has
    one, its registry code otherwise. Each province's subgraph adds its own registrations of it (\`inProvince<code>\`).
    """
    type NationalEntity @key(fields: "nationalId") {
      "The enterprise code (10 digits) or, for a holder without one, the registry code."
      nationalId: String!
      "This holder's registrations in province ${provinceCode} that the caller may see (ACTIVE by default)."
      inProvince${provinceCode}(
        "Registry statuses; ACTIVE only by default."
        statuses: [EntityStatus!]
        "Page size (at most 100)."
        first: Int
        "Cursor of the previous page."
        after: String
      ): RegulatedEntityConnection!
    }
  `);
  const doc: DocumentNode = { kind: Kind.DOCUMENT, definitions: [...own.definitions, ...definitions] };
  return doc;
}

type Resolve = GraphQLFieldResolver<unknown, RequestContext>;
type SubgraphResolvers = Extract<Parameters<typeof buildSubgraphSchema>[0], { typeDefs: unknown }>['resolvers'];

/** The subgraph schema of this province, built once per process and province. */
const built = new Map<string, Promise<GraphQLSchema>>();
export function getSubgraphSchema(provinceCode: string): Promise<GraphQLSchema> {
  let s = built.get(provinceCode);
  if (!s) {
    s = getSchema().then((schema) => buildFor(schema, provinceCode));
    built.set(provinceCode, s);
  }
  return s;
}

function buildFor(schema: GraphQLSchema, provinceCode: string): GraphQLSchema {
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  const queryName = schema.getQueryType()!.name;
  const { [queryName]: queryResolvers, ...rest } = resolvers;
  delete rest[schema.getMutationType()?.name ?? 'Mutation'];
  const national: Resolve = (entity) => ({ nationalId: nationalIdOf(entity as { taxCode: string | null; registryCode: string }) });
  for (const type of Object.values(schema.getTypeMap())) {
    if ((isObjectType(type) || isInterfaceType(type)) && type.getInterfaces().some((i) => i.name === 'RegulatedEntity')) {
      rest[type.name] = { ...rest[type.name], national };
    }
  }
  // Every reference of one `_entities` call asks the same field with the same arguments: one batch, one statement.
  const batches = new WeakMap<object, Map<string, DataLoader<string, ConnectionValue<RegulatedEntity>>>>();
  const inProvince: Resolve = (parent, args, ctx) => {
    const nationalId = (parent as { nationalId: string }).nationalId;
    const page = args as { statuses?: EntityStatus[] | null; first?: number | null; after?: string | null };
    let byArgs = batches.get(ctx.loaders);
    if (!byArgs) batches.set(ctx.loaders, (byArgs = new Map()));
    const key = JSON.stringify([page.statuses ?? null, page.first ?? null, page.after ?? null]);
    let loader = byArgs.get(key);
    if (!loader) byArgs.set(key, (loader = new DataLoader((ids) => entitiesByNationalIds(ctx, ids, page), { maxBatchSize: 1000 })));
    return loader.load(nationalId);
  };
  const subgraph = buildSubgraphSchema({
    typeDefs: subgraphDocument(schema, provinceCode),
    resolvers: {
      ...rest,
      Query: { [provinceField(provinceCode)]: () => ({}) },
      [PROVINCE_REGISTRY_TYPE]: queryResolvers,
      NationalEntity: {
        __resolveReference: (ref: { nationalId: string }) => ({ nationalId: String(ref.nationalId) }),
        [`inProvince${provinceCode}`]: inProvince,
      },
    } as unknown as SubgraphResolvers,
  });
  copyExtensions(schema, subgraph);
  return subgraph;
}

/** The cost of each field (its `extensions`, e.g. `complexity`) as /graphql declares it; `_entities` costs its representations. */
function copyExtensions(from: GraphQLSchema, to: GraphQLSchema): void {
  const queryName = from.getQueryType()!.name;
  for (const type of Object.values(to.getTypeMap())) {
    if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith('__')) continue;
    const source = from.getType(type.name === PROVINCE_REGISTRY_TYPE ? queryName : type.name);
    if (!source || !(isObjectType(source) || isInterfaceType(source))) continue;
    const sourceFields = source.getFields();
    for (const field of Object.values(type.getFields())) {
      const ext = sourceFields[field.name]?.extensions;
      if (ext && Object.keys(ext).length) field.extensions = { ...field.extensions, ...ext };
    }
  }
  const entitiesField = to.getQueryType()!.getFields()._entities;
  entitiesField.extensions = {
    ...entitiesField.extensions,
    complexity: listOf((args) => (Array.isArray(args.representations) ? args.representations.length : LIST_SIZES.nodes)),
  };
}
