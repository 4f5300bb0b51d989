import type { EntityManager } from 'typeorm';

/** Placeholder until the demo generator lands. */
export async function seedDemoEntities(_m: EntityManager, _opts: { provinceCode: string }): Promise<number> {
  return 0;
}
