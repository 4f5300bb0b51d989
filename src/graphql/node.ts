import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType('Node', {
  description: 'An object with a global, opaque and stable id (Relay global object identification).',
})
export abstract class Node {
  @Field(() => ID, { description: 'Global, opaque and stable id; use it with `node` / `nodes`.' })
  id!: string;
}
