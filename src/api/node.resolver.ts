import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { unitKeyOf } from '../admin-units/admin-unit.types';
import { requireRole } from '../auth/access';
import { READ_ROLES } from '../auth/roles';
import { entityKey } from '../entities/regulated-entity.types';
import type { RequestContext } from '../graphql/context';
import { BadInput, NotFound } from '../graphql/errors';
import { fromGlobalId } from '../graphql/global-id';
import { Node } from '../graphql/node';
import { licenseKey } from '../licenses/license.types';
import { LIST_SIZES } from '../graphql/list-sizes';
import { listOf } from '../graphql/limits';

/** Resolves any global id through the loader of its type (each applying the viewer's jurisdiction). */
async function loadNode(ctx: RequestContext, id: string, field: string): Promise<Node> {
  const { typeName, key } = fromGlobalId(id, field);
  let node: Node | null = null;
  switch (typeName) {
    case 'AdministrativeUnit': {
      const unit = unitKeyOf(key);
      node = unit ? await ctx.loaders.units.byKey.load(unit) : null;
      break;
    }
    case 'Authority':
      node = await ctx.loaders.authorities.byCode.load(key);
      break;
    case 'License':
      requireRole(ctx.viewer, READ_ROLES);
      node = await ctx.loaders.licenses.byId.load(licenseKey(id, field));
      break;
    case 'RegulatedEntity':
      requireRole(ctx.viewer, READ_ROLES);
      node = await ctx.loaders.entities.byId.load(entityKey(id, field));
      break;
  }
  if (!node) throw new NotFound('Node', id);
  return node;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global id (NOT_FOUND when missing or outside your jurisdiction).' })
  node(@Ctx() ctx: RequestContext, @Arg('id', () => ID, { description: 'A global id.' }) id: string): Promise<Node> {
    return loadNode(ctx, id, 'id');
  }

  @Query(() => [Node], {
    complexity: listOf((args) => Math.min(Array.isArray(args.ids) ? args.ids.length : LIST_SIZES.nodes, LIST_SIZES.nodes)),
    nullable: 'items',
    description:
      'Objects by global ids, in the same order; a missing or out-of-jurisdiction id gives null and a NOT_FOUND error at its index.',
  })
  nodes(
    @Ctx() ctx: RequestContext,
    @Arg('ids', () => [ID], { description: 'Global ids (at most 100).' }) ids: string[],
  ): Promise<(Node | Error)[]> {
    if (ids.length > 100) throw BadInput.field('ids', 'at most 100 ids at a time');
    return Promise.all(ids.map((id, i) => loadNode(ctx, id, `ids.${i}`).catch((e: Error) => e)));
  }
}
