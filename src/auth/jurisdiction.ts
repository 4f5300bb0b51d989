import { Role } from './roles';
import type { Viewer } from './viewer';
import type { SqlParams } from '../graphql/sql';

/**
 * The one place where a viewer becomes a SQL predicate over `regulated_entity` (aliased `alias`).
 * Every list, count, loader and node lookup of entities (and of what hangs off them) includes it,
 * so a row outside the viewer's unit is never loaded (domain.md §2).
 *   - a 2024 district office: entities whose address lies in that district (2024 codes);
 *   - a 2025 commune office: entities recorded in that commune, and entities still recorded with a
 *     2024 ward that went whole (`full`) into it; a `partial` ward is not guessed into any commune.
 */
export function entityVisibility(viewer: Viewer, alias: string, params: SqlParams): string {
  switch (viewer.role) {
    case Role.DEPARTMENT_OFFICER:
    case Role.MINISTRY_SYSTEM:
    case Role.ADMIN:
      return 'TRUE';
    case Role.LOCAL_OFFICER: {
      const j = viewer.jurisdiction;
      if (!j) return 'FALSE';
      return j.version === 2024 ? `${alias}.district_code = ${params.add(j.code)}` : `${alias}.commune_code_2025 = ${params.add(j.code)}`;
    }
    default:
      return 'FALSE';
  }
}
