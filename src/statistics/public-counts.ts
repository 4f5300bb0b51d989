import type { EntityManager } from 'typeorm';
import { SqlParams } from '../graphql/sql';
import { LicenseStatus, LicenseType } from '../licenses/license.enums';
import { rangeArrays, upTo } from './calendar';

/**
 * How many licences of some types were in some statuses on a date, in the whole registry or in one 2025 commune, read
 * from the statistics rollups (per-day changes summed up to the day: a few dozen index rows instead of every licence).
 * Exact, like every statistics figure: the rollups change in the same transaction as the licences they count. A
 * commune here is `commune_code_2025` of the holder, the 2025 commune its address lies in whichever structure it was
 * recorded in (the public lists' commune filter means the same).
 */
export async function licenseCountOn(
  manager: EntityManager,
  args: { asOf: string; communeCode2025: string | null; licenseTypes: LicenseType[]; statuses: LicenseStatus[] },
): Promise<number> {
  const p = new SqlParams();
  // Ranges may be taken away (a year less the months after the date: calendar.ts), so each row counts n × sign.
  const [, grains, los, his, signs] = rangeArrays([upTo(args.asOf)]);
  const rows = (await manager.query(
    `SELECT coalesce(sum(s.n * r.sign), 0)::int AS n
       FROM unnest(${p.add(grains, 'text[]')}, ${p.add(los, 'date[]')}, ${p.add(his, 'date[]')}, ${p.add(signs, 'int[]')}) r(grain, lo, hi, sign)
       CROSS JOIN LATERAL (
         SELECT s.n FROM statistics_license_status s
          WHERE s.scope = ${p.add(args.communeCode2025 === null ? 'P' : 'C')} AND s.unit_code = ${p.add(args.communeCode2025 ?? '')}
            AND s.grain = r.grain AND s.bucket BETWEEN r.lo AND r.hi
            AND s.license_type = ANY(${p.add(args.licenseTypes, 'text[]')}) AND s.status = ANY(${p.add(args.statuses, 'text[]')})
         OFFSET 0) s`,
    p.values,
  )) as { n: number }[];
  return rows[0].n;
}
