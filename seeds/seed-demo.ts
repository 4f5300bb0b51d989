import { loadConfig } from '../src/config';
import { withDatabase } from '../src/cli/database';
import { reloadDemoEntities } from './demo';
import { seedDemoLicenses } from './demo-licenses';

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
