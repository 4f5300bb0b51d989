import { Role } from './roles';

/** The administrative unit a LOCAL_OFFICER answers for: a 2024 district or a 2025 commune. */
export interface Jurisdiction {
  version: 2024 | 2025;
  code: string;
}

/** Who is calling. */
export interface Viewer {
  role: Role;
  keyId: string | null;
  label: string | null;
  jurisdiction: Jurisdiction | null;
}

export const PUBLIC_VIEWER: Viewer = Object.freeze({ role: Role.PUBLIC, keyId: null, label: null, jurisdiction: null });

/** A LOCAL_OFFICER's unit code says its structure: 3 digits = 2024 district, 5 digits = 2025 commune. */
export function jurisdictionOfUnitCode(code: string): Jurisdiction | null {
  if (/^\d{3}$/.test(code)) return { version: 2024, code };
  if (/^\d{5}$/.test(code)) return { version: 2025, code };
  return null;
}
