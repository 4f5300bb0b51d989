import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  DocumentNode,
  GraphQLError,
  GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  TypeInfo,
  ValidationContext,
  ValidationRule,
  ValueNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import {
  ComplexityEstimator,
  ComplexityEstimatorArgs,
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
} from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './connection';

/**
 * How much work one operation may ask for, decided before it runs.
 *
 * The cost of an operation is the number of fields it can return in the worst case: each field costs 1, and a list
 * multiplies the cost of its selection by how many items it can hold. A list field says how many in one of two ways:
 * - paginated (a `first` or `last` argument: a cursor connection, a feed): `first ?? last ?? 20` items — nothing to
 *   declare, the estimator below reads the arguments;
 * - any other list of objects declares its real maximum size with `complexity: listOf(n)` (or `listOf((args) => n)`)
 *   in its `@Field` / `@Query` / `@FieldResolver` options; `assertListSizesDeclared` refuses to start a schema that
 *   has a list of objects with neither.
 */

/** Limits a client meets (config.ts holds the numbers). */
export interface QueryLimits {
  maxCost: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
}

/** A query refused for the work it would cause: HTTP 400, `extensions.code` QUERY_TOO_COMPLEX, the limit and the count. */
export class QueryTooComplex extends GraphQLError {
  constructor(limit: 'cost' | 'depth' | 'aliases' | 'directives', maximum: number, actual: number | null, advice: string) {
    super(
      `The query is too ${limit === 'cost' ? 'costly' : limit === 'depth' ? 'deep' : `large (${limit})`}: ${
        actual === null ? `over ${maximum}` : `${actual}`
      } where at most ${maximum} is allowed. ${advice}`,
      { extensions: { code: 'QUERY_TOO_COMPLEX', limit, maximum, actual, http: { status: 400 } } },
    );
  }
}

type SizeOf = (args: Record<string, unknown>) => number;

/**
 * `complexity` option of a list field holding at most `size` items (a number, or a function of the field's arguments):
 * the field costs 1 plus `size` times the cost of its selection.
 */
export function listOf(size: number | SizeOf): (o: ComplexityEstimatorArgs) => number {
  return ({ args, childComplexity }) => 1 + (typeof size === 'number' ? size : size(args)) * Math.max(childComplexity, 1);
}

/** A paginated field (one with `first` or `last`, e.g. a cursor connection) costs its page size times its selection. */
const connectionEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((a) => a.name === 'first' || a.name === 'last')) return undefined;
  const asked = [args.first, args.last].find((n): n is number => typeof n === 'number');
  // The page asked for, even past the field's own cap (it refuses that anyway): a field allowing more pays for more.
  const size = Math.max(asked ?? DEFAULT_PAGE_SIZE, 0);
  return 1 + size * Math.max(childComplexity, 1);
};

/** The cost of one operation of a document with its variables (throws graphql-query-complexity's errors). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    // The node cap of the library (a separate guard against huge documents; the parser's token limit comes first).
    maxQueryNodes: 20_000,
    estimators: [fieldExtensionsEstimator(), connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
  });
}

/**
 * Refuses at start a schema with a list of objects whose size is unknown to the cost model: every such field declares
 * `complexity: listOf(n)`, takes `first`/`last`, or is the `edges` of a connection (sized by its parent).
 */
export function assertListSizesDeclared(schema: GraphQLSchema): void {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const t = getNullableType(field.type);
      if (!isListType(t) || !isCompositeType(getNamedType(t))) continue;
      const declared = field.extensions?.complexity !== undefined;
      const paginated = field.args.some((a) => a.name === 'first' || a.name === 'last');
      const edges = field.name === 'edges' && type.name.endsWith('Connection');
      if (!declared && !paginated && !edges) missing.push(`${type.name}.${field.name}`);
    }
  }
  if (missing.length) {
    throw new Error(
      `list fields without a size for the cost model (add \`complexity: listOf(<max items>)\` or paginate): ${missing.join(', ')}`,
    );
  }
}

/** True when a value literal holds a variable anywhere (`$first`, `[$a]`, `{ n: $x }`). */
function hasVariable(node: ValueNode): boolean {
  switch (node.kind) {
    case Kind.VARIABLE:
      return true;
    case Kind.LIST:
      return node.values.some(hasVariable);
    case Kind.OBJECT:
      return node.fields.some((f) => hasVariable(f.value));
    default:
      return false;
  }
}

/**
 * Whether the cost of a document's operations can change with its variables. The estimators read arguments in two
 * places only: `first`/`last` (connectionEstimator) and the arguments of a field whose `complexity` is a function of
 * them (`listOf((args) => …)`); and the counting follows `@skip`/`@include`. A document with no variable in any of
 * those costs the same whatever its variables: its cost is computed once (costLimitPlugin).
 */
