import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { insertApiKey } from '../src/auth/api-key.service';
import { Role } from '../src/auth/roles';
import type { Config } from '../src/config';
import { seedDemoEntities } from './demo';
import { seedDemoLicenses } from './demo-licenses';

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
      { label: 'Demo district office: Đồng Xoài (2024)', role: Role.LOCAL_OFFICER, unitCode: '689' },
      { label: 'Demo commune office: Phường Đồng Xoài (2025)', role: Role.LOCAL_OFFICER, unitCode: '25210' },
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
