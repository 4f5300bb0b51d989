import type { Client } from 'pg';
import { dayOf } from './dates';

/** A commune-level unit an address may be recorded in, with where it lies (what the registry's trigger derives). */
export interface Ward {
  version: 2024 | 2025;
  code: string;
  name: string;
  districtName: string | null;
  /** Derived like regulated_entity_derive_units(): checked against the database after the load. */
  districtCode: string | null;
  provinceCode: string;
  communeCode2025: string | null;
  provinceCode2025: string | null;
}

export interface LicenseTypeInfo {
  code: string;
  kinds: string[];
  termKind: 'YEARS' | 'NONE' | 'SINGLE_USE';
  maxTermMonths: number | null;
  bases: { code: string; from: number; to: number | null; maxRenewals: number | null; maxRenewalMonths: number | null }[];
  grounds: { code: string; barsMonths: number | null }[];
}

interface Authority {
  code: string;
  level: string;
  provinceCode: string | null;
  unitCode: string | null;
  from: number;
  to: number | null;
  functions: { fn: string; from: number; to: number | null }[];
}

interface Competence {
  type: string;
  level: string;
  fn: string;
  from: number;
  to: number | null;
}

const within = (d: number, from: number, to: number | null) => from <= d && (to === null || d <= to);
const day = (v: string | null) => (v === null ? null : dayOf(v));

/**
 * Reference data read from the migrated, seeded database: the province's wards in both structures, licence types,
 * legal bases, revocation grounds, authorities with their functions and the competence table. Who may sign is
 * decided exactly as the licence service's checkAuthority does (src/licenses/license.service.ts).
 */
export class Reference {
  readonly wards2024: Ward[] = [];
  readonly wards2025: Ward[] = [];
  readonly types = new Map<string, LicenseTypeInfo>();
  private authorities: Authority[] = [];
  private competence: Competence[] = [];
  /** Every date on which some authority, function or competence row starts or ends: signers are constant between. */
  private breaks: number[] = [];
  private signerCache = new Map<string, Authority[]>();

