import type { EntityManager } from 'typeorm';
import places from '../data/places.json';

export interface Ward {
  code: string;
  fullName: string;
  unitType: string;
  newCode: string | null;
  newFullName: string | null;
  newProvinceFullName: string | null;
}

export interface District {
  code: string;
  /** Its 2024 province, e.g. 70 Bình Phước (a 2025 province may be formed from several). */
  provinceCode: string;
  provinceFullName: string;
  name: string;
  fullName: string;
  /** "huyện Lộc Ninh": the full name as it appears inside an organisation's name. */
  inName: string;
  wards: Ward[];
}

/** The registry's 2025 province (its name) and the 2024 districts of every province it was formed from. */
export interface Geography {
  provinceName: string;
  provinceFullName: string;
  districts: District[];
}

export interface Place {
  district: District;
  ward: Ward;
  urban: boolean;
}

/** The 2024 wards of the provinces the 2025 province `provinceCode` was formed from (the official province mapping). */
export async function loadGeography(m: EntityManager, provinceCode: string): Promise<Geography> {
  const rows = (await m.query(
    `SELECT w.code, w.full_name, w.unit_type, d.code AS district_code, d.name AS district_name, d.full_name AS district_full_name,
            p.code AS province_code, p.full_name AS province_full_name, q.name AS registry_name, q.full_name AS registry_full_name,
            n.code AS new_code, n.full_name AS new_full_name, np.full_name AS new_province_full_name
       FROM administrative_unit w
       JOIN administrative_unit d ON d.version = 2024 AND d.code = w.parent_code
       JOIN administrative_unit p ON p.version = 2024 AND p.code = w.province_code
       JOIN administrative_unit_mapping pm ON pm.level = 'PROVINCE' AND pm.old_code = p.code AND pm.new_code = $1
       JOIN administrative_unit q ON q.version = 2025 AND q.code = pm.new_code
       LEFT JOIN LATERAL (SELECT min(m.new_code) AS code FROM administrative_unit_mapping m
                           WHERE m.level = 'WARD' AND m.old_code = w.code) nm ON true
       LEFT JOIN administrative_unit n ON n.version = 2025 AND n.code = nm.code
       LEFT JOIN administrative_unit np ON np.version = 2025 AND np.code = n.province_code
      WHERE w.version = 2024 AND w.level = 'WARD'
      ORDER BY d.code, w.code`,
    [provinceCode],
  )) as {
    code: string;
    full_name: string;
    unit_type: string;
    district_code: string;
    district_name: string;
    district_full_name: string;
    province_code: string;
    province_full_name: string;
    registry_name: string;
    registry_full_name: string;
    new_code: string | null;
    new_full_name: string | null;
    new_province_full_name: string | null;
  }[];
  if (!rows.length) throw new Error(`no 2024 wards of the 2025 province ${provinceCode}: load the administrative units first`);
  const districts = new Map<string, District>();
  for (const r of rows) {
    let d = districts.get(r.district_code);
    if (!d) {
      d = {
        code: r.district_code,
        provinceCode: r.province_code,
        provinceFullName: r.province_full_name,
        name: r.district_name,
        fullName: r.district_full_name,
        inName: r.district_full_name.charAt(0).toLowerCase() + r.district_full_name.slice(1),
        wards: [],
      };
      districts.set(r.district_code, d);
    }
    d.wards.push({
      code: r.code,
      fullName: r.full_name,
      unitType: r.unit_type,
      newCode: r.new_code,
      newFullName: r.new_full_name,
      newProvinceFullName: r.new_province_full_name,
    });
  }
  return { provinceName: rows[0].registry_name, provinceFullName: rows[0].registry_full_name, districts: [...districts.values()] };
}

/** Bình Phước (70): how busy each 2024 district is (others: weight 8, generic streets), a rough centre for map points, and its roads (seeds/data/places.json). */
export const DISTRICT_PROFILE: Record<string, { weight: number; lat: number; lng: number; streets: string[]; roads: string[] }> =
  places.districts;
export const GENERIC_STREETS: readonly string[] = places.genericStreets;
export const HAMLET_NAMES: readonly string[] = places.hamlets;
export const LANDLINE_AREA: Record<string, string> = places.landlineArea;
