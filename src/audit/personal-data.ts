import { canSeePersonalData } from '../auth/access';
import type { Viewer } from '../auth/viewer';

/** Columns of `regulated_entity` that hold personal data (domain.md §4): a representative's ID number, phone, home address. */
export const PERSONAL_COLUMNS: ReadonlySet<string> = new Set([
  'representative_id_number',
  'representative_phone',
  'representative_address',
]);
/** The same data as the GraphQL input names it, under `representative`. */
const PERSONAL_INPUT_FIELDS = new Set(['idNumber', 'phone', 'residenceAddress']);

/**
 * An audit record's before/after as the viewer may read it: for a role without the need for personal data, every
 * personal field is null (as it is everywhere else in the API), at any depth of the stored JSON.
 */
export function auditJsonFor(viewer: Viewer, value: unknown): unknown {
  if (canSeePersonalData(viewer)) return value;
  const mask = (v: unknown, underRepresentative: boolean): unknown => {
    if (Array.isArray(v)) return v.map((x) => mask(x, false));
    if (!v || typeof v !== 'object') return v;
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [
        k,
        PERSONAL_COLUMNS.has(k) || (underRepresentative && PERSONAL_INPUT_FIELDS.has(k)) ? null : mask(x, k === 'representative'),
      ]),
    );
  };
  return mask(value, false);
}
