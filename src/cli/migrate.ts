import { withDatabase } from './database';

/** `npm run migration:run` / `migration:revert`. */
const command = process.argv[2];
if (command !== 'run' && command !== 'revert') {
  process.stderr.write('usage: migrate run|revert\n');
  process.exit(2);
}
void withDatabase(
  async ({ dataSource }) => {
    if (command === 'run') {
      const ran = await dataSource.runMigrations({ transaction: 'each' });
      process.stdout.write(ran.length ? `applied: ${ran.map((m) => m.name).join(', ')}\n` : 'nothing to apply\n');
    } else {
      await dataSource.undoLastMigration({ transaction: 'each' });
      process.stdout.write('reverted the last migration\n');
    }
  },
  { migrate: false },
);
