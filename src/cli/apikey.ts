import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { insertApiKey, listApiKeys, revokeApiKeyRow } from '../auth/api-key.service';
import { Role } from '../auth/roles';
import { withDatabase } from './database';

const USAGE = `usage:
  npm run --silent apikey -- create --role ROLE [--unit CODE] [--label TEXT] [--expires YYYY-MM-DD]
  npm run --silent apikey -- list
  npm run --silent apikey -- revoke ID
roles: ${Object.values(Role)
  .filter((r) => r !== Role.PUBLIC)
  .join(', ')}
--unit: for LOCAL_OFFICER, a 3-digit district (2024) or a 5-digit commune (2025) code`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    role: { type: 'string' },
    unit: { type: 'string' },
    label: { type: 'string' },
    expires: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
const [command, ...rest] = positionals;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

switch (command) {
  case 'create': {
    const role = values.role as Role | undefined;
    if (!role || !Object.values(Role).includes(role) || role === Role.PUBLIC) fail('--role must be one of the roles below');
    if (values.expires && !/^\d{4}-\d{2}-\d{2}$/.test(values.expires)) fail('--expires must be YYYY-MM-DD');
    void withDatabase(async ({ dataSource }) => {
      const { row, secret } = await dataSource.transaction((m) =>
        insertApiKey(
          m,
          { role, unitCode: values.unit ?? null, label: values.label ?? `${role} key`, expiresOn: values.expires ?? null },
          'cli',
        ),
      );
      process.stderr.write(`created key ${row.id} (${row.role}${row.unitCode ? ` ${row.unitCode}` : ''}); the secret is shown once:\n`);
      process.stdout.write(`${secret}\n`);
    });
    break;
  }
  case 'list':
    void withDatabase(async ({ dataSource }) => {
      for (const k of await listApiKeys(dataSource.manager)) {
        const state = k.revokedAt ? 'revoked' : k.expiresOn ? `expires ${k.expiresOn}` : 'active';
        process.stdout.write(`${k.id}\t${k.role}\t${k.unitCode ?? '-'}\t${k.secretPrefix}…\t${state}\t${k.label}\n`);
      }
    });
    break;
  case 'revoke':
    if (rest.length !== 1) fail('revoke takes one key id');
    void withDatabase(async ({ dataSource }) => {
      const row = await revokeApiKeyRow(dataSource.manager, rest[0]);
      process.stdout.write(`revoked ${row.id}\n`);
    });
    break;
  default:
    fail(command ? `unknown command "${command}"` : 'a command is needed');
}
