import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { PostGraphileConnectionFilterPreset } from 'postgraphile-plugin-connection-filter';

/**
 * PostGraphile v5 on the bench database, as it would run in production: Amber preset + connection-filter, no
 * GraphiQL, no watch mode, no explain, NODE_ENV=production (set by the bench), a pool of 10 like the registry's.
 * Runs on Node 22 (npm's `node` package, bench/package.json).
 */
const port = Number(process.env.PORT);
const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'], poolConfig: { max: 10 } })],
  grafserv: { port, graphiql: false, watch: false, graphqlOverGET: false },
  grafast: { explain: false },
};

async function main() {
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  // Build the schema before reporting ready.
  await pgl.getSchema();
  const handler = serv.createHandler();
  const server = createServer((req, res) => {
    if (req.url === '/readyz') res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ready"}');
    else handler(req, res);
  });
  server.listen(port, '127.0.0.1');
  const stop = () => {
    server.close();
    void Promise.resolve(pgl.release()).then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
