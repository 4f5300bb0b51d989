import { reloadDemoEntities } from '../../seeds/demo';
import { seedDemoLicenses } from '../../seeds/demo-licenses';
import { loadConfig } from '../config';
import { withDatabase } from './database';

/**
 * `npm run seed:demo`: replaces all regulated entities (and the rows that depend on them, e.g. licences)
 * with the deterministic demo data, in one transaction. The append-only audit log is left as it is.
 */
void withDatabase(async ({ dataSource }) => {
  const { provinceCode } = loadConfig();
  const started = Date.now();
  const { count, cleared, licensed } = await dataSource.transaction(async (m) => ({
    ...(await reloadDemoEntities(m, { provinceCode })),
    licensed: await seedDemoLicenses(m),
  }));
  const also = cleared.length ? ` (also cleared: ${cleared.join(', ')})` : '';
  process.stdout.write(
    `loaded ${count} demo entities, ${licensed.licenses} licences and ${licensed.events} licence events for province ${provinceCode} in ${Date.now() - started} ms${also}\n`,
  );
});
