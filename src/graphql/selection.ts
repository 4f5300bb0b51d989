import type { ApolloServerPlugin } from '@apollo/server';
import {
  DocumentNode,
  FragmentDefinitionNode,
  GraphQLNamedType,
  GraphQLSchema,
  isInterfaceType,
  isObjectType,
  isUnionType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  getNamedType,
} from 'graphql';

/**
 * The fields an operation asks of each type, anywhere in it (type name -> field names), for the read paths: they select
 * only the columns a request needs, join what it will ask next, and count only when `totalCount` is asked.
 * Set on the request context once the operation is known (`ctx.fields`); absent (a service called outside a GraphQL
 * operation), a read path selects everything.
 */
export class AskedFields {
  private readonly cache = new Map<string, ReadonlySet<string>>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly byType: ReadonlyMap<string, ReadonlySet<string>>,
  ) {}

  /** The fields asked of a type, of every type that implements it (RegulatedEntity and its kinds), and of Node. */
  of(typeName: string): ReadonlySet<string> {
    let out = this.cache.get(typeName);
    if (!out) {
      const set = new Set<string>([...(this.byType.get(typeName) ?? []), ...(this.byType.get('Node') ?? [])]);
      const type = this.schema.getType(typeName);
      if (type && isInterfaceType(type)) {
        for (const impl of this.schema.getImplementations(type).objects) for (const f of this.byType.get(impl.name) ?? []) set.add(f);
      }
      this.cache.set(typeName, (out = set));
    }
    return out;
  }

  private readonly derived = new Map<string, unknown>();

  /**
   * A value computed from these fields alone (e.g. a read path's select list), made once per operation: `key` names
   * what `make` computes, and must say everything else it depends on.
   */
  memo<T>(key: string, make: () => T): T {
    if (this.derived.has(key)) return this.derived.get(key) as T;
    const value = make();
    this.derived.set(key, value);
    return value;
  }

  /** True when any of `fields` is asked of the type (or its implementations). */
  asks(typeName: string, ...fields: string[]): boolean {
    const asked = this.of(typeName);
    return fields.some((f) => asked.has(f));
  }
}

const walked = new WeakMap<OperationDefinitionNode, AskedFields>();

/**
 * Every field `operation` selects, by the type it is selected on: aliases resolved, fragments and inline fragments
 * followed, `__typename` left out. `@skip`/`@include` are not evaluated, so the answer is a superset of what runs.
 * Kept per parsed operation (Apollo reuses the parsed document of a query text it has seen): one walk per distinct query.
 */
export function askedFields(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): AskedFields {
  const known = walked.get(operation);
  if (known) return known;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const byType = new Map<string, Set<string>>();
  const seen = new Set<string>();
  const walk = (type: GraphQLNamedType | null | undefined, set: SelectionSetNode) => {
    // A union (the subgraph's `_entities: [_Entity]`) has no fields of its own: only its fragments are walked.
    if (!type || !(isObjectType(type) || isInterfaceType(type) || isUnionType(type))) return;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (isUnionType(type)) continue;
        const name = s.name.value;
        if (name.startsWith('__')) continue;
        let names = byType.get(type.name);
        if (!names) byType.set(type.name, (names = new Set()));
        names.add(name);
        const def = type.getFields()[name];
        if (def && s.selectionSet) walk(getNamedType(def.type), s.selectionSet);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        walk(s.typeCondition ? schema.getType(s.typeCondition.name.value) : type, s.selectionSet);
      } else {
        const fragment = fragments.get(s.name.value);
        const key = `${s.name.value}@${type.name}`;
        if (!fragment || seen.has(key)) continue;
        seen.add(key);
        walk(schema.getType(fragment.typeCondition.name.value), fragment.selectionSet);
      }
    }
  };
  walk(schema.getRootType(operation.operation), operation.selectionSet);
  const asked = new AskedFields(schema, byType);
  walked.set(operation, asked);
  return asked;
}

/** Sets `fields` on the request context once the operation is known (before any resolver runs). */
export const askedFieldsPlugin: ApolloServerPlugin<{ fields?: AskedFields; asked?: { fields?: AskedFields } }> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, contextValue }) {
        if (!operation) return;
        contextValue.fields = askedFields(schema, document, operation);
        // The loaders were bound to the context before Apollo copied it for this operation (see RequestContext.asked).
        if (contextValue.asked) contextValue.asked.fields = contextValue.fields;
      },
    };
  },
};
