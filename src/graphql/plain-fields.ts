import { GraphQLFieldResolver, GraphQLSchema, isInterfaceType, isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { FieldMetadata } from 'type-graphql/build/typings/metadata/definitions';

/**
 * Issue 14: type-graphql gives every plain `@Field` a resolver that builds its middleware chain's argument (an object
 * per field per row) only to read `root[property]` when the field has no middleware and no `@Authorized`. A list of
 * 100 entities with their licences and events runs thousands of them per request. This replaces each such resolver
 * with the property read itself; a field with roles, a middleware or a `@FieldResolver` keeps type-graphql's.
 * Returns how many fields it changed.
 */
export function plainFieldResolvers(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  const hasResolver = new Set<string>();
  for (const r of storage.fieldResolvers) {
    const target = r.getObjectType?.();
    if (target) hasResolver.add(`${target.name}.${r.methodName}`);
  }
  const read =
    (property: string): GraphQLFieldResolver<Record<string, unknown>, unknown> =>
    (root) =>
      root[property];
  const declared = new Map<Function, FieldMetadata[]>();
  for (const f of storage.fields) {
    let list = declared.get(f.target);
    if (!list) declared.set(f.target, (list = []));
    list.push(f);
  }
  let changed = 0;
  for (const meta of [...storage.objectTypes, ...storage.interfaceTypes]) {
    const type = schema.getType(meta.name);
    if (!type || !(isObjectType(type) || isInterfaceType(type))) continue;
    const fields = type.getFields();
    const done = new Set<string>();
    // The class's own fields first, then those it inherits (an entity kind's from RegulatedEntity and Node).
    for (let c: Function | null = meta.target; c && c !== Function.prototype; c = Object.getPrototypeOf(c) as Function | null) {
      for (const f of declared.get(c) ?? []) {
        if (done.has(f.schemaName)) continue;
        done.add(f.schemaName);
        const field = fields[f.schemaName];
        if (!field?.resolve || f.roles !== undefined || f.middlewares?.length || hasResolver.has(`${f.target.name}.${f.name}`)) continue;
        field.resolve = read(f.name);
        changed++;
      }
    }
  }
  return changed;
}
