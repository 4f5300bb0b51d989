import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { projectRoot } from '../paths';

/** The official lists beside this file (data/SOURCE.md). */
export const REFERENCE_DATA_DIR = path.join(projectRoot, 'src', 'reference', 'data');

export function readReferenceCsv(file: string): Record<string, string>[] {
  return parse(fs.readFileSync(path.join(REFERENCE_DATA_DIR, file), 'utf8'), { columns: true, skip_empty_lines: true }) as Record<
    string,
    string
  >[];
}

export interface ProvinceName {
  code: string;
  /** "Đồng Nai". */
  name: string;
  /** "Tỉnh Đồng Nai", "Thành phố Hà Nội". */
  fullName: string;
}

/**
 * The province whose registry this is: its 2025 code (the structure in force since 1 Jul 2025) and the 2024 provinces it
 * was formed from, read from the official province mapping (Resolution 202/2025/QH15): Đồng Nai 75 ← Bình Phước 70 and
 * Đồng Nai 75; Hà Nội 01 ← Hà Nội 01 (not merged).
 */
export interface RegistryProvince extends ProvinceName {
  predecessors: ProvinceName[];
  /** True when it was formed from more than one 2024 province on 1 Jul 2025. */
  merged: boolean;
}

export class RegistryProvinceError extends Error {}

let cache: Map<string, RegistryProvince> | null = null;
let codes2024: Map<string, ProvinceName & { successor: string }> | null = null;

function load(): void {
  if (cache) return;
  const names2024 = new Map(
    readReferenceCsv('provinces-2024.csv').map((r) => [r.code, { code: r.code, name: r.name, fullName: r.full_name }]),
  );
  const mapping = readReferenceCsv('province-mapping-2025.csv');
  cache = new Map(
    readReferenceCsv('provinces-2025.csv').map((r) => {
      const predecessors = mapping
        .filter((m) => m.new_province_code === r.code)
        .map((m) => names2024.get(m.old_province_code)!)
        .sort((a, b) => a.code.localeCompare(b.code));
      return [r.code, { code: r.code, name: r.name, fullName: r.full_name, predecessors, merged: predecessors.length > 1 }];
    }),
  );
  codes2024 = new Map(
    mapping.map((m) => [m.old_province_code, { ...names2024.get(m.old_province_code)!, successor: m.new_province_code }]),
  );
}

/** The registry's province by its 2025 code; a clear error for a 2024-only code or an unknown one. */
export function registryProvince(code2025: string): RegistryProvince {
  load();
  const p = cache!.get(code2025);
  if (p) return p;
  const old = codes2024!.get(code2025);
  if (old) {
    const successor = cache!.get(old.successor)!;
    throw new RegistryProvinceError(
      `${code2025} is the 2024 code of ${old.fullName}, which became part of ${successor.fullName} (${successor.code}) on 1 Jul 2025: give the 2025 code ${successor.code}`,
    );
  }
  throw new RegistryProvinceError(`${code2025} is not one of the 34 province codes of 1 Jul 2025 (src/reference/data/provinces-2025.csv)`);
}

/** "tỉnh Đồng Nai": a full name as it reads inside a body's name ("Sở … tỉnh Đồng Nai"). */
export const inName = (fullName: string) => fullName.charAt(0).toLowerCase() + fullName.slice(1);
