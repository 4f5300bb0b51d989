import { reloadDemoEntities } from '../../seeds/demo';
import { loadConfig } from '../config';
import { withDatabase } from './database';

/**
 * `npm run seed:demo`: replaces all regulated entities (and the rows that depend on them, e.g. licences)
 * with the deterministic demo data, in one transaction. The append-only audit log is left as it is.
 */
void withDatabase(async ({ dataSource }) => {
  const { provinceCode } = loadConfig();
  const started = Date.now();
  const { count, cleared } = await dataSource.transaction((m) => reloadDemoEntities(m, { provinceCode }));
  const also = cleared.length ? ` (also cleared: ${cleared.join(', ')})` : '';
  process.stdout.write(`loaded ${count} demo entities for province ${provinceCode} in ${Date.now() - started} ms${also}\n`);
});