  static async load(db: Client, provinceCode: string): Promise<Reference> {
    const r = new Reference();
    const wards = await db.query<{
      version: number;
      code: string;
      name: string;
      full_name: string;
      district_code: string | null;
      district_name: string | null;
      province_code: string;
      commune_2025: string | null;
      province_2025: string | null;
    }>(
      `WITH old AS (
         SELECT w.version, w.code, w.full_name AS name, w.parent_code AS district_code, d.full_name AS district_name, w.province_code,
                (SELECT CASE WHEN count(*) = 1 AND bool_and(m.kind = 'full') THEN min(m.new_code) END
                   FROM administrative_unit_mapping m WHERE m.level = 'WARD' AND m.old_code = w.code) AS commune_2025,
                (SELECT min(m.new_code) FROM administrative_unit_mapping m WHERE m.level = 'PROVINCE' AND m.old_code = w.province_code)
                  AS province_2025
           FROM administrative_unit w JOIN administrative_unit d ON d.version = w.version AND d.code = w.parent_code
          WHERE w.version = 2024 AND w.level = 'WARD' AND w.province_code = $1)
       SELECT version, code, name, name AS full_name, district_code, district_name, province_code, commune_2025, province_2025 FROM old
       UNION ALL
       SELECT u.version, u.code, u.full_name, u.full_name, NULL, NULL, u.province_code, u.code, u.province_code
         FROM administrative_unit u
        WHERE u.version = 2025 AND u.level = 'WARD' AND u.code IN (SELECT commune_2025 FROM old)
       ORDER BY 1, 2`,
      [provinceCode],
    );
    for (const w of wards.rows) {
      const ward: Ward = {
        version: w.version as 2024 | 2025,
        code: w.code,
        name: w.name,
        districtName: w.district_name,
        districtCode: w.district_code,
        provinceCode: w.province_code,
        communeCode2025: w.commune_2025,
        provinceCode2025: w.province_2025,
      };
      (ward.version === 2024 ? r.wards2024 : r.wards2025).push(ward);
    }
    if (!r.wards2024.length || !r.wards2025.length) throw new Error(`no wards of province ${provinceCode} in both structures`);

    const types = await db.query<{
      code: string;
      entity_kinds: string[];
      term_kind: LicenseTypeInfo['termKind'];
      max_term_months: number | null;
    }>(`SELECT code, entity_kinds, term_kind, max_term_months FROM license_type ORDER BY code`);
    for (const t of types.rows) {
      r.types.set(t.code, {
        code: t.code,
        kinds: t.entity_kinds,
        termKind: t.term_kind,
        maxTermMonths: t.max_term_months,
        bases: [],
        grounds: [],
      });
    }
    const bases = await db.query<{
      license_type: string;
      code: string;
      valid_from: string;
      valid_to: string | null;
      max_renewals: number | null;
      max_renewal_months: number | null;
    }>(
      `SELECT license_type, code, valid_from, valid_to, max_renewals, max_renewal_months FROM license_legal_basis ORDER BY valid_from, code`,
    );
    for (const b of bases.rows) {
      r.types.get(b.license_type)?.bases.push({
        code: b.code,
        from: dayOf(b.valid_from),
        to: day(b.valid_to),
        maxRenewals: b.max_renewals,
        maxRenewalMonths: b.max_renewal_months,
      });
    }
    const grounds = await db.query<{ license_type: string; code: string; bars_reapplication_months: number | null }>(
      `SELECT license_type, code, bars_reapplication_months FROM revocation_ground ORDER BY license_type, code`,
    );
    for (const g of grounds.rows) r.types.get(g.license_type)?.grounds.push({ code: g.code, barsMonths: g.bars_reapplication_months });

    const authorities = await db.query<{
      code: string;
      level: string;
      province_code: string | null;
      unit_code: string | null;
      valid_from: string;
      valid_to: string | null;
      functions: { fn: string; from: string; to: string | null }[];
    }>(
      `SELECT a.code, a.level, a.province_code, a.unit_code, a.valid_from, a.valid_to,
              coalesce((SELECT json_agg(json_build_object('fn', f.function, 'from', f.valid_from, 'to', f.valid_to))
                          FROM authority_function f WHERE f.authority_code = a.code), '[]') AS functions
         FROM authority a ORDER BY a.code`,
    );
    r.authorities = authorities.rows.map((a) => ({
      code: a.code,
      level: a.level,
      provinceCode: a.province_code,
      unitCode: a.unit_code,
      from: dayOf(a.valid_from),
      to: day(a.valid_to),
      functions: a.functions.map((f) => ({ fn: f.fn, from: dayOf(f.from), to: day(f.to) })),
    }));
    const competence = await db.query<{
      license_type: string;
      authority_level: string;
      authority_function: string;
      valid_from: string;
      valid_to: string | null;
    }>(`SELECT license_type, authority_level, authority_function, valid_from, valid_to FROM license_type_competence ORDER BY id`);
    r.competence = competence.rows.map((c) => ({
      type: c.license_type,
      level: c.authority_level,
      fn: c.authority_function,
      from: dayOf(c.valid_from),
      to: day(c.valid_to),
    }));
    const breaks = new Set<number>();
    const add = (from: number, to: number | null) => {
      breaks.add(from);
      if (to !== null) breaks.add(to + 1);
    };
    for (const a of r.authorities) {
      add(a.from, a.to);
      for (const f of a.functions) add(f.from, f.to);
    }
    for (const c of r.competence) add(c.from, c.to);
    r.breaks = [...breaks].sort((a, b) => a - b);
    return r;
  }

  /** The legal basis of a type in force on a date (the newest when several are). */
  basisOn(type: LicenseTypeInfo, d: number) {
    let found: LicenseTypeInfo['bases'][number] | null = null;
    for (const b of type.bases) if (within(d, b.from, b.to)) found = b;
    return found;
  }

  /** Authorities that could sign a decision on `type` for a holder at `ward` on day `d`. */
  signers(type: string, ward: Ward, d: number): Authority[] {
    let lo = 0;
    let hi = this.breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.breaks[mid] <= d) lo = mid + 1;
      else hi = mid;
    }
    const key = `${type}|${ward.version}:${ward.code}|${lo}`;
    let list = this.signerCache.get(key);
    if (!list) {
      list = this.authorities.filter((a) => {
        if (!within(d, a.from, a.to)) return false;
        const competent = this.competence.some(
          (c) =>
            c.type === type &&
            c.level === a.level &&
            within(d, c.from, c.to) &&
            a.functions.some((f) => f.fn === c.fn && within(d, f.from, f.to)),
        );
        if (!competent) return false;
        if (a.level === 'DISTRICT_PEOPLES_COMMITTEE') return ward.districtCode === a.unitCode;
        if (a.level === 'COMMUNE_PEOPLES_COMMITTEE') return ward.communeCode2025 === a.unitCode;
        if (a.level === 'PROVINCIAL_DEPARTMENT' || a.level === 'PROVINCIAL_PEOPLES_COMMITTEE') {
          return ward.provinceCode === a.provinceCode || ward.provinceCode2025 === a.provinceCode;
        }
        return true;
      });
      this.signerCache.set(key, list);
    }
    return list;
  }
}
export type { Authority };
