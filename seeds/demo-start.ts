import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { insertApiKey } from '../src/auth/api-key.service';
import { Role } from '../src/auth/roles';
import type { Config } from '../src/config';
import { seedDemoEntities } from './demo';
import { seedDemoLicenses } from './demo-licenses';

/**
 * The demo's local offices: Đồng Xoài's (district 689 until 30 Jun 2025, Phường Đồng Xoài 25210 since) for Đồng Nai, as
 * the README's examples use; for another province, its first 2024 district and the 2025 commune its first ward went into.
 */
async function localOffices(m: EntityManager, provinceCode: string): Promise<{ label: string; role: Role; unitCode: string }[]> {
  const [u] = (await m.query(
    provinceCode === '75'
      ? `SELECT d.code AS district, d.full_name AS district_name, c.code AS commune, c.full_name AS commune_name
           FROM administrative_unit d, administrative_unit c
          WHERE d.version = 2024 AND d.code = '689' AND c.version = 2025 AND c.code = '25210'`
      : `SELECT d.code AS district, d.full_name AS district_name, c.code AS commune, c.full_name AS commune_name
           FROM administrative_unit d
           JOIN administrative_unit w ON w.version = 2024 AND w.level = 'WARD' AND w.parent_code = d.code
           JOIN administrative_unit_mapping mp ON mp.level = 'WARD' AND mp.old_code = w.code
           JOIN administrative_unit c ON c.version = 2025 AND c.code = mp.new_code AND c.province_code = $1
          WHERE d.version = 2024 AND d.level = 'DISTRICT'
          ORDER BY d.code, w.code, c.code LIMIT 1`,
    provinceCode === '75' ? [] : [provinceCode],
  )) as { district: string; district_name: string; commune: string; commune_name: string }[];
  if (!u) return [];
  return [
    { label: `Demo district office: ${u.district_name} (2024)`, role: Role.LOCAL_OFFICER, unitCode: u.district },
    { label: `Demo commune office: ${u.commune_name} (2025)`, role: Role.LOCAL_OFFICER, unitCode: u.commune },
  ];
}

/**
 * First start on an empty embedded database: the demo entities and one demo key per role, written to a
 * git-ignored file whose path is logged (the secrets exist nowhere else).
 */
export async function seedDemoIfEmpty(dataSource: DataSource, config: Config, log: Logger): Promise<void> {
  const [{ n }] = (await dataSource.query(`SELECT count(*)::int AS n FROM regulated_entity`)) as { n: number }[];
  if (n > 0) return;
  const t = Date.now();
  const lines: string[] = [];
  await dataSource.transaction(async (m) => {
    const count = await seedDemoEntities(m, { provinceCode: config.provinceCode });
    const licensed = await seedDemoLicenses(m);
    log.info({ entities: count, ...licensed, ms: Date.now() - t }, 'demo data loaded');
    const keys: { label: string; role: Role; unitCode?: string }[] = [
      { label: 'Demo Department officer', role: Role.DEPARTMENT_OFFICER },
      { label: 'Demo ministry system', role: Role.MINISTRY_SYSTEM },
      { label: 'Demo admin', role: Role.ADMIN },
      ...(await localOffices(m, config.provinceCode)),
    ];
    for (const k of keys) {
      const { secret } = await insertApiKey(m, k, 'demo seed');
      lines.push(`${k.role}${k.unitCode ? ` (${k.unitCode})` : ''}\t${k.label}\t${secret}`);
    }
  });
  fs.mkdirSync(path.dirname(config.demoKeysFile), { recursive: true });
  fs.writeFileSync(config.demoKeysFile, `# role\tlabel\tsecret (send as Authorization: Bearer <secret>)\n${lines.join('\n')}\n`, {
    mode: 0o600,
  });
  log.info({ file: config.demoKeysFile }, 'demo API keys written (one per role)');
}