export function costDependsOnVariables(schema: GraphQLSchema, document: DocumentNode): boolean {
  const typeInfo = new TypeInfo(schema);
  let depends = false;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (depends || !node.arguments?.length) return;
        const def = typeInfo.getFieldDef();
        // A field the schema does not know is refused by validation; be safe anyway.
        const sizedByArgs = !def || typeof def.extensions?.complexity === 'function';
        for (const arg of node.arguments) {
          if ((sizedByArgs || arg.name.value === 'first' || arg.name.value === 'last') && hasVariable(arg.value)) depends = true;
        }
      },
      Directive(node) {
        if (node.arguments?.some((a) => hasVariable(a.value))) depends = true;
      },
    }),
  );
  return depends;
}

/** Variables longer than this (as JSON) are not kept as a cost's key; a document keeps this many costs at most. */
const MAX_VARIABLES_KEY = 1024;
const MAX_COSTS_PER_DOCUMENT = 32;

/**
 * The cost check, run once the operation is known (variables included), before anything executes.
 * graphql-query-complexity does the counting; the estimators above give list sizes. Apollo hands the same parsed
 * document to every request with the same query text, so the cost of an operation is kept with its document: by
 * operation name when its variables cannot change it (the usual case: `node(id: $id)` with another id), by operation
 * name and variables otherwise (a dashboard's `$asOf`, `$from`, `$to`, sent again and again): not walked again.
 */
export function costLimitPlugin(schema: GraphQLSchema, limits: QueryLimits): ApolloServerPlugin {
  const known = new WeakMap<DocumentNode, { dependsOnVariables: boolean; costs: Map<string, number> }>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          let entry = known.get(document);
          if (!entry) known.set(document, (entry = { dependsOnVariables: costDependsOnVariables(schema, document), costs: new Map() }));
          // A cost that depends on the variables is kept by their JSON too (a dashboard sends the same ones again), for
          // a few sets per document.
          const variablesKey = entry.dependsOnVariables ? JSON.stringify(request.variables ?? {}) : '';
          const cacheable = variablesKey.length <= MAX_VARIABLES_KEY;
          const operation = `${operationName ?? ''}\u0000${variablesKey}`;
          let cost = cacheable ? entry.costs.get(operation) : undefined;
          if (cost === undefined) {
            try {
              cost = operationCost(schema, document, request.variables ?? {}, operationName ?? undefined);
            } catch (e) {
              if (e instanceof GraphQLError && /maximum allowed number of nodes/.test(e.message)) {
                throw new QueryTooComplex('cost', limits.maxCost, null, 'Split it into several smaller queries.');
              }
              // Variables that do not fit their types: execution refuses them (BAD_USER_INPUT) before any resolver runs.
              if (e instanceof GraphQLError) return;
              throw e;
            }
            if (cacheable) {
              if (entry.costs.size >= MAX_COSTS_PER_DOCUMENT) entry.costs.delete(entry.costs.keys().next().value!);
              entry.costs.set(operation, cost);
            }
          }
          if (cost > limits.maxCost) {
            throw new QueryTooComplex(
              'cost',
              limits.maxCost,
              cost,
              'Each field counts 1 and each list multiplies its selection by its size (`first`, default 20, or the most items it can hold): ask for fewer items or fields, or split the query.',
            );
          }
        },
      };
    },
  };
}

/**
 * Depth, aliases (`__typename` included) and directives, from graphql-armor; its refusals are reported as
 * `QueryTooComplex` (armor's own errors read "Syntax Error").
 */
export function shapeLimits(limits: QueryLimits): { validationRules: ValidationRule[]; plugins: ApolloServerPlugin[] } {
  const report = (limit: 'depth' | 'aliases' | 'directives', maximum: number, advice: string) => ({
    propagateOnRejection: false,
    onReject: [
      (ctx: ValidationContext | null, err: GraphQLError) => {
        const actual = /found (\d+)/.exec(err.message);
        ctx?.reportError(new QueryTooComplex(limit, maximum, actual ? Number(actual[1]) : null, advice));
      },
    ],
  });
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ...report('depth', limits.maxDepth, 'Nest fewer selections.') },
    maxAliases: { n: limits.maxAliases, allowList: [], ...report('aliases', limits.maxAliases, 'Use fewer aliases.') },
    maxDirectives: { n: limits.maxDirectives, ...report('directives', limits.maxDirectives, 'Use fewer directives.') },
    costLimit: { enabled: false },
    // graphql's own parser limit (parseOptions.maxTokens) reports an over-long document as GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
  }).protect();
  return { validationRules: armor.validationRules, plugins: armor.plugins as ApolloServerPlugin[] };
}
